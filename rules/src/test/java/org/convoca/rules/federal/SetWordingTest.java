package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.testing.DossierFixtures.aDossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convoca.assessment.Finding;
import org.convoca.call.Call;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.Theme;
import org.convoca.rules.RuleBook;
import org.convoca.rules.testing.RuleVerifier;
import org.junit.jupiter.api.Test;

/**
 * The call's eligible levels and themes are sets: the sentences of the rules that name them do not
 * change when the call lists them in another order, so two dossiers with the same fingerprint give
 * the same outcome.
 */
class SetWordingTest {

  @Test
  void theLevelsSentenceDoesNotDependOnTheOrderOfTheCallsLevels() {
    String rule = "Applicant must be a provincial or municipal government";
    Dossier dossier = aDossier(aCompleteProposal());
    Call call = dossier.call();

    assertThat(sentence(dossier.withCall(call.withEligibleLevels(reversed(call.eligibleLevels()))), rule))
        .isEqualTo(sentence(dossier, rule))
        .endsWith("the call accepts provincial or municipal governments.");
    Dossier spanish = SpanishCalls.inSpanish(dossier);
    assertThat(sentence(spanish.withCall(spanish.call().withEligibleLevels(reversed(call.eligibleLevels()))), rule))
        .isEqualTo(sentence(spanish, rule))
        .endsWith("la convocatoria acepta gobiernos de nivel provincial o municipal.");
  }

  @Test
  void theThemesSentenceDoesNotDependOnTheOrderOfTheCallsThemes() {
    String rule = "Proposal must address at least one of the call's themes";
    Proposal offTopic = aCompleteProposal().withThemes(Theme.of("ROAD_WORKS"));
    Dossier dossier = aDossier(offTopic);
    Call call = dossier.call();

    assertThat(sentence(dossier.withCall(call.withThemes(reversed(call.themes()))), rule))
        .isEqualTo(sentence(dossier, rule))
        .contains("[CIVIC_INNOVATION, DIGITAL_PARTICIPATION, OPEN_DATA, PARTICIPATORY_BUDGETING, PUBLIC_MONITORING]");
    Dossier spanish = SpanishCalls.inSpanish(dossier);
    assertThat(sentence(spanish.withCall(spanish.call().withThemes(reversed(call.themes()))), rule))
        .isEqualTo(sentence(spanish, rule))
        .contains("[CIVIC_INNOVATION, DIGITAL_PARTICIPATION, OPEN_DATA, PARTICIPATORY_BUDGETING, PUBLIC_MONITORING]");
  }

  private static String sentence(Dossier dossier, String rule) {
    List<Finding> trail = RuleVerifier.of(RuleBook.bundled()).rule(rule).given(dossier).findings();
    assertThat(trail).hasSize(1);
    return trail.get(0).sentence();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
