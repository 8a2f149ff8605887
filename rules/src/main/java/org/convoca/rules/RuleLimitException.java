package org.convoca.rules;

import java.math.BigDecimal;
import java.time.Duration;
import org.convoca.proposal.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * The rules went past one of their {@link RuleLimits} and were stopped: too many firings for a
 * batch of proposals (a rule that re-fires itself, or inserts facts it matches again), or a run
 * longer than the time limit. {@link #rule()} is the rule responsible for most of the batch's
 * firings ("none" when the limit was reached before any rule fired) and {@link #proposal()} the
 * proposal most of them were on, when their matches had one.
 * A firing is put down to the rule whose insert or update set it off (a rule that updates the
 * proposal it matches sets off every rule on it again), or to the rule itself when facts from
 * Java did.
 */
public final class RuleLimitException extends RuleExecutionException {

  private static final long serialVersionUID = 1L;

  /** Which limit was reached. */
  public enum Limit {
    /** The firings of one batch went past {@link RuleLimits#firingsPerProposal()} times its proposals. */
    FIRINGS,
    /** The run took longer than {@link RuleLimits#timeLimit()}. */
    TIME
  }

  /** Which limit was reached. */
  private final Limit limit;
  /** How many of the batch's firings the rule responsible was behind. */
  private final long ruleFirings;
  /** How many times all rules together fired in the batch. */
  private final long firings;
  /** The firings allowed to the batch. */
  private final long firingLimit;
  /** The time limit of the run. */
  private final Duration timeLimit;

  RuleLimitException(Limit limit, String rule, @Nullable ProposalId proposal, @Nullable String file, long ruleFirings,
      long firings, long firingLimit, Duration timeLimit, int proposals) {
    super(rule, proposal, file, message(limit, rule, proposal, file, ruleFirings, firings, firingLimit, timeLimit, proposals));
    this.limit = limit;
    this.ruleFirings = ruleFirings;
    this.firings = firings;
    this.firingLimit = firingLimit;
    this.timeLimit = timeLimit;
  }

  /** {@return which limit was reached} */
  public Limit limit() {
    return limit;
  }

  /**
   * {@return how many of the batch's firings {@link #rule()} was responsible for before the rules were stopped}
   */
  public long ruleFirings() {
    return ruleFirings;
  }

  /** {@return how many times all rules together fired in the batch before they were stopped} */
  public long firings() {
    return firings;
  }

  /** {@return the firings allowed to the batch: the firings per proposal times the batch's proposals} */
  public long firingLimit() {
    return firingLimit;
  }

  /** {@return the time limit of the run} */
  public Duration timeLimit() {
    return timeLimit;
  }

  private static String message(Limit limit, String rule, @Nullable ProposalId proposal, @Nullable String file,
      long ruleFirings, long firings, long firingLimit, Duration timeLimit, int proposals) {
    String where = "rule '" + rule + "'" + (file == null ? "" : " in " + file) + " set off " + ruleFirings
        + " of them" + (proposal == null ? "" : ", most on proposal '" + proposal + "'");
    if (firings == 0) { // nothing to name: a time limit so short that it rang before the first firing
      return "the rules were stopped after " + seconds(timeLimit) + ", before any rule fired"
          + " (raise the limit with " + (limit == Limit.TIME ? "--rule-time-limit" : "--max-firings-per-proposal")
          + " or RuleLimits if the rules need more)";
    }
    return switch (limit) {
      case FIRINGS -> "the rules fired more than " + firingLimit + " times on a batch of " + proposals
          + (proposals == 1 ? " proposal" : " proposals") + " and were stopped; " + where
          + ": a rule that re-fires itself or inserts facts it matches never ends"
          + " (raise the limit with --max-firings-per-proposal or RuleLimits if the rules need more)";
      case TIME -> "the rules ran longer than the time limit of " + seconds(timeLimit) + " and were stopped after "
          + firings + (firings == 1 ? " firing; " : " firings; ") + where
          + " (raise the limit with --rule-time-limit or RuleLimits if the rules need more)";
    };
  }

  /** In seconds, as the command line takes it: "30 s", "0.001 s". */
  private static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
  }
}
