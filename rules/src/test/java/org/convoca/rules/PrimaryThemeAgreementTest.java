package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.testing.DossierFixtures.aDossier;

import java.io.StringWriter;
import org.convoca.assessment.LabelFinding;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.internal.Json;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeJson;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;

/**
 * The outcome's theme and the bundled rule book's PRIMARY_THEME label are one definition: the first
 * of the proposal's themes that the call names, even when the proposal lists another theme first.
 */
class PrimaryThemeAgreementTest {

  private final Proposal roadsFirst = aCompleteProposal()
      .withThemes(Theme.of("ROAD_WORKS"), Theme.PUBLIC_MONITORING, Theme.OPEN_DATA);
  private final Dossier dossier = aDossier(roadsFirst);
  private final CallOutcome outcome = Convoca.withBundledRules().decide(dossier);
  private final ProposalOutcome proposal = outcome.proposal(roadsFirst.id()).orElseThrow();

  @Test
  void theOutcomesThemeIsTheThemeOfThePrimaryThemeLabel() {
    assertThat(proposal.assessment().labels()).extracting(LabelFinding::label).contains("PRIMARY_THEME:PUBLIC_MONITORING");
    assertThat(proposal.theme()).contains(Theme.PUBLIC_MONITORING);
  }

  @Test
  void theJsonTheCsvAndTheSummaryGiveThatTheme() throws Exception {
    StringWriter csv = new StringWriter();
    OutcomeWriters.csv(outcome, csv);

    assertThat(Json.mapper().readTree(OutcomeJson.text(outcome)).get("proposals").get(0).get("theme").asText()).isEqualTo("PUBLIC_MONITORING");
    assertThat(csv.toString().lines().skip(1).findFirst().orElseThrow()).contains(",PUBLIC_MONITORING,")
        .doesNotContain("ROAD_WORKS");
    assertThat(outcome.summary().byTheme()).containsOnlyKeys("PUBLIC_MONITORING");
  }

  @Test
  void aProposalOnNoneOfTheCallsThemesHasNoThemeAndNoLabel() {
    Proposal offTopic = aCompleteProposal().withThemes(Theme.of("ROAD_WORKS"));
    ProposalOutcome p = Convoca.withBundledRules().decide(aDossier(offTopic)).proposal(offTopic.id()).orElseThrow();

    assertThat(p.theme()).isEmpty();
    assertThat(p.assessment().labels()).extracting(LabelFinding::label).noneMatch(l -> l.startsWith("PRIMARY_THEME:"));
  }
}
