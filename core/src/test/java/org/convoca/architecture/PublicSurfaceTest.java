package org.convoca.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Holds the line on core's public surface: the public types are the approved ones
 * ({@code public-types.txt} beside this test's resources), no public member takes or gives a Jackson
 * type (JSON is read and written as text, bytes and files; the mapper is internal), and public
 * fields are constants.
 */
class PublicSurfaceTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.convoca");

  private final PublicSurface surface = PublicSurface.of("core", CORE);

  @Test
  void thePublicTypesAreTheApprovedOnes() {
    assertThat(surface.differenceFrom("/org/convoca/architecture/public-types.txt")).isEmpty();
  }

  @Test
  void noPublicMemberTakesOrGivesAJacksonType() {
    assertThat(surface.jacksonLeaks()).isEmpty();
  }

  @Test
  void publicFieldsAreConstants() {
    fields().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should().haveModifier(JavaModifier.STATIC).andShould().beFinal()
        .check(CORE);
  }
}
