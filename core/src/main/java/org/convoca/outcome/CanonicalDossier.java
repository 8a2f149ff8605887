package org.convoca.outcome;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.convoca.call.Call;
import org.convoca.call.MonitoringParameters;
import org.convoca.capacity.PersonId;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.internal.Json;
import org.convoca.government.GovernmentLevel;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.Jury;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.TeamMember;

/**
 * The dossier as canonical JSON: the same bytes for the same content, whatever the order of its
 * keys and of its unordered lists; and the selection's canonical dossier, which leaves the
 * monitoring data out (see below).
 *
 * <ul>
 *   <li>Object keys are sorted at every level.
 *   <li>Lists whose order carries no meaning are sorted, at every level:
 *       <ul>
 *         <li>the dossier's {@code governments}, {@code courses}, {@code people} and
 *             {@code proposals}, and the jury's {@code jurors}, by id;
 *         <li>the dossier's {@code completions} and {@code progressReports}, and the jury's
 *             {@code scores}, {@code overrides}, {@code conflicts}, {@code assignments} (each
 *             one's {@code jurors} sorted first) and {@code consensus}, by their canonical text;
 *         <li>the call's {@code eligibleLevels} and {@code themes} (the rules ask only whether
 *             they hold a value) and its {@code tracks} (by id; the outcome lists them by id);
 *         <li>a proposal's {@code values}, its {@code team} (by person, then role) and its
 *             co-creation {@code partners} and {@code activities} (by canonical text), and each
 *             partner's {@code contacts};
 *         <li>a juror's {@code affiliations} and {@code expertise};
 *         <li>a progress report's {@code milestones} (by canonical text) and each one's
 *             {@code evidence};
 *         <li>the dossier's {@code resultsAssessments} (by canonical text), each one's
 *             {@code jurors} and {@code evidence} sorted first.
 *       </ul>
 *   <li>Lists whose order means something keep it: the call's {@code criteria} (the order of the
 *       assessment and of the outcome's criteria) and its policy's {@code tieBreak} steps (applied
 *       in order); a proposal's {@code themes} (the first is the applicant's main theme, and the
 *       {@link org.convoca.call.PrimaryTheme primary theme} is the first of them the call names); its
 *       {@code commitments} and each one's {@code milestones} (the applicant's plan, in order).
 *   <li>Decimals are written plain, without trailing zeros ({@code 50.0} as {@code 50}).
 *   <li>Compact: no spaces or line breaks; UTF-8.
 * </ul>
 *
 * <h2>The selection's canonical dossier</h2>
 *
 * <p>The selection is decided without the monitoring data, so its fingerprint
 * ({@link Fingerprint}) reads {@link #selectionBytes}: the canonical dossier of
 * {@link #selection(Dossier)}, the dossier with no progress report, no results assessment and no
 * monitoring parameters. A dossier's empty {@code resultsAssessments} and {@code call.monitoring} are
 * left out of its JSON while an empty {@code progressReports} is written {@code []}, as dossiers
 * were written before results assessments and monitoring parameters existed; so the selection's
 * canonical bytes of any dossier are the canonical bytes that dossier had, without its reports,
 * before monitoring came, and adding monitoring data to a dossier changes neither its selection's
 * fingerprint nor its outcome. The {@linkplain MonitoringFingerprint monitoring fingerprint} reads
 * the monitoring data from {@link #of(Dossier)}, sorted as above.
 *
 * <p>Sorting keeps duplicates: a list that names a value twice differs from one that names it once.
 * A dossier from {@link org.convoca.dossier.DossierReader} has none, since the reader refuses an
 * entry listed twice in any of these lists; only a dossier built in code can have one.
 */
public final class CanonicalDossier {

  private static final ObjectWriter CANONICAL = ((JsonMapper) Json.mapper()).rebuild()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .addModule(new SimpleModule("convoca-canonical-decimals").addSerializer(BigDecimal.class, new PlainDecimal()))
      .build()
      .writer();
  /** What {@link #byText(List)} sorts by before the text: the same for every entry, so that only the text counts. */
  private static final String NO_FIRST = "";
  private static final ObjectWriter STREAMING = CANONICAL.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private CanonicalDossier() {}

  /**
   * The canonical JSON bytes of {@code dossier}, UTF-8.
   *
   * @param dossier the dossier
   * @return the canonical JSON bytes of {@code dossier}, UTF-8
   * @throws NullPointerException when {@code dossier} is null
   */
  public static byte[] bytes(Dossier dossier) {
    try {
      return CANONICAL.writeValueAsBytes(of(dossier));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code dossier} with every list whose order carries no meaning sorted, as described above: the
   * value whose JSON is the canonical dossier. Equal to {@code dossier} in every other respect.
   *
   * @param dossier the dossier
   * @return {@code dossier} with every list whose order carries no meaning sorted, as described
   *     above: the value whose JSON is the canonical dossier
   * @throws NullPointerException when {@code dossier} is null
   */
  public static Dossier of(Dossier dossier) {
    Jury jury = dossier.jury();
    return dossier
        .withCall(call(dossier.call()))
        .withGovernments(byId(dossier.governments(), g -> g.id().value()))
        .withCourses(byId(dossier.courses(), c -> c.id().value()))
        .withPeople(byId(dossier.people(), p -> p.id().value()))
        .withProposals(byId(each(dossier.proposals(), CanonicalDossier::proposal), p -> p.id().value()))
        .withCompletions(byText(dossier.completions()))
        .withProgressReports(progressReports(dossier))
        .withResultsAssessments(resultsAssessments(dossier))
        .withJury(jury.withJurors(byId(each(jury.jurors(), CanonicalDossier::juror), j -> j.id().value()))
            .withScores(byText(jury.scores()))
            .withOverrides(byText(jury.overrides()))
            .withConflicts(byText(jury.conflicts()))
            .withAssignments(byText(each(jury.assignments(),
                a -> a.withJurors(sorted(a.jurors(), Comparator.comparing(JurorId::value))))))
            .withConsensus(byText(jury.consensus())));
  }

  /** {@return the dossier's progress reports, sorted as in {@link #of(Dossier)}} */
  static List<ProgressReport> progressReports(Dossier dossier) {
    return byText(each(dossier.progressReports(), CanonicalDossier::report));
  }

  /** {@return the dossier's results assessments, sorted as in {@link #of(Dossier)}} */
  static List<ResultsAssessment> resultsAssessments(Dossier dossier) {
    return byText(each(dossier.resultsAssessments(), a -> a
        .withJurors(sorted(a.jurors(), Comparator.comparing(JurorId::value)))
        .withEvidence(sorted(a.evidence(), Comparator.naturalOrder()))));
  }

  /**
   * {@code dossier} as the selection reads it: without its monitoring data (no progress report, no
   * results assessment, no monitoring parameters), everything else as it is.
   *
   * @param dossier the dossier
   * @return {@code dossier} without its progress reports, results assessments and monitoring parameters
   * @throws NullPointerException when {@code dossier} is null
   */
  public static Dossier selection(Dossier dossier) {
    return dossier.withProgressReports(List.of()).withResultsAssessments(List.of())
        .withCall(dossier.call().withMonitoring(MonitoringParameters.empty()));
  }

  /**
   * The canonical JSON bytes of the {@linkplain #selection(Dossier) selection's dossier}, UTF-8: what
   * the outcome's {@link Fingerprint} digests. Adding, removing or changing monitoring data leaves
   * them as they are.
   *
   * @param dossier the dossier
   * @return the canonical JSON bytes of {@code dossier} without its monitoring data, UTF-8
   * @throws NullPointerException when {@code dossier} is null
   */
  public static byte[] selectionBytes(Dossier dossier) {
    return bytes(selection(dossier));
  }

  /**
   * Writes the canonical JSON of {@code value}, a value of the model that is already canonical (as
   * {@link #of(Dossier)} gives a dossier), to {@code out} as it goes, without holding it; does not
   * close {@code out}. The bytes are those {@link #valueBytes} gives.
   */
  static void write(Object value, OutputStream out) throws IOException {
    STREAMING.writeValue(out, value);
  }

  private static Call call(Call call) {
    return call
        .withEligibleLevels(sorted(call.eligibleLevels(), Comparator.comparing(GovernmentLevel::name)))
        .withThemes(sorted(call.themes(), Comparator.naturalOrder()))
        .withTracks(byId(call.tracks(), t -> t.id().value()));
  }

  private static Proposal proposal(Proposal proposal) {
    CoCreation coCreation = proposal.coCreation();
    List<OpenGovernmentValue> values = sorted(proposal.values(), Comparator.comparing(OpenGovernmentValue::name));
    List<TeamMember> team = sorted(proposal.team(),
        Comparator.comparing((TeamMember m) -> m.person().value()).thenComparing(TeamMember::role));
    List<Partner> partners = byText(each(coCreation.partners(),
        p -> p.withContacts(sorted(p.contacts(), Comparator.comparing(PersonId::value)))));
    List<Activity> activities = byText(coCreation.activities());
    if (values.equals(proposal.values()) && team.equals(proposal.team()) && partners.equals(coCreation.partners())
        && activities.equals(coCreation.activities())) {
      return proposal; // already in order, as most are: no copy to make
    }
    return proposal.withValues(values).withTeam(team).withCoCreation(coCreation.withPartners(partners).withActivities(activities));
  }

  private static Juror juror(Juror juror) {
    return juror
        .withAffiliations(sorted(juror.affiliations(), Comparator.naturalOrder()))
        .withExpertise(sorted(juror.expertise(), Comparator.naturalOrder()));
  }

  private static ProgressReport report(ProgressReport report) {
    return report.withMilestones(byText(each(report.milestones(),
        m -> m.withEvidence(sorted(m.evidence(), Comparator.naturalOrder())))));
  }

  /**
   * {@code list} with {@code canonical} applied to each entry; {@code list} itself when that changes
   * no entry, as for most of a large dossier, whose lists are then neither copied nor held twice.
   */
  private static <T> List<T> each(List<T> list, UnaryOperator<T> canonical) {
    List<T> changed = null;
    for (int i = 0; i < list.size(); i++) {
      T t = list.get(i);
      T c = canonical.apply(t);
      if (changed == null && c != t) {
        changed = new ArrayList<>(list.subList(0, i));
      }
      if (changed != null) {
        changed.add(c);
      }
    }
    return changed == null ? list : Collections.unmodifiableList(changed);
  }

  /** {@code list} sorted by {@code order}, keeping equal entries in their order; {@code list} itself when already in order. */
  private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
    for (int i = 1; i < list.size(); i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        return list.stream().sorted(order).toList();
      }
    }
    return list;
  }

  /**
   * The canonical JSON of {@code dossier}, as a tree.
   *
   * @param dossier the dossier
   * @return the canonical JSON of {@code dossier}, as a tree
   * @throws NullPointerException when {@code dossier} is null
   */
  static JsonNode tree(Dossier dossier) {
    try {
      return Json.mapper().readTree(bytes(dossier));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> byId(List<T> list, Function<T, String> id) {
    List<T> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparing(id));
    for (int i = 1; i < sorted.size(); i++) {
      if (id.apply(sorted.get(i - 1)).equals(id.apply(sorted.get(i)))) {
        return byText(sorted, id);
      }
    }
    return sorted;
  }

  private static <T> List<T> byText(List<T> list) {
    return byText(list, t -> NO_FIRST);
  }

  private static <T> List<T> byText(List<T> list, Function<T, String> first) {
    if (list.size() < 2) {
      // Nothing to order, so no text to make: most of a proposal's lists hold one entry or none.
      return List.copyOf(list);
    }
    record Keyed<T>(String first, byte[] text, T value) {}
    List<byte[]> texts = texts(list);
    List<Keyed<T>> keyed = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      T t = list.get(i);
      keyed.add(new Keyed<>(first.apply(t), texts.get(i), t));
    }
    keyed.sort((x, y) -> {
      int byFirst = x.first().compareTo(y.first());
      return byFirst != 0 ? byFirst : compareTexts(x.text(), y.text());
    });
    return keyed.stream().map(Keyed::value).toList();
  }

  /**
   * Compares two UTF-8 texts as {@link String#compareTo} compares them decoded, without decoding
   * them: up to their first differing byte they are the same characters, so when that byte is ASCII
   * in both it is the first differing character of both; and a text that is the other's start comes
   * first. Otherwise (a byte of a longer character differs) they are decoded and compared as strings.
   */
  static int compareTexts(byte[] a, byte[] b) {
    int i = Arrays.mismatch(a, b);
    if (i < 0) {
      return 0;
    }
    if (i == a.length || i == b.length) {
      return a.length - b.length;
    }
    if (a[i] >= 0 && b[i] >= 0) {
      return a[i] - b[i];
    }
    return new String(a, UTF_8).compareTo(new String(b, UTF_8));
  }

  /** The canonical JSON bytes of any value of the model (keys sorted, decimals plain), UTF-8. */
  static byte[] valueBytes(Object value) {
    try {
      return CANONICAL.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The canonical text of each of {@code values}, in order, UTF-8: each as {@link #valueBytes} gives
   * it. They are written one after the other by one generator and one sequence writer, which costs
   * far less than a writer's call for each of the tens of thousands of scores and completions of a
   * large dossier.
   */
  private static List<byte[]> texts(List<?> values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<byte[]> texts = new ArrayList<>(values.size());
    try (JsonGenerator generator = CANONICAL.createGenerator(bytes)) {
      generator.setRootValueSeparator(null);
      SequenceWriter writer = STREAMING.writeValues(generator);
      for (Object value : values) {
        writer.write(value);
        generator.flush();
        texts.add(bytes.toByteArray());
        bytes.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  /** Writes a decimal plain and without trailing zeros, so that 50, 50.0 and 5E+1 read alike. */
  private static final class PlainDecimal extends StdSerializer<BigDecimal> {

    PlainDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }
  }
}
