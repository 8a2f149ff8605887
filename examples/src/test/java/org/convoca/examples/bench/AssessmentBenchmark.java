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
import org.convoca.rules.ReferenceRuleBook;
import org.convoca.rules.RuleBook;
import org.convoca.sample.DossierGenerator;

/**
 * Measures the bundled rule book against the plain-Java reference of the same rules on generated
 * dossiers of 1,000, 10,000 and 100,000 proposals, and the time from JVM start to the first
 * assessment. It is a main, never a test: run it on a quiet machine with {@code -Xmx2g}.
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
    System.out.printf(Locale.ROOT, "%n%9s %12s %12s %12s %12s %8s %8s %10s%n", "proposals", "rules µs/p", "ref µs/p",
        "assemble µs/p", "rule phase µs/p", "ratio", "phase x", "peak heap");
    double previousTotal = 0;
    int previousSize = 0;
    for (int size : sizes) {
      // 2. A generated dossier of this size.
      Dossier dossier = DossierGenerator.withSeed(SEED).proposals(size).generate();
      int runs = size <= 1_000 ? 10 : size <= 10_000 ? 3 : 1;
      List<MemoryPoolMXBean> heap = heapPools();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);

      // 3. The rule book, warmed up on the same dossier for small sizes, best of a few runs.
      double rules = Timing.best(runs, () -> RuleBook.bundled().assess(dossier));
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      // 4. The plain-Java reference: findings alone, and findings plus the shared assembly.
      double reference = Timing.best(runs, () -> ReferenceRuleBook.assess(dossier));
      List<Finding> findings = ReferenceRuleBook.findings(dossier);
      List<org.convoca.proposal.ProposalId> ids = dossier.proposals().stream().map(Proposal::id).toList();
      double assemble = Timing.best(runs, () -> new AssessmentAssembler(dossier.call()).assemble(ids, findings));
      double referenceFindings = Math.max(reference - assemble, 1e-9);
      double rulePhase = Math.max(rules - assemble, 0);

      System.out.printf(Locale.ROOT, "%9d %12.2f %12.2f %12.2f %15.2f %8.1f %8.1f %8d MB%n", size,
          perProposal(rules, size), perProposal(reference, size), perProposal(assemble, size),
          perProposal(rulePhase, size), rules / reference, rulePhase / referenceFindings, peak / (1024 * 1024));
      if (previousSize > 0) {
        System.out.printf(Locale.ROOT, "          %d proposals cost %.1fx the %d run (target for 10x the size: <= 11x)%n",
            size, rules / previousTotal, previousSize);
      }
      previousTotal = rules;
      previousSize = size;
    }
    System.out.println("\nratio = rule book / reference, whole assessment; phase x = (rule book - assembly) / reference findings");
  }

  private static double perProposal(double seconds, int proposals) {
    return seconds * 1e6 / proposals;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
