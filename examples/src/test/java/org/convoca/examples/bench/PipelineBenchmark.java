package org.convoca.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Fingerprint;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.review.JuryReview;
import org.convoca.rules.RuleBook;
import org.convoca.sample.DossierGenerator;
import org.convoca.selection.Selection;
import org.convoca.selection.Selector;
import org.convoca.selection.TrackPlacement;

/**
 * Times the whole pipeline as a user runs it, phase by phase, on generated dossiers of 1,000, 10,000
 * and 100,000 proposals: each dossier is generated and written to a file first (not timed), then
 * read from that file, assessed with the bundled rule book, selected (tracks included), fingerprinted,
 * assembled into an outcome and written as outcome.json, the two CSVs, report.md and report.html. In
 * the same run, a baseline: plain Jackson parsing the same file to a tree and writing it back. Each
 * size prints its phases with the peak heap each reached, its total as a ratio to the baseline
 * (target: at most 4×), and each size after the first its cost as a ratio to the one before (for
 * 10× the size, target: at most 11×). One untimed pass on 200 proposals warms the JIT first, so
 * that sizes compare; {@code --startup} measures the cold process instead. Each phase runs once,
 * as a user's command would. It is a main, never a test: run it on a quiet machine.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=PipelineBenchmark -Dbench.args="1000 10000"
 * </pre>
 *
 * <p>Arguments: the sizes (default {@code 1000 10000 100000}); or {@code --startup}, which times the
 * README's main command, {@code bin/convoca assess} of the distribution on its bundled sample, as
 * a whole process: the median of five runs (after one untimed run), found from the examples folder.
 */
public final class PipelineBenchmark {

  private static final long SEED = 2026;
  private static final int STARTUP_RUNS = 5;

  private PipelineBenchmark() {}

  /** Runs the benchmark and prints its tables. */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--startup")) {
      startup();
      return;
    }
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    Path folder = Files.createTempDirectory("convoca-pipeline-");
    RuleBook book = RuleBook.bundled();
    // 1. One untimed pass to warm the JIT, so that the first size is not paying for it alone.
    run(book, write(folder, 200), folder.resolve("warm-up"));
    double previous = 0;
    int previousSize = 0;
    for (int size : sizes) {
      // 2. The dossier, generated and written as a user's file would be; not timed.
      Path file = write(folder, size);
      // 3. Every phase, timed once, with the heap's peak during it.
      Map<String, Phase> phases = run(book, file, folder.resolve("out-" + size));
      // 4. The baseline: Jackson alone, reading the same file to a tree and writing it back.
      Map<String, Phase> baseline = baseline(file, folder.resolve("baseline-" + size + ".json"));
      double total = phases.values().stream().mapToDouble(Phase::seconds).sum();
      double jackson = baseline.values().stream().mapToDouble(Phase::seconds).sum();
      print(size, Files.size(file), phases, baseline, total, jackson);
      if (previousSize > 0) {
        System.out.printf(Locale.ROOT, "%,d proposals cost %.1fx the %,d run (target for 10x the size: <= 11x)%n",
            size, total / previous, previousSize);
      }
      previous = total;
      previousSize = size;
      Files.delete(file);
    }
    System.out.println();
    System.out.println("peak heap: the most the heap's pools held during the phase, garbage included; one run each, "
        + "after a warm-up on 200 proposals");
  }

  /** One phase's wall-clock time and the peak heap it reached. */
  private record Phase(double seconds, long peakBytes) {}

  private static Path write(Path folder, int size) {
    Path file = folder.resolve("dossier-" + size + ".json");
    DossierWriter.write(DossierGenerator.withSeed(SEED).proposals(size).generate(), file);
    return file;
  }

  private static Map<String, Phase> run(RuleBook book, Path file, Path out) throws IOException {
    Files.createDirectories(out);
    Map<String, Phase> phases = new LinkedHashMap<>();
    Dossier dossier = time(phases, "read", () -> DossierReader.standard().read(file));
    JuryReview review = time(phases, "jury review", () -> JuryReview.of(dossier));
    List<Assessment> assessments = time(phases, "assess", () -> book.assess(dossier, review));
    Selection selection = time(phases, "select", () -> Selector.select(dossier, assessments, review));
    List<TrackPlacement> placements = time(phases, "tracks", () -> book.assign(dossier,
        assessments.stream().sorted(Comparator.comparing(Assessment::proposalId)).toList(), selection.selected()));
    String fingerprint = time(phases, "fingerprint", () -> Fingerprint.of(dossier, book.contents()));
    CallOutcome outcome = time(phases, "outcome", () -> CallOutcome.of(dossier, review, assessments, selection,
        placements, fingerprint));
    time(phases, "write JSON", () -> written(() -> OutcomeWriters.json(outcome, out.resolve("outcome.json"))));
    time(phases, "write CSV", () -> written(() -> {
      OutcomeWriters.csv(outcome, out.resolve("outcome.csv"));
      OutcomeWriters.awardsCsv(outcome, out.resolve("outcome-awards.csv"));
    }));
    time(phases, "write Markdown", () -> written(() -> OutcomeWriters.markdown(outcome, out.resolve("report.md"))));
    time(phases, "write HTML", () -> written(() -> OutcomeWriters.html(outcome, out.resolve("report.html"))));
    return phases;
  }

  private static Map<String, Phase> baseline(Path file, Path copy) {
    // A plain mapper on purpose: the baseline is Jackson itself, without Convoca's configuration.
    ObjectMapper jackson = new ObjectMapper();
    Map<String, Phase> phases = new LinkedHashMap<>();
    JsonNode tree = time(phases, "parse", () -> io(() -> jackson.readTree(file.toFile())));
    time(phases, "write", () -> io(() -> {
      jackson.writeValue(copy.toFile(), tree);
      return copy;
    }));
    return phases;
  }

  private static <T> T time(Map<String, Phase> phases, String name, Supplier<T> work) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    List<T> result = new ArrayList<>(1);
    double seconds = Timing.best(1, () -> {
      result.add(work.get());
      return result.get(0);
    });
    phases.put(name, new Phase(seconds, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum()));
    return result.get(0);
  }

  private static Boolean written(Runnable write) {
    write.run();
    return Boolean.TRUE;
  }

  private interface IoWork<T> {
    T get() throws IOException;
  }

  private static <T> T io(IoWork<T> work) {
    try {
      return work.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void print(int size, long bytes, Map<String, Phase> phases, Map<String, Phase> baseline, double total,
      double jackson) {
    System.out.printf(Locale.ROOT, "%n%,d proposals (%,.1f MB dossier)%n", size, bytes / 1e6);
    System.out.printf(Locale.ROOT, "  %-16s %9s %10s%n", "phase", "seconds", "peak heap");
    phases.forEach((name, p) -> System.out.printf(Locale.ROOT, "  %-16s %9.3f %7d MB%n", name, p.seconds(),
        p.peakBytes() / (1024 * 1024)));
    System.out.printf(Locale.ROOT, "  %-16s %9.3f%n", "total", total);
    baseline.forEach((name, p) -> System.out.printf(Locale.ROOT, "  %-16s %9.3f %7d MB%n", "Jackson " + name,
        p.seconds(), p.peakBytes() / (1024 * 1024)));
    System.out.printf(Locale.ROOT, "  total / Jackson baseline (%.3f s): %.1fx (target <= 4x)%n", jackson, total / jackson);
  }

  private static void startup() throws Exception {
    Path distribution = Files.isDirectory(Path.of("target/convoca")) ? Path.of("target/convoca")
        : Path.of("examples/target/convoca");
    Path launcher = distribution.resolve("bin/convoca");
    Path sample = distribution.resolve("examples/federal-call-2021.json");
    if (!Files.isExecutable(launcher) || !Files.isRegularFile(sample)) {
      throw new IllegalStateException("no distribution at " + distribution.toAbsolutePath() + "; run mvn package first");
    }
    List<String> command = List.of(launcher.toString(), "assess", sample.toString());
    System.out.println("README's main command: " + String.join(" ", command));
    process(command); // untimed, so that the files are in the operating system's cache
    double[] seconds = new double[STARTUP_RUNS];
    for (int i = 0; i < STARTUP_RUNS; i++) {
      long start = System.nanoTime();
      process(command);
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "whole process, %d runs: %s s; median %.2f s (target <= 1.0 s)%n", STARTUP_RUNS,
        Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s)).toList(), sorted[STARTUP_RUNS / 2]);
  }

  private static void process(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
    }
  }
}
