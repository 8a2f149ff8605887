package org.convoca.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;

/** A parameter the call does not set takes its default; the dossier keeps only what the call sets. */
class RuleParametersTest {

  @Test
  void aParameterTheCallDoesNotSetTakesItsDefault() {
    RuleParameters none = RuleParameters.empty();

    assertThat(none.number(FederalVocabulary.MIN_PARTICIPATION)).isEqualByComparingTo("100");
    assertThat(none.number(FederalVocabulary.MIN_PARTNER_SECTORS)).isEqualByComparingTo("2");
    assertThat(none.number(FederalVocabulary.MIN_COUNTERPART_SHARE)).isEqualByComparingTo("0.2");
    assertThat(none.number(FederalVocabulary.MAX_REQUEST_PER_MILESTONE_SHARE)).isEqualByComparingTo("0.25");
    assertThat(none.number(FederalVocabulary.MIN_MILESTONE_SPREAD_SHARE)).isEqualByComparingTo("0.5");
    assertThat(none.flag(FederalVocabulary.REQUIRE_TRAINED_MEMBER)).isTrue();
    assertThat(none.asMap()).isEqualTo(FederalVocabulary.parameterDefaults());
    assertThat(none.has(FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT)).isFalse();
  }

  @Test
  void theCallsOwnValueWinsOverTheDefault() {
    RuleParameters set = RuleParameters.of(Map.of(FederalVocabulary.MIN_PARTICIPATION, 40));

    assertThat(set.number(FederalVocabulary.MIN_PARTICIPATION)).isEqualByComparingTo("40");
    assertThat(set.asMap()).containsEntry(FederalVocabulary.MIN_PARTNER_SECTORS, BigDecimal.valueOf(2));
  }

  @Test
  void aParameterOfTheVocabularyMustHaveItsKind() {
    assertThatThrownBy(() -> RuleParameters.of(Map.of(FederalVocabulary.MIN_PARTICIPATION, "many")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'minParticipation' must be a number, was a string");
    assertThatThrownBy(() -> RuleParameters.of(Map.of(FederalVocabulary.REQUIRE_TRAINED_MEMBER, 1)))
        .hasMessage("'requireTrainedMember' must be true or false, was a number");
    assertThat(RuleParameters.of(Map.of("ownParameter", "any kind")).text("ownParameter")).isEqualTo("any kind");
  }

  @Test
  void theDossierKeepsOnlyWhatTheCallSets() throws Exception {
    RuleParameters set = RuleParameters.of(Map.of(FederalVocabulary.CONSENSUS_SPREAD, new BigDecimal("1.5")));

    assertThat(set.given()).containsOnlyKeys(FederalVocabulary.CONSENSUS_SPREAD);
    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(set)).toString()).isEqualTo("{\"consensusSpread\":1.5}");
    assertThat(RuleParameters.empty()).isEqualTo(RuleParameters.of(Map.of()));
    assertThat(RuleParameters.of(Map.of(FederalVocabulary.MIN_PARTICIPATION, 100))).isNotEqualTo(RuleParameters.empty());
  }
}
