package org.convoca.examples.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.call.AggregationMethod;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.dossier.Dossier;
import org.convoca.jury.JurorScore;
import org.convoca.review.JuryReview;
import org.convoca.sample.DossierGenerator;

/**
 * Measures the jury's review of a whole dossier ({@link JuryReview#of}: conflicts, exclusions,
 * assignments, aggregates, consensus, incomplete reviews, agreement, and with ADDITIVE the severity
 * fit) on generated dossiers, against a baseline in the same run: grouping the same scores by
 * proposal and criterion and taking their mean, which is all the pipeline did before the review.
 * It is a main, never a test.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=JuryReviewBenchmark
 * </pre>
 *
 * <p>Optional arguments: the numbers of proposals to measure (default {@code 1000 100000}).
 */
public final class JuryReviewBenchmark {

  private JuryReviewBenchmark() {}

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "%9s %8s %9s %10s %10s %10s %10s %8s%n", "proposals", "scores", "conflicts",
        "first ms", "none ms", "additive ms", "means ms", "ratio");
    for (int size : sizes) {
      Dossier generated = DossierGenerator.withSeed(2021).proposals(size).generate();
      Dossier plain = withPolicy(generated, Normalisation.NONE);
      Dossier additive = withPolicy(generated, Normalisation.ADDITIVE);
      int runs = size <= 10_000 ? 50 : 5;

      JuryReview[] review = new JuryReview[1];
      double first = Timing.best(1, () -> review[0] = JuryReview.of(additive));
      double none = Timing.best(runs, () -> JuryReview.of(plain));
      double fitted = Timing.best(runs, () -> JuryReview.of(additive));
      double means = Timing.best(runs, () -> means(generated.jury().scores()));

      System.out.printf(Locale.ROOT, "%9d %8d %9d %10.1f %10.1f %10.1f %10.1f %8.1f%n", size,
          generated.jury().scores().size(), review[0].conflicts().size(), first * 1e3, none * 1e3, fitted * 1e3,
          means * 1e3, fitted / means);
    }
    System.out.println("\nfirst = the first review (ADDITIVE) at this size; none / additive = JuryReview.of with"
        + " normalisation NONE / ADDITIVE, best of runs; means = grouping the same scores and taking each mean,"
        + " best of runs; ratio = additive / means");
  }

  private static Dossier withPolicy(Dossier dossier, Normalisation normalisation) {
    JuryPolicy policy = dossier.call().juryPolicy().withNormalisation(normalisation).withMinScores(1);
    return dossier.withCall(dossier.call().withJury(policy));
  }

  private static Map<List<String>, BigDecimal> means(List<JurorScore> scores) {
    Map<List<String>, List<BigDecimal>> grouped = new HashMap<>();
    for (JurorScore s : scores) {
      grouped.computeIfAbsent(List.of(s.proposal().value(), s.criterion().value()), k -> new ArrayList<>()).add(s.value());
    }
    Map<List<String>, BigDecimal> means = new HashMap<>();
    grouped.forEach((key, values) -> means.put(key, AggregationMethod.MEAN.aggregate(values)));
    return means;
  }
}
