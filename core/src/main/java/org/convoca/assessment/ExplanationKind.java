package org.convoca.assessment;

/** What an entry of the explanation trail is. */
public enum ExplanationKind {
  /** An eligibility check. */
  CHECK,
  /** Points towards a criterion. */
  AWARD,
  /** A label. */
  LABEL
}
