package org.convoca.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** One project's plain-text explanation, as {@code convoca monitor --project} prints it. */
class MonitoringExplanationTest {

  @Test
  void explainsStatusCompletionResultsRecognitionGapsFundsAndHistory() {
    String text = MonitoringFixtures.example("Open data portal").explain(ProposalId.of("P-002"));

    assertThat(text).startsWith("P-002 Open data portal\n  by MUN-RAFAELA (MUNICIPAL, AR-S), selected with rank 1 and total 64.92\n")
        .contains("  as of December 31, 2022; last report November 10, 2022; participants reached 1,320\n")
        .contains("Status: ON_TRACK\n  ON_TRACK  Status rule ON_TRACK\n      The project is ON_TRACK.\n")
        .contains("Completion: SUBSTANTIAL\n")
        .contains("  commitment 1: COMPLETE  Commitment completion rule\n")
        .contains("  milestone M2: NO_EVIDENCE  Milestone rule\n")
        .contains("Results: MAJOR\n")
        .contains("Recognition: PROMISING\n")
        .contains("  STARRED POTENTIAL_AT_SELECTION MISSED  Recognition rule POTENTIAL_AT_SELECTION\n")
        .contains("Documentation gaps: 1\n  milestone M2  Gap rule\n")
        .contains("Funds: spent ARS 2,100,000 of ARS 2,800,000 requested (75.00%), completion 77.78%\n")
        .contains("History\n  March 20, 2022  ON_TRACK, completion LIMITED, results not assessed, spent 21.43%, completion 33.33%, participants 150\n"
            + "      Status rule ON_TRACK: The project is ON_TRACK on 2022-03-20.\n"
            + "      The report says: The policy is adopted; the portal's first datasets are drafts.\n")
        .contains("  July 15, 2022  DELAYED, completion LIMITED");
  }

  @Test
  void explainsInTheLanguageAskedForWithItsDatesNumbersAndMoney() {
    String text = MonitoringFixtures.example("Open data portal").explain(ProposalId.of("P-002"), Language.SPANISH);

    assertThat(text).startsWith("P-002 Open data portal\n  de MUN-RAFAELA (MUNICIPAL, AR-S), seleccionado en el puesto 1 "
            + "con un puntaje total de 64,92\n")
        .contains("  al 31 de diciembre de 2022; último informe: 10 de noviembre de 2022; participantes alcanzados: 1.320\n")
        .contains("Estado: ON_TRACK\n  ON_TRACK  Status rule ON_TRACK\n      The project is ON_TRACK.\n")
        .contains("Avance: SUBSTANTIAL\n")
        .contains("  compromiso 1: COMPLETE  Commitment completion rule\n")
        .contains("  hito M2: NO_EVIDENCE  Milestone rule\n")
        .contains("Resultados: MAJOR\n")
        .contains("Reconocimiento: PROMISING\n")
        .contains("  STARRED POTENTIAL_AT_SELECTION NO CUMPLIDA  Recognition rule POTENTIAL_AT_SELECTION\n")
        .contains("Faltantes de documentación: 1\n  hito M2  Gap rule\n")
        .contains("Fondos: gastados ARS 2.100.000 de ARS 2.800.000 pedidos (75,00 %), avance 77,78 %\n")
        .contains("Historial\n  20 de marzo de 2022  ON_TRACK, avance LIMITED, resultados sin evaluar, gastado 21,43 %, "
            + "avance 33,33 %, participantes 150\n"
            + "      Status rule ON_TRACK: The project is ON_TRACK on 2022-03-20.\n"
            + "      El informe dice: The policy is adopted; the portal's first datasets are drafts.\n");
    assertThat(MonitoringFixtures.example("Portal").explain(ProposalId.of("P-005"), Language.SPANISH))
        .contains("último informe: ninguno").contains("Resultados: sin evaluar\n").contains("Reconocimiento: ninguno\n")
        .contains("  proyecto  Gap rule\n");
  }

  @Test
  void saysWhatAProjectWithoutReportsOrResultsLacks() {
    String text = MonitoringFixtures.example("Portal").explain(ProposalId.of("P-005"));

    assertThat(text).contains("last report none").contains("Results: not assessed\n").contains("Recognition: none\n")
        .contains("  project  Gap rule\n").doesNotContain("History");
  }

  @Test
  void keepsDossierTextOnOneLineWithNothingThatActsOnATerminal() {
    String text = MonitoringFixtures.example("Portal\n\u001b[31mStatus: COMPLETED\u202e").explain(ProposalId.of("P-002"));

    assertThat(text).startsWith("P-002 Portal \\u001B[31mStatus: COMPLETED\\u202E\n").doesNotContain("\u001b");
  }

  @Test
  void refusesAProjectThatIsNotMonitoredNamingTheOnesThatAre() {
    MonitoringOutcome outcome = MonitoringFixtures.example("Portal");

    assertThatThrownBy(() -> outcome.explain(ProposalId.of("P-001"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proposal 'P-001' is not a monitored project; the selected projects are P-002, P-005");
  }
}
