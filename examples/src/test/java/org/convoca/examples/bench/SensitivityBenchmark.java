package org.convoca.examples.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.review.JuryReview;
import org.convoca.rules.RuleBook;
import org.convoca.sample.DossierGenerator;
import org.convoca.selection.Selector;
import org.convoca.sensitivity.Perturbation;
import org.convoca.sensitivity.SensitivityReport;
import org.convoca.sensitivity.WeightSensitivity;

/**
 * Times {@code convoca sensitivity}'s analysis ({@link WeightSensitivity#analyse}) on generated
 * dossiers of 1,000 and 10,000 proposals, 1,000 draws at a spread of 10 percent (issue 13's target:
 * 1,000 draws of 1,000 proposals in at most 2 s, warm). The assessment by the bundled rule book,
 * made once before the draws, is not timed. In the same run, a baseline: one plain
 * {@link Selector#select} of the same dossier, times the number of draws, which is what rerunning
 * the whole selection per draw would cost at the least (the reassessment aside); the analysis is
 * printed as a ratio to it.
 *
 * <p>Each size is warmed up by two untimed analyses, then timed three times; the best is printed,
 * in wall-clock time and in processor time of the whole process (all threads, the collector's and
 * the compiler's included: on a shared machine it says what the work cost, where the wall clock
 * also says what the other work took). The analysis runs on the common fork-join pool (all cores),
 * and once more on a pool of one thread, which shows what the cores bring. It is a main, never a
 * test: run it on a quiet machine.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=SensitivityBenchmark
 * mvn -B -q -DskipTests -P bench package -Dbench.main=SensitivityBenchmark -Dbench.args="1000 10000 --draws 1000"
 * </pre>
 */
public final class SensitivityBenchmark {

  private static final long SEED = 2021;
  private static final int RUNS = 3;

  private SensitivityBenchmark() {}

  /** Runs the benchmark and prints its table. Arguments: the sizes, and {@code --draws N}. */
  public static void main(String[] args) throws Exception {
    int draws = 1_000;
    int[] sizes = {1_000, 10_000};
    List<String> given = Arrays.asList(args);
    int at = given.indexOf("--draws");
    if (at >= 0) {
      draws = Integer.parseInt(given.get(at + 1));
      given = new java.util.ArrayList<>(given);
      given.subList(at, at + 2).clear();
    }
    if (!given.isEmpty()) {
      sizes = given.stream().mapToInt(Integer::parseInt).toArray();
    }
    Perturbation perturbation = new Perturbation(draws, BigDecimal.TEN, 1);
    System.out.printf(Locale.ROOT, "%d draws, spread 10%%, %d cores available, best of %d runs after 2 warm-ups%n%n",
        draws, Runtime.getRuntime().availableProcessors(), RUNS);
    System.out.printf(Locale.ROOT, "%9s %10s %10s %10s %10s %12s %12s %9s %9s%n", "proposals", "wall s", "cpu s",
        "1-thread s", "per draw", "select ms", "baseline s", "x base", "marginal");
    RuleBook book = RuleBook.bundled();
    double previous = 0;
    int previousSize = 0;
    for (int size : sizes) {
      // 1. The dossier and its assessments by the bundled book, made once, as the command makes them.
      Dossier dossier = DossierGenerator.withSeed(SEED).proposals(size).generate();
      JuryReview review = JuryReview.of(dossier);
      List<Assessment> assessments = book.assess(dossier, review);
      Supplier<SensitivityReport> analysis = () -> WeightSensitivity.analyse(dossier, assessments, review, perturbation);

      // 2. Warm-up, then the analysis on every core and on one thread.
      analysis.get();
      analysis.get();
      Measure all = best(analysis);
      ForkJoinPool one = new ForkJoinPool(1);
      Measure single = best(() -> onPool(one, analysis));
      one.shutdown();

      // 3. The baseline: one plain selection, best of a few, times the draws.
      Measure select = best(() -> Selector.select(dossier, assessments, review));
      double baseline = select.wall() * draws;
      SensitivityReport report = analysis.get();

      System.out.printf(Locale.ROOT, "%9d %10.3f %10.3f %10.3f %8.0f µs %12.3f %12.3f %9.3f %9d%n", size, all.wall(),
          all.cpu(), single.wall(), all.wall() * 1e6 / draws, select.wall() * 1e3, baseline, all.wall() / baseline,
          report.marginal().size());
      if (previousSize > 0) {
        System.out.printf(Locale.ROOT, "          %d proposals cost %.1fx the %d run%n", size, all.wall() / previous,
            previousSize);
      }
      previous = all.wall();
      previousSize = size;
    }
    System.out.println("""

        wall s = the analysis on the common pool (target for 1,000 proposals and 1,000 draws: <= 2 s);
        cpu s = processor time of the whole process during it (all threads); 1-thread s = the same on a
        pool of one thread; per draw = wall s / draws; select ms = one plain Selector.select of the
        dossier; baseline s = select ms x draws, what rerunning the whole selection per draw would cost
        at the least; x base = wall s / baseline s; marginal = the marginal proposals found.""");
  }

  /** Wall-clock and whole-process processor seconds. */
  private record Measure(double wall, double cpu) {}

  private static Measure best(Supplier<?> work) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double wall = Double.MAX_VALUE;
    double cpu = Double.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      long cpuStart = os.getProcessCpuTime();
      if (work.get() == null) {
        throw new IllegalStateException("no result");
      }
      cpu = Math.min(cpu, (os.getProcessCpuTime() - cpuStart) / 1e9);
      wall = Math.min(wall, (System.nanoTime() - start) / 1e9);
    }
    return new Measure(wall, cpu);
  }

  private static <T> T onPool(ForkJoinPool pool, Supplier<T> work) {
    try {
      return pool.submit(work::get).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
