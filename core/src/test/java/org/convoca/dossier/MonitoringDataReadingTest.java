package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.dossier.DossierFixture.aValidDossier;

import java.time.LocalDate;
import org.convoca.jury.JurorId;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.ResultsLevel;
import org.junit.jupiter.api.Test;

/**
 * Reading the monitoring data (results assessments, a report's narrative and a milestone's reason,
 * the call's monitoring parameters) and writing it back; the bad cases with their paths are in the
 * corpus ({@code bad/89} to {@code bad/97}).
 */
class MonitoringDataReadingTest {

  private static final String ASSESSMENT = "{\"proposal\": \"P-001\", \"date\": \"2022-03-20\", \"results\": \"MAJOR\","
      + " \"evidence\": [\"https://datos.example.org/informe\"], \"jurors\": [\"J-2\", \"J-1\"],"
      + " \"reasoning\": \"Residents use the data.\\nThe council cites it.\"}";
  private static final String FIRST_REPORT = "{\"proposal\": \"P-001\", \"date\": \"2021-10-01\", \"milestones\": ["
      + "{\"milestone\": \"M1\", \"completion\": \"COMPLETE\", \"evidence\": [\"https://datos.example.org\"]}],"
      + " \"participants\": 120, \"fundsSpent\": {\"amount\": 400000, \"currency\": \"ARS\"}}";
  private static final String LATER_REPORT = "{\"proposal\": \"P-001\", \"date\": \"2022-02-01\", \"milestones\": ["
      + "{\"milestone\": \"M1\", \"completion\": \"SUBSTANTIAL\", \"evidence\": [\"https://datos.example.org\"],"
      + " \"reason\": \"The portal went offline\\nfor a month.\"}],"
      + " \"participants\": 150, \"fundsSpent\": {\"amount\": 500000, \"currency\": \"ARS\"}}";

  @Test
  void readsResultsAssessmentsNarrativesReasonsAndMonitoringParameters() {
    DossierFixture fixture = aValidDossier()
        .setJson("/resultsAssessments", "[" + ASSESSMENT + "]")
        .setJson("/call/monitoring", "{\"selectionDate\": \"2021-06-01\", \"graceDays\": 15, \"ownFlag\": true}")
        .setJson("/progressReports", "[" + FIRST_REPORT + ", " + LATER_REPORT + "]")
        .set("/progressReports/0/narrative", "A good start.\nTwenty datasets online.");

    Dossier dossier = DossierReader.standard().read(fixture.json());

    assertThat(dossier.resultsAssessments()).singleElement().satisfies(a -> {
      assertThat(a.results()).isEqualTo(ResultsLevel.MAJOR);
      assertThat(a.jurors()).containsExactly(JurorId.of("J-2"), JurorId.of("J-1"));
      assertThat(a.reasoning()).contains("Residents use the data.\nThe council cites it.");
    });
    assertThat(dossier.call().monitoring().selectionDate()).contains(LocalDate.of(2021, 6, 1));
    assertThat(dossier.call().monitoring().number("graceDays")).isEqualByComparingTo("15");
    assertThat(dossier.progressReports().get(0).narrative()).contains("A good start.\nTwenty datasets online.");
    assertThat(dossier.progressReports().get(1).milestones()).singleElement().satisfies(m -> {
      assertThat(m.completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
      assertThat(m.reason()).contains("The portal went offline\nfor a month.");
    });
    assertThat(DossierReader.standard().read(DossierWriter.toJson(dossier))).isEqualTo(dossier);
  }

  @Test
  void acceptsAMilestoneThatGoesBackFromCompleteWithAReason() {
    assertThat(aValidDossier().setJson("/progressReports", "[" + LATER_REPORT + ", " + FIRST_REPORT + "]").problems())
        .isEmpty();
    assertThat(aValidDossier().setJson("/progressReports", "[" + LATER_REPORT.replaceAll(",\\s*\"reason\"[^}]*", "")
        + ", " + FIRST_REPORT + "]").problems()).singleElement().asString()
        .startsWith("$.progressReports[0].milestones[0].completion: milestone 'M1' of proposal 'P-001' was COMPLETE on 2021-10-01");
  }

  @Test
  void refusesFundsSpentOrPeopleReachedSoFarThatGoDown() {
    String fewer = LATER_REPORT.replace("\"participants\": 150", "\"participants\": 90")
        .replace("\"amount\": 500000", "\"amount\": 300000");
    assertThat(aValidDossier().setJson("/progressReports", "[" + fewer + ", " + FIRST_REPORT + "]").problems())
        .containsExactlyInAnyOrder(
            "$.progressReports[0].fundsSpent: is 300000, less than the 400000 spent so far on 2021-10-01"
                + " ($.progressReports[1]); a report gives the funds spent so far, which cannot go down",
            "$.progressReports[0].participants: is 90, fewer than the 120 reached so far on 2021-10-01"
                + " ($.progressReports[1]); a report gives the people reached so far, which cannot go down");
  }

  @Test
  void daysMustBeWholeInTheReadDossierToo() {
    assertThat(aValidDossier().setJson("/call/monitoring", "{\"graceDays\": 2.5}").problems())
        .containsExactly("$.call.monitoring.graceDays: 'graceDays' must be a whole number of days, was 2.5");
    assertThat(aValidDossier().setJson("/call/monitoring", "{\"substantialShare\": 150}").problems())
        .containsExactly("$.call.monitoring.substantialShare: 'substantialShare' must be at most 100, a percentage, was 150");
  }

  @Test
  void reportsANegativeMonitoringParameterAtItsPath() {
    assertThat(aValidDossier().setJson("/call/monitoring", "{\"graceDays\": -1}").problems())
        .containsExactly("$.call.monitoring.graceDays: must be at least 0, was -1");
  }

  @Test
  void reportsAMonitoringParameterOfTheWrongKindAtItsPath() {
    assertThat(aValidDossier().setJson("/call/monitoring", "{\"graceDays\": \"30\", \"selectionDate\": 2021}").problems())
        .containsExactlyInAnyOrder("$.call.monitoring.graceDays: must be a number, was a string",
            "$.call.monitoring.selectionDate: must be a string, was a whole number");
  }

  @Test
  void refusesALineBreakInAnEvidenceLinkButNotInANarrative() {
    assertThat(aValidDossier().set("/progressReports/0/narrative", "One.\r\nTwo.\tThree.").problems()).isEmpty();
    assertThat(aValidDossier().setJson("/resultsAssessments", "[" + ASSESSMENT.replace("informe", "in\\nforme") + "]")
        .problems()).singleElement().asString().startsWith("$.resultsAssessments[0].evidence[0]: contains the control character U+000A");
  }

  @Test
  void leavesAnEmptyMonitoringAndNoResultsAssessmentsOutOfTheWrittenText() {
    String written = DossierWriter.toJson(DossierReader.standard().read(DossierFixture.validText()));

    assertThat(written).doesNotContain("\"monitoring\"").doesNotContain("\"resultsAssessments\"")
        .contains("\"progressReports\" : [ {");
  }
}
