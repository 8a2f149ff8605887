package org.convoca.outcome;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.selection.SelectionFixture;
import org.convoca.selection.SelectionFixture.Bid;
import org.convoca.selection.TrackAssigner;

/**
 * Two small outcomes of a call of 3 slots, with no cap, reserved seat or waitlist, for comparing.
 *
 * <p>Base: P-1 total 90, P-2 80, P-3 70, P-4 60, all eligible and above the threshold of 50, ranked
 * in that order, so P-1, P-2 and P-3 are selected by merit and P-4 is not selected; P-5 (40) is below
 * the threshold. Every bid has 5 co-creation points, awarded by the rule "Points set by the test".
 *
 * <p>Variant: P-4's total rises to 85 and its co-creation points to 9, so it ranks 2nd and enters,
 * and P-3 (now 4th) leaves; P-5 rises to 55, is ranked 5th and not selected.
 */
final class ComparisonFixtures {

  private static final SortedMap<String, String> RULE_BOOK = new TreeMap<>(
      java.util.Map.of("scoring.drl", "rule \"Points set by the test\" when then end\n"));

  private ComparisonFixtures() {}

  static CallOutcome base() {
    return outcome(firstThree().bid(Bid.bid("P-4").total("60")).bid(Bid.bid("P-5").total("40")), title -> title);
  }

  static CallOutcome variant() {
    return variant(title -> title);
  }

  /** The variant, with each proposal's title made by {@code title} from the fixture's. */
  static CallOutcome variant(UnaryOperator<String> title) {
    return outcome(firstThree().bid(Bid.bid("P-4").total("85").cocreation("9")).bid(Bid.bid("P-5").total("55")), title);
  }

  /** Another dossier: without P-5, with P-6 (total 95), so P-6 enters and P-3 leaves. */
  static CallOutcome another() {
    return outcome(firstThree().bid(Bid.bid("P-4").total("60")).bid(Bid.bid("P-6").total("95")), title -> title);
  }

  /** P-1, P-2 and P-3, with totals 90, 80 and 70, in a call of 3 slots. */
  private static SelectionFixture firstThree() {
    return SelectionFixture.aCall().bid(Bid.bid("P-1").total("90")).bid(Bid.bid("P-2").total("80"))
        .bid(Bid.bid("P-3").total("70"));
  }

  private static CallOutcome outcome(SelectionFixture fixture, UnaryOperator<String> title) {
    Dossier plain = fixture.dossier();
    Dossier dossier = plain.withProposals(plain.proposals().stream().map(p -> p.withTitle(title.apply(p.title()))).toList());
    return CallOutcomes.decide(dossier, fixture.assessments(), TrackAssigner.NONE, RULE_BOOK);
  }
}
