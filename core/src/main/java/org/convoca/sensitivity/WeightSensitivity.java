package org.convoca.sensitivity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.convoca.assessment.Assessment;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.selection.Reselector;
import org.convoca.selection.Selector;

/**
 * How sensitive the selection of a call is to its criteria weights: draw the weights again and
 * again within a spread ({@link Perturbation}), rerun the selection under each draw, and count.
 *
 * <p>The findings are not assessed again: each proposal keeps its points per criterion, and only
 * the weighted total (as {@code AssessmentAssembler} computes it, compared again with the call's
 * overall threshold) and the selection, with the whole policy and the jury's overrides
 * ({@link Reselector}), are rerun per draw. Eligibility, the jury's review and the criteria's
 * thresholds, which apply to points, never change. Track placement comes after the selection and
 * does not change who is selected, so it is not rerun.
 *
 * <p>The draws run in parallel on the common fork-join pool (or the pool the caller runs in); the
 * report is the same for a seed whatever the number of threads, since each draw has its own
 * generator and the counts are added exactly.
 */
public final class WeightSensitivity {

  private WeightSensitivity() {}

  /**
   * As {@link #analyse(Dossier, List, JuryReview, Perturbation)}, with the jury's review made here.
   *
   * @param dossier the dossier
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param perturbation the draws, spread and seed
   * @return the report
   * @throws IllegalArgumentException as {@link #analyse(Dossier, List, JuryReview, Perturbation)}
   */
  public static SensitivityReport analyse(Dossier dossier, List<Assessment> assessments, Perturbation perturbation) {
    return analyse(dossier, assessments, JuryReview.of(dossier), perturbation);
  }

  /**
   * Draws the weights {@code perturbation.draws()} times and reports how often each proposal was
   * selected, the stable core, the marginal proposals and the weight that moves each most.
   *
   * @param dossier the dossier, whose call gives the criteria, their weights and the policy
   * @param assessments one assessment per proposal of the dossier, in any order, as a rule book made them
   * @param review the jury's review of {@code dossier}
   * @param perturbation the draws, spread and seed
   * @return the report
   * @throws IllegalArgumentException as {@link Selector#select(Dossier, List, JuryReview)}; when an
   *     assessment's total is not its points weighted by the call's weights; when the call's weights
   *     sum to 0
   */
  public static SensitivityReport analyse(Dossier dossier, List<Assessment> assessments, JuryReview review,
      Perturbation perturbation) {
    Reselector reselector = Reselector.of(dossier, assessments, review);
    List<ProposalId> ids = reselector.proposals();
    Map<ProposalId, Assessment> byId = new HashMap<>();
    assessments.forEach(a -> byId.put(a.proposalId(), a));
    Call call = dossier.call();
    WeightedTotals totals = new WeightedTotals(call, ids.stream().map(byId::get).toList());
    WeightDraw draw = new WeightDraw(call.criteria().stream().map(Criterion::weight).toList(), perturbation,
        hundredths(call));
    int criteria = call.criteria().size();
    Tally tally = IntStream.range(0, perturbation.draws()).parallel().collect(
        () -> new Tally(ids.size(), criteria),
        (t, d) -> {
          long[] weights = draw.weights(d);
          WeightedTotals.Scores scores = totals.scores(weights);
          t.add(weights, reselector.selected(scores.totals(), scores.rankingScores()));
        },
        Tally::merge);
    return report(call, perturbation, ids, new HashSet<>(reselector.plain().selected()), tally);
  }

  /** The call's total scale in hundredths: what its weights sum to, and so each draw's. */
  private static long hundredths(Call call) {
    try {
      return call.totalOutOf().movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the call's maxTotal (" + call.totalOutOf().toPlainString()
          + ") has more than 2 decimals, which drawn weights in hundredths cannot sum to", e);
    }
  }

  private static SensitivityReport report(Call call, Perturbation perturbation, List<ProposalId> ids,
      Set<ProposalId> plain, Tally tally) {
    int draws = tally.draws();
    List<DrawnWeight> weights = new ArrayList<>();
    for (int c = 0; c < call.criteria().size(); c++) {
      weights.add(new DrawnWeight(call.criteria().get(c).id(), call.criteria().get(c).weight(),
          BigDecimal.valueOf(tally.lowest(c), 2), BigDecimal.valueOf(tally.highest(c), 2),
          mean(tally.weightSum(c), draws)));
    }
    List<ProposalSensitivity> proposals = new ArrayList<>();
    List<ProposalId> core = new ArrayList<>();
    List<MarginalProposal> marginal = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      ProposalSensitivity p = new ProposalSensitivity(ids.get(i), (int) tally.selectedIn(i), draws,
          plain.contains(ids.get(i)));
      proposals.add(p);
      if (p.inStableCore()) {
        core.add(p.id());
      } else if (p.marginal()) {
        marginal.add(mostMoving(call, p, i, tally));
      }
    }
    marginal.sort(Comparator.comparingInt((MarginalProposal m) -> m.proposal().selectedIn()).reversed()
        .thenComparing(m -> m.proposal().id()));
    return new SensitivityReport(perturbation, weights, proposals, core, marginal, mean(tally.seats() * 100, draws));
  }

  /**
   * The criterion whose weight is most correlated with the selection of proposal {@code i}: the
   * point-biserial correlation {@code (S·D − A·m) / sqrt(m·(D − m) · (D·Q − A²))}, with {@code D}
   * draws, {@code m} of them selecting it, {@code S} the sum of the criterion's weights over those,
   * {@code A} and {@code Q} the sum and the sum of squares over all draws.
   */
  private static MarginalProposal mostMoving(Call call, ProposalSensitivity p, int i, Tally tally) {
    long draws = tally.draws();
    long m = p.selectedIn();
    int best = -1;
    double bestCorrelation = 0;
    for (int c = 0; c < call.criteria().size(); c++) {
      long spread = Math.subtractExact(Math.multiplyExact(draws, tally.weightSquares(c)),
          Math.multiplyExact(tally.weightSum(c), tally.weightSum(c)));
      if (spread == 0) {
        continue; // the weight never varied
      }
      long covariance = tally.weightWhenSelected(i, c) * draws - tally.weightSum(c) * m;
      double correlation = covariance / (Math.sqrt((double) m * (draws - m)) * Math.sqrt((double) spread));
      if (best < 0 || Math.abs(correlation) > Math.abs(bestCorrelation)) {
        best = c;
        bestCorrelation = correlation;
      }
    }
    if (best < 0) {
      throw new IllegalStateException(p.id() + " is selected in some draws only, yet no weight varied");
    }
    long selected = tally.weightWhenSelected(i, best);
    return new MarginalProposal(p, call.criteria().get(best).id(),
        BigDecimal.valueOf(bestCorrelation).setScale(3, RoundingMode.HALF_UP),
        mean(selected, m), mean(tally.weightSum(best) - selected, draws - m));
  }

  /** {@code hundredths / count}, as a number with 2 decimals, rounded half up. */
  private static BigDecimal mean(long hundredths, long count) {
    return BigDecimal.valueOf(hundredths).divide(BigDecimal.valueOf(count * 100), 2, RoundingMode.HALF_UP);
  }
}
