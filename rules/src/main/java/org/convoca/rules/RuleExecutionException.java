package org.convoca.rules;

import java.util.Optional;
import org.convoca.proposal.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * A rule failed while it ran: its condition or its consequence threw, or it recorded a finding the
 * assessment cannot use (such as points for a criterion the call does not define). The message
 * names the rule and, when the failing match involved one, the proposal; the cause is the original
 * exception.
 */
public final class RuleExecutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String rule;
  private final @Nullable ProposalId proposal;

  /**
   * An exception for a failure of {@code rule} on {@code proposal}.
   *
   * @param rule the rule's name, or a description such as "unknown rule" when Drools did not say
   * @param proposal the proposal being assessed, or null when none could be told
   * @param cause what the rule threw
   */
  public RuleExecutionException(String rule, @Nullable ProposalId proposal, Throwable cause) {
    super("rule '" + rule + "' failed" + (proposal == null ? "" : " on proposal '" + proposal + "'") + ": "
        + cause.getMessage(), cause);
    this.rule = rule;
    this.proposal = proposal;
  }

  /** The name of the rule that failed. */
  public String rule() {
    return rule;
  }

  /** The proposal the rule was working on, when known. */
  public Optional<ProposalId> proposal() {
    return Optional.ofNullable(proposal);
  }
}
