package org.convoca.selection;

import java.util.Optional;

import java.math.BigDecimal;
import org.convoca.assessment.Assessment;
import org.convoca.government.Government;
import org.convoca.government.JurisdictionCode;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;

/** A proposal with what selection needs to know about it: its assessment, its applicant and whether the jury's review of it is incomplete. */
record Candidate(Proposal proposal, Assessment assessment, Government applicant, Optional<String> incompleteReview) {

  ProposalId id() {
    return proposal.id();
  }

  BigDecimal total() {
    return assessment.total();
  }

  /** What it is ranked by: its ranking score when the call has ranking factors, else its total. */
  BigDecimal rankedBy() {
    return assessment.rankedBy();
  }

  JurisdictionCode jurisdiction() {
    return applicant.jurisdiction();
  }

  Money request() {
    return proposal.funding().requested();
  }

  boolean rankable() {
    return assessment.eligible() && incompleteReview.isEmpty() && assessment.meetsAllThresholds();
  }
}
