package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.dossier.DossierFixture.aValidDossier;

import java.math.BigDecimal;
import org.convoca.call.Criterion;
import org.convoca.call.TieBreakKind;
import org.junit.jupiter.api.Test;

/**
 * The call's optional {@code maxTotal}, a criterion's optional {@code rankingFactor} and the
 * {@code UNCOVERED_THEME} tie-break step in the dossier: read, checked, written back, and never
 * written when absent.
 */
class CallExtensionsDossierTest {

  /** valid-small.json's call as a plain sum: weights equal to the maximum points, a total out of 20. */
  private static DossierFixture aPlainSumCall() {
    return aValidDossier()
        .set("/call/criteria/0/weight", 10).set("/call/criteria/1/weight", 5).set("/call/criteria/2/weight", 5)
        .set("/call/maxTotal", 20).set("/call/overallThreshold", 12)
        .set("/call/criteria/0/rankingFactor", new BigDecimal("1.5"))
        .setJson("/call/policy/tieBreak", "[{\"kind\": \"UNCOVERED_THEME\"}, {\"kind\": \"PROPOSAL_ID\"}]");
  }

  @Test
  void readsAndWritesBackTheTotalsScaleTheRankingFactorAndTheThemeStep() {
    Dossier read = DossierReader.standard().read(aPlainSumCall().json());

    assertThat(read.call().maxTotal()).hasValue(BigDecimal.valueOf(20));
    assertThat(read.call().totalOutOf()).isEqualByComparingTo("20");
    assertThat(read.call().criteria().get(0).rankingFactor()).hasValue(new BigDecimal("1.5"));
    assertThat(read.call().ranksByRankingScore()).isTrue();
    assertThat(read.call().policy().tieBreak().get(0).kind()).isEqualTo(TieBreakKind.UNCOVERED_THEME);
    assertThat(DossierReader.standard().read(DossierWriter.toJson(read))).isEqualTo(read);
  }

  @Test
  void writesNoneOfThemForACallThatDoesNotUseThem() {
    Dossier read = DossierReader.standard().read(DossierFixture.validText());

    assertThat(read.call().maxTotal()).isEmpty();
    assertThat(read.call().totalOutOf()).isEqualByComparingTo("100");
    assertThat(read.call().ranksByRankingScore()).isFalse();
    assertThat(DossierWriter.toJson(read)).doesNotContain("maxTotal").doesNotContain("rankingFactor");
  }

  @Test
  void rejectsWeightsThatDoNotSumToTheCallsMaxTotalAndAThresholdAboveIt() {
    assertThat(aPlainSumCall().set("/call/criteria/0/weight", 9).set("/call/overallThreshold", 21).problems())
        .containsExactly("$.call.criteria: the weights must sum to the call's maxTotal, 20, they sum to 19",
            "$.call.overallThreshold: must be at most the call's maxTotal, 20, was 21");
  }

  @Test
  void keepsTheMessageOfACallWithoutMaxTotal() {
    assertThat(aValidDossier().set("/call/criteria/0/weight", 39).problems())
        .containsExactly("$.call.criteria: the weights must sum to 100, they sum to 99");
  }

  @Test
  void rejectsAMaxTotalOrARankingFactorOutOfRange() {
    assertThat(aPlainSumCall().set("/call/maxTotal", 0).problems()).singleElement()
        .satisfies(p -> assertThat(p).startsWith("$.call.maxTotal"));
    assertThat(aPlainSumCall().set("/call/criteria/0/rankingFactor", 0).problems()).singleElement()
        .satisfies(p -> assertThat(p).startsWith("$.call.criteria[0].rankingFactor"));
    assertThatThrownBy(() -> Criterion.builder().from(DossierReader.standard().read(aPlainSumCall().json())
            .call().criteria().get(0)).rankingFactor(new BigDecimal("11")).build())
        .hasMessage("'rankingFactor' must be above 0 and at most 10, was 11");
  }
}
