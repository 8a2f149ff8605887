package org.convoca.assessment;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.convoca.proposal.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * A rule concluded something the call cannot take: points for a criterion the call does not
 * define, a finding about a proposal that was not assessed, a proposal placed in a track the call
 * does not define or that has no place left. It carries the rule, the proposal and the reason as
 * fields, so that callers need not read them back from the message.
 *
 * <p>It is an {@link IllegalArgumentException}: the conclusions handed to the assembler are not
 * valid for the call.
 */
public final class FindingRejectedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The name of the rule that made the conclusion. */
  private final String rule;
  /** The proposal the conclusion is about; null when it is about none in particular. */
  private final @Nullable ProposalId proposal;
  /** Why the conclusion was rejected, in a sentence. */
  private final String reason;

  /**
   * An exception for a conclusion of {@code rule} about {@code proposal}.
   *
   * @param rule the name of the rule that made the conclusion; not null
   * @param proposal the proposal it is about, or null when it is about none in particular
   * @param reason why the call cannot take it, a sentence without the rule's name; not null
   */
  public FindingRejectedException(String rule, @Nullable ProposalId proposal, String reason) {
    super("rule '" + requireNonNull(rule, "'rule' must not be null") + "' " + requireNonNull(reason, "'reason' must not be null"));
    this.rule = rule;
    this.proposal = proposal;
    this.reason = reason;
  }

  /** {@return the name of the rule whose conclusion was rejected} */
  public String rule() {
    return rule;
  }

  /** {@return the proposal the conclusion was about, when it was about one} */
  public Optional<ProposalId> proposal() {
    return Optional.ofNullable(proposal);
  }

  /**
   * {@return why the call cannot take the conclusion, such as "awarded points to criterion 'x', which the call does not define"}
   */
  public String reason() {
    return reason;
  }
}
