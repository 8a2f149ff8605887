package org.convoca.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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
import java.util.stream.Stream;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Fingerprint;
import org.convoca.outcome.MonitoringWriters;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.review.JuryReview;
import org.convoca.rules.RuleBook;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.MonitoringGenerator;
import org.convoca.selection.Selection;
import org.convoca.selection.Selector;
import org.convoca.selection.TrackPlacement;

/**
 * Times the whole pipeline as a user runs it, phase by phase, on generated dossiers of 1,000, 10,000
 * and 100,000 proposals: each dossier is generated and written to a file first (not timed), then
 * read from that file, reviewed by the jury, assessed with the bundled rule book, selected (tracks
 * included), fingerprinted, assembled into an outcome and written as outcome.json, the two CSVs,
 * report.md and report.html; then monitored: the {@link MonitoringGenerator}'s progress reports and
 * results assessments of the selected projects are added (not timed), {@link RuleBook#monitor} runs
 * the monitoring rules on them (what {@code convoca monitor} does after deciding the selection) and
 * monitoring.json, monitoring.csv and monitoring.md are written. In the same run, a baseline: plain
 * Jackson parsing the same file to a tree and writing it back.
 *
 * <p>Each phase prints its wall-clock time, the processor time of the whole process during it (all
 * threads, the collector's and the compiler's included, so it varies less than the wall clock on a
 * busy machine) and two heap figures ({@link HeapWatch}): the peak, the most the heap held at one
 * instant, garbage included; and the most it still held after a collection, during the phase or just
 * after it, which is what has to fit in {@code -Xmx}. A phase that runs out of heap is named, and the
 * size ends there. Each size prints its total as a ratio to the baseline (target: at most 4×), and
 * each size after the first its cost as a ratio to the one before (for 10× the size, target: at most
 * 11×). One untimed pass on 200 proposals warms the JIT first, so that sizes compare;
 * {@code --startup} and {@code --assess-out} measure cold processes instead. Each phase runs once,
 * as a user's command would. It is a main, never a test: run it on a quiet machine.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=PipelineBenchmark -Dbench.args="1000 10000"
 * mvn -B -q -DskipTests -P bench package -Dbench.main=PipelineBenchmark -Dbench.args="--assess-out 10000 100000"
 * </pre>
 *
 * <p>Arguments: the sizes (default {@code 1000 10000 100000}); or {@code --startup}, which times the
 * README's main command, {@code bin/convoca assess} of the distribution on its bundled sample, as
 * a whole process: the median of five runs (after one untimed run), found from the examples folder;
 * or {@code --assess-out} and sizes or dossier files, which times {@code bin/convoca assess DOSSIER
 * --out DIR} (every format) as a whole process, once per dossier, in the heap that the system
 * property {@code bench.cli.jvm} gives its JVM ({@code -Xmx1g} by default, issue 11's target); a size
 * is generated first with {@code bin/convoca generate --seed 1} (not timed).
 */
public final class PipelineBenchmark {

  private static final long SEED = 2026;
  private static final int STARTUP_RUNS = 5;
  private static final long MB = 1024 * 1024;
  /** The argument that makes this main write one generated dossier, in the JVM {@link #write} starts. */
  private static final String WRITE = "--write-dossier";
  private static final String GENERATOR_HEAP = "6g";

  /** The phase running now, to name the one that runs out of heap. */
  private static String running = "";

  private PipelineBenchmark() {}

  /** Runs the benchmark and prints its tables. */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--startup")) {
      startup();
      return;
    }
    if (args.length == 3 && args[0].equals(WRITE)) {
      DossierWriter.write(DossierGenerator.withSeed(SEED).proposals(Integer.parseInt(args[1])).generate(), Path.of(args[2]));
      return;
    }
    if (args.length > 0 && args[0].equals("--assess-out")) {
      assessOut(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    Path folder = Files.createTempDirectory("convoca-pipeline-");
    RuleBook book = RuleBook.bundled();
    System.out.printf(Locale.ROOT, "heap: at most %,d MB (-Xmx); collectors: %s%n", Runtime.getRuntime().maxMemory() / MB,
        HeapWatch.collectors());
    // 1. One untimed pass to warm the JIT, so that the first size is not paying for it alone.
    run(book, write(folder, 200), folder.resolve("warm-up"));
    double previous = 0;
    int previousSize = 0;
    for (int size : sizes) {
      // 2. The dossier, generated and written as a user's file would be; not timed.
      Path file = write(folder, size);
      Map<String, Phase> phases;
      try {
        // 3. Every phase, timed once, with what the heap held during it.
        phases = run(book, file, folder.resolve("out-" + size));
      } catch (OutOfMemoryError e) {
        System.out.printf(Locale.ROOT, "%n%,d proposals: out of heap in phase '%s' (at most %,d MB)%n", size, running,
            Runtime.getRuntime().maxMemory() / MB);
        delete(folder);
        break;
      }
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
      delete(folder.resolve("out-" + size));
      // The baseline's copy is as large as the dossier.
      Files.delete(folder.resolve("baseline-" + size + ".json"));
    }
    delete(folder);
    System.out.println();
    System.out.println("cpu: processor time of the whole process during the phase; peak: the most the heap held at one "
        + "instant, garbage included; held: the most it held after a collection, during the phase or just after it; "
        + "one run each, after a warm-up on 200 proposals");
  }

  /** One phase's wall-clock time, the process's processor time and what the heap held. */
  private record Phase(double seconds, double cpuSeconds, long peakBytes, long heldBytes) {}

  /**
   * The generated dossier of {@code size} proposals, written to a file by a JVM of its own with a
   * heap of its own, so that generating it takes nothing from the heap that is measured.
   */
  private static Path write(Path folder, int size) throws IOException, InterruptedException {
    Path file = folder.resolve("dossier-" + size + ".json");
    String java = ProcessHandle.current().info().command().orElse("java");
    process(List.of(java, "-Xmx" + GENERATOR_HEAP, "-cp", System.getProperty("java.class.path"),
        PipelineBenchmark.class.getName(), WRITE, String.valueOf(size), file.toString()), null);
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
    // Monitoring: the selected projects' reports, added as a user's dossier would have them (not timed).
    Dossier monitored = MonitoringGenerator.generate(dossier, outcome.selected(), SEED);
    MonitoringOutcome monitoring = time(phases, "monitor", () -> book.monitor(monitored, outcome,
        MonitoringGenerator.AS_OF));
    time(phases, "write monitoring", () -> written(() -> {
      MonitoringWriters.json(monitoring, out.resolve("monitoring.json"));
      MonitoringWriters.csv(monitoring, out.resolve("monitoring.csv"));
      MonitoringWriters.markdown(monitoring, out.resolve("monitoring.md"));
    }));
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
    running = name;
    List<T> result = new ArrayList<>(1);
    try (HeapWatch heap = HeapWatch.start()) {
      long cpu = processCpuNanos();
      double seconds = Timing.best(1, () -> {
        result.add(work.get());
        return result.get(0);
      });
      double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
      heap.stop();
      phases.put(name, new Phase(seconds, cpuSeconds, heap.peak(), heap.held()));
    }
    return result.get(0);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
    System.out.printf(Locale.ROOT, "  %-18s %9s %9s %9s %9s%n", "phase", "seconds", "cpu s", "peak", "held");
    phases.forEach((name, p) -> row(name, p));
    System.out.printf(Locale.ROOT, "  %-18s %9.3f %9.3f%n", "total", total,
        phases.values().stream().mapToDouble(Phase::cpuSeconds).sum());
    baseline.forEach((name, p) -> row("Jackson " + name, p));
    System.out.printf(Locale.ROOT, "  total / Jackson baseline (%.3f s): %.1fx (target <= 4x)%n", jackson, total / jackson);
  }

  private static void row(String name, Phase p) {
    System.out.printf(Locale.ROOT, "  %-18s %9.3f %9.3f %6d MB %6d MB%n", name, p.seconds(), p.cpuSeconds(),
        p.peakBytes() / MB, p.heldBytes() / MB);
  }

  /** Times {@code bin/convoca assess DOSSIER --out DIR} as a whole process, per size or dossier file. */
  private static void assessOut(String[] dossiers) throws Exception {
    Path launcher = distribution().resolve("bin/convoca");
    String jvm = System.getProperty("bench.cli.jvm", "-Xmx1g");
    Path folder = Files.createTempDirectory("convoca-assess-out-");
    System.out.println("bin/convoca assess DOSSIER --out DIR, every format, JAVA_OPTS=" + jvm + "; one run each");
    double previous = 0;
    String previousName = "";
    for (String dossier : dossiers) {
      Path file;
      if (dossier.chars().allMatch(Character::isDigit)) {
        file = folder.resolve("dossier-" + dossier + ".json");
        // Generated in a heap of its own: generating is not what is measured.
        process(List.of(launcher.toString(), "generate", "--proposals", dossier, "--seed", "1", "--out", file.toString()),
            "-Xmx4g");
      } else {
        file = Path.of(dossier);
      }
      Path out = folder.resolve("out-" + file.getFileName());
      long start = System.nanoTime();
      int code = exitCode(List.of(launcher.toString(), "assess", file.toString(), "--out", out.toString()), jvm);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "  %-28s %,8.1f MB  %8.2f s  %s%n", file.getFileName(), Files.size(file) / 1e6, seconds,
          code == 0 ? "ok" : "FAILED, exit code " + code);
      if (previous > 0 && code == 0) {
        System.out.printf(Locale.ROOT, "  %s cost %.1fx %s%n", file.getFileName(), seconds / previous, previousName);
      }
      previous = code == 0 ? seconds : 0;
      previousName = file.getFileName().toString();
      if (!file.equals(Path.of(dossier))) {
        Files.delete(file);
      }
      delete(out);
    }
  }

  /** Deletes {@code folder} and everything in it, when it exists: the outcome files of 100,000 proposals are large. */
  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path distribution() {
    Path distribution = Files.isDirectory(Path.of("target/convoca")) ? Path.of("target/convoca")
        : Path.of("examples/target/convoca");
    if (!Files.isExecutable(distribution.resolve("bin/convoca"))) {
      throw new IllegalStateException("no distribution at " + distribution.toAbsolutePath() + "; run mvn package first");
    }
    return distribution;
  }

  private static void startup() throws Exception {
    Path distribution = distribution();
    Path launcher = distribution.resolve("bin/convoca");
    Path sample = distribution.resolve("examples/federal-call-2021.json");
    if (!Files.isRegularFile(sample)) {
      throw new IllegalStateException("no sample at " + sample.toAbsolutePath() + "; run mvn package first");
    }
    List<String> command = List.of(launcher.toString(), "assess", sample.toString());
    System.out.println("README's main command: " + String.join(" ", command));
    process(command, null); // untimed, so that the files are in the operating system's cache
    double[] seconds = new double[STARTUP_RUNS];
    for (int i = 0; i < STARTUP_RUNS; i++) {
      long start = System.nanoTime();
      process(command, null);
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "whole process, %d runs: %s s; median %.2f s (target <= 1.0 s)%n", STARTUP_RUNS,
        Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s)).toList(), sorted[STARTUP_RUNS / 2]);
  }

  /** Runs {@code command} as {@link #exitCode} does, and fails unless it exits with 0. */
  static void process(List<String> command, String javaOpts) throws IOException, InterruptedException {
    int code = exitCode(command, javaOpts);
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
    }
  }

  /** Runs {@code command}, with {@code JAVA_OPTS} set to {@code javaOpts} unless it is null, and gives its exit code. */
  private static int exitCode(List<String> command, String javaOpts) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    if (javaOpts != null) {
      builder.environment().put("JAVA_OPTS", javaOpts);
    }
    return builder.start().waitFor();
  }
}
