package org.convoca.sample;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories as Convoca's property tests use it: a fixed seed, so that every run of the build
 * tries the same examples, and a bounded number of shrink cycles, so that a failing property on
 * large dossiers reports in seconds.
 *
 * <p>A failure prints "Seed was N". To reproduce it, run the same test again (the seed is fixed);
 * to try other examples, give another seed: {@code mvn -B -o test -DQT_SEED=12345}. Surefire passes
 * the {@code QT_SEED} and {@code QT_SHRINKS} properties of the command line to the tests.
 */
public final class Theories {

  /** The seed of every property when {@code QT_SEED} is not given. */
  public static final long DEFAULT_SEED = 20_211_105L;

  private static final int SHRINK_CYCLES = 200;

  private Theories() {}

  /**
   * A theory that tries {@code examples} examples drawn from the seed of {@link #seed()}.
   *
   * @param examples how many examples to try, more than 0
   */
  public static QuickTheory qt(int examples) {
    return QuickTheory.qt()
        .withFixedSeed(seed())
        .withExamples(examples)
        .withShrinkCycles(Integer.getInteger("QT_SHRINKS", SHRINK_CYCLES));
  }

  /**
   * The seed of this run: the system property {@code QT_SEED} when given, else {@link #DEFAULT_SEED}.
   *
   * @throws NumberFormatException when {@code QT_SEED} is not a whole number
   */
  public static long seed() {
    String given = System.getProperty("QT_SEED");
    return given == null || given.isBlank() ? DEFAULT_SEED : Long.parseLong(given.strip());
  }
}
