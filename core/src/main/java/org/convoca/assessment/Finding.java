package org.convoca.assessment;

import org.convoca.proposal.ProposalId;

/**
 * What a rule concluded about one proposal: a check, an award of points or a label. Rule books
 * record findings; plain Java turns them into {@link Assessment}s.
 */
public sealed interface Finding permits CheckFinding, AwardFinding, LabelFinding {

  /** {@return the proposal the finding is about} */
  ProposalId proposal();

  /** {@return the name of the rule that made it} */
  String rule();

  /** {@return Why, in a sentence a citizen can read} */
  String sentence();
}
