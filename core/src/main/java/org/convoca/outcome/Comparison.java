package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.call.CriterionId;
import org.convoca.call.TrackId;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.DecisionKind;

/**
 * What changes between two outcomes of a call, a base and a variant (another rule book, a changed
 * call, another dossier): who enters and leaves the selection, who changes decision, whose rank
 * moves, how each proposal's total and criteria move, and which rules' awards moved them. Made by
 * {@link #of(CallOutcome, CallOutcome)}; written by {@link ComparisonWriters} as {@code compare.json}
 * and {@code compare.md}.
 *
 * <p>Proposals are matched by id. Entering and leaving compare the two selections as sets, so a
 * proposal that only the variant has enters when the variant selects it. Decisions, ranks and deltas
 * are compared for the proposals both sides have; the others are listed in {@link Side#only()}.
 * Every list is in a stable order, so the same two outcomes always give an equal comparison.
 *
 * @param base the base side's figures
 * @param variant the variant side's figures
 * @param changes what the variant changes, in the words the caller gave (such as {@code jury.weight=30}); may be empty
 * @param notes what was done to make the variant, in sentences (such as weights scaled to keep their sum at 100); may be empty
 * @param entering the proposals the variant selects and the base does not, in the order of the variant's selection
 * @param leaving the proposals the base selects and the variant does not, in the order of the base's selection
 * @param decisionChanges the proposals of both sides whose final decision differs, sorted by id
 * @param rankMoves the proposals of both sides whose rank differs (ranked on one side only included), sorted by id
 * @param deltas the proposals of both sides whose total, points, weights or awards differ, sorted by id
 * @param trackChanges the proposals of both sides placed in different tracks, sorted by id
 * @param labelChanges the proposals of both sides whose labels differ, sorted by id
 * @param rules each rule whose awarded points changed for some proposal, most change first
 * @param titles the title of every proposal named above, the variant's when both sides have it
 * @param language the language {@code compare.md} is written in: the base outcome's call's
 */
public record Comparison(
    Side base,
    Side variant,
    List<String> changes,
    List<String> notes,
    List<ProposalId> entering,
    List<ProposalId> leaving,
    List<DecisionChange> decisionChanges,
    List<RankMove> rankMoves,
    List<ProposalDelta> deltas,
    List<TrackChange> trackChanges,
    List<LabelChange> labelChanges,
    List<RuleImpact> rules,
    SortedMap<ProposalId, String> titles,
    Language language) {

  /**
   * Checks that no part is missing and copies the lists.
   *
   * @param base the base side's figures
   * @param variant the variant side's figures
   * @param changes what the variant changes, in the caller's words
   * @param notes what was done to make the variant
   * @param entering the proposals the variant selects and the base does not
   * @param leaving the proposals the base selects and the variant does not
   * @param decisionChanges the proposals whose final decision differs
   * @param rankMoves the proposals whose rank differs
   * @param deltas the proposals whose total, points, weights or awards differ
   * @param trackChanges the proposals placed in different tracks
   * @param labelChanges the proposals whose labels differ
   * @param rules each rule whose awarded points changed
   * @param titles the title of every proposal named
   * @param language the language {@code compare.md} is written in
   */
  public Comparison {
    requireNonNull(base, "'base' must not be null");
    requireNonNull(language, "'language' must not be null");
    requireNonNull(variant, "'variant' must not be null");
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
    entering = List.copyOf(entering);
    leaving = List.copyOf(leaving);
    decisionChanges = List.copyOf(decisionChanges);
    rankMoves = List.copyOf(rankMoves);
    deltas = List.copyOf(deltas);
    trackChanges = List.copyOf(trackChanges);
    labelChanges = List.copyOf(labelChanges);
    rules = List.copyOf(rules);
    titles = Collections.unmodifiableSortedMap(new TreeMap<>(titles));
  }

  /**
   * Compares {@code variant} with {@code base}.
   *
   * @param base the outcome compared against; not null
   * @param variant the outcome compared; not null
   * @return what changes from {@code base} to {@code variant}, with no changes or notes named, in the
   *     language of {@code base}'s call
   */
  public static Comparison of(CallOutcome base, CallOutcome variant) {
    return Comparing.compare(requireNonNull(base, "base"), requireNonNull(variant, "variant"));
  }

  /**
   * {@return this comparison with the variant's changes and notes put in place of its own}
   *
   * @param changes what the variant changes, in the caller's words
   * @param notes what was done to make the variant, in sentences
   */
  public Comparison describedBy(List<String> changes, List<String> notes) {
    return new Comparison(base, variant, changes, notes, entering, leaving, decisionChanges, rankMoves, deltas,
        trackChanges, labelChanges, rules, titles, language);
  }

  /**
   * {@return whether nothing this comparison lists differs: no proposal enters, leaves, changes decision,
   * rank, points, tracks or labels, and both sides have the same proposals} The outcomes may still
   * differ in what it does not list (a reason's wording, say): {@link #sameOutcome()} tells.
   */
  public boolean unchanged() {
    return entering.isEmpty() && leaving.isEmpty() && decisionChanges.isEmpty() && rankMoves.isEmpty()
        && deltas.isEmpty() && trackChanges.isEmpty() && labelChanges.isEmpty() && base.only().isEmpty()
        && variant.only().isEmpty();
  }

  /**
   * {@return whether the two outcomes' fingerprints are equal} The fingerprint covers an outcome's
   * inputs (the dossier and the rule book), so equal fingerprints mean the same outcome for outcomes
   * that a rule book decided; "nothing changes" is said when this holds and {@link #unchanged()} too.
   */
  public boolean sameOutcome() {
    return base.fingerprint().equals(variant.fingerprint());
  }

  /** {@return the deltas whose 0-100 total or ranking score moved, sorted by id; the others moved only within criteria or awards} */
  public List<ProposalDelta> totalChanges() {
    return deltas.stream().filter(ProposalDelta::totalChanged).toList();
  }

  /**
   * {@return the {@code n} deltas whose total moves most, largest first (ties by proposal id)}
   *
   * @param n how many at most
   */
  public List<ProposalDelta> largestDeltas(int n) {
    return deltas.stream()
        .sorted(Comparator.comparing((ProposalDelta d) -> d.totalDelta().abs()).reversed()
            .thenComparing(ProposalDelta::proposal))
        .limit(n).toList();
  }

  /**
   * {@return {@code proposal}'s title, or its id when no side has it}
   *
   * @param proposal the proposal's id
   */
  public String title(ProposalId proposal) {
    return titles.getOrDefault(proposal, proposal.value());
  }

  /**
   * One side's figures.
   *
   * @param fingerprint the side's outcome fingerprint
   * @param proposals how many proposals its dossier has
   * @param selected how many proposals it selects
   * @param only the proposals this side has and the other does not, sorted by id
   */
  public record Side(String fingerprint, int proposals, int selected, List<ProposalId> only) {

    /**
     * Checks the fingerprint is present and copies the list.
     *
     * @param fingerprint the side's outcome fingerprint
     * @param proposals how many proposals its dossier has
     * @param selected how many proposals it selects
     * @param only the proposals this side has and the other does not, sorted by id
     */
    public Side {
      requireNonNull(fingerprint, "'fingerprint' must not be null");
      only = List.copyOf(only);
    }
  }

  /**
   * A proposal whose final decision differs.
   *
   * @param proposal the proposal
   * @param from its decision on the base side
   * @param to its decision on the variant side
   */
  public record DecisionChange(ProposalId proposal, DecisionKind from, DecisionKind to) {}

  /**
   * A proposal whose rank differs, or which is ranked on one side only.
   *
   * @param proposal the proposal
   * @param from its rank on the base side; empty when not ranked there
   * @param to its rank on the variant side; empty when not ranked there
   */
  public record RankMove(ProposalId proposal, Optional<Integer> from, Optional<Integer> to) {

    /** {@return how many places it rises (negative when it falls); empty when it is ranked on one side only} */
    public Optional<Integer> places() {
      return from.flatMap(f -> to.map(t -> f - t));
    }
  }

  /**
   * How one proposal's assessment moves.
   *
   * @param proposal the proposal
   * @param baseTotal its 0-100 total on the base side
   * @param variantTotal its 0-100 total on the variant side
   * @param criteria the criteria on which its points, weight or weighted contribution differ, in the variant call's order
   *     then the base's
   * @param rules the rules whose points for it differ, the largest change first
   * @param baseRankingScore what it is ranked by on the base side when that call has ranking factors; empty otherwise
   * @param variantRankingScore what it is ranked by on the variant side when that call has ranking factors; empty
   *     otherwise
   */
  public record ProposalDelta(ProposalId proposal, BigDecimal baseTotal, BigDecimal variantTotal,
      List<CriterionDelta> criteria, List<RuleDelta> rules, Optional<BigDecimal> baseRankingScore,
      Optional<BigDecimal> variantRankingScore) {

    /**
     * Copies the lists.
     *
     * @param proposal the proposal
     * @param baseTotal its total on the base side
     * @param variantTotal its total on the variant side
     * @param criteria the criteria that differ
     * @param rules the rules whose points differ
     * @param baseRankingScore its ranking score on the base side, if that call has one
     * @param variantRankingScore its ranking score on the variant side, if that call has one
     */
    public ProposalDelta {
      requireNonNull(baseRankingScore, "'baseRankingScore' must not be null");
      requireNonNull(variantRankingScore, "'variantRankingScore' must not be null");
      criteria = List.copyOf(criteria);
      rules = List.copyOf(rules);
    }

    /** {@return the variant's total less the base's} */
    public BigDecimal totalDelta() {
      return variantTotal.subtract(baseTotal);
    }

    /** {@return whether its ranking score moved, or one side has a ranking score and the other not} */
    public boolean rankingScoreChanged() {
      return baseRankingScore.isPresent() != variantRankingScore.isPresent()
          || baseRankingScore.isPresent() && baseRankingScore.get().compareTo(variantRankingScore.get()) != 0;
    }

    /** {@return whether its total or its ranking score moved, not only the parts that make them up} */
    public boolean totalChanged() {
      return totalDelta().signum() != 0 || rankingScoreChanged();
    }
  }

  /**
   * How one criterion moves for one proposal. A criterion that one side's call lacks counts there as
   * 0 points of weight 0.
   *
   * @param criterion the criterion
   * @param basePoints its capped points on the base side
   * @param variantPoints its capped points on the variant side
   * @param baseWeight its weight on the base side
   * @param variantWeight its weight on the variant side
   * @param baseWeighted its contribution to the total on the base side
   * @param variantWeighted its contribution to the total on the variant side
   */
  public record CriterionDelta(CriterionId criterion, BigDecimal basePoints, BigDecimal variantPoints,
      BigDecimal baseWeight, BigDecimal variantWeight, BigDecimal baseWeighted, BigDecimal variantWeighted) {

    /** {@return the variant's contribution to the total less the base's} */
    public BigDecimal weightedDelta() {
      return variantWeighted.subtract(baseWeighted);
    }
  }

  /**
   * The points one rule awarded one proposal towards one criterion, on each side (the sum of its
   * awards; 0 when it awarded nothing).
   *
   * @param rule the rule's name
   * @param criterion the criterion
   * @param basePoints its raw points on the base side
   * @param variantPoints its raw points on the variant side
   */
  public record RuleDelta(String rule, CriterionId criterion, BigDecimal basePoints, BigDecimal variantPoints) {

    /** {@return the variant's points less the base's} */
    public BigDecimal delta() {
      return variantPoints.subtract(basePoints);
    }
  }

  /**
   * A proposal placed in different tracks on the two sides.
   *
   * @param proposal the proposal
   * @param from the tracks it has on the base side, sorted
   * @param to the tracks it has on the variant side, sorted
   */
  public record TrackChange(ProposalId proposal, List<TrackId> from, List<TrackId> to) {

    /**
     * Copies the lists.
     *
     * @param proposal the proposal
     * @param from the tracks it has on the base side
     * @param to the tracks it has on the variant side
     */
    public TrackChange {
      from = List.copyOf(from);
      to = List.copyOf(to);
    }

    /** {@return the tracks it has on the variant side only, sorted} */
    public List<TrackId> gained() {
      return to.stream().filter(t -> !from.contains(t)).toList();
    }

    /** {@return the tracks it has on the base side only, sorted} */
    public List<TrackId> lost() {
      return from.stream().filter(t -> !to.contains(t)).toList();
    }
  }

  /**
   * A proposal whose labels differ between the two sides.
   *
   * @param proposal the proposal
   * @param added the labels only the variant puts on it, sorted
   * @param removed the labels only the base puts on it, sorted
   */
  public record LabelChange(ProposalId proposal, List<String> added, List<String> removed) {

    /**
     * Copies the lists.
     *
     * @param proposal the proposal
     * @param added the labels only the variant puts on it
     * @param removed the labels only the base puts on it
     */
    public LabelChange {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }
  }

  /**
   * One rule's changed awards across the proposals.
   *
   * @param rule the rule's name
   * @param criterion the criterion it awards towards
   * @param proposals for how many proposals its points changed
   * @param netChange the sum of its changes, variant less base
   * @param totalChange the sum of the sizes of its changes, which orders the rules
   */
  public record RuleImpact(String rule, CriterionId criterion, int proposals, BigDecimal netChange,
      BigDecimal totalChange) {}
}
