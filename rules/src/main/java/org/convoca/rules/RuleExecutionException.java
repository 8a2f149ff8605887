package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.convoca.assessment.FindingRejectedException;
import org.convoca.proposal.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * A rule failed while it ran: its condition or its consequence threw (or recursed without end),
 * it recorded a conclusion the call cannot take (points for a criterion the call does not define,
 * a proposal placed in a track that is unknown or full), or the rules went past their
 * {@link RuleLimits} ({@link RuleLimitException}). It names the rule, the DRL file it is in and the
 * proposal it was working on, when they are known; the cause is what the rule threw.
 */
public sealed class RuleExecutionException extends RuntimeException permits RuleLimitException {

  private static final long serialVersionUID = 1L;

  /** The name of the rule that failed. */
  private final String rule;
  /** The proposal the rule was working on; null when unknown. */
  private final @Nullable ProposalId proposal;
  /** The DRL file the rule is in; null when unknown. */
  private final @Nullable String file;

  /**
   * An exception for a failure of {@code rule} on {@code proposal}.
   *
   * @param rule the rule's name, or a description such as "unknown rule" when Drools did not say
   * @param proposal the proposal being assessed, or null when none could be told
   * @param cause what the rule threw
   */
  public RuleExecutionException(String rule, @Nullable ProposalId proposal, Throwable cause) {
    this(rule, proposal, null, cause);
  }

  /**
   * An exception for a failure of {@code rule}, in {@code file}, on {@code proposal}.
   *
   * @param rule the rule's name, or a description such as "unknown rule" when Drools did not say
   * @param proposal the proposal being assessed, or null when none could be told
   * @param file the DRL file the rule is in (a path, or {@code federal-call/<name>} for the
   *     bundled book), or null when unknown
   * @param cause what the rule threw
   */
  public RuleExecutionException(String rule, @Nullable ProposalId proposal, @Nullable String file, Throwable cause) {
    super(prefix(rule, proposal, file) + ": " + describe(cause), cause);
    this.rule = rule;
    this.proposal = proposal;
    this.file = file;
  }

  /** For {@link RuleLimitException}: a failure with its own message and no cause. */
  RuleExecutionException(String rule, @Nullable ProposalId proposal, @Nullable String file, String message) {
    super(message);
    this.rule = requireNonNull(rule);
    this.proposal = proposal;
    this.file = file;
  }

  /** {@return the name of the rule that failed} */
  public String rule() {
    return rule;
  }

  /** {@return the proposal the rule was working on, when known} */
  public Optional<ProposalId> proposal() {
    return Optional.ofNullable(proposal);
  }

  /**
   * {@return the DRL file the rule is in, as the rule book knows it (a path or {@code federal-call/<name>}), when known}
   */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** "rule 'name' in file on proposal 'P-001'", leaving out what is not known. */
  static String prefix(String rule, @Nullable ProposalId proposal, @Nullable String file) {
    return "rule '" + rule + "'" + (file == null ? "" : " in " + file) + " failed"
        + (proposal == null ? "" : " on proposal '" + proposal + "'");
  }

  private static String describe(Throwable cause) {
    if (cause instanceof FindingRejectedException rejected) {
      return rejected.reason();
    }
    String message = cause.getMessage();
    String type = cause.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
