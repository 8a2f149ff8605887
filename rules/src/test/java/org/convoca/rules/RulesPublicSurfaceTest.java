package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.convoca.architecture.PublicSurface;
import org.junit.jupiter.api.Test;

/**
 * Holds the line on the rules module's public surface: its public types are the approved ones
 * ({@code public-types.txt} beside this test's resources), and no public member takes or gives a
 * Jackson type. The classes that the executable model generates for the bundled book, under
 * {@code org.convoca.rules.federal} and {@code org.convoca.rules.horizon}, are the engine's and are left out, as in
 * {@link PublicApiArchitectureTest}.
 */
class RulesPublicSurfaceTest {

  private static final JavaClasses RULES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("/org/convoca/rules/federal/")
          && !location.contains("/org/convoca/rules/horizon/"))
      .importPackages("org.convoca.rules");

  private final PublicSurface surface = PublicSurface.of("rules", RULES);

  @Test
  void thePublicTypesAreTheApprovedOnes() {
    assertThat(surface.differenceFrom("/org/convoca/rules/public-types.txt")).isEmpty();
  }

  @Test
  void noPublicMemberTakesOrGivesAJacksonType() {
    assertThat(surface.jacksonLeaks()).isEmpty();
  }
}
