package org.convoca.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The structural checks of the call's values: each accepts a sound value and names the attribute it rejects. */
class CallValuesTest {

  private static Criterion.Builder criterion() {
    return Criterion.builder().id(CriterionId.of("c")).name("C").description("d")
        .weight(BigDecimal.valueOf(40)).maxPoints(BigDecimal.TEN);
  }

  @Test
  void criterionAcceptsAThresholdWithinItsPoints() {
    assertThat(criterion().threshold(BigDecimal.TEN).build().threshold()).contains(BigDecimal.TEN);
  }

  @Test
  void criterionRejectsAWeightAboveHundred() {
    assertThatThrownBy(() -> criterion().weight(BigDecimal.valueOf(101)).build())
        .hasMessage("'weight' must be between 0 and 100, was 101");
  }

  @Test
  void criterionRejectsZeroMaxPoints() {
    assertThatThrownBy(() -> criterion().maxPoints(BigDecimal.ZERO).build())
        .hasMessage("'maxPoints' must be more than 0, was 0");
  }

  @Test
  void criterionRejectsAThresholdAboveItsPoints() {
    assertThatThrownBy(() -> criterion().threshold(BigDecimal.valueOf(11)).build())
        .hasMessageStartingWith("'threshold' must be between 0 and 'maxPoints' (10)");
  }

  @Test
  void selectionPolicyAcceptsCapsOfOne() {
    SelectionPolicy policy = SelectionPolicy.builder().slots(0).perJurisdictionCap(1).perGovernmentCap(1).build();

    assertThat(policy.perJurisdictionCap()).contains(1);
  }

  @Test
  void selectionPolicyRejectsNegativeSlots() {
    assertThatThrownBy(() -> SelectionPolicy.builder().slots(-1).build()).hasMessageContaining("'slots'");
  }

  @Test
  void selectionPolicyRejectsANegativeWaitlist() {
    assertThatThrownBy(() -> SelectionPolicy.builder().slots(1).waitlistLength(-1).build())
        .hasMessageContaining("'waitlistLength'");
  }

  @Test
  void selectionPolicyRejectsAJurisdictionCapOfZero() {
    assertThatThrownBy(() -> SelectionPolicy.builder().slots(1).perJurisdictionCap(0).build())
        .hasMessage("'perJurisdictionCap' must be at least 1, was 0");
  }

  @Test
  void selectionPolicyRejectsAGovernmentCapOfZero() {
    assertThatThrownBy(() -> SelectionPolicy.builder().slots(1).perGovernmentCap(0).build())
        .hasMessage("'perGovernmentCap' must be at least 1, was 0");
  }

  @Test
  void tieBreakOnACriterionNamesIt() {
    TieBreak step = TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(CriterionId.of("c")).build();

    assertThat(step.criterion()).contains(CriterionId.of("c"));
  }

  @Test
  void tieBreakRejectsACriterionOnAnotherKindOfStep() {
    assertThatThrownBy(() -> TieBreak.builder().kind(TieBreakKind.PROPOSAL_ID).criterion(CriterionId.of("c")).build())
        .hasMessageContaining("'criterion'");
  }

  @Test
  void tieBreakRejectsACriterionStepWithoutCriterion() {
    assertThatThrownBy(() -> TieBreak.builder().kind(TieBreakKind.CRITERION).build())
        .hasMessageContaining("'criterion'");
  }

  @Test
  void trackAcceptsZeroPlaces() {
    assertThat(Track.builder().id(TrackId.of("t")).name("T").description("d").places(0).build().places()).isZero();
  }

  @Test
  void trackRejectsNegativePlaces() {
    assertThatThrownBy(() -> Track.builder().id(TrackId.of("t")).name("T").description("d").places(-1).build())
        .hasMessage("'places' must not be negative, was -1");
  }

  @Test
  void scoreScaleAcceptsScoresOnItsSteps() {
    ScoreScale scale = new ScoreScale(BigDecimal.ZERO, BigDecimal.valueOf(5), new BigDecimal("0.5"));

    assertThat(scale.accepts(new BigDecimal("4.5"))).isTrue();
    assertThat(scale.accepts(new BigDecimal("4.25"))).isFalse();
  }

  @Test
  void scoreScaleRejectsAMaxNotAboveMin() {
    assertThatThrownBy(() -> new ScoreScale(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
        .hasMessage("'max' (1) must be above 'min' (1)");
  }

  @Test
  void scoreScaleRejectsAStepOfZero() {
    assertThatThrownBy(() -> new ScoreScale(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO))
        .hasMessage("'step' must be more than 0, was 0");
  }

  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of("callId", (Function<String, Object>) CallId::of),
        Arguments.of("criterionId", (Function<String, Object>) CriterionId::of),
        Arguments.of("trackId", (Function<String, Object>) TrackId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void identifierKeepsItsValueAndRejectsABlankOne(String attribute, Function<String, Object> of) {
    assertThat(of.apply("X-1")).hasToString("X-1");
    assertThatThrownBy(() -> of.apply(" ")).hasMessage("'" + attribute + "' must not be blank");
  }

  @Test
  void ruleParametersAcceptNumbersFlagsAndTexts() {
    RuleParameters parameters = RuleParameters.of(Map.of("n", 2, "f", true, "t", "x"));

    assertThat(parameters.number("n")).isEqualByComparingTo("2");
    assertThat(parameters.flag("f")).isTrue();
    assertThat(parameters.text("t")).isEqualTo("x");
  }

  @Test
  void ruleParametersRejectAListNamingTheParameter() {
    assertThatThrownBy(() -> RuleParameters.of(Map.of("quota", List.of(1))))
        .hasMessageStartingWith("rule parameter 'quota' must be a number, true or false, or a string");
  }

  @Test
  void criterionWithoutThresholdHasNone() {
    assertThat(criterion().threshold(Optional.empty()).build().threshold()).isEmpty();
  }
}
