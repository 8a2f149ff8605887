package org.convoca.examples.bench;

import java.util.function.Supplier;

/** How the benchmarks time a piece of work: the best wall-clock time of a few runs. */
final class Timing {

  private Timing() {}

  /**
   * The shortest of {@code runs} timings of {@code work}, in seconds.
   *
   * @throws IllegalStateException when {@code work} returns null, which would let it be optimised away unseen
   */
  static double best(int runs, Supplier<?> work) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Object result = work.get();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (result == null) {
        throw new IllegalStateException("no result");
      }
      best = Math.min(best, seconds);
    }
    return best;
  }
}
