package org.convoca.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * How the benchmarks time a piece of work: the best wall-clock time of a few runs, and where asked
 * the best time the running thread spent on a processor too, which other work on a shared machine
 * disturbs less than the wall clock.
 */
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

  /**
   * The best wall-clock and the best processor time of {@code runs} runs of {@code work}, in seconds.
   *
   * @param wall the shortest wall-clock time
   * @param cpu the shortest time the benchmark's thread spent on a processor (the collector's threads not counted)
   */
  record Best(double wall, double cpu) {}

  /**
   * The shortest wall-clock and processor times of {@code runs} runs of {@code work}.
   *
   * @throws IllegalStateException when {@code work} returns null
   */
  static Best bestOf(int runs, Supplier<?> work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double wall = Double.MAX_VALUE;
    double cpu = Double.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      Object result = work.get();
      cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
      wall = Math.min(wall, (System.nanoTime() - start) / 1e9);
      if (result == null) {
        throw new IllegalStateException("no result");
      }
    }
    return new Best(wall, cpu);
  }
}
