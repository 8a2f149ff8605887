package org.convoca.rules.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.convoca.selection.DecisionKind;

/**
 * What a case expects of one proposal; each part that is empty is not checked.
 *
 * @param proposal the proposal's id
 * @param why why the case's author expects this, shown beside a failure
 * @param eligible whether every eligibility check passes
 * @param failedChecks the rule names of the failed checks, all of them
 * @param total the 0-100 total
 * @param tolerance how far the total may be from {@code total}
 * @param rank the rank, 0 for "not ranked"
 * @param decision the final decision
 * @param labels the labels, all of them
 * @param tracks the tracks it is placed in, all of them
 */
record ExpectedVerdict(
    String proposal,
    String why,
    Optional<Boolean> eligible,
    Optional<SortedSet<String>> failedChecks,
    Optional<BigDecimal> total,
    BigDecimal tolerance,
    Optional<Integer> rank,
    Optional<DecisionKind> decision,
    Optional<SortedSet<String>> labels,
    Optional<SortedSet<String>> tracks) {

  /** The tolerance of a total when the case gives none: a total written with two decimals must be exact. */
  static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.005");

  /** The fields of a proposal's expectations in a case file, in the order the format lists them. */
  static final List<String> FIELDS =
      List.of("why", "eligible", "failedChecks", "total", "tolerance", "rank", "decision", "labels", "tracks");
}
