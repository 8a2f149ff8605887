package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How much work a rule book may do in one run before Convoca stops it: a rule that re-fires
 * itself or keeps inserting facts it matches would otherwise run until the machine gives up.
 *
 * <p>Proposals go into the session in batches (see {@link RuleBook#assess}); each batch may fire
 * rules at most {@code firingsPerProposal} times the number of its proposals, and the whole run
 * (one {@code assess} or one {@code assign}) may take at most {@code timeLimit}, counted from its
 * start on every thread when a bundled book assesses its batches on several threads. A run that
 * reaches either limit stops with a {@link RuleLimitException}. The bundled book fires about 25
 * times per proposal, so the defaults leave it ample room.
 *
 * @param firingsPerProposal how many rule firings each proposal of a batch adds to the batch's
 *     allowance; at least 1
 * @param timeLimit the longest a run may take, positive
 */
public record RuleLimits(int firingsPerProposal, Duration timeLimit) {

  /** The default allowance of firings per proposal: 1,000, some 40 times what the bundled book needs. */
  public static final int DEFAULT_FIRINGS_PER_PROPOSAL = 1_000;

  /** The default time limit of a run: 5 minutes, some 15 times what 100,000 proposals take. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);

  /**
   * Checks the limits.
   *
   * @param firingsPerProposal how many rule firings each proposal of a batch adds to the batch's
   *     allowance; at least 1
   * @param timeLimit the longest a run may take, positive
   * @throws IllegalArgumentException when {@code firingsPerProposal} is below 1 or
   *     {@code timeLimit} is not positive
   * @throws NullPointerException when {@code timeLimit} is null
   */
  public RuleLimits {
    requireNonNull(timeLimit, "'timeLimit' must not be null");
    if (firingsPerProposal < 1) {
      throw new IllegalArgumentException("'firingsPerProposal' must be at least 1, was " + firingsPerProposal);
    }
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("'timeLimit' must be positive, was " + timeLimit);
    }
  }

  /** {@return the default limits: {@link #DEFAULT_FIRINGS_PER_PROPOSAL} and {@link #DEFAULT_TIME_LIMIT}} */
  public static RuleLimits defaults() {
    return new RuleLimits(DEFAULT_FIRINGS_PER_PROPOSAL, DEFAULT_TIME_LIMIT);
  }

  /**
   * These limits with another allowance of firings per proposal.
   *
   * @param firings the firings each proposal adds to a batch's allowance, at least 1
   * @return these limits with another allowance of firings per proposal
   * @throws IllegalArgumentException when {@code firings} is below 1
   */
  public RuleLimits withFiringsPerProposal(int firings) {
    return new RuleLimits(firings, timeLimit);
  }

  /**
   * These limits with another time limit.
   *
   * @param limit the longest a run may take, positive
   * @return these limits with another time limit
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public RuleLimits withTimeLimit(Duration limit) {
    return new RuleLimits(firingsPerProposal, limit);
  }

  /** The firings allowed to a batch of {@code proposals} proposals (a batch without proposals counts as one). */
  long firingsFor(int proposals) {
    return (long) firingsPerProposal * Math.max(1, proposals);
  }
}
