package org.convoca.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;

/**
 * Times reading dossier files as the command-line tool reads them, each once in this JVM, with the
 * peak heap during the read and the heap the read dossier keeps after a collection. The time is
 * also given as the CPU time of all the process's threads (the collector's included), which
 * varies less than the wall-clock time on a busy machine.
 *
 * <p>Run it in a JVM of its own, with the heap the tool would have:
 * {@code mvn -B -q -DskipTests -P bench package -Dbench.main=ReadBenchmark -Dbench.jvm=-Xmx1g
 * -Dbench.args=/tmp/dossier.json}. The first file read also pays the reader's cold start.
 */
public final class ReadBenchmark {

  private ReadBenchmark() {}

  /** Prints the live classes that hold the most heap, as {@code jcmd GC.class_histogram} does. */
  private static void printHistogram() {
    try {
      Process jcmd = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
          .redirectErrorStream(true).start();
      jcmd.inputReader().lines().toList().stream().limit(Long.getLong("histogram.lines", 30)).forEach(System.out::println);
      jcmd.waitFor();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Reads each file named and prints its time, peak heap and kept heap.
   *
   * @param args the dossier files to read, in order
   */
  public static void main(String[] args) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    com.sun.management.OperatingSystemMXBean cpu =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (String name : args) {
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long cpuStart = cpu.getProcessCpuTime();
      long start = System.nanoTime();
      Dossier dossier = DossierReader.standard().read(Path.of(name));
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (cpu.getProcessCpuTime() - cpuStart) / 1e9;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.gc();
      long kept = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
      System.out.printf(Locale.ROOT, "%s: %d proposals, read in %.2f s (%.2f s of CPU, all threads), peak heap %d MB, kept %d MB%n",
          name, dossier.proposals().size(), seconds, cpuSeconds, peak >> 20, kept >> 20);
      if (Boolean.getBoolean("histogram")) {
        printHistogram();
      }
    }
  }
}
