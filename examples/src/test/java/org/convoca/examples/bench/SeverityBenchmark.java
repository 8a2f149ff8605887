package org.convoca.examples.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.convoca.call.AggregationMethod;
import org.convoca.call.CriterionId;
import org.convoca.call.ScoreScale;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.severity.AdditiveNormalisation;
import org.convoca.jury.severity.SeverityFit;
import org.convoca.proposal.ProposalId;

/**
 * Measures the additive severity fit of one criterion on generated panels of 1,000 and 100,000
 * proposals, each scored by 3 of 40 jurors, against a baseline in the same run: the plain mean of
 * each proposal's same scores. It is a main, never a test.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=SeverityBenchmark
 * </pre>
 *
 * <p>Optional arguments: the numbers of proposals to measure (default {@code 1000 100000}).
 */
public final class SeverityBenchmark {

  private static final long SEED = 2021;
  private static final int JURORS = 40;
  private static final int PER_PROPOSAL = 3;
  private static final CriterionId CRITERION = CriterionId.of("impact");
  private static final ScoreScale SCALE = new ScoreScale(BigDecimal.ZERO, BigDecimal.valueOf(5), new BigDecimal("0.5"));

  private SeverityBenchmark() {}

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "%9s %7s %8s %10s %10s %10s %8s %10s%n", "proposals", "jurors", "scores",
        "first ms", "fit ms", "means ms", "ratio", "components");
    for (int size : sizes) {
      // 1. A panel of this size: 3 distinct jurors of 40 per proposal, planted offsets, marks on the scale.
      List<JurorScore> scores = panel(size, new Random(SEED));
      int runs = size <= 10_000 ? 200 : 10;

      // 2. The fit: once cold (what one outcome pays at this size in a fresh JVM, once earlier
      // sizes have run), then warmed up on the same panel, best of several runs.
      SeverityFit[] fit = new SeverityFit[1];
      double firstSeconds = Timing.best(1, () -> AdditiveNormalisation.fit(CRITERION, scores, SCALE));
      double fitSeconds = Timing.best(runs, () -> fit[0] = AdditiveNormalisation.fit(CRITERION, scores, SCALE));
      // 3. The baseline: each proposal's mean of the same scores, as Convoca aggregates without normalisation.
      double meanSeconds = Timing.best(runs, () -> means(scores));

      System.out.printf(Locale.ROOT, "%9d %7d %8d %10.1f %10.1f %10.1f %8.1f %10d%n", size, JURORS, scores.size(),
          firstSeconds * 1e3, fitSeconds * 1e3, meanSeconds * 1e3, fitSeconds / meanSeconds, fit[0].components().size());
    }
    System.out.println("\nfirst = the first fit at this size; fit = AdditiveNormalisation.fit (offsets and adjusted"
        + " scores), best of runs; means = plain mean per proposal (AggregationMethod.MEAN after grouping), best of runs;"
        + " ratio = fit / means");
  }

  private static List<JurorScore> panel(int proposals, Random random) {
    double[] offsets = new double[JURORS];
    for (int j = 0; j < JURORS; j++) {
      offsets[j] = random.nextDouble() - 0.5;
    }
    List<JurorScore> scores = new ArrayList<>(proposals * PER_PROPOSAL);
    for (int p = 0; p < proposals; p++) {
      ProposalId proposal = ProposalId.of(String.format(Locale.ROOT, "P-%06d", p + 1));
      double quality = random.nextDouble() * 5;
      int[] chosen = random.ints(0, JURORS).distinct().limit(PER_PROPOSAL).toArray();
      for (int j : chosen) {
        double mark = Math.max(0, Math.min(5, Math.round((quality + offsets[j] + 0.3 * random.nextGaussian()) * 2) / 2.0));
        scores.add(JurorScore.builder().juror(JurorId.of("J-" + (j + 1))).proposal(proposal).criterion(CRITERION)
            .value(BigDecimal.valueOf(mark)).build());
      }
    }
    return scores;
  }

  private static Map<ProposalId, BigDecimal> means(List<JurorScore> scores) {
    Map<ProposalId, List<BigDecimal>> byProposal = new HashMap<>();
    scores.forEach(s -> byProposal.computeIfAbsent(s.proposal(), p -> new ArrayList<>(PER_PROPOSAL)).add(s.value()));
    Map<ProposalId, BigDecimal> means = new HashMap<>(byProposal.size() * 2);
    byProposal.forEach((proposal, values) -> means.put(proposal, AggregationMethod.MEAN.aggregate(values)));
    return means;
  }
}
