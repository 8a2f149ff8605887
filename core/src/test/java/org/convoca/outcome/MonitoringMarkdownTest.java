package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.convoca.monitoring.MonitoringFixtures;
import org.convoca.monitoring.MonitoringOutcome;
import org.junit.jupiter.api.Test;

/** monitoring.md: its sections, and dossier text that cannot change its structure. */
class MonitoringMarkdownTest {

  private static String markdown(MonitoringOutcome outcome) {
    StringWriter out = new StringWriter();
    MonitoringWriters.markdown(outcome, out);
    return out.toString();
  }

  @Test
  void hasTheSummaryTheProjectsTheRecognisedEachProjectTheLessonsAndTheFingerprint() {
    String md = markdown(MonitoringFixtures.example("Open data portal"));

    assertThat(md).startsWith("# Implementation monitoring as of December 31, 2022\n")
        .contains("- By status: NOT_STARTED 1, ON_TRACK 1, DELAYED 0, AT_RISK 0, COMPLETED 0, NO_RECENT_REPORT 0\n")
        .contains("- Recognised: PROMISING 1, STARRED 0\n")
        .contains("| 1 | P-002 Open data portal | MUN-RAFAELA | ON_TRACK | SUBSTANTIAL | MAJOR | PROMISING | 1 | 75.00% | November 10, 2022 |")
        .contains("| 2 | P-005 Hearings in Salta | PROV-SALTA | NOT_STARTED | NOT_STARTED | — | — | 1 | 0.00% | none |")
        .contains("## Recognised projects\n\n- **P-002** Open data portal: PROMISING\n"
            + "  - HIGH\\_COMPLETION: HIGH\\_COMPLETION is met. (Recognition rule HIGH\\_COMPLETION)\n"
            + "  - STRONG\\_RESULTS: STRONG\\_RESULTS is met. (Recognition rule STRONG\\_RESULTS)\n\n")
        .contains("## P-002 Open data portal\n")
        .contains("| 2 | LIMITED | Commitment completion rule | Commitment 2 is LIMITED. |")
        .contains("| M2 | NO_EVIDENCE | Milestone rule | Milestone M2 counts as NO\\_EVIDENCE. |")
        .contains("| STARRED | POTENTIAL\\_AT\\_SELECTION | missed |")
        .contains("- Funds: spent ARS 2,100,000 of ARS 2,800,000 requested (75.00%), against a completion of 77.78%")
        .contains("| July 15, 2022 | DELAYED | LIMITED | — | 53.57% | 44.44% | 480 | Status rule DELAYED: The project is DELAYED on 2022-07-15. | — |")
        .contains("| March 20, 2022 | ON_TRACK | LIMITED | — | 21.43% | 33.33% | 150 | Status rule ON\\_TRACK: The project is ON\\_TRACK on 2022-03-20. "
            + "| The policy is adopted; the portal's first datasets are drafts. |")
        .contains("### By selection score band\n")
        .contains("| 50-60 | 1 |")
        .contains("## Notes\n\n- One project has not reported yet.\n")
        .contains("`" + MonitoringFixtures.FINGERPRINT + "`").contains("`" + MonitoringFixtures.SELECTION + "`");
  }

  @Test
  void escapesATitleThatWouldAddHtmlHeadingsCellsOrLinks() {
    String hostile = "# Big | <script>alert(1)</script> [click](http://evil.example)\n## injected";
    String md = markdown(MonitoringFixtures.example(hostile));

    assertThat(md).doesNotContain("<script>").doesNotContain("\n## injected").doesNotContain("[click]")
        .contains("\\# Big \\| &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](http://evil.example) ## injected");
    assertThat(md.lines().filter(l -> l.startsWith("| 1 | P-002"))).singleElement()
        .satisfies(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(12));
  }

  @Test
  void saysNoneWhenNothingIsMonitored() {
    String md = markdown(MonitoringFixtures.outcome(List.of()));

    assertThat(md).contains("## Projects\n\nNone.\n").contains("## Recognised projects\n\nNone.\n")
        .contains("None: no project is monitored.");
  }
}
