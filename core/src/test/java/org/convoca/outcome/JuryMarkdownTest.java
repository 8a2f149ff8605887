package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.outcome.OutcomeMarkdownTest.HOSTILE;
import static org.convoca.outcome.OutcomeMarkdownTest.markdown;
import static org.convoca.outcome.OutcomeMarkdownTest.unescape;
import static org.convoca.outcome.OutcomeMarkdownTest.unescaped;

import java.util.List;
import org.convoca.call.Normalisation;
import org.convoca.dossier.Dossier;
import org.convoca.jury.JurorId;
import org.convoca.jury.Jury;
import org.convoca.value.VisibleText;
import org.junit.jupiter.api.Test;

/**
 * The report's jury section, on the panel of {@link JuryPanelOutcomes} with hostile text as juror
 * J-1's id (which a dossier built in code may hold) and in every text the jury section repeats:
 * applicants' names (in conflict reasons), a declared conflict's reason, a consensus reason, a
 * NEEDS_CONSENSUS label's sentence.
 */
class JuryMarkdownTest {

  private static final String READ = HOSTILE.replace('\n', ' ');
  private static final List<String> JURY_HEADINGS = List.of("## Jury", "### Agreement", "### Jurors",
      "### Conflicts of interest", "### Excluded scores", "### Scores by jurors not assigned to the proposal",
      "### Consensus", "### Incomplete reviews", "### Notes on the review", "## Fingerprint");

  private final String md = markdown(JuryPanelOutcomes.outcome(hostile(), HOSTILE));
  private final String read = unescape(md);

  @Test
  void addsNoHeadingOrHtmlFromAJurorsNameOrAnyJuryText() {
    List<String> headings = md.lines().filter(l -> l.startsWith("#")).toList();

    assertThat(headings.subList(headings.indexOf("## Jury"), headings.size())).containsExactlyElementsOf(JURY_HEADINGS);
    assertThat(md).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(unescaped(md, '[')).isZero();
  }

  @Test
  void addsNoCellToAJuryTableRow() {
    String jury = md.substring(md.indexOf("## Jury\n"));
    List<String> lines = jury.lines().toList();
    long header = 0;
    int rows = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|")) {
        continue;
      }
      if (i == 0 || !lines.get(i - 1).startsWith("|")) {
        header = unescaped(line, '|');
      } else {
        assertThat(unescaped(line, '|')).as(line).isEqualTo(header);
        rows++;
      }
    }

    assertThat(rows).as("rows, separators included").isGreaterThan(20);
    assertThat(jury.lines().filter(l -> l.startsWith("| " + MarkdownText.escape(HOSTILE) + " |"))).hasSize(2);
  }

  @Test
  void showsTheConflictsWithJurorProposalKindAndReason() {
    assertThat(read).contains("| " + READ + " | P-01 | SAME_JURISDICTION | " + READ + " comes from AR-X, the jurisdiction of "
        + READ + " A1, the applicant of P-01 |");
    assertThat(read).contains("| J-2 | P-02 | AFFILIATION | J-2 is affiliated with Government B1, the applicant of P-02 |");
    assertThat(read).contains("| J-3 | P-03 | SAME_PERSON | J-3 is PER-3, on the team of P-03 |");
    assertThat(read).contains("| J-4 | P-04 | DECLARED | J-4 declared a conflict with P-04: " + READ + " employs J-4's spouse |");
  }

  @Test
  void showsTheExcludedAndTheUnassignedScores() {
    assertThat(read).contains("| P-04 | quality | J-4 | 1 | DECLARED: J-4 declared a conflict with P-04: ");
    assertThat(read).contains("### Scores by jurors not assigned to the proposal\n\n| Proposal | Criterion | Juror | Score |\n"
        + "|---|---|---|---:|\n| P-05 | quality | " + READ + " | 3 |\n");
  }

  @Test
  void showsThePolicyTheAgreementAndTheOffsets() {
    assertThat(read).contains("Valid scores are combined by MEAN after ADDITIVE normalisation");
    assertThat(read).contains("at least 2 valid scores");
    assertThat(md).containsPattern("\\| quality \\| -?\\d\\.\\d{3} \\| (RELIABLE|TENTATIVE|UNRELIABLE) \\| 9 \\| — \\| — \\|");
    assertThat(md).containsPattern("\\| J-5 \\| 5 \\| 0 \\| 0 \\| quality \\+\\d\\.\\d\\d \\|");
    assertThat(md).containsPattern("\\| J-6 \\| 4 \\| 0 \\| 0 \\| quality -\\d\\.\\d\\d \\|");
  }

  @Test
  void leavesTheOffsetsOutWhenTheCallDoesNotNormalise() {
    String plain = markdown(JuryPanelOutcomes.outcome(
        JuryPanelOutcomes.dossier(JuryPanelOutcomes.policy(Normalisation.NONE), "Government"), "Government"));

    assertThat(plain).contains("| Juror | Scored | Excluded | Not assigned |\n").contains("| J-5 | 5 | 0 | 0 |\n")
        .doesNotContain("Offset");
  }

  @Test
  void showsWhoNeedsConsensusAndTheConsensusRecorded() {
    // A label's sentence is what the rule wrote, its line breaks made visible as a LabelFinding makes them.
    assertThat(read).contains("- **P-04**: " + VisibleText.of(HOSTILE) + ": the scores range from 1 to 4.5\n");
    assertThat(read).contains("| P-04 | quality | 4.5 | ");
    assertThat(read).contains(" | June 3, 2021 | " + READ + " agreed after the hearing |");
  }

  @Test
  void listsTheIncompleteReviewInItsOwnSectionAndWhy() {
    String section = md.substring(md.indexOf("## Jury review incomplete"), md.indexOf("## Below threshold"));

    assertThat(section).contains("| P-03 ").contains("INCOMPLETE_REVIEW");
    assertThat(read).contains("- **P-03**: On criterion quality it has 1 valid score of the 2 the call needs");
    assertThat(md).contains("1 with an incomplete jury review");
  }

  @Test
  void saysSoWhenThereIsNoJuryOrNoScore() {
    String none = markdown(OutcomeFixtures.workedExampleOutcome());
    Dossier unscored = JuryPanelOutcomes.withJury(JuryPanelOutcomes.dossier(), j -> j.withScores(List.of()).withConsensus(List.of()));
    String idle = markdown(JuryPanelOutcomes.outcome(unscored, "Government"));

    assertThat(none).contains("## Jury\n\nValid scores are combined by MEAN, as the jurors gave them;")
        .contains("The dossier holds no juror and no score.\n\n## Fingerprint");
    assertThat(idle).contains("### Agreement\n\nNone: the jurors gave no score.\n\n### Jurors\n")
        .contains("### Excluded scores\n\nNone.\n");
  }

  /** The panel with {@link OutcomeMarkdownTest#HOSTILE} as J-1's id, everywhere it appears. */
  private static Dossier hostile() {
    JurorId from = JurorId.of("J-1");
    JurorId to = JurorId.of(HOSTILE);
    Dossier dossier = JuryPanelOutcomes.dossier(JuryPanelOutcomes.policy(Normalisation.ADDITIVE), HOSTILE);
    return JuryPanelOutcomes.withJury(dossier, (Jury j) -> j
        .withJurors(j.jurors().stream().map(x -> x.id().equals(from) ? x.withId(to) : x).toList())
        .withScores(j.scores().stream().map(s -> s.juror().equals(from) ? s.withJuror(to) : s).toList())
        .withAssignments(j.assignments().stream().map(a -> a.withJurors(a.jurors().stream()
            .map(id -> id.equals(from) ? to : id).toList())).toList()));
  }
}
