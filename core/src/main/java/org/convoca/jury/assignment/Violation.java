package org.convoca.jury.assignment;

import java.util.Optional;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * A constraint an assignment breaks, with what it concerns and a sentence saying how.
 *
 * @param kind the constraint, never null
 * @param proposal the proposal concerned, if one is
 * @param juror the juror concerned, if one is
 * @param sentence what is wrong, for a person to read; never null
 */
public record Violation(ViolationKind kind, Optional<ProposalId> proposal, Optional<JurorId> juror,
    String sentence) {}
