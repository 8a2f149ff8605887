package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convoca.dossier.DossierReader;
import org.convoca.language.Language;
import org.convoca.outcome.CallOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.junit.jupiter.api.Test;

/**
 * The bundled federal sample is an Argentine call written in Spanish: its outcome's sentences are
 * pinned, every proposal's decision and reasons in one file and three whole explanations (a
 * proposal selected by merit, one waitlisted and one not eligible) in another, so that any change
 * of wording, of the bundles or of how values are written shows as a readable difference. The files
 * are the command's output: {@code convoca explain examples/federal-call-2021.json P-003} and so on.
 */
class SpanishSampleOutcomeTest {

  private static final String[] EXPLAINED = {"P-003", "P-005", "P-002"};

  private final CallOutcome outcome = Convoca.withBundledRules().decide(DossierReader.standard().read(Cli.SAMPLE));

  @Test
  void theSampleIsASpanishCall() {
    assertThat(outcome.call().writtenIn()).isEqualTo(Language.SPANISH);
    assertThat(outcome.ruleTitles()).isNotEmpty().allSatisfy((rule, title) -> assertThat(title).isNotEqualTo(rule));
  }

  @Test
  void anIneligibleProposalsReasonNamesEachFailedCheckByItsSpanishTitle() {
    String rule = "At least one team member must have completed a program course";
    String reason = outcome.proposal(ProposalId.of("P-002")).orElseThrow().decision().reason();

    assertThat(outcome.title(rule)).contains("Al menos un integrante del equipo debe haber completado un curso del programa");
    assertThat(reason).contains("\"" + outcome.title(rule).orElseThrow() + "\": ").doesNotContain(rule);
  }

  @Test
  void everyDecisionAndReasonIsThePinnedSpanish() throws Exception {
    String pinned = Files.readString(Cli.resource("/org/convoca/cli/federal-call-2021-decisions_es.txt"));

    assertThat(decisions(outcome)).isEqualTo(pinned);
  }

  @Test
  void threeExplanationsAreThePinnedSpanishInTheLibraryAndOnTheCommandLine() throws Exception {
    String pinned = Files.readString(Cli.resource("/org/convoca/cli/federal-call-2021-explain_es.txt"));
    StringBuilder printed = new StringBuilder();
    for (String id : EXPLAINED) {
      Cli run = Cli.run("explain", Cli.SAMPLE.toString(), id);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(outcome.explain(ProposalId.of(id)));
      printed.append(run.out()).append('\n');
    }

    assertThat(printed.toString()).isEqualTo(pinned);
  }

  @Test
  void theSpanishOutcomeIsTheSameUnderTurkishAndGermanDefaultLocales() {
    String expected = decisions(outcome);
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : new Locale[] {Locale.forLanguageTag("tr-TR"), Locale.GERMANY}) {
        Locale.setDefault(locale);
        CallOutcome again = Convoca.withBundledRules().decide(DossierReader.standard().read(Cli.SAMPLE));
        assertThat(decisions(again)).as(locale.toString()).isEqualTo(expected);
        assertThat(again.explain(ProposalId.of("P-005"))).isEqualTo(outcome.explain(ProposalId.of("P-005")));
        assertThat(again.fingerprint()).isEqualTo(outcome.fingerprint());
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  /** Each proposal's id, decision and reasons, one block per proposal, in id order, and the selection's notes. */
  private static String decisions(CallOutcome outcome) {
    return outcome.proposals().stream()
        .map(p -> p.proposal().id().value() + " " + p.decision().kind() + "\n"
            + p.reasons(outcome.call().writtenIn()).stream().map(r -> "  " + r + "\n").collect(Collectors.joining()))
        .collect(Collectors.joining()) + "notes:\n"
        + outcome.selection().notes().stream().map(n -> "  " + n + "\n").collect(Collectors.joining());
  }
}
