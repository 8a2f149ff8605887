package org.convoca.call;

import java.util.List;
import java.util.Optional;
import org.convoca.value.ConvocaStyle;
import org.convoca.value.Money;
import org.immutables.value.Value;

/** How ranked proposals become a selection: slots, budget, caps, coverage, waitlist, tie-breaks. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractSelectionPolicy {

  /** {@return how many proposals can be selected} */
  public abstract int slots();

  /** {@return the money available to all selected proposals together; empty for no budget limit} */
  public abstract Optional<Money> totalBudget();

  /** {@return the most proposals selected from one jurisdiction; empty for no cap} */
  public abstract Optional<Integer> perJurisdictionCap();

  /** {@return the most proposals selected from one government; empty for no cap} */
  public abstract Optional<Integer> perGovernmentCap();

  /** {@return the least number of distinct jurisdictions among the selected; 0 for no minimum} */
  @Value.Default
  public int minJurisdictions() {
    return 0;
  }

  /** {@return how many proposals wait, in order, for a seat that frees up} */
  @Value.Default
  public int waitlistLength() {
    return 0;
  }

  /** {@return the steps that break ties of equal totals, in order; the proposal id always ends the chain} */
  public abstract List<TieBreak> tieBreak();

  @Value.Check
  void check() {
    if (slots() < 0) {
      throw new IllegalStateException("'slots' must not be negative, was " + slots());
    }
    if (minJurisdictions() < 0 || waitlistLength() < 0) {
      throw new IllegalStateException("'minJurisdictions' and 'waitlistLength' must not be negative");
    }
    perJurisdictionCap().filter(c -> c < 1).ifPresent(c -> {
      throw new IllegalStateException("'perJurisdictionCap' must be at least 1, was " + c);
    });
    perGovernmentCap().filter(c -> c < 1).ifPresent(c -> {
      throw new IllegalStateException("'perGovernmentCap' must be at least 1, was " + c);
    });
  }
}
