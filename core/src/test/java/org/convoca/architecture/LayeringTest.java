package org.convoca.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Pins the layers of core as they are: the model (one package per concept, with the values they
 * share); the dossier that reads and writes it; the jury's review of the dossier (conflicts, valid
 * scores, aggregates); assessments and the selection made from them; then
 * the outcome and the validation of a published selection, which nothing in core uses; above both,
 * the test harness's assertions that start from an outcome; the weight sensitivity analysis, which
 * reruns the selection and which nothing in core uses. The seeded
 * sample generator builds dossiers from the model and is used by nothing in core but the test
 * fixtures, which build a call, a proposal and a dossier from the model and the generator's rule
 * parameters and are used by nothing in core.
 */
class LayeringTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.convoca");

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Model").definedBy("org.convoca.value..", "org.convoca.government..", "org.convoca.capacity..",
            "org.convoca.cocreation..", "org.convoca.proposal..", "org.convoca.call..", "org.convoca.jury..",
            "org.convoca.monitoring..")
        .layer("Dossier").definedBy("org.convoca.dossier..")
        .layer("Review").definedBy("org.convoca.review..")
        .layer("Assessment").definedBy("org.convoca.assessment..")
        .layer("Selection").definedBy("org.convoca.selection..")
        .layer("Outcome").definedBy("org.convoca.outcome..")
        .layer("Validation").definedBy("org.convoca.validation..")
        .layer("Sample").definedBy("org.convoca.sample..")
        .layer("Harness").definedBy("org.convoca.harness..")
        .layer("Testing").definedBy("org.convoca.testing..")
        .whereLayer("Testing").mayNotBeAccessedByAnyLayer()
        .layer("Sensitivity").definedBy("org.convoca.sensitivity..")
        .whereLayer("Sensitivity").mayNotBeAccessedByAnyLayer()
        .whereLayer("Harness").mayNotBeAccessedByAnyLayer()
        .whereLayer("Sample").mayOnlyBeAccessedByLayers("Testing")
        .whereLayer("Outcome").mayOnlyBeAccessedByLayers("Harness")
        .whereLayer("Validation").mayOnlyBeAccessedByLayers("Harness")
        .whereLayer("Selection").mayOnlyBeAccessedByLayers("Outcome", "Validation", "Sensitivity")
        .whereLayer("Assessment").mayOnlyBeAccessedByLayers("Selection", "Outcome", "Validation", "Harness", "Sensitivity")
        .whereLayer("Review").mayOnlyBeAccessedByLayers("Selection", "Outcome", "Validation", "Harness", "Sensitivity")
        .whereLayer("Dossier").mayOnlyBeAccessedByLayers("Review", "Selection", "Outcome", "Validation", "Sample", "Harness",
            "Testing", "Sensitivity")
        .check(CORE);
  }

  /** State is shared through methods, never through fields (the Immutables-generated classes aside). */
  @Test
  void handWrittenInstanceFieldsArePrivate() {
    fields().that().areNotStatic().and(HAND_WRITTEN)
        .should().bePrivate()
        .check(CORE);
  }

  private static final DescribedPredicate<JavaField> HAND_WRITTEN = DescribedPredicate.describe("hand-written",
      field -> !field.getModifiers().contains(JavaModifier.SYNTHETIC) && !generated(field.getOwner()));

  /**
   * Whether Immutables generated {@code type} (or the type it is nested in): by the project's style,
   * {@code Dossier} is generated from {@code AbstractDossier} and extends it. The style puts no
   * annotation on generated types, so that consumers' compilers have none to look for.
   */
  private static boolean generated(JavaClass type) {
    JavaClass top = type;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    String name = top.getSimpleName();
    return top.getRawSuperclass().map(s -> s.getSimpleName().equals("Abstract" + name)
        && s.getPackageName().equals(type.getPackageName())).orElse(false);
  }
}
