package org.convoca.cocreation;

/** How deeply a partner took part in a proposal, from least to most. */
public enum PartnerRole {
  /** Was asked for an opinion. */
  CONSULTED,
  /** Worked on parts of the proposal. */
  COLLABORATOR,
  /** Shares ownership of the proposal and its implementation. */
  CO_OWNER
}
