package org.convoca.examples.bench;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.convoca.dossier.CallChanges;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Comparison;
import org.convoca.outcome.ComparisonWriters;
import org.convoca.rules.Convoca;
import org.convoca.rules.WhatIf;
import org.convoca.sample.DossierGenerator;

/**
 * Times a what-if ({@link WhatIf}, what {@code convoca compare --set jury.weight=30} runs) phase by
 * phase on generated dossiers: the call change (the dossier written as JSON, changed and read back
 * with every check), the two decisions with the bundled rule book, the comparison of the two
 * outcomes, and writing compare.json and compare.md. The comparison and the files should cost little
 * beside one decision; the change, a read of the dossier, about what reading its file costs. Each
 * phase prints the best of three warm runs, wall clock and the benchmark thread's processor time
 * (which other work on a shared machine disturbs less). It is a main, never a test.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=CompareBenchmark -Dbench.args="1000 10000"
 * </pre>
 *
 * <p>Arguments: the numbers of proposals (default {@code 1000 10000}).
 */
public final class CompareBenchmark {

  private static final int RUNS = 3;

  private CompareBenchmark() {}

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    CallChanges change = CallChanges.parse(List.of("jury.weight=30"));
    // One untimed what-if on 200 proposals warms the JIT, so that sizes compare.
    WhatIf.on(DossierGenerator.withSeed(1).proposals(200).generate()).changing(change).compare();
    System.out.printf(Locale.ROOT, "%9s %14s %14s %14s %14s %14s%n", "proposals", "change ms", "decide ms",
        "compare ms", "write ms", "what-if ms");
    for (int size : sizes) {
      Dossier dossier = DossierGenerator.withSeed(2026).proposals(size).generate();
      Dossier changed = change.applyTo(dossier).dossier();
      CallOutcome base = Convoca.withBundledRules().decide(dossier);
      CallOutcome variant = Convoca.withBundledRules().decide(changed);
      Comparison comparison = Comparison.of(base, variant);

      Timing.Best changing = Timing.bestOf(RUNS, () -> change.applyTo(dossier));
      Timing.Best deciding = Timing.bestOf(RUNS, () -> Convoca.withBundledRules().decide(changed));
      Timing.Best comparing = Timing.bestOf(RUNS, () -> Comparison.of(base, variant));
      Timing.Best writing = Timing.bestOf(RUNS, () -> {
        StringWriter json = new StringWriter();
        ComparisonWriters.json(comparison, json);
        ComparisonWriters.markdown(comparison, new StringWriter());
        return json;
      });
      Timing.Best whole = Timing.bestOf(RUNS, () -> WhatIf.on(dossier).changing(change).compare());
      System.out.printf(Locale.ROOT, "%9d %14s %14s %14s %14s %14s%n", size, ms(changing), ms(deciding), ms(comparing),
          ms(writing), ms(whole));
    }
    System.out.println("\neach cell: best of " + RUNS + " warm runs, wall / processor time of the benchmark's thread;"
        + " decide = one Convoca.decide of the changed dossier; what-if = WhatIf.compare, both decisions included");
  }

  private static String ms(Timing.Best best) {
    return String.format(Locale.ROOT, "%.0f / %.0f", best.wall() * 1e3, best.cpu() * 1e3);
  }
}
