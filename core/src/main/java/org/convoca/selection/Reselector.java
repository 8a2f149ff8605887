package org.convoca.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.assessment.Assessment;
import org.convoca.call.SelectionPolicy;
import org.convoca.dossier.Dossier;
import org.convoca.jury.JuryOverride;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.jspecify.annotations.Nullable;

/**
 * Who {@link Selector#select} would select if the proposals had other totals, asked many times over
 * the same dossier and assessments: what a weight sensitivity analysis needs once per draw.
 *
 * <p>It checks and prepares the dossier once (the selector's own validation, the applicants, the
 * jury's review and overrides), and each {@link #selected} call runs the selector's own ranking,
 * tie-break chain and seat filling (slots, caps, budget, reserved seats for the minimum of
 * jurisdictions) on the new totals (and ranking scores, when the call has ranking factors), then the jury's overrides: an INCLUDE is always selected, an
 * EXCLUDE never. It writes no decisions, reasons, ties or waitlist, which is what makes it cheap.
 * Each new total is compared again with the call's overall threshold; eligibility, the jury's
 * review and the criteria's thresholds (on points, which weights do not change) are as assessed.
 *
 * <p>For any totals, {@code selected(totals)} holds exactly the proposals of
 * {@code Selector.select(dossier, assessments', review).selected()}, where {@code assessments'} are
 * the assessments with those totals. An instance is immutable and may be used by many threads at once.
 */
public final class Reselector {

  private final List<Candidate> candidates;
  private final Map<ProposalId, Integer> index = new HashMap<>();
  private final boolean[] mayRank;
  private final BitSet included = new BitSet();
  private final BitSet excluded = new BitSet();
  private final SelectionPolicy policy;
  private final BigDecimal overallThreshold;
  private final TieBreakChain chain;
  private final boolean ranksByRankingScore;
  private final Selection plain;

  private Reselector(Dossier dossier, List<Assessment> assessments, JuryReview review) {
    this.plain = Selector.select(dossier, assessments, review);
    this.candidates = Selector.candidates(dossier, assessments, review);
    this.policy = dossier.call().policy();
    this.overallThreshold = dossier.call().overallThreshold();
    this.chain = new TieBreakChain(dossier.call());
    this.ranksByRankingScore = dossier.call().ranksByRankingScore();
    this.mayRank = new boolean[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      index.put(c.id(), i);
      mayRank[i] = c.assessment().eligible() && c.incompleteReview().isEmpty()
          && c.assessment().criteriaBelowThreshold().isEmpty();
    }
    for (JuryOverride o : dossier.jury().overrides()) {
      (o.verdict() == JuryVerdict.INCLUDE ? included : excluded).set(index.get(o.proposal()));
    }
  }

  /**
   * Prepares the reruns of the selection of {@code dossier}.
   *
   * @param dossier the dossier, whose call gives the policy and whose jury gives the overrides
   * @param assessments exactly one assessment per proposal of the dossier, in any order
   * @param review the jury's review of {@code dossier}
   * @return a reselector over them
   * @throws IllegalArgumentException as {@link Selector#select(Dossier, List, JuryReview)}
   */
  public static Reselector of(Dossier dossier, List<Assessment> assessments, JuryReview review) {
    return new Reselector(dossier, assessments, review);
  }

  /** {@return the proposals, sorted by id: index {@code i} of the totals and of the result is the {@code i}th} */
  public List<ProposalId> proposals() {
    return candidates.stream().map(Candidate::id).toList();
  }

  /** {@return the selection with the totals as assessed, which {@link Selector#select} made once} */
  public Selection plain() {
    return plain;
  }

  /**
   * The proposals selected when proposal {@code i} of {@link #proposals()} has total {@code totals[i]},
   * in a call that ranks by the total.
   *
   * @param totals one total per proposal, in the order of {@link #proposals()}, each with 2 decimals
   *     as an assessment publishes it
   * @return a new set holding the index of each selected proposal
   * @throws IllegalArgumentException when there is not one total per proposal
   */
  public BitSet selected(BigDecimal[] totals) {
    return selected(totals, null);
  }

  /**
   * The proposals selected when proposal {@code i} of {@link #proposals()} has total {@code totals[i]}
   * and, in a call with ranking factors, ranking score {@code rankingScores[i]}.
   *
   * @param totals one total per proposal, in the order of {@link #proposals()}, each with 2 decimals
   *     as an assessment publishes it
   * @param rankingScores one ranking score per proposal, in the same order, when the call ranks by
   *     ranking score; null when it ranks by the total
   * @return a new set holding the index of each selected proposal
   * @throws IllegalArgumentException when there is not one total (and one ranking score) per
   *     proposal, or when ranking scores are given or missing against what the call ranks by
   */
  public BitSet selected(BigDecimal[] totals, BigDecimal @Nullable [] rankingScores) {
    if (totals.length != candidates.size()) {
      throw new IllegalArgumentException("expected " + candidates.size() + " totals, one per proposal, got "
          + totals.length);
    }
    if (rankingScores != null && rankingScores.length != candidates.size()) {
      throw new IllegalArgumentException("expected " + candidates.size() + " ranking scores, one per proposal, got "
          + rankingScores.length);
    }
    if ((rankingScores != null) != ranksByRankingScore) {
      throw new IllegalArgumentException(ranksByRankingScore
          ? "the call ranks by ranking score: give one per proposal" : "the call ranks by the total: give no ranking scores");
    }
    List<Candidate> rankable = new ArrayList<>();
    for (int i = 0; i < totals.length; i++) {
      // Only the overall threshold is left to check: mayRank holds the rest of Candidate.rankable().
      if (mayRank[i] && totals[i].compareTo(overallThreshold) >= 0) {
        rankable.add(withScores(candidates.get(i), totals[i], rankingScores == null ? null : rankingScores[i]));
      }
    }
    Fill fill = Coverage.fill(chain.rank(rankable), policy);
    BitSet selected = new BitSet(totals.length);
    fill.reserved().forEach(c -> selected.set(index.get(c.id())));
    fill.merit().forEach(c -> selected.set(index.get(c.id())));
    selected.or(included);
    selected.andNot(excluded);
    return selected;
  }

  /** {@code c} with another total, which reaches the call's overall threshold, and ranking score. */
  private static Candidate withScores(Candidate c, BigDecimal total, @Nullable BigDecimal rankingScore) {
    Assessment a = c.assessment();
    Assessment reweighted = new Assessment(a.proposalId(), a.eligible(), a.checks(), a.criteria(), total,
        a.overallThreshold(), true, a.labels(), Optional.ofNullable(rankingScore));
    return new Candidate(c.proposal(), reweighted, c.applicant(), c.incompleteReview());
  }
}
