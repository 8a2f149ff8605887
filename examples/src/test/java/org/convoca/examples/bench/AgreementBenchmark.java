package org.convoca.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.convoca.call.CriterionId;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.agreement.Metric;
import org.convoca.jury.agreement.PanelAgreement;
import org.convoca.proposal.ProposalId;

/**
 * Measures the jury's agreement on a panel of 1,000 proposals, 40 jurors, 3 jurors per proposal
 * and 5 criteria (15,000 scores), per metric: once with scores on a 0–5 scale in steps of 0.5
 * (11 distinct values), once with scores given to four decimals (thousands of distinct values,
 * as adjusted scores would be), where the expected disagreement, a sum over every pair of distinct
 * values, dominates. It is a main, never a test.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=AgreementBenchmark
 * </pre>
 */
public final class AgreementBenchmark {

  private static final int PROPOSALS = 1_000;
  private static final int JURORS = 40;
  private static final int PER_PROPOSAL = 3;
  private static final int CRITERIA = 5;
  private static final int RUNS = 5;

  private AgreementBenchmark() {}

  /** Runs the benchmark and prints one line per kind of score and metric. */
  public static void main(String[] args) {
    System.out.printf(Locale.ROOT, "%-10s %-9s %8s %10s %12s %10s%n", "scores", "metric", "values", "alpha", "best ms", "mean ms");
    for (int decimals : new int[] {1, 4}) {
      // 1. A generated panel: proposal quality plus noise, on the scale's grid or to four decimals.
      List<JurorScore> scores = panel(decimals);
      for (Metric metric : Metric.values()) {
        // 2. Warm up, then time the whole computation, per criterion and pooled.
        PanelAgreement result = PanelAgreement.of(scores, metric);
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int run = 0; run < RUNS; run++) {
          long start = System.nanoTime();
          result = PanelAgreement.of(scores, metric);
          long elapsed = System.nanoTime() - start;
          best = Math.min(best, elapsed);
          total += elapsed;
        }
        // 3. Show the overall alpha, so the work cannot be skipped, and the times.
        System.out.printf(Locale.ROOT, "%-10s %-9s %8d %10.4f %12.1f %10.1f%n",
            decimals == 1 ? "grid 0.5" : "4 decimals", metric, scores.stream().map(JurorScore::value).distinct().count(),
            result.overall().alpha().value().orElse(Double.NaN), best / 1e6, total / 1e6 / RUNS);
      }
    }
  }

  private static List<JurorScore> panel(int decimals) {
    Random random = new Random(2021);
    List<JurorScore> scores = new ArrayList<>();
    for (int p = 0; p < PROPOSALS; p++) {
      for (int c = 0; c < CRITERIA; c++) {
        double quality = 1 + 3 * random.nextDouble();
        for (int j = 0; j < PER_PROPOSAL; j++) {
          double raw = Math.max(0, Math.min(5, quality + 0.6 * random.nextGaussian()));
          BigDecimal value = decimals == 1
              ? BigDecimal.valueOf(Math.round(raw * 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY)
              : BigDecimal.valueOf(raw).setScale(decimals, RoundingMode.HALF_EVEN);
          scores.add(JurorScore.builder()
              .juror(JurorId.of("J-" + (p * PER_PROPOSAL + j) % JURORS))
              .proposal(ProposalId.of("P-" + p))
              .criterion(CriterionId.of("c" + c))
              .value(value)
              .build());
        }
      }
    }
    return scores;
  }
}
