package org.convoca.sample;

import java.util.List;
import java.util.Random;

/**
 * The generator's source of chance. It wraps {@link Random}, whose algorithm the JDK specifies
 * exactly, so that a seed gives the same dossier on every JVM, machine and locale.
 */
final class Draw {

  private final Random random;

  Draw(long seed) {
    this.random = new Random(seed);
  }

  /** A stream for one part of the dossier, so that changing one part's size leaves the others alone. */
  static Draw forPart(long seed, String part) {
    return new Draw(seed * 0x9E3779B97F4A7C15L + part.hashCode());
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** A number in [0, 1). */
  double fraction() {
    return random.nextDouble();
  }

  /** A normally distributed number. */
  double gaussian(double mean, double deviation) {
    return mean + deviation * random.nextGaussian();
  }

  /** One element of a non-empty list. */
  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index drawn with probability proportional to {@code weights[i]}. */
  int weighted(double[] cumulative) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] > target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}
