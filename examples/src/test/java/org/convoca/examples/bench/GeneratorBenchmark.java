package org.convoca.examples.bench;

import java.util.Locale;
import org.convoca.sample.DossierGenerator;

/**
 * Measures how long {@link DossierGenerator} takes to make a dossier, jury panel included (conflict
 * detection, assignment of reviewers, scores), for 1,000, 10,000 and 100,000 proposals: the best of
 * three runs, after one warm-up run of each size. It is a main, never a test: run it on a quiet
 * machine.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=GeneratorBenchmark
 * </pre>
 *
 * <p>Optional arguments: the sizes to measure (default {@code 1000 10000 100000}).
 */
public final class GeneratorBenchmark {

  private static final long SEED = 2026;
  private static final int RUNS = 3;

  private GeneratorBenchmark() {}

  /** Runs the benchmark and prints one line per size. */
  public static void main(String[] args) {
    int[] sizes = args.length > 0
        ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
        : new int[] {1_000, 10_000, 100_000};
    for (int size : sizes) {
      // 1. The generator for this size, with the default call, jury policy and 7 jurors.
      DossierGenerator generator = DossierGenerator.withSeed(SEED).proposals(size);
      // 2. One run to warm the JIT, then the best of three.
      generator.generate();
      double seconds = Timing.best(RUNS, generator::generate);
      System.out.printf(Locale.ROOT, "%,9d proposals: %6.2f s (best of %d)%n", size, seconds, RUNS);
    }
  }
}
