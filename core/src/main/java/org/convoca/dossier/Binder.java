package org.convoca.dossier;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.JuryPolicy;
import org.convoca.call.MonitoringParameters;
import org.convoca.call.RuleParameters;
import org.convoca.call.ScoreScale;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.Track;
import org.convoca.capacity.Course;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.Person;
import org.convoca.dossier.internal.Json;
import org.convoca.government.Government;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.language.Language;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.jury.JuryOverride;
import org.convoca.jury.ReviewAssignment;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.proposal.Proposal;
import org.convoca.value.DateWindow;
import org.convoca.value.TimeWindow;

/**
 * Binds a dossier tree to the model part by part (the call, each government, each proposal, ...),
 * so that one pass reports a problem in every part rather than stopping at the first. A part
 * with a problem already found is not bound again.
 */
final class Binder {

  private static final Pattern NAMED_FIELD = Pattern.compile("'(\\w+)'");

  /** The type of an entry of each list of the dossier and of its jury, by the list's path. */
  static final Map<String, Class<?>> ENTRY_TYPES = Map.ofEntries(
      Map.entry("$.governments", Government.class),
      Map.entry("$.courses", Course.class),
      Map.entry("$.people", Person.class),
      Map.entry("$.completions", CourseCompletion.class),
      Map.entry("$.proposals", Proposal.class),
      Map.entry("$.jury.jurors", Juror.class),
      Map.entry("$.jury.scores", JurorScore.class),
      Map.entry("$.jury.overrides", JuryOverride.class),
      Map.entry("$.jury.conflicts", ConflictDeclaration.class),
      Map.entry("$.jury.assignments", ReviewAssignment.class),
      Map.entry("$.jury.consensus", ConsensusScore.class),
      Map.entry("$.progressReports", ProgressReport.class),
      Map.entry("$.resultsAssessments", ResultsAssessment.class));

  /**
   * Builds Jackson's deserializers of a dossier's lists and of its call, which the shared mapper
   * keeps, so that the first dossier read does not wait for them; {@link DossierReader#standard()}
   * does this once, when it is first asked for (issue 11: about a tenth of a cold command's start).
   */
  static void prepare() {
    ENTRY_TYPES.values().forEach(type -> Json.mapper().readerFor(type));
    Json.mapper().readerFor(Call.class);
  }

  private final Problems problems;
  /** Lists already bound, by their path ({@code $.proposals}), which the tree holds empty. */
  private final Map<String, List<?>> bound;

  private Binder(Problems problems, Map<String, List<?>> bound) {
    this.problems = problems;
    this.bound = bound;
  }

  /** The dossier of {@code tree}, or empty when a part could not be bound. */
  static Optional<Dossier> bind(JsonNode tree, Problems problems) {
    return bind(tree, Map.of(), problems);
  }

  /**
   * The dossier of {@code tree} whose lists at the paths of {@code bound} are those lists, bound
   * already one entry at a time; or empty when a part could not be bound.
   */
  static Optional<Dossier> bind(JsonNode tree, Map<String, List<?>> bound, Problems problems) {
    return new Binder(problems, bound).dossier(tree);
  }

  private Optional<Dossier> dossier(JsonNode tree) {
    Optional<Call> call = call(tree.path("call"));
    List<Government> governments = all(tree.path("governments"), "$.governments", Government.class);
    List<Course> courses = all(tree.path("courses"), "$.courses", Course.class);
    List<Person> people = all(tree.path("people"), "$.people", Person.class);
    List<CourseCompletion> completions = all(tree.path("completions"), "$.completions", CourseCompletion.class);
    List<Proposal> proposals = all(tree.path("proposals"), "$.proposals", Proposal.class);
    JsonNode jury = tree.path("jury");
    List<Juror> jurors = all(jury.path("jurors"), "$.jury.jurors", Juror.class);
    List<JurorScore> scores = all(jury.path("scores"), "$.jury.scores", JurorScore.class);
    List<JuryOverride> overrides = all(jury.path("overrides"), "$.jury.overrides", JuryOverride.class);
    List<ConflictDeclaration> conflicts = all(jury.path("conflicts"), "$.jury.conflicts", ConflictDeclaration.class);
    List<ReviewAssignment> assignments = all(jury.path("assignments"), "$.jury.assignments", ReviewAssignment.class);
    List<ConsensusScore> consensus = all(jury.path("consensus"), "$.jury.consensus", ConsensusScore.class);
    List<ProgressReport> reports = all(tree.path("progressReports"), "$.progressReports", ProgressReport.class);
    List<ResultsAssessment> results = all(tree.path("resultsAssessments"), "$.resultsAssessments", ResultsAssessment.class);
    if (!problems.isEmpty() || call.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Dossier.builder()
        .formatVersion(tree.path("formatVersion").asInt(Dossier.FORMAT_VERSION))
        .call(call.get())
        .governments(governments)
        .courses(courses)
        .people(people)
        .completions(completions)
        .proposals(proposals)
        .jury(Jury.builder().jurors(jurors).scores(scores).overrides(overrides)
            .conflicts(conflicts).assignments(assignments).consensus(consensus).build())
        .progressReports(reports)
        .resultsAssessments(results)
        .build());
  }

  /** Binds the call's parts first, so that a problem in each of them is found in this pass. */
  private Optional<Call> call(JsonNode call) {
    one(call.path("submissionWindow"), "$.call.submissionWindow", TimeWindow.class);
    one(call.path("implementationWindow"), "$.call.implementationWindow", DateWindow.class);
    one(call.path("scoreScale"), "$.call.scoreScale", ScoreScale.class);
    all(call.path("criteria"), "$.call.criteria", Criterion.class);
    all(call.path("tracks"), "$.call.tracks", Track.class);
    all(call.path("policy").path("tieBreak"), "$.call.policy.tieBreak", TieBreak.class);
    one(call.path("policy"), "$.call.policy", SelectionPolicy.class);
    one(call.path("parameters"), "$.call.parameters", RuleParameters.class);
    one(call.path("jury"), "$.call.jury", JuryPolicy.class);
    one(call.path("monitoring"), "$.call.monitoring", MonitoringParameters.class);
    return one(call, "$.call", Call.class);
  }

  @SuppressWarnings("unchecked")  // the list was bound to ENTRY_TYPES.get(path), which is type
  private <T> List<T> all(JsonNode list, String path, Class<T> type) {
    List<?> given = this.bound.get(path);
    if (given != null) {
      return (List<T>) given;
    }
    List<T> bound = new ArrayList<>();
    if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        one(list.get(i), JsonPath.index(path, i), type).ifPresent(bound::add);
      }
    }
    return bound;
  }

  /**
   * The path of the field a model check names first ("'end' must not be before 'start'" points
   * at {@code end}), when the object has that field; otherwise {@code path} itself.
   */
  private static String pointAtNamedField(JsonNode part, String path, JsonMappingException e) {
    JsonNode node = part;
    for (JsonMappingException.Reference step : e.getPath()) {
      node = step.getFieldName() != null ? node.path(step.getFieldName()) : node.path(step.getIndex());
    }
    Matcher named = NAMED_FIELD.matcher(BindingMessage.of(e).in(Language.ENGLISH));
    return named.lookingAt() && node.has(named.group(1)) ? JsonPath.field(path, named.group(1)) : path;
  }

  private <T> Optional<T> one(JsonNode part, String path, Class<T> type) {
    if (part.isMissingNode() || problems.anyUnder(path)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(Json.mapper().treeToValue(part, type));
    } catch (JsonMappingException e) {
      problems.add(pointAtNamedField(part, JsonPath.of(path, e), e), BindingMessage.of(e));
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.add(path, BindingMessage.of(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add(path, "unreadable", BindingMessage.of(e));
    }
    return Optional.empty();
  }
}
