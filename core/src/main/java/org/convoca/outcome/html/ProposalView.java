package org.convoca.outcome.html;

import java.util.List;

/**
 * One proposal's section: who, its decision and reasons, and its whole trail.
 *
 * @param anchor its section's id ({@link Shown#anchor})
 * @param id its id
 * @param title its title
 * @param applicant the applicant's name
 * @param jurisdiction the applicant's jurisdiction
 * @param level the applicant's level
 * @param requested the funding it requests
 * @param decision its decision, in the page's words
 * @param decisionClass the CSS class of the decision's badge
 * @param rank its rank, or the page's words for none
 * @param total its total
 * @param position its waitlist position, or empty
 * @param reasons the decision's reasons
 * @param eligible whether it passed every check
 * @param checks its eligibility checks
 * @param criteria its points per criterion, with the awards
 * @param overall its total against the overall threshold, in words
 * @param labels its labels
 * @param jury the jury's review, per criterion; empty when the jury scores none
 * @param tracks the tracks it was placed in
 */
record ProposalView(
    String anchor,
    String id,
    String title,
    String applicant,
    String jurisdiction,
    String level,
    String requested,
    String decision,
    String decisionClass,
    String rank,
    String total,
    String position,
    List<String> reasons,
    boolean eligible,
    List<Check> checks,
    List<Criterion> criteria,
    String overall,
    List<Label> labels,
    List<JuryCriterion> jury,
    List<String> tracks) {

  /**
   * A rule as the page names it: its name, the stable identifier, and its title in the call's
   * language, empty when the rule book titles it with its name or not at all.
   */
  record Rule(String name, String title) {}

  /** An eligibility check. */
  record Check(boolean passed, Rule rule, String sentence) {}

  /** The points on one criterion and the awards that make them. */
  record Criterion(String id, String points, String maxPoints, String capped, String weight, String weighted,
      String threshold, boolean meets, List<Award> awards) {}

  /** One award of points by a rule. */
  record Award(String points, Rule rule, String sentence) {}

  /** A label a rule set. */
  record Label(String label, Rule rule, String sentence) {}

  /** The jury's scores on one criterion, the aggregate and any consensus. */
  record JuryCriterion(String criterion, List<Score> scores, String aggregate, String consensus) {}

  /** One juror's score: raw, adjusted, and why it is excluded or flagged (empty when it counts plainly). */
  record Score(String juror, String raw, String adjusted, String status, boolean excluded) {}
}
