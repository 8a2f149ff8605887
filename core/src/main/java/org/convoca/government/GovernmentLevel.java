package org.convoca.government;

/** The level of a government in a federal country. */
public enum GovernmentLevel {
  /** The national government. */
  NATIONAL,
  /** A province, or the autonomous city of Buenos Aires. */
  PROVINCIAL,
  /** A municipality, which belongs to a province. */
  MUNICIPAL
}
