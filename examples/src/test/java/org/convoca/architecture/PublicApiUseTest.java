package org.convoca.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The examples and the command-line tool use Convoca as any application would: only public types
 * of convoca-core and convoca-rules, nothing of the classes Drools generates for the bundled rule
 * book, no internal package, and no Drools or KIE type at all.
 */
class PublicApiUseTest {

  private static final String[] OWN = {"org.convoca.examples..", "org.convoca.cli.."};

  private static final JavaClasses EXAMPLES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.convoca.examples", "org.convoca.cli");

  @Test
  void examplesUseOnlyPublicTypesOfTheLibrary() {
    classes().that().resideInAnyPackage(OWN)
        .should().onlyDependOnClassesThat(not(resideInAnyPackage("org.convoca.."))
            .or(resideInAnyPackage(OWN))
            .or(modifier(JavaModifier.PUBLIC).forSubtype()))
        .check(EXAMPLES);
  }

  @Test
  void examplesDoNotReachIntoTheBundledRuleBooksGeneratedClasses() {
    noClasses().that().resideInAnyPackage(OWN)
        .should().dependOnClassesThat().resideInAnyPackage("org.convoca.rules.federal..")
        .check(EXAMPLES);
  }

  /**
   * The internal packages ({@code org.convoca.dossier.internal} and the like) are public only so
   * that convoca-rules can use them; the command line and the examples do not. The benchmark, which
   * times the library's internals one by one, is the one exception.
   */
  @Test
  void examplesUseNoInternalPackageOfTheLibrary() {
    noClasses().that().resideInAnyPackage(OWN).and().resideOutsideOfPackage("org.convoca.examples.bench..")
        .should().dependOnClassesThat().resideInAnyPackage("org.convoca..internal..")
        .check(EXAMPLES);
  }

  @Test
  void examplesUseNoDroolsOrKieType() {
    noClasses().that().resideInAnyPackage(OWN)
        .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
        .check(EXAMPLES);
  }
}
