package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.value.Money;

/**
 * The figures of an outcome.
 *
 * @param proposals how many proposals applied
 * @param ineligible how many failed an eligibility check
 * @param belowThreshold how many were eligible but below a threshold
 * @param incompleteReview how many were eligible but could not be ranked because the jury's review of
 *     them is incomplete ({@link org.convoca.selection.DecisionKind#INCOMPLETE_REVIEW})
 * @param ranked how many were ranked
 * @param slots the call's slots
 * @param selected how many are in the final selection
 * @param selectedByMerit how many of them on merit
 * @param reservedSeats how many of them on seats reserved for jurisdiction coverage
 * @param selectedByJury how many of them by a jury INCLUDE
 * @param excludedByJury how many proposals a jury EXCLUDE removed
 * @param waitlisted how many wait
 * @param budget the call's total budget, if it has one
 * @param budgetUsed the sum of the requests of the final selection
 * @param minJurisdictions the call's minimum of distinct jurisdictions (0 for none)
 * @param jurisdictionsCovered how many distinct jurisdictions the final selection covers
 * @param byJurisdiction counts per jurisdiction code, sorted
 * @param byLevel counts per government level, sorted
 * @param byTheme counts per theme ({@link ProposalOutcome#theme}: the first of a proposal's themes that the call
 *     names; NONE when it names none of them), sorted
 */
public record Summary(
    int proposals,
    int ineligible,
    int belowThreshold,
    int incompleteReview,
    int ranked,
    int slots,
    int selected,
    int selectedByMerit,
    int reservedSeats,
    int selectedByJury,
    int excludedByJury,
    int waitlisted,
    Optional<Money> budget,
    Money budgetUsed,
    int minJurisdictions,
    int jurisdictionsCovered,
    SortedMap<String, Tally> byJurisdiction,
    SortedMap<String, Tally> byLevel,
    SortedMap<String, Tally> byTheme) {

  /**
   * Makes the maps unmodifiable sorted copies; none may be null.
   *
   * @param proposals how many proposals applied
   * @param ineligible how many failed an eligibility check
   * @param belowThreshold how many were eligible but below a threshold
   * @param incompleteReview how many were eligible but could not be ranked because the jury's review of
   *     them is incomplete ({@link org.convoca.selection.DecisionKind#INCOMPLETE_REVIEW})
   * @param ranked how many were ranked
   * @param slots the call's slots
   * @param selected how many are in the final selection
   * @param selectedByMerit how many of them on merit
   * @param reservedSeats how many of them on seats reserved for jurisdiction coverage
   * @param selectedByJury how many of them by a jury INCLUDE
   * @param excludedByJury how many proposals a jury EXCLUDE removed
   * @param waitlisted how many wait
   * @param budget the call's total budget, if it has one
   * @param budgetUsed the sum of the requests of the final selection
   * @param minJurisdictions the call's minimum of distinct jurisdictions (0 for none)
   * @param jurisdictionsCovered how many distinct jurisdictions the final selection covers
   * @param byJurisdiction counts per jurisdiction code, sorted
   * @param byLevel counts per government level, sorted
   * @param byTheme counts per theme ({@link ProposalOutcome#theme}: the first of a proposal's themes that the call
   *     names; NONE when it names none of them), sorted
   */
  public Summary {
    requireNonNull(budget, "'budget' must not be null");
    requireNonNull(budgetUsed, "'budgetUsed' must not be null");
    byJurisdiction = Collections.unmodifiableSortedMap(new TreeMap<>(byJurisdiction));
    byLevel = Collections.unmodifiableSortedMap(new TreeMap<>(byLevel));
    byTheme = Collections.unmodifiableSortedMap(new TreeMap<>(byTheme));
  }

  /** {@return whether the final selection covers the call's minimum of jurisdictions} */
  public boolean minJurisdictionsMet() {
    return jurisdictionsCovered >= minJurisdictions;
  }
}
