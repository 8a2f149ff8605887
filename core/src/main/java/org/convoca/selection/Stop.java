package org.convoca.selection;

/** What stopped a ranked proposal from taking a seat in the fill. */
enum Stop {
  /** Every slot was already taken. */
  SLOTS,
  /** Its jurisdiction already had the most proposals the call allows. */
  JURISDICTION_CAP,
  /** Its government already had the most proposals the call allows. */
  GOVERNMENT_CAP,
  /** Its request did not fit in the budget left. */
  BUDGET
}
