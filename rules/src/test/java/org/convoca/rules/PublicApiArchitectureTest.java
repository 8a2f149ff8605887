package org.convoca.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No Drools or KIE type appears in the public API of the rules module: the public members of the
 * public types of {@code org.convoca.rules}, {@code org.convoca.rules.fact} and {@code org.convoca.rules.testing}. The packages of the
 * bundled DRL ({@code org.convoca.rules.federal..}) hold the classes that the executable model
 * generates at build time; they are the engine's, not an API, and are left out.
 */
class PublicApiArchitectureTest {

  private static final JavaClasses RULES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("/org/convoca/rules/federal/"))
      .importPackages("org.convoca.rules");

  private static final Set<String> API_PACKAGES = Set.of("org.convoca.rules", "org.convoca.rules.fact", "org.convoca.rules.testing");

  private static boolean engineType(JavaClass type) {
    return type.getPackageName().startsWith("org.drools") || type.getPackageName().startsWith("org.kie");
  }

  private static boolean visible(JavaClass owner) {
    return owner.getModifiers().contains(JavaModifier.PUBLIC) && API_PACKAGES.contains(owner.getPackageName());
  }

  @Test
  void publicMethodsAndConstructorsNeitherTakeNorReturnEngineTypes() {
    codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should(new ArchCondition<JavaCodeUnit>("not take or return Drools/KIE types") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            Set<JavaClass> involved = unit.getParameterTypes().stream()
                .flatMap(t -> t.getAllInvolvedRawTypes().stream()).collect(Collectors.toSet());
            involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
            involved.addAll(unit.getExceptionTypes());
            involved.stream().filter(PublicApiArchitectureTest::engineType).forEach(t ->
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + t.getName())));
          }
        })
        .check(RULES.that(com.tngtech.archunit.base.DescribedPredicate.describe("public rules types", PublicApiArchitectureTest::visible)));
  }

  @Test
  void publicFieldsAreNotOfEngineTypes() {
    fields().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should(new ArchCondition<JavaField>("not be of a Drools/KIE type") {
          @Override
          public void check(JavaField field, ConditionEvents events) {
            field.getType().getAllInvolvedRawTypes().stream().filter(PublicApiArchitectureTest::engineType).forEach(t ->
                events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + t.getName())));
          }
        })
        .allowEmptyShould(true)
        .check(RULES.that(com.tngtech.archunit.base.DescribedPredicate.describe("public rules types", PublicApiArchitectureTest::visible)));
  }

  @Test
  void publicTypesDoNotExtendOrImplementEngineTypes() {
    classes().that().arePublic().and().resideInAnyPackage(API_PACKAGES.toArray(String[]::new))
        .should(new ArchCondition<JavaClass>("not extend or implement Drools/KIE types") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            type.getAllRawSuperclasses().stream().filter(PublicApiArchitectureTest::engineType).forEach(t ->
                events.add(SimpleConditionEvent.violated(type, type.getName() + " extends " + t.getName())));
            type.getAllRawInterfaces().stream().filter(PublicApiArchitectureTest::engineType).forEach(t ->
                events.add(SimpleConditionEvent.violated(type, type.getName() + " implements " + t.getName())));
          }
        })
        .check(RULES);
  }
}
