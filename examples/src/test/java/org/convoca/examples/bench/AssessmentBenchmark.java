package org.convoca.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.internal.AssessmentAssembler;
import org.convoca.assessment.Finding;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.review.JuryReview;
import org.convoca.rules.ReferenceRuleBook;
import org.convoca.rules.RuleBook;
import org.convoca.sample.DossierGenerator;

/**
 * Measures the bundled rule book against the plain-Java reference of the same rules on generated
 * dossiers of 1,000, 10,000 and 100,000 proposals, and the time from JVM start to the first
 * assessment. It is a main, never a test: run it on a quiet machine with {@code -Xmx2g}. The jury's
 * review, which a run makes once before the rules, is timed on its own; the rule phase is each
 * book's time with that review made, less the assembly of findings that both share, in wall-clock
 * and in processor time.
 *
 * <p>The rule book assesses a large dossier's batches on several threads ({@link RuleBook#assess}):
 * every figure per proposal is that of one thread (the system property {@code convoca.rules.threads}
 * set to 1 while it runs), so that it compares with the reference and with earlier rounds; the
 * column {@code threads} is the rule book's wall-clock time per proposal on as many threads as it
 * takes by default, assembly included, beside its count.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package
 * </pre>
 *
 * <p>Optional arguments ({@code -Dbench.args="..."}): the sizes to measure (default
 * {@code 1000 10000 100000}), or {@code --first-only} to print the time to the first assessment and
 * stop (for start-up options, which {@code -Dbench.jvm="..."} sets).
 */
public final class AssessmentBenchmark {

  private static final long SEED = 2021;

  private AssessmentBenchmark() {}

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) {
    // 1. The first assessment, as an application would make it right after starting.
    Dossier tiny = DossierGenerator.withSeed(SEED).proposals(10).generate();
    List<Assessment> first = RuleBook.bundled().assess(tiny);
    long firstAt = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf(Locale.ROOT, "first assessment (%d proposals) %d ms after JVM start (target <= 1000 ms)%n",
        first.size(), firstAt);
    if (args.length == 1 && args[0].equals("--first-only")) {
      return;
    }

    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "%n%9s %9s %9s %9s %9s %9s %9s %7s %9s %9s %10s %12s%n", "proposals", "review", "rules",
        "ref", "assemble", "phase", "ref phase", "phase x", "phase cpu", "ref cpu", "peak heap", "threads");
    double previousTotal = 0;
    int previousSize = 0;
    RuleBook book = RuleBook.bundled();
    for (int size : sizes) {
      // 2. A generated dossier of this size, and the jury's review of it, which a run makes once
      // before the rules (Convoca.assess): its own phase, timed on its own.
      Dossier dossier = DossierGenerator.withSeed(SEED).proposals(size).generate();
      int runs = size <= 1_000 ? 10 : size <= 10_000 ? 3 : 1;
      double review = Timing.best(runs, () -> JuryReview.of(dossier));
      JuryReview made = JuryReview.of(dossier);
      List<MemoryPoolMXBean> heap = heapPools();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);

      // 3. The rule book on one thread, warmed up on the same dossier for small sizes, best of a few
      // runs; then on its default threads.
      Timing.Best rules = oneThread(() -> Timing.bestOf(runs, () -> book.assess(dossier, made)));
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      double threaded = Timing.best(runs, () -> book.assess(dossier, made));
      // 4. The plain-Java reference: findings plus the shared assembly, and the assembly alone.
      Timing.Best reference = Timing.bestOf(runs, () -> ReferenceRuleBook.assess(dossier, made));
      List<Finding> findings = ReferenceRuleBook.findings(dossier, made);
      List<org.convoca.proposal.ProposalId> ids = dossier.proposals().stream().map(Proposal::id).toList();
      Timing.Best assemble = Timing.bestOf(runs, () -> new AssessmentAssembler(dossier.call()).assemble(ids, findings));
      double rulePhase = Math.max(rules.wall() - assemble.wall(), 0);
      double referencePhase = Math.max(reference.wall() - assemble.wall(), 1e-9);
      double rulePhaseCpu = Math.max(rules.cpu() - assemble.cpu(), 0);
      double referencePhaseCpu = Math.max(reference.cpu() - assemble.cpu(), 0);

      System.out.printf(Locale.ROOT, "%9d %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %7.1f %9.2f %9.2f %7d MB %7.2f on %d%n", size,
          perProposal(review, size), perProposal(rules.wall(), size), perProposal(reference.wall(), size),
          perProposal(assemble.wall(), size), perProposal(rulePhase, size), perProposal(referencePhase, size),
          rulePhase / referencePhase, perProposal(rulePhaseCpu, size), perProposal(referencePhaseCpu, size),
          peak / (1024 * 1024), perProposal(threaded, size), Runtime.getRuntime().availableProcessors());
      if (previousSize > 0) {
        System.out.printf(Locale.ROOT, "          %d proposals cost %.1fx the %d run (target for 10x the size: <= 11x)%n",
            size, rules.wall() / previousTotal, previousSize);
      }
      previousTotal = rules.wall();
      previousSize = size;
    }
    System.out.println("""

        µs per proposal. review = the jury's review (JuryReview.of), made once before either book runs;
        rules / ref = the rule book / the plain-Java reference with that review, assembly included;
        assemble = the assembly of the findings into assessments, which both share;
        phase / ref phase = the rule phase: rules / ref minus the assembly; phase x = phase / ref phase;
        phase cpu / ref cpu = the same phases in processor time of the benchmark's thread (less disturbed
        by other work on the machine; the collector's threads are not counted);
        every figure above is on one thread (convoca.rules.threads=1), but:
        threads = the rule book's wall-clock time, assembly included, with its batches on the threads
        it takes by default (at most the processors, counted after "on"; the scaling line is one thread's).""");
  }

  /** What {@code work} gives with the rule book's batches on one thread ({@code convoca.rules.threads=1}). */
  private static <T> T oneThread(java.util.function.Supplier<T> work) {
    String before = System.getProperty("convoca.rules.threads");
    System.setProperty("convoca.rules.threads", "1");
    try {
      return work.get();
    } finally {
      if (before == null) {
        System.clearProperty("convoca.rules.threads");
      } else {
        System.setProperty("convoca.rules.threads", before);
      }
    }
  }

  private static double perProposal(double seconds, int proposals) {
    return seconds * 1e6 / proposals;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
