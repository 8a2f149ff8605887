package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.convoca.dossier.CallChanges;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.InvalidCallChangeException;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Comparison;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

/** {@link WhatIf}: the two sides it decides and the words it gives the variant's changes. */
class WhatIfTest {

  private static final Dossier DOSSIER = DossierGenerator.withSeed(11).proposals(40).slots(10).waitlist(2)
      .minJurisdictions(0).generate();

  @Test
  void withoutAChangeBothSidesAreTheSameOutcome() {
    Comparison same = WhatIf.on(DOSSIER).compare();

    assertThat(same.unchanged()).isTrue();
    assertThat(same.changes()).isEmpty();
    assertThat(same.base().fingerprint()).isEqualTo(Convoca.withBundledRules().decide(DOSSIER).fingerprint());
  }

  @Test
  void fewerSlotsMakeTheLastSelectedLeaveAndNameTheSetting() {
    CallOutcome base = Convoca.withBundledRules().decide(DOSSIER);
    Comparison fewer = WhatIf.on(DOSSIER).changing(CallChanges.parse(List.of("policy.slots=7"))).compare();

    assertThat(fewer.changes()).containsExactly("set policy.slots=7");
    assertThat(fewer.entering()).isEmpty();
    assertThat(fewer.leaving()).hasSize(base.selected().size() - fewer.variant().selected());
    assertThat(base.selected()).containsAll(fewer.leaving());
    assertThat(fewer.deltas()).isEmpty();
  }

  @Test
  void aWeightChangeCarriesTheScalingNoteAndMovesTotals() {
    Comparison heavier = WhatIf.on(DOSSIER).changing(CallChanges.parse(List.of("jury.weight=40"))).compare();

    assertThat(heavier.notes()).singleElement().asString().contains("scaled by 60/80");
    assertThat(heavier.deltas()).isNotEmpty().allSatisfy(d -> assertThat(d.rules()).isEmpty());
  }

  @Test
  void anotherDossierIsNamedAsAChange() {
    Dossier other = DOSSIER.withCall(DOSSIER.call().withOverallThreshold(java.math.BigDecimal.valueOf(60)));

    Comparison c = WhatIf.on(DOSSIER).against(other).compare();

    assertThat(c.changes()).containsExactly("another dossier: call PFGA-2021, 40 proposals");
  }

  @Test
  void aBadChangeIsThrownBeforeAnyRuleRuns() {
    WhatIf bad = WhatIf.on(DOSSIER).changing(CallChanges.parse(List.of("policy.slots=many")));

    assertThatThrownBy(bad::compare).isInstanceOf(InvalidCallChangeException.class)
        .hasMessage("policy.slots=many: $.call.policy.slots: must be a whole number, was a string");
  }

  /** A folder of one rule that awards a point on values to every proposal, or that throws when {@code fails}. */
  private static RuleBook folder(java.nio.file.Path dir, boolean fails) throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("extra.drl"), """
        package org.convoca.rules.federal;
        import java.math.BigDecimal;
        import org.convoca.assessment.AwardFinding;
        import org.convoca.call.Criterion;
        import org.convoca.call.FederalVocabulary;
        import org.convoca.proposal.Proposal;
        rule "Every proposal earns a point on values"
        when
            $c : Criterion( id == FederalVocabulary.VALUES )
            $p : Proposal()
        then
            %s
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), BigDecimal.ONE, "Test."));
        end
        """.formatted(fails ? "if (true) { throw new IllegalStateException(\"boom\"); }" : ""));
    return RuleBook.bundledWith(List.of(dir));
  }

  @Test
  void onlyBaseRulesPutsTheBaseBookOnTheVariantSideToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    RuleBook base = folder(dir, false);

    Comparison c = WhatIf.on(DOSSIER).baseRules(base).compare();

    assertThat(c.sameOutcome()).isTrue();
    assertThat(c.changes()).isEmpty();
    assertThat(c.base().fingerprint()).isEqualTo(Convoca.with(base).decide(DOSSIER).fingerprint());
  }

  @Test
  void aRuleFailureNamesTheSideBeingDecided(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    RuleBook failing = folder(dir, true);

    assertThatThrownBy(() -> WhatIf.on(DOSSIER).variantRules(failing).compare()).isInstanceOf(WhatIf.SideFailure.class)
        .hasMessageStartingWith("variant: rule 'Every proposal earns a point on values'")
        .satisfies(e -> assertThat(((WhatIf.SideFailure) e).side()).isEqualTo("variant"))
        .hasCauseInstanceOf(RuleExecutionException.class);
    assertThatThrownBy(() -> WhatIf.on(DOSSIER).baseRules(failing).variantRules(RuleBook.bundled()).compare())
        .hasMessageStartingWith("base: ");
  }

  @Test
  void warnsOfAParameterThatNeitherTheCallNorTheBookKnowsNamingTheNearest() {
    WhatIf misspelt = WhatIf.on(DOSSIER).changing(CallChanges.parse(List.of("parameters.newcomerPriorityPoint=3",
        "parameters.newcomerPriorityPoints=3", "parameters.atRiskOverdueDays=30")));

    assertThat(misspelt.warnings()).singleElement().asString()
        .startsWith("--set parameters.newcomerPriorityPoint: neither the call nor the rule book has a parameter")
        .contains("; the nearest known are newcomerPriorityPoints");
    assertThat(WhatIf.on(DOSSIER).changing(CallChanges.parse(List.of("jury.weight=30"))).warnings()).isEmpty();
  }
}
