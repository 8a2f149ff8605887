package org.convoca.selection;

import static org.convoca.selection.SelectionFixture.Bid.bid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.convoca.call.CriterionId;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.value.Money;

/**
 * Random small calls for property tests: up to 24 proposals from 5 jurisdictions and 10
 * governments, totals on a half-point grid so that ties are common, and policies that mix slots,
 * budget, caps, a minimum of jurisdictions and a waitlist.
 */
public final class Scenarios {

  private static final List<String> JURISDICTIONS = List.of("AR-X", "AR-S", "AR-C", "AR-M", "AR-B");

  private Scenarios() {}

  /** A random call with any policy. */
  public static Arbitrary<SelectionFixture> calls() {
    return Combinators.combine(policies(Arbitraries.integers().between(0, 4)), bids()).as(Scenarios::fixture);
  }

  /** A random call whose policy asks for no minimum of jurisdictions. */
  public static Arbitrary<SelectionFixture> callsWithoutMinimum() {
    return Combinators.combine(policies(Arbitraries.just(0)), bids()).as(Scenarios::fixture);
  }

  private static SelectionFixture fixture(SelectionPolicy policy, List<SelectionFixture.Bid> bids) {
    SelectionFixture f = SelectionFixture.aCall().policy(policy);
    bids.forEach(f::bid);
    return f;
  }

  private static Arbitrary<List<SelectionFixture.Bid>> bids() {
    Arbitrary<SelectionFixture.Bid> bid = Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(80, 200),
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 9))
        .as((government, halfPoints, cocreation, hundreds, minutes, eligibility) -> bid("P")
            .from("G" + government, JURISDICTIONS.get(government % JURISDICTIONS.size()))
            .total(BigDecimal.valueOf(halfPoints, 0).divide(BigDecimal.valueOf(2)).toPlainString())
            .cocreation(String.valueOf(cocreation))
            .request(hundreds * 100L)
            .submittedAfter(minutes)
            .eligibility(eligibility != 0));
    return bid.list().ofMinSize(0).ofMaxSize(24).map(Scenarios::numbered);
  }

  private static List<SelectionFixture.Bid> numbered(List<SelectionFixture.Bid> bids) {
    java.util.ArrayList<SelectionFixture.Bid> out = new java.util.ArrayList<>();
    for (int i = 0; i < bids.size(); i++) {
      out.add(bids.get(i).renamed(String.format("P-%02d", i + 1)));
    }
    return out;
  }

  private static Arbitrary<SelectionPolicy> policies(Arbitrary<Integer> minJurisdictions) {
    Arbitrary<Optional<Integer>> cap = Arbitraries.integers().between(1, 3).optional(0.5);
    Arbitrary<Optional<Money>> budget = Arbitraries.integers().between(1, 30)
        .map(h -> Money.of(h * 100L, "ARS")).optional(0.5);
    Arbitrary<List<TieBreak>> chain = Arbitraries.of(
            TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(CriterionId.of("cocreation")).build(),
            TieBreak.builder().kind(TieBreakKind.EARLIER_SUBMISSION).build(),
            TieBreak.builder().kind(TieBreakKind.LOWER_REQUEST).build())
        .list().uniqueElements().ofMaxSize(3);
    return Combinators.combine(
            Arbitraries.integers().between(0, 8), budget, cap, cap, minJurisdictions,
            Arbitraries.integers().between(0, 3), chain)
        .as((slots, money, perJurisdiction, perGovernment, minimum, waitlist, ties) -> SelectionPolicy.builder()
            .slots(slots).totalBudget(money).perJurisdictionCap(perJurisdiction).perGovernmentCap(perGovernment)
            .minJurisdictions(minimum).waitlistLength(waitlist).tieBreak(ties).build());
  }
}
