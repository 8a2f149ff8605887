package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.convoca.assessment.Assessment;
import org.convoca.call.TrackId;
import org.convoca.government.Government;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.Theme;
import org.convoca.review.CriterionReview;
import org.convoca.selection.Decision;

/**
 * One proposal in the outcome: who applied, how it was assessed, how the jury reviewed it, its rank,
 * its decision and its tracks.
 *
 * @param proposal the proposal as submitted
 * @param applicant the applicant government
 * @param assessment its assessment
 * @param rank its rank; empty when it was not ranked
 * @param decision its decision, with the computed one beside it when the jury overrode
 * @param waitlistPosition its place on the final waitlist, 1 for the first; empty when not waiting
 * @param tracks the tracks it was placed in, sorted
 * @param theme its theme: its {@link org.convoca.call.PrimaryTheme primary theme}, the first of its
 *     themes that the call names (the theme of the {@code PRIMARY_THEME} label); empty when the call
 *     names none of them
 * @param jury the jury's review of it on each criterion the jury scores, in the call's order: every
 *     score with its status, the aggregate and the consensus; empty when the jury scores no criterion
 */
public record ProposalOutcome(
    Proposal proposal,
    Government applicant,
    Assessment assessment,
    Optional<Integer> rank,
    Decision decision,
    Optional<Integer> waitlistPosition,
    List<TrackId> tracks,
    Optional<Theme> theme,
    List<CriterionReview> jury) {

  private static final Messages REASONS = ReportText.load("override-reasons");

  /**
   * Checks that no part is missing and copies the tracks and the jury's reviews.
   *
   * @param proposal the proposal as submitted
   * @param applicant the applicant government
   * @param assessment its assessment
   * @param rank its rank; empty when it was not ranked
   * @param decision its decision, with the computed one beside it when the jury overrode
   * @param waitlistPosition its place on the final waitlist, 1 for the first; empty when not waiting
   * @param tracks the tracks it was placed in, sorted
   * @param theme its theme: its {@link org.convoca.call.PrimaryTheme primary theme}, the first of its
   *     themes that the call names (the theme of the {@code PRIMARY_THEME} label); empty when the call
   *     names none of them
   * @param jury the jury's review of it on each criterion the jury scores, in the call's order: every
   *     score with its status, the aggregate and the consensus; empty when the jury scores no criterion
   */
  public ProposalOutcome {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(applicant, "'applicant' must not be null");
    requireNonNull(assessment, "'assessment' must not be null");
    requireNonNull(rank, "'rank' must not be null");
    requireNonNull(decision, "'decision' must not be null");
    requireNonNull(waitlistPosition, "'waitlistPosition' must not be null");
    tracks = List.copyOf(tracks);
    requireNonNull(theme, "'theme' must not be null");
    jury = List.copyOf(jury);
  }

  /** {@return its 0-100 total} */
  public BigDecimal total() {
    return assessment.total();
  }

  /**
   * {@return the reasons of its decision, in English: the final reason, then, when overridden, the
   * computed one} As {@link #reasons(Language)} in {@link Language#ENGLISH}.
   */
  public List<String> reasons() {
    return reasons(Language.ENGLISH);
  }

  /**
   * {@return the reasons of its decision: the final reason, then, when overridden, the computed one,
   * introduced in {@code language} ("Computed decision (NOT_SELECTED): ...", "Decisión calculada (no
   * seleccionada): ..."; the decision's own reasons are in the language the outcome was decided in)}
   *
   * @param language the language of the words that introduce the computed reason, the call's
   */
  public List<String> reasons(Language language) {
    return decision.overridden()
        ? List.of(decision.reason(), REASONS.format(language, "computed",
            ReportText.LABELS.format(language, "DecisionKind." + decision.computedKind().name()), decision.computedReason()))
        : List.of(decision.reason());
  }
}
