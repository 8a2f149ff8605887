package org.convoca.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.Finding;
import org.convoca.assessment.FindingRejectedException;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;

/**
 * Turns the findings of a rule book into assessments: sums the points per criterion, caps them at
 * the criterion's maximum, weighs them into a total (0-100 unless the call states another
 * {@code maxTotal}) and compares with the call's thresholds; when a criterion has a ranking factor,
 * it also computes the ranking score. It is plain arithmetic, the same whichever rule book made the
 * findings, and the only place where totals and ranking scores are computed.
 *
 * <p>What is published is what is compared: per criterion, the awards are summed
 * ({@code rawPoints}), capped at {@code maxPoints}, then rounded to {@link #SCALE} decimals half up
 * ({@code points}); those rounded points are compared with the criterion's threshold and weighted
 * ({@code points / maxPoints * weight}, rounded to {@link #SCALE} decimals half up); the total is
 * the sum of the rounded weighted contributions, and that total is compared with the call's
 * overall threshold. So 5.995 points meet a threshold of 6 (they are published as 6.00) and 5.994
 * do not (5.99).
 *
 * <p>The ranking score, made only when a criterion of the call has a ranking factor, is the sum of
 * each criterion's rounded weighted contribution times its factor (1 when it has none), rounded once
 * to {@link #SCALE} decimals half up. It orders the ranking and nothing else: the thresholds are
 * compared with the points and the total above, which no factor touches.
 *
 * <p>The result does not depend on the order of the findings: every list in an assessment is
 * sorted (checks by rule, awards by the call's criterion order then rule, labels by label).
 */
public final class AssessmentAssembler {

  /** Scale of criterion points, weighted contributions and totals: two decimals, rounded half up. */
  public static final int SCALE = 2;

  private static final Comparator<CheckFinding> CHECK_ORDER = Comparator.comparing(CheckFinding::rule)
      .thenComparing(CheckFinding::sentence)
      .thenComparing(CheckFinding::passed);
  private static final Comparator<LabelFinding> LABEL_ORDER = Comparator.comparing(LabelFinding::label)
      .thenComparing(LabelFinding::rule)
      .thenComparing(LabelFinding::sentence);

  private final Call call;
  private final Map<CriterionId, Integer> criterionOrder = new HashMap<>();
  private final Comparator<AwardFinding> awardOrder = awardOrder();
  private final boolean ranksByRankingScore;

  /**
   * An assembler for the criteria and thresholds of {@code call}.
   *
   * @param call the call whose criteria, weights and thresholds the assessments apply
   */
  public AssessmentAssembler(Call call) {
    this.call = call;
    this.ranksByRankingScore = call.ranksByRankingScore();
    List<Criterion> criteria = call.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      criterionOrder.put(criteria.get(i).id(), i);
    }
  }

  /**
   * One assessment per proposal in {@code proposals}, sorted by proposal id.
   *
   * @param proposals the proposals to assess, each once
   * @param findings what the rule book concluded about them, in any order
   * @return one assessment per proposal in {@code proposals}, sorted by proposal id
   * @throws FindingRejectedException when a finding names a proposal not in {@code proposals}, or
   *     an award names a criterion the call does not define; it names the rule and the proposal
   */
  public List<Assessment> assemble(Collection<ProposalId> proposals, Collection<? extends Finding> findings) {
    // Grouped by hash, then the ids sorted once: a sorted map would compare ids for every finding.
    Map<ProposalId, List<Finding>> byProposal = new HashMap<>(Math.max(16, proposals.size() * 4 / 3 + 1));
    int perProposal = proposals.isEmpty() ? 0 : Math.max(4, findings.size() / proposals.size() + 4);
    proposals.forEach(id -> byProposal.computeIfAbsent(id, k -> new ArrayList<>(perProposal)));
    for (Finding finding : findings) {
      List<Finding> list = byProposal.get(finding.proposal());
      if (list == null) {
        throw new FindingRejectedException(finding.rule(), finding.proposal(), "made a finding about proposal '"
            + finding.proposal() + "', which is not among the proposals assessed");
      }
      list.add(finding);
    }
    List<ProposalId> ids = new ArrayList<>(byProposal.keySet());
    ids.sort(null);
    List<Assessment> assessments = new ArrayList<>(ids.size());
    for (ProposalId id : ids) {
      assessments.add(assess(id, byProposal.get(id)));
    }
    return assessments;
  }

  /**
   * The assessment of one proposal from its findings.
   *
   * @param proposal the proposal to assess
   * @param findings what the rule book concluded about it, in any order
   * @return the assessment of one proposal from its findings
   * @throws FindingRejectedException when an award names a criterion the call does not define
   */
  public Assessment assess(ProposalId proposal, Collection<? extends Finding> findings) {
    List<CheckFinding> checks = new ArrayList<>(8);
    List<AwardFinding> awards = new ArrayList<>(findings.size());
    List<LabelFinding> labels = new ArrayList<>(4);
    for (Finding finding : findings) {
      if (finding instanceof CheckFinding c) {
        checks.add(c);
      } else if (finding instanceof AwardFinding a) {
        awards.add(requireKnownCriterion(a));
      } else if (finding instanceof LabelFinding l) {
        labels.add(l);
      }
    }
    checks.sort(CHECK_ORDER);
    awards.sort(awardOrder);
    labels.sort(LABEL_ORDER);

    // One pass puts each award with its criterion, in sorted order: a criterion's awards are those
    // that name its id (criteria that share an id share their awards).
    List<Criterion> criteria = call.criteria();
    List<List<AwardFinding>> byCriterion = new ArrayList<>(criteria.size());
    for (int i = 0; i < criteria.size(); i++) {
      byCriterion.add(new ArrayList<>(4));
    }
    for (AwardFinding award : awards) {
      byCriterion.get(criterionOrder.get(award.criterion())).add(award);
    }
    List<CriterionResult> results = new ArrayList<>(criteria.size());
    BigDecimal total = BigDecimal.ZERO;
    for (Criterion criterion : criteria) {
      CriterionResult result = result(criterion, byCriterion.get(criterionOrder.get(criterion.id())));
      results.add(result);
      total = total.add(result.weighted());
    }
    total = total.setScale(SCALE, RoundingMode.HALF_UP);
    Optional<BigDecimal> rankingScore = ranksByRankingScore ? Optional.of(rankingScore(criteria, results)) : Optional.empty();
    boolean eligible = true;
    for (CheckFinding check : checks) {
      eligible &= check.passed();
    }

    return new Assessment(
        proposal,
        eligible,
        checks,
        results,
        total,
        call.overallThreshold(),
        total.compareTo(call.overallThreshold()) >= 0,
        distinct(labels),
        rankingScore);
  }

  /**
   * The ranking score of results on {@code criteria}: each weighted contribution times its
   * criterion's ranking factor (1 when it has none), summed, rounded to {@link #SCALE} decimals half up.
   *
   * @param criteria the call's criteria
   * @param results one result per criterion, in the same order
   * @return the ranking score
   */
  private static BigDecimal rankingScore(List<Criterion> criteria, List<CriterionResult> results) {
    BigDecimal score = BigDecimal.ZERO;
    for (int i = 0; i < criteria.size(); i++) {
      score = score.add(results.get(i).weighted().multiply(criteria.get(i).rankingFactor().orElse(BigDecimal.ONE)));
    }
    return score.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** The result of {@code criterion} from its own awards. */
  private static CriterionResult result(Criterion criterion, List<AwardFinding> own) {
    BigDecimal raw = BigDecimal.ZERO;
    for (AwardFinding award : own) {
      raw = raw.add(award.points());
    }
    BigDecimal points = raw.min(criterion.maxPoints()).setScale(SCALE, RoundingMode.HALF_UP);
    BigDecimal weighted = weighted(points, criterion.maxPoints(), criterion.weight());
    boolean meets = criterion.threshold().map(t -> points.compareTo(t) >= 0).orElse(true);
    return new CriterionResult(criterion.id(), raw, points, criterion.maxPoints(), criterion.weight(), weighted,
        criterion.threshold(), meets, own);
  }

  /**
   * The contribution of {@code points} on a criterion to the 0-100 total: {@code points / maxPoints
   * * weight}, rounded to {@link #SCALE} decimals half up, as every assessment weighs its criteria.
   * The weight sensitivity analysis weighs the same points under other weights with it.
   *
   * @param points the criterion's points, already capped and rounded as an assessment publishes them
   * @param maxPoints the criterion's maximum, more than 0
   * @param weight the criterion's weight, a percentage
   * @return the weighted contribution, with {@link #SCALE} decimals
   */
  public static BigDecimal weighted(BigDecimal points, BigDecimal maxPoints, BigDecimal weight) {
    return points.multiply(weight).divide(maxPoints, SCALE, RoundingMode.HALF_UP);
  }

  /** {@code sorted} without repeats; equal labels are next to each other once sorted. */
  private static List<LabelFinding> distinct(List<LabelFinding> sorted) {
    if (sorted.size() < 2) {
      return sorted;
    }
    List<LabelFinding> distinct = new ArrayList<>(sorted.size());
    for (LabelFinding label : sorted) {
      if (!distinct.contains(label)) {
        distinct.add(label);
      }
    }
    return distinct;
  }

  private AwardFinding requireKnownCriterion(AwardFinding award) {
    if (!criterionOrder.containsKey(award.criterion())) {
      throw new FindingRejectedException(award.rule(), award.proposal(), "awarded points to criterion '"
          + award.criterion() + "', which the call does not define (criteria: " + criterionOrder.keySet() + ")");
    }
    return award;
  }

  private Comparator<AwardFinding> awardOrder() {
    return Comparator.<AwardFinding>comparingInt(a -> criterionOrder.get(a.criterion()))
        .thenComparing(AwardFinding::rule)
        .thenComparing(AwardFinding::sentence)
        .thenComparing(AwardFinding::points);
  }
}
