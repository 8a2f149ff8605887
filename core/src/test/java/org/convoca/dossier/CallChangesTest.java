package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.sample.DossierGenerator;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link CallChanges}: each kind of key, the weights kept at 100, and every way a setting is refused.
 * The generated call's weights: cocreation 25, values 10, commitments 20, capacity 10, feasibility 10,
 * jury 20, priority 5; thresholds on cocreation (3), commitments and jury (4).
 */
class CallChangesTest {

  private static final Dossier DOSSIER = DossierGenerator.withSeed(3).proposals(5).generate();

  private static CallChanges.Changed apply(String... settings) {
    return CallChanges.parse(List.of(settings)).applyTo(DOSSIER);
  }

  private static Map<String, BigDecimal> weights(Call call) {
    return call.criteria().stream().collect(Collectors.toMap(c -> c.id().value(), Criterion::weight));
  }

  private static Criterion criterion(Call call, String id) {
    return call.criteria().stream().filter(c -> c.id().equals(CriterionId.of(id))).findFirst().orElseThrow();
  }

  private static List<String> problems(String... settings) {
    try {
      apply(settings);
    } catch (InvalidCallChangeException e) {
      return e.problems();
    }
    throw new AssertionError("no problem with " + List.of(settings));
  }

  @Test
  void setsAWeightAndScalesTheOthersToKeepTheSumAt100WithANote() {
    CallChanges.Changed changed = apply("jury.weight=30");

    Map<String, BigDecimal> weights = weights(changed.dossier().call());
    assertThat(weights.get("jury")).isEqualByComparingTo("30");
    // The other six (80) make up 70: each times 7/8, to 2 decimals; 21.875 and 4.375 round up, so the
    // largest, cocreation, gives back the extra 0.01.
    assertThat(weights.get("cocreation")).isEqualByComparingTo("21.87");
    assertThat(weights.get("values")).isEqualByComparingTo("8.75");
    assertThat(weights.get("commitments")).isEqualByComparingTo("17.5");
    assertThat(weights.get("priority")).isEqualByComparingTo("4.38");
    assertThat(weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
    assertThat(changed.notes()).singleElement().asString().contains("scaled by 70/80").contains("cocreation 25 → 21.87");
  }

  @Test
  void keepsTheWeightsAtTheCallsMaxTotalWhenItStatesOne() {
    // The generated call on a total out of 50: every weight halved (jury 10, the other six 40).
    Call call = DOSSIER.call();
    Call halved = call.withMaxTotal(new BigDecimal("50")).withOverallThreshold(new BigDecimal("25"))
        .withCriteria(call.criteria().stream().map(c -> c.withWeight(c.weight().divide(BigDecimal.valueOf(2)))).toList());
    CallChanges.Changed changed = CallChanges.parse(List.of("jury.weight=15")).applyTo(DOSSIER.withCall(halved));

    Map<String, BigDecimal> weights = weights(changed.dossier().call());
    // The other six (40) make up 35: each times 7/8, as with 100 above, halved.
    assertThat(weights.get("jury")).isEqualByComparingTo("15");
    assertThat(weights.get("values")).isEqualByComparingTo("4.38");
    assertThat(weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("50");
    assertThat(changed.notes()).singleElement().asString().startsWith("The call's weights must sum to 50:")
        .contains("scaled by 35/40");
    assertThatThrownBy(() -> CallChanges.parse(List.of("jury.weight=60")).applyTo(DOSSIER.withCall(halved)))
        .isInstanceOf(InvalidCallChangeException.class)
        .hasMessageContaining("the weights set sum to 60, more than 50, and the call's weights must sum to 50");
  }

  @Test
  void weightMovedBetweenTwoCriteriaLeavesTheOthersAndAddsNoNote() {
    CallChanges.Changed changed = apply("jury.weight=30", "feasibility.weight=0");

    Map<String, BigDecimal> weights = weights(changed.dossier().call());
    assertThat(weights.get("jury")).isEqualByComparingTo("30");
    assertThat(weights.get("feasibility")).isEqualByComparingTo("0");
    assertThat(weights.get("cocreation")).isEqualByComparingTo("25");
    assertThat(changed.notes()).isEmpty();
  }

  @Test
  void setsAndRemovesThresholdsAndMaximumsOfCriteria() {
    Call call = apply("cocreation.threshold=4", "criteria.jury.threshold=none", "values.maxPoints=20").dossier().call();

    assertThat(criterion(call, "cocreation").threshold()).contains(new BigDecimal("4"));
    assertThat(criterion(call, "jury").threshold()).isEmpty();
    assertThat(criterion(call, "values").maxPoints()).isEqualByComparingTo("20");
  }

  @Test
  void setsPolicyFieldsTheOverallThresholdAndTheBudgetInTheCeilingsCurrency() {
    Call call = apply("policy.slots=7", "policy.totalBudget=5000000", "policy.perJurisdictionCap=none",
        "overallThreshold=55.5", "fundingCeiling=2500000").dossier().call();

    assertThat(call.policy().slots()).isEqualTo(7);
    assertThat(call.policy().totalBudget()).contains(Money.of(5_000_000, "ARS"));
    assertThat(call.policy().perJurisdictionCap()).isEmpty();
    assertThat(call.overallThreshold()).isEqualByComparingTo("55.5");
    assertThat(call.fundingCeiling()).isEqualTo(Money.of(2_500_000, "ARS"));
  }

  @Test
  void setsRuleParametersOfEachKindAndRemovesOneToItsDefault() {
    Call call = apply("parameters.newcomerPriorityPoints=3", "parameters.requireTrainedMember=false",
        "parameters.motto=\"42\"", "parameters.consensusSpread=none").dossier().call();

    assertThat(call.parameters().number("newcomerPriorityPoints")).isEqualByComparingTo("3");
    assertThat(call.parameters().flag("requireTrainedMember")).isFalse();
    assertThat(call.parameters().text("motto")).isEqualTo("42");
    assertThat(call.parameters().given()).doesNotContainKey("consensusSpread");
  }

  @Test
  void setsATracksPlaces() {
    Call call = apply("tracks.ogp-local.places=3").dossier().call();

    assertThat(call.tracks().get(0).places()).isEqualTo(3);
  }

  @Test
  void noSettingsLeaveTheDossierAsItIs() {
    CallChanges none = CallChanges.parse(List.of());

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.applyTo(DOSSIER).dossier()).isSameAs(DOSSIER);
  }

  @Test
  void refusesAKeyThatNamesNothingSayingWhatItCouldName() {
    assertThat(problems("foo.weight=3")).containsExactly("foo.weight=3: the call has no criterion 'foo'; its criteria "
        + "are cocreation, values, commitments, capacity, feasibility, jury, priority");
    assertThat(problems("policy.seats=3")).singleElement().asString()
        .startsWith("policy.seats=3: the policy has no field 'seats'; its fields are slots, totalBudget");
    assertThat(problems("jury.colour=3")).singleElement().asString().startsWith("jury.colour=3: unknown key; a key is");
    assertThat(problems("tracks.nope.places=3")).singleElement().asString()
        .isEqualTo("tracks.nope.places=3: the call has no track 'nope'; its tracks are ogp-local");
  }

  @Test
  void refusesAValueThatTheDossierMayNotHaveWithItsJsonPath() {
    assertThat(problems("jury.weight=abc"))
        .containsExactly("jury.weight=abc: $.call.criteria[5].weight: must be a number, was a string");
    assertThat(problems("cocreation.threshold=40")).singleElement().asString()
        .startsWith("cocreation.threshold=40: $.call.criteria[0].threshold: ");
    assertThat(problems("parameters.requireTrainedMember=5")).singleElement().asString()
        .startsWith("parameters.requireTrainedMember=5: $.call.parameters.requireTrainedMember: ");
  }

  @Test
  void refusesNoneForAFieldThatCannotBeRemoved() {
    assertThat(problems("policy.slots=none")).containsExactly("policy.slots=none: $.call.policy.slots cannot be "
        + "removed: none removes only a criterion's threshold or rankingFactor, maxTotal, the budget, a cap or a parameter");
    assertThat(problems("overallThreshold=none")).singleElement().asString()
        .startsWith("overallThreshold=none: $.call.overallThreshold cannot be removed");
  }

  @Test
  void setsAndRemovesARankingFactor() {
    Call call = apply("values.rankingFactor=1.5").dossier().call();
    assertThat(criterion(call, "values").rankingFactor()).contains(new BigDecimal("1.5"));
    assertThat(call.ranksByRankingScore()).isTrue();

    Call removed = CallChanges.parse(List.of("values.rankingFactor=none")).applyTo(DOSSIER.withCall(call)).dossier().call();
    assertThat(criterion(removed, "values").rankingFactor()).isEmpty();
  }

  @Test
  void settingMaxTotalScalesEveryWeightToTheNewSumAndNoneMakesIt100Again() {
    CallChanges.Changed changed = apply("maxTotal=50", "overallThreshold=25");

    Map<String, BigDecimal> weights = weights(changed.dossier().call());
    assertThat(changed.dossier().call().maxTotal()).contains(new BigDecimal("50"));
    assertThat(weights.get("jury")).isEqualByComparingTo("10");
    assertThat(weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("50");
    assertThat(changed.notes()).singleElement().asString().startsWith("The call's weights must sum to 50:");

    CallChanges.Changed back = CallChanges.parse(List.of("maxTotal=none", "overallThreshold=50"))
        .applyTo(changed.dossier());
    assertThat(back.dossier().call().maxTotal()).isEmpty();
    assertThat(weights(back.dossier().call()).get("jury")).isEqualByComparingTo("20");
  }

  @Test
  void refusesANumberInAFormNotTakenSayingWhichFormIs() {
    String form = "a number is written as a plain decimal, such as 30, -2 or 12.5, with no sign + and no exponent, "
        + "and at most 30 digits on each side of the point (write \"...\" for text)";
    assertThat(problems("jury.weight=1e2")).containsExactly("jury.weight=1e2: " + form);
    assertThat(problems("jury.weight=+30")).containsExactly("jury.weight=+30: " + form);
    assertThat(problems("cocreation.threshold=1e-2147483648")).containsExactly("cocreation.threshold=1e-2147483648: "
        + form);
    assertThat(problems("policy.slots=" + "9".repeat(50_000))).singleElement().asString()
        .endsWith("... (50013 characters): " + form).hasSizeLessThan(400);
  }

  @Test
  void writesALineFeedInASettingAsAnEscapeSoEachProblemStaysOnOneLine() {
    assertThat(problems("parameters.x=a\nb")).singleElement().asString()
        .startsWith("parameters.x=a\\u000Ab: ").doesNotContain("\n");
  }

  @Test
  void refusesWeightsSetAbove100AndNamesEveryWeightSetting() {
    assertThat(problems("jury.weight=70", "cocreation.weight=40")).containsExactly("jury.weight=70, cocreation.weight=40: "
        + "the weights set sum to 110, more than 100, and the call's weights must sum to 100");
  }

  @Test
  void whenEveryWeightIsSetTheSumIsCheckedAsInADossier() {
    assertThat(problems("cocreation.weight=20", "values.weight=10", "commitments.weight=20", "capacity.weight=10",
        "feasibility.weight=10", "jury.weight=20", "priority.weight=5"))
        .singleElement().asString().endsWith("$.call.criteria: the weights must sum to 100, they sum to 95");
  }

  @Test
  void refusesMalformedAndRepeatedSettings() {
    assertThatThrownBy(() -> CallChanges.parse(List.of("jury.weight", "=3", "jury.weight=2", "jury.weight=3")))
        .isInstanceOf(InvalidCallChangeException.class)
        .extracting(e -> ((InvalidCallChangeException) e).problems()).asList().containsExactly(
            "jury.weight: must be KEY=VALUE, such as jury.weight=30 or policy.slots=40",
            "=3: must be KEY=VALUE, such as jury.weight=30 or policy.slots=40",
            "jury.weight=3: jury.weight is already set by jury.weight=2");
  }
}
