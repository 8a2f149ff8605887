package org.convoca.rules;

import org.convoca.proposal.ProposalId;

/**
 * One proposal's facts: the proposal itself and what Java computed about it, which go into a
 * session together and leave it together.
 *
 * @param proposal the proposal's id
 * @param facts its facts
 */
record ProposalFacts(ProposalId proposal, java.util.List<Object> facts) {}
