package org.convoca.cocreation;

/** The kinds of participation activity behind a proposal, after the OGP co-creation standards. */
public enum ActivityKind {
  /** Mapping who has a stake in the problem. */
  STAKEHOLDER_MAPPING,
  /** In-depth interviews with key actors. */
  INTERVIEW,
  /** A workshop with residents or organisations. */
  WORKSHOP,
  /** A survey. */
  SURVEY,
  /** A public consultation open to anyone. */
  PUBLIC_CONSULTATION,
  /** A standing multi-stakeholder forum. */
  MULTI_STAKEHOLDER_FORUM,
  /** A public hearing. */
  PUBLIC_HEARING,
  /** A hackathon or innovation contest. */
  HACKATHON
}
