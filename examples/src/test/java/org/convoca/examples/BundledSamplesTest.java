package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.call.MonitoringParameters;
import org.convoca.call.TrackId;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.language.Language;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.sample.DossierConsistency;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.MonitoringGenerator;
import org.convoca.validation.MonitoringDataCheck;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples: the federal call is exactly what the generators give for its seed, its
 * monitoring data leaves its selection and selection fingerprint as they were, and the
 * tiny call says what its walkthrough in the README ("A dossier you can read in ten minutes") says,
 * on the lines it names.
 *
 * <p>To rewrite the federal sample after changing the generator, run
 * {@code mvn -B -q -pl core,examples -am verify -Dconvoca.regenerateSamples=true} and commit the file.
 */
class BundledSamplesTest {

  /** The selection fingerprint of the federal sample, which the README quotes. */
  private static final String SELECTION_FINGERPRINT = "d076cebbab73543d7a05546edcd0f6d01eae78f7f59e9f58da9b15082279f609";
  private static final Path SOURCES = Path.of("src/main/resources/org/convoca/examples");

  @Test
  void federalSampleIsWhatTheGeneratorGivesForItsSeed() throws Exception {
    Dossier generated = BundledSamples.generateFederalCall2021();
    Path file = SOURCES.resolve("federal-call-2021.json");
    if (Boolean.getBoolean("convoca.regenerateSamples")) {
      DossierWriter.write(generated, file);
    }

    assertThat(DossierReader.standard().read(file)).isEqualTo(generated);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(DossierWriter.toJson(generated));
    assertThat(BundledSamples.federalCall2021()).isEqualTo(generated);
  }

  /**
   * The sample was English until it became Spanish: the language changed its words, not what the
   * bundled rule book decides. The English generation of the same seed (what the file held before)
   * selects, waitlists, ranks, totals and places in tracks exactly as the Spanish file does.
   */
  @Test
  void federalSampleDecidesInSpanishAsItDidInEnglish() {
    Dossier english = DossierGenerator.withSeed(BundledSamples.FEDERAL_CALL_2021_SEED)
        .proposals(BundledSamples.FEDERAL_CALL_2021_PROPOSALS).jurors(7).generate();
    Dossier spanish = BundledSamples.federalCall2021();
    CallOutcome inEnglish = Convoca.withBundledRules().decide(english);
    CallOutcome inSpanish = Convoca.withBundledRules().decide(spanish);

    assertThat(spanish.call().language()).contains(Language.SPANISH);
    assertThat(english.call().language()).isEmpty();
    assertThat(spanish.proposals()).extracting(p -> p.title())
        .doesNotContainAnyElementsOf(english.proposals().stream().map(p -> p.title()).toList());
    assertThat(inSpanish.selected()).isEqualTo(inEnglish.selected()).hasSize(50);
    assertThat(inSpanish.waitlist()).isEqualTo(inEnglish.waitlist()).isNotEmpty();
    assertThat(decided(inSpanish)).isEqualTo(decided(inEnglish));
  }

  @Test
  void federalSampleKeepsItsSelectionAndItsFingerprintWithItsMonitoringData() {
    Dossier sample = BundledSamples.federalCall2021();
    Dossier withoutMonitoring = sample.withProgressReports(List.of()).withResultsAssessments(List.of())
        .withCall(sample.call().withMonitoring(MonitoringParameters.empty()));
    CallOutcome decided = Convoca.withBundledRules().decide(sample);

    assertThat(sample.progressReports()).hasSizeGreaterThan(100);
    assertThat(sample.resultsAssessments()).hasSize(decided.selected().size());
    assertThat(decided.fingerprint()).isEqualTo(SELECTION_FINGERPRINT);
    CallOutcome without = Convoca.withBundledRules().decide(withoutMonitoring);
    assertThat(without.selection()).isEqualTo(decided.selection());
    assertThat(without.proposals()).isEqualTo(decided.proposals());
    assertThat(json(without)).isEqualTo(json(decided));
    assertThat(MonitoringDataCheck.problems(sample, decided.selected(), MonitoringGenerator.AS_OF)).isEmpty();
  }

  @Test
  void federalSampleLooksLikeTheProgramsCall() {
    Dossier dossier = BundledSamples.federalCall2021();
    Map<GovernmentId, Government> governments =
        dossier.governments().stream().collect(Collectors.toMap(Government::id, Function.identity()));

    assertThat(dossier.proposals()).hasSize(150);
    assertThat(dossier.proposals().stream().map(p -> governments.get(p.applicant()).jurisdiction()).distinct())
        .hasSizeGreaterThanOrEqualTo(20);
    assertThat(dossier.proposals().stream().map(p -> governments.get(p.applicant()).level()).distinct())
        .containsExactlyInAnyOrder(GovernmentLevel.PROVINCIAL, GovernmentLevel.MUNICIPAL);
    assertThat(dossier.jury().jurors()).hasSize(7);
    assertThat(dossier.call().policy().slots()).isEqualTo(50);
    assertThat(dossier.call().tracks()).singleElement()
        .satisfies(t -> assertThat(t.places()).isEqualTo(11));
    assertThat(DossierConsistency.problems(dossier)).isEmpty();
  }

  @Test
  void tinySampleIsCanonicalJson() throws Exception {
    Path file = SOURCES.resolve("tiny-call.json");

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(DossierWriter.toJson(DossierReader.standard().read(file)));
  }

  @Test
  void tinySampleHoldsWhatItsWalkthroughDescribes() {
    Dossier tiny = BundledSamples.tinyCall();

    assertThat(DossierConsistency.problems(tiny)).isEmpty();
    assertThat(tiny.proposals()).extracting(p -> p.applicant().value())
        .containsExactly("MUN-GODOY-CRUZ", "MUN-RAFAELA", "PROV-SALTA", "MUN-TAFI-DEL-VALLE");
    var late = tiny.proposals().get(3);
    assertThat(tiny.call().submissionWindow().contains(late.submittedAt())).isFalse();
    assertThat(tiny.proposals().subList(0, 3))
        .allSatisfy(p -> assertThat(tiny.call().submissionWindow().contains(p.submittedAt())).isTrue());
    assertThat(tiny.proposals().get(1).coCreation().partners()).singleElement()
        .satisfies(p -> assertThat(p.role()).isEqualTo(PartnerRole.CO_OWNER))
        .satisfies(p -> assertThat(p.nonGovernmental()).isTrue());
    assertThat(scores(tiny, "P-001")).isEqualTo(scores(tiny, "P-003"));
    assertThat(tiny.call().tracks()).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo(TrackId.of("ogp-local")));
  }

  @Test
  void tinySampleLinesAreWhereTheWalkthroughSaysTheyAre() throws Exception {
    var lines = Files.readAllLines(SOURCES.resolve("tiny-call.json"), StandardCharsets.UTF_8);

    assertThat(lines.get(9 - 1)).contains("\"closes\" : \"2021-10-01T02:59:59Z\"");
    assertThat(lines.get(67 - 1)).contains("\"overallThreshold\" : 50");
    assertThat(lines.get(147 - 1)).contains("\"province\" : \"PROV-SANTA-FE\"");
    assertThat(lines.get(162 - 1)).contains("\"population\" : 16000");
    assertThat(lines.get(244 - 1)).contains("\"P-001\"");
    assertThat(lines.get(295 - 1)).contains("\"submittedAt\" : \"2021-09-10T14:20:00Z\"");
    assertThat(lines.get(348 - 1)).contains("\"role\" : \"CO_OWNER\"");
    assertThat(lines.get(410 - 1)).contains("\"contacts\" : [ ]");
    assertThat(lines.get(420 - 1)).contains("\"submittedAt\" : \"2021-09-28T20:40:00Z\"");
    assertThat(lines.get(472 - 1)).contains("\"submittedAt\" : \"2021-10-01T13:30:00Z\"");
    assertThat(lines.get(474 - 1)).contains("\"jury\"");
    assertThat(lines.get(555 - 1)).contains("\"overrides\" : [ ]");
    assertThat(lines.get(109 - 1)).contains("\"monitoring\"");
    assertThat(lines.get(110 - 1)).contains("\"selectionDate\" : \"2021-12-15\"");
    assertThat(lines.get(560 - 1)).contains("\"progressReports\"");
    assertThat(lines.get(616 - 1)).contains("\"milestone\" : \"M3\"");
    assertThat(lines.get(618 - 1)).contains("\"evidence\" : [ ]");
    assertThat(lines.get(627 - 1)).contains("\"resultsAssessments\"");
  }

  /** For each proposal, what was decided of it, as data: nothing that is written in a language. */
  private static List<String> decided(CallOutcome outcome) {
    return outcome.proposals().stream().map(p -> String.join(" ", p.proposal().id().value(),
        "eligible=" + p.assessment().eligible(), "total=" + p.total(),
        "criteria=" + p.assessment().criteria().stream()
            .map(c -> c.criterion().value() + ":" + c.points() + "/" + c.weighted()).toList(),
        "rank=" + p.rank(), "decision=" + p.decision().kind() + "/" + p.decision().computedKind(),
        "waitlist=" + p.waitlistPosition(), "tracks=" + p.tracks(), "theme=" + p.theme()))
        .toList();
  }

  private static String json(CallOutcome outcome) {
    java.io.StringWriter out = new java.io.StringWriter();
    OutcomeWriters.json(outcome, out);
    return out.toString();
  }

  private static Map<String, String> scores(Dossier dossier, String proposal) {
    return dossier.jury().scores().stream()
        .filter(s -> s.proposal().equals(ProposalId.of(proposal)))
        .collect(Collectors.toMap(s -> s.juror().value(), s -> s.value().toPlainString()));
  }
}
