package org.convoca.selection;

import static org.convoca.selection.SelectionFixture.Bid.bid;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convoca.call.CriterionId;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.value.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random small calls for property tests: up to 24 proposals from 5 jurisdictions and 10
 * governments, totals on a half-point grid so that ties are common, and policies that mix slots,
 * budget, caps, a minimum of jurisdictions and a waitlist.
 */
public final class Scenarios {

  private static final List<String> JURISDICTIONS = List.of("AR-X", "AR-S", "AR-C", "AR-M", "AR-B");
  private static final List<TieBreak> STEPS = List.of(
      TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(CriterionId.of("cocreation")).build(),
      TieBreak.builder().kind(TieBreakKind.EARLIER_SUBMISSION).build(),
      TieBreak.builder().kind(TieBreakKind.LOWER_REQUEST).build());

  private Scenarios() {}

  /** A random call with any policy. */
  public static Gen<SelectionFixture> calls() {
    return policies(integers().between(0, 4)).zip(bids(), Scenarios::fixture);
  }

  /** A random call whose policy asks for no minimum of jurisdictions. */
  public static Gen<SelectionFixture> callsWithoutMinimum() {
    return policies(Generate.constant(0)).zip(bids(), Scenarios::fixture);
  }

  private static SelectionFixture fixture(SelectionPolicy policy, List<SelectionFixture.Bid> bids) {
    SelectionFixture f = SelectionFixture.aCall().policy(policy);
    bids.forEach(f::bid);
    return f;
  }

  private static Gen<List<SelectionFixture.Bid>> bids() {
    Gen<Integer> government = integers().between(0, 9);
    Gen<Integer> halfPoints = integers().between(80, 200);
    Gen<Integer> cocreation = integers().between(1, 4);
    Gen<Integer> hundreds = integers().between(1, 10);
    Gen<Integer> minutes = integers().between(0, 5);
    Gen<Integer> eligibility = integers().between(0, 9);
    Gen<SelectionFixture.Bid> bid = in -> {
      int g = government.generate(in);
      return bid("P")
          .from("G" + g, JURISDICTIONS.get(g % JURISDICTIONS.size()))
          .total(BigDecimal.valueOf(halfPoints.generate(in), 0).divide(BigDecimal.valueOf(2)).toPlainString())
          .cocreation(String.valueOf(cocreation.generate(in)))
          .request(hundreds.generate(in) * 100L)
          .submittedAfter(minutes.generate(in))
          .eligibility(eligibility.generate(in) != 0);
    };
    return lists().of(bid).ofSizeBetween(0, 24).map(Scenarios::numbered);
  }

  private static List<SelectionFixture.Bid> numbered(List<SelectionFixture.Bid> bids) {
    List<SelectionFixture.Bid> out = new ArrayList<>();
    for (int i = 0; i < bids.size(); i++) {
      out.add(bids.get(i).renamed(String.format("P-%02d", i + 1)));
    }
    return out;
  }

  private static Gen<SelectionPolicy> policies(Gen<Integer> minJurisdictions) {
    Gen<Optional<Integer>> cap = integers().between(1, 3).toOptionals(50);
    Gen<Optional<Money>> budget = integers().between(1, 30).map(h -> Money.of(h * 100L, "ARS")).toOptionals(50);
    Gen<List<TieBreak>> chain = lists().of(Generate.pick(STEPS)).ofSizeBetween(0, 3)
        .map(steps -> steps.stream().distinct().toList());
    Gen<Integer> slots = integers().between(0, 8);
    Gen<Integer> waitlist = integers().between(0, 3);
    return in -> SelectionPolicy.builder()
        .slots(slots.generate(in))
        .totalBudget(budget.generate(in))
        .perJurisdictionCap(cap.generate(in))
        .perGovernmentCap(cap.generate(in))
        .minJurisdictions(minJurisdictions.generate(in))
        .waitlistLength(waitlist.generate(in))
        .tieBreak(chain.generate(in))
        .build();
  }
}
