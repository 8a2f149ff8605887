package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.convoca.call.AggregationMethod;
import org.convoca.call.Call;
import org.convoca.call.ConflictKind;
import org.convoca.call.Criterion;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.call.ScoreScale;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.call.Track;
import org.convoca.capacity.Course;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.Person;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.internal.Json;
import org.convoca.government.Government;
import org.convoca.government.GovernmentLevel;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.jury.JuryOverride;
import org.convoca.jury.JuryVerdict;
import org.convoca.jury.ReviewAssignment;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.TeamMember;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema and the model agree exactly: each schema type has the model's fields in the model's
 * order, requires exactly the fields the model requires (not optional, not defaulted, not a
 * list), and each enumeration lists the Java enum's constants in order.
 */
class SchemaModelAgreementTest {

  private static final JsonNode SCHEMA = readSchema();

  static Stream<Arguments> valueTypes() {
    return Stream.of(
        Arguments.of("#", Dossier.class), Arguments.of("Call", Call.class),
        Arguments.of("Criterion", Criterion.class), Arguments.of("SelectionPolicy", SelectionPolicy.class),
        Arguments.of("TieBreak", TieBreak.class), Arguments.of("Track", Track.class),
        Arguments.of("Government", Government.class), Arguments.of("Course", Course.class),
        Arguments.of("Person", Person.class), Arguments.of("CourseCompletion", CourseCompletion.class),
        Arguments.of("Proposal", Proposal.class), Arguments.of("Funding", Funding.class),
        Arguments.of("TeamMember", TeamMember.class), Arguments.of("Commitment", Commitment.class),
        Arguments.of("Milestone", Milestone.class), Arguments.of("CoCreation", CoCreation.class),
        Arguments.of("Partner", Partner.class), Arguments.of("Activity", Activity.class),
        Arguments.of("Jury", Jury.class), Arguments.of("Juror", Juror.class),
        Arguments.of("JurorScore", JurorScore.class), Arguments.of("JuryOverride", JuryOverride.class),
        Arguments.of("JuryPolicy", JuryPolicy.class), Arguments.of("ConflictDeclaration", ConflictDeclaration.class),
        Arguments.of("ReviewAssignment", ReviewAssignment.class), Arguments.of("ConsensusScore", ConsensusScore.class),
        Arguments.of("ProgressReport", ProgressReport.class), Arguments.of("MilestoneStatus", MilestoneStatus.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void schemaTypeHasTheFieldsAndRequiredFieldsOfTheValueType(String definition, Class<?> type) {
    JsonNode schema = definition.equals("#") ? SCHEMA : SCHEMA.path("$defs").path(definition);
    JavaType javaType = Json.mapper().constructType(type);
    BeanDescription bean = Json.mapper().getSerializationConfig().introspect(javaType);
    List<String> fields = bean.findProperties().stream().map(BeanPropertyDefinition::getName).toList();
    List<String> required = bean.findProperties().stream().filter(BeanPropertyDefinition::isRequired)
        .map(BeanPropertyDefinition::getName).toList();

    assertThat(names(schema.path("properties"))).as("fields of " + definition).containsExactlyElementsOf(fields);
    assertThat(texts(schema.path("required"))).as("required fields of " + definition)
        .containsExactlyInAnyOrderElementsOf(required);
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }

  static Stream<Arguments> records() {
    return Stream.of(Arguments.of("Money", Money.class), Arguments.of("DateWindow", DateWindow.class),
        Arguments.of("TimeWindow", TimeWindow.class), Arguments.of("ScoreScale", ScoreScale.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void schemaTypeOfARecordRequiresEveryComponent(String definition, Class<?> type) {
    JsonNode schema = SCHEMA.path("$defs").path(definition);
    List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();

    assertThat(names(schema.path("properties"))).containsExactlyElementsOf(components);
    assertThat(texts(schema.path("required"))).containsExactlyElementsOf(components);
  }

  static Stream<Arguments> enums() {
    JsonNode defs = SCHEMA.path("$defs");
    return Stream.of(
        Arguments.of(defs.path("GovernmentLevel"), GovernmentLevel.class),
        Arguments.of(defs.path("Sector"), Sector.class),
        Arguments.of(defs.at("/TieBreak/properties/kind"), TieBreakKind.class),
        Arguments.of(defs.at("/Proposal/properties/values/items"), OpenGovernmentValue.class),
        Arguments.of(defs.at("/Partner/properties/role"), PartnerRole.class),
        Arguments.of(defs.at("/Activity/properties/kind"), ActivityKind.class),
        Arguments.of(defs.at("/JuryOverride/properties/verdict"), JuryVerdict.class),
        Arguments.of(defs.at("/JuryPolicy/properties/aggregation"), AggregationMethod.class),
        Arguments.of(defs.at("/JuryPolicy/properties/normalisation"), Normalisation.class),
        Arguments.of(defs.at("/JuryPolicy/properties/conflicts/items"), ConflictKind.class),
        Arguments.of(defs.at("/MilestoneStatus/properties/completion"), CompletionLevel.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("enums")
  void schemaEnumListsTheJavaConstantsInOrder(JsonNode schema, Class<? extends Enum<?>> type) {
    List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();

    assertThat(texts(schema.path("enum"))).containsExactlyElementsOf(constants);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void everyFieldHasADescription(String definition, Class<?> type) {
    JsonNode schema = definition.equals("#") ? SCHEMA : SCHEMA.path("$defs").path(definition);

    assertThat(schema.path("description").asText()).isNotBlank();
    schema.path("properties").properties().forEach(field ->
        assertThat(field.getValue().path("description").asText()).as(definition + "." + field.getKey()).isNotBlank());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static JsonNode readSchema() {
    try {
      return Json.mapper().readTree(DossierSchema.asString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
