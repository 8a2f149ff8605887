package org.convoca.sensitivity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How the criteria weights are perturbed, and how often.
 *
 * <p>Draw {@code i} (from 0) has its own generator: a {@link java.util.SplittableRandom} seeded with
 * the first {@code nextLong()} of a {@code SplittableRandom} seeded with {@code seed + i}, so a draw
 * is the same whichever thread makes it and however many threads there are. It multiplies each
 * criterion's weight, in the call's order, by a factor {@code 1 + spread / 100 * u}, with
 * {@code u} uniform in [-1, 1) ({@code nextDouble(-1, 1)}), so by a factor in
 * [1 − spread/100, 1 + spread/100); it then renormalises the weights to their sum as called (100,
 * or the call's {@code maxTotal}) and rounds them to hundredths by the largest remainder: each is
 * rounded down, and the hundredths still missing go one each to the weights with the largest
 * remainders (the earlier criterion among equal remainders). So the drawn weights always sum
 * exactly to the called sum, a weight of 0 stays 0, and after
 * renormalisation a weight may move slightly more than {@code spread} percent.
 *
 * @param draws how many draws, between 1 and {@link #MAX_DRAWS}
 * @param spread the largest change of a weight before renormalisation, in percent of the weight:
 *     more than 0 and less than 100, with at most {@link #MAX_SPREAD_DECIMALS} digits after the point
 * @param seed the seed of the draws
 */
public record Perturbation(int draws, BigDecimal spread, long seed) {

  /** The most draws a run may ask for. */
  public static final int MAX_DRAWS = 100_000;

  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 1;

  /** Most digits a spread may have after its decimal point: its finest step is 0.0001 percent. */
  public static final int MAX_SPREAD_DECIMALS = 4;

  /**
   * Checks the numbers.
   *
   * @param draws how many draws, between 1 and {@link #MAX_DRAWS}
   * @param spread the largest change of a weight, in percent: more than 0 and less than 100, with at
   *     most {@link #MAX_SPREAD_DECIMALS} digits after the decimal point
   * @param seed the seed of the draws
   * @throws IllegalArgumentException naming each number out of range
   */
  public Perturbation {
    List<String> problems = problems(draws, spread);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /**
   * What is wrong with {@code draws} and {@code spread}, one sentence per problem; empty when they
   * make a perturbation. A command line checks its arguments with it before it reads the dossier.
   *
   * @param draws how many draws
   * @param spread the largest change of a weight, in percent
   * @return the problems, such as "draws must be between 1 and 100000, was 0"
   */
  public static List<String> problems(long draws, BigDecimal spread) {
    List<String> problems = new ArrayList<>();
    if (draws < 1 || draws > MAX_DRAWS) {
      problems.add("draws must be between 1 and " + MAX_DRAWS + ", was " + draws);
    }
    if (spread.signum() <= 0 || spread.compareTo(BigDecimal.valueOf(100)) >= 0) {
      problems.add("spread must be more than 0 and less than 100 (percent), was " + shown(spread));
    } else if (spread.scale() > MAX_SPREAD_DECIMALS && spread.stripTrailingZeros().scale() > MAX_SPREAD_DECIMALS) {
      problems.add("spread must have at most " + MAX_SPREAD_DECIMALS + " digits after the decimal point (0.0001 percent),"
          + " was " + shown(spread));
    }
    return problems;
  }

  /** {@code number} written plain when that is short, else in scientific notation: 1E-999999999 stays 12 characters. */
  private static String shown(BigDecimal number) {
    long integerDigits = (long) number.precision() - number.scale();
    return number.scale() <= 20 && integerDigits <= 20 ? number.toPlainString() : number.toString();
  }
}
