package org.convoca.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a rule folder costs a whole {@code convoca assess} process on the bundled sample, through
 * the distribution's launcher, against the same command without {@code --rules} (issue 11's target:
 * at most 1.5 times): with the compile cache bypassed ({@code --no-cache}), read back from a warm
 * cache, and after an edit of the folder's file (its phase compiled again, the others read back).
 * Each is the median of five runs after an untimed one, the four commands taking turns; the cache is
 * a temporary folder, deleted at the end. Run from the examples folder or the project's, after {@code mvn package}:
 * {@code mvn -B -q -DskipTests -P bench package -Dbench.main=RuleFolderBenchmark}.
 */
public final class RuleFolderBenchmark {

  private static final int RUNS = 5;

  private RuleFolderBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args none
   * @throws Exception when the distribution is missing or a run fails
   */
  public static void main(String[] args) throws Exception {
    Path distribution = Files.isDirectory(Path.of("target/convoca")) ? Path.of("target/convoca")
        : Path.of("examples/target/convoca");
    Path launcher = distribution.resolve("bin/convoca");
    Path sample = distribution.resolve("examples/federal-call-2021.json");
    Path rules = distribution.resolve("examples/my-rules");
    if (!Files.isExecutable(launcher) || !Files.isRegularFile(sample) || !Files.isDirectory(rules)) {
      throw new IllegalStateException("no distribution at " + distribution.toAbsolutePath() + "; run mvn package first");
    }
    Path work = Files.createTempDirectory("convoca-rule-bench");
    try {
      Path cache = work.resolve("cache");
      Path edited = Files.createDirectories(work.resolve("edited"));
      Path file = edited.resolve("open-data-bonus.drl");
      String text = Files.readString(rules.resolve("open-data-bonus.drl"));
      for (String bundle : List.of("messages.properties", "messages_es.properties")) { // the rule says its sentence from them
        Files.copy(rules.resolve(bundle), edited.resolve(bundle));
      }
      List<String> plain = List.of(launcher.toString(), "assess", sample.toString());
      int[] edits = {0};
      List<Variant> variants = List.of(
          new Variant("without --rules", plain, () -> {}),
          new Variant("--rules my-rules --no-cache", with(plain, "--rules", rules.toString(), "--no-cache"), () -> {}),
          new Variant("--rules my-rules, warm cache", with(plain, "--rules", rules.toString(), "--cache-dir",
              cache.toString()), () -> {}),
          new Variant("--rules, the file edited before each run", with(plain, "--rules", edited.toString(),
              "--cache-dir", cache.toString()), () -> Files.writeString(file, text + "\n// edit " + ++edits[0] + "\n")));
      double[] medians = medians(variants);
      System.out.println("convoca assess on the bundled sample, whole process, median of " + RUNS + " runs:");
      for (int i = 0; i < variants.size(); i++) {
        System.out.printf(Locale.ROOT, "  %-42s %6.2f s  %4.2fx%n", variants.get(i).name(), medians[i],
            medians[i] / medians[0]);
      }
      System.out.println("target: --rules at most 1.5x the run without it");
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static List<String> with(List<String> command, String... more) {
    List<String> all = new ArrayList<>(command);
    all.addAll(List.of(more));
    return all;
  }

  /** What is done before each run, the untimed one included. */
  private interface Before {
    void run() throws IOException;
  }

  /** A command to time, and what to do before each run of it. */
  private record Variant(String name, List<String> command, Before before) {}

  /**
   * The median time of each variant. The variants take turns, one run each per round, so that a
   * machine that gets busier or quieter during the benchmark weighs on all of them alike.
   */
  private static double[] medians(List<Variant> variants) throws IOException, InterruptedException {
    for (Variant variant : variants) {
      variant.before().run();
      PipelineBenchmark.process(variant.command(), null); // untimed: the files in the operating system's cache, the cache folder filled
    }
    double[][] seconds = new double[variants.size()][RUNS];
    for (int run = 0; run < RUNS; run++) {
      for (int i = 0; i < variants.size(); i++) {
        variants.get(i).before().run();
        long start = System.nanoTime();
        PipelineBenchmark.process(variants.get(i).command(), null);
        seconds[i][run] = (System.nanoTime() - start) / 1e9;
      }
    }
    double[] medians = new double[variants.size()];
    for (int i = 0; i < variants.size(); i++) {
      Arrays.sort(seconds[i]);
      medians[i] = seconds[i][RUNS / 2];
    }
    return medians;
  }
}
