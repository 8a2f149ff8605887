package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.review.PanelAssignment;
import org.convoca.review.PanelFixture;
import org.junit.jupiter.api.Test;

/** {@code assignment.md}: its sections, and dossier text escaped in each. */
class AssignmentMarkdownTest {

  static String render(PanelFixture fixture) {
    PanelAssignment panel = PanelAssignment.of(fixture.read());
    JuryAssignment assignment = panel.solve();
    StringWriter md = new StringWriter();
    AssignmentWriters.markdown(panel, assignment, md);
    return md.toString();
  }

  @Test
  void statesTheSettingsLoadsExpertiseConflictsAndAssignments() {
    String md = render(PanelFixture.aSmallPanel());

    assertThat(md).startsWith("# Federal Open Government Program, 2021 call — jury assignment\n")
        .contains("- Reviewers per proposal: 2 (the call's jury policy)")
        .contains("- Covered: 4 of 4 proposals\n")
        .contains("| J-1 | Ana Pérez | 2 | ")
        .contains("| J-6 | Sofía Paz | no limit | ")
        .contains("| J-4 | Ópen  Dáta; public monitoring | OPEN\\_DATA |")
        .contains("6 conflicts between 6 pairs of juror and proposal; none of these jurors reviews that proposal.")
        .contains("| P-003 | J-4 | DECLARED | J-4 declared a conflict with P-003: Advised the applicant on the lab in 2020. |")
        .contains("None: every proposal has its 2 reviewers.")
        .contains("| P-002 | Participatory budgeting in Rafaela | ");
  }

  @Test
  void saysWhereTheNumberOfReviewersComesFromWhenTheCallStatesNoPolicy() {
    assertThat(render(PanelFixture.aSmallPanel().remove("/call/jury")))
        .contains("- Reviewers per proposal: 3 (the default: the call states no jury policy)");
  }

  @Test
  void listsEachUncoveredProposalWithItsReason() {
    String md = render(PanelFixture.aSmallPanel().set("/jury/jurors/1/capacity", "0").set("/jury/jurors/2/capacity", "0")
        .set("/jury/jurors/3/capacity", "0").set("/jury/jurors/5/capacity", "0"));

    assertThat(md).containsPattern("- Covered: \\d of 4 proposals; \\d uncovered")
        .containsPattern("- \\*\\*P-00\\d\\*\\*: P-00\\d has \\d non-conflicted jurors? with capacity left; 2 needed");
  }

  @Test
  void escapesAHostileJurorNameExpertiseAndConflictReason() {
    String md = render(PanelFixture.aSmallPanel()
        .set("/jury/jurors/0/name", "\"<img src=x onerror=alert(1)> | [click](http://evil.example) **boss**\"")
        .set("/jury/jurors/1/expertise", "[\"# Heading\", \"`code`\"]")
        .set("/jury/conflicts/0/reason", "\"Line one\\n## Not a heading | <b>\""));

    assertThat(md).contains("| J-1 | &lt;img src=x onerror=alert(1)&gt; \\| \\[click\\](http://evil.example) \\*\\*boss\\*\\* | 2 |")
        .contains("| J-2 | \\# Heading; \\`code\\` | none |")
        .contains("| DECLARED | J-4 declared a conflict with P-003: Line one ## Not a heading \\| &lt;b&gt; |")
        .doesNotContain("<img").doesNotContain("\n## Not a heading");
  }
}
