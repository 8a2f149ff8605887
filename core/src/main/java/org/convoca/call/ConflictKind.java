package org.convoca.call;

/** Why a juror must not judge a proposal. The declaration order is the order conflicts of a pair are listed in. */
public enum ConflictKind {
  /** The juror is a person on the proposal's team or a contact of one of its partners. */
  SAME_PERSON,
  /** The juror is affiliated with the applicant government or a partner organisation, by name. */
  AFFILIATION,
  /** The juror comes from the applicant's first-level jurisdiction. */
  SAME_JURISDICTION,
  /** The juror declared a conflict with the proposal, its applicant or one of its organisations. */
  DECLARED
}
