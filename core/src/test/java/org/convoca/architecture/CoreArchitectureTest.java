package org.convoca.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Guards what Maven modules cannot: the concept packages form no cycle, and core knows nothing of Drools. */
class CoreArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.convoca");

  @Test
  void conceptPackagesHaveNoCycles() {
    slices().matching("org.convoca.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void coreDoesNotDependOnDrools() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..").check(CORE);
  }
}
