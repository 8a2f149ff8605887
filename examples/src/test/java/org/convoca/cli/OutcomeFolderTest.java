package org.convoca.cli;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeFolderTest {

  private static final List<String> NAMES = List.of("outcome.json", "outcome.csv", "report.md");

  @TempDir
  Path dir;

  @Test
  void writesEveryFileAndKeepsNothingStaged() throws Exception {
    Path out = dir.resolve("new/outcome");
    OutcomeFolder.at(out).write(contents("first"));

    assertThat(out.resolve("report.md")).hasContent("first report.md");
    assertThat(names(out)).containsExactlyInAnyOrder("outcome.json", "outcome.csv", "report.md", OutcomeFolder.LOCK);
  }

  @Test
  void refusesAnEmptyNameInsteadOfWritingIntoTheWorkingFolder() {
    assertThatThrownBy(() -> OutcomeFolder.at(Path.of(""))).isInstanceOf(UserError.class)
        .hasMessage("--out must name a folder, such as --out outcome");
  }

  @Test
  void refusesAFileAsTheFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("outcome"), "mine");

    assertThatThrownBy(() -> OutcomeFolder.at(file)).isInstanceOf(UserError.class)
        .hasMessage("--out " + file + ": is a file, not a folder");
    assertThat(file).hasContent("mine");
  }

  @Test
  void refusesAFolderInsideAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("outcome"), "mine");

    assertThatThrownBy(() -> OutcomeFolder.at(file.resolve("2021"))).isInstanceOf(UserError.class)
        .hasMessage("--out " + file.resolve("2021") + ": " + file + " is a file, not a folder");
  }

  @Test
  void keepsThePreviousFilesWhenAFolderIsInTheWayOfOne() throws Exception {
    OutcomeFolder.at(dir).write(contents("previous"));
    putAFolderInPlaceOfTheReport();

    assertThatThrownBy(() -> OutcomeFolder.at(dir).write(contents("next"))).isInstanceOf(UserError.class)
        .hasMessage("--out " + dir + ": cannot write report.md: it is a folder, not a file");
    assertUntouched();
  }

  @Test
  void putsBackWhatItReplacedWhenTheLastRenameFails() throws Exception {
    OutcomeFolder.at(dir).write(contents("previous"));
    Map<String, OutcomeFolder.Content> next = contents("next", "report.md", stream -> putAFolderInPlaceOfTheReport());

    assertThatThrownBy(() -> OutcomeFolder.at(dir).write(next)).isInstanceOf(UserError.class)
        .hasMessageStartingWith("--out " + dir + ": cannot replace report.md: ");
    assertUntouched();
  }

  @Test
  void keepsThePreviousFilesAndNoStagedOneWhenTheDiskIsFull() throws Exception {
    OutcomeFolder.at(dir).write(contents("previous"));
    Map<String, OutcomeFolder.Content> next = contents("next", "outcome.csv", stream -> {
      stream.write("half a row".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    });

    assertThatThrownBy(() -> OutcomeFolder.at(dir).write(next)).isInstanceOf(UserError.class)
        .hasMessage("--out " + dir + ": cannot write outcome.csv: no space left on device");
    assertThat(dir.resolve("report.md")).hasContent("previous report.md");
    assertThat(dir.resolve("outcome.json")).hasContent("previous outcome.json");
    assertThat(dir.resolve("outcome.csv")).hasContent("previous outcome.csv");
    assertThat(names(dir)).containsExactlyInAnyOrder("outcome.json", "outcome.csv", "report.md", OutcomeFolder.LOCK);
  }

  @Test
  void namesTheFirstFileInOrderThatFailedWhenFilesWrittenSideBySideFailAndWaitsForEveryOne() throws Exception {
    OutcomeFolder.at(dir).write(contents("previous"));
    AtomicBoolean slowOneFinished = new AtomicBoolean();
    Map<String, OutcomeFolder.Content> next = contents("next");
    next.put("outcome.json", stream -> {
      throw new IOException("No space left on device");
    });
    next.put("outcome.csv", stream -> {
      sleepABit();
      stream.write("next outcome.csv".getBytes(StandardCharsets.UTF_8));
      slowOneFinished.set(true);
    });
    next.put("report.md", stream -> {
      throw new IOException("Input/output error");
    });

    assertThatThrownBy(() -> OutcomeFolder.at(dir).write(next)).isInstanceOf(UserError.class)
        .hasMessage("--out " + dir + ": cannot write outcome.json: no space left on device");
    assertThat(slowOneFinished).isTrue();
    for (String name : NAMES) {
      assertThat(dir.resolve(name)).hasContent("previous " + name);
    }
    assertThat(names(dir)).containsExactlyInAnyOrder("outcome.json", "outcome.csv", "report.md", OutcomeFolder.LOCK);
  }

  @Test
  void waitsForEveryFileAndRemovesTheStagingFolderWhenAWriterFailsWithAnError() throws Exception {
    OutcomeFolder.at(dir).write(contents("previous"));
    CountDownLatch slowOneStarted = new CountDownLatch(1);
    AtomicBoolean slowOneFinished = new AtomicBoolean();
    OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
    Map<String, OutcomeFolder.Content> next = contents("next");
    // The slow file comes first in order, so that written one after the other it is finished too.
    next.put("outcome.json", stream -> {
      slowOneStarted.countDown();
      sleepABit();
      stream.write("next outcome.json".getBytes(StandardCharsets.UTF_8));
      slowOneFinished.set(true);
    });
    next.put("outcome.csv", stream -> {
      throw new IOException("No space left on device");
    });
    next.put("report.md", stream -> {
      awaitQuietly(slowOneStarted);
      throw outOfMemory;
    });

    assertThatThrownBy(() -> OutcomeFolder.at(dir).write(next)).isSameAs(outOfMemory).hasNoSuppressedExceptions();
    assertThat(slowOneFinished).isTrue();
    for (String name : NAMES) {
      assertThat(dir.resolve(name)).hasContent("previous " + name);
    }
    assertThat(names(dir)).containsExactlyInAnyOrder("outcome.json", "outcome.csv", "report.md", OutcomeFolder.LOCK);
  }

  @Test
  void writesEveryFileWholeWhenTheyAreWrittenSideBySide() throws Exception {
    Map<String, OutcomeFolder.Content> files = new LinkedHashMap<>();
    List<String> names = IntStream.range(0, 12).mapToObj(i -> "file-" + i + ".txt").toList();
    names.forEach(name -> files.put(name, out -> {
      for (int line = 0; line < 10_000; line++) {
        out.write((name + " line " + line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }));

    OutcomeFolder.at(dir).write(files);

    for (String name : names) {
      List<String> lines = Files.readAllLines(dir.resolve(name));
      assertThat(lines).hasSize(10_000).allMatch(line -> line.startsWith(name + " line "));
      assertThat(lines.get(9_999)).isEqualTo(name + " line 9999");
    }
  }

  @Test
  void refusesASecondWriterWhileTheFolderIsLocked() throws Exception {
    OutcomeFolder.at(dir).write(contents("previous"));
    try (FileChannel channel = FileChannel.open(dir.resolve(OutcomeFolder.LOCK), CREATE, WRITE);
        FileLock held = channel.lock()) {
      assertThatThrownBy(() -> OutcomeFolder.at(dir).write(contents("next"))).isInstanceOf(UserError.class)
          .hasMessage("another convoca run is writing to " + dir + "; nothing was written, run again when it has finished");
    }
    assertThat(dir.resolve("outcome.json")).hasContent("previous outcome.json");

    OutcomeFolder.at(dir).write(contents("next"));
    assertThat(dir.resolve("outcome.json")).hasContent("next outcome.json");
  }

  @Test
  void removesWhatAKilledRunLeftStaged() throws Exception {
    Path staging = Files.createDirectories(dir.resolve(OutcomeFolder.STAGING));
    Files.writeString(staging.resolve("outcome.json"), "half");
    Files.writeString(dir.resolve(OutcomeFolder.LOCK), "");

    OutcomeFolder.at(dir).write(contents("next"));

    assertThat(staging).doesNotExist();
    assertThat(dir.resolve("outcome.json")).hasContent("next outcome.json");
  }

  @Test
  void createsFilesWithTheDefaultPermissionsSoTheUmaskApplies() throws Exception {
    OutcomeFolder.at(dir).write(contents("next"));
    Path fresh = Files.createFile(dir.resolve("fresh"));

    for (String name : NAMES) {
      assertThat(Files.getPosixFilePermissions(dir.resolve(name))).isEqualTo(Files.getPosixFilePermissions(fresh));
    }
  }

  /** Replaces report.md by a folder holding a file of the user's, as someone else could at any moment. */
  private void putAFolderInPlaceOfTheReport() throws IOException {
    Files.delete(dir.resolve("report.md"));
    Files.writeString(Files.createDirectories(dir.resolve("report.md")).resolve("notes.txt"), "mine");
  }

  private void assertUntouched() throws IOException {
    assertThat(dir.resolve("outcome.json")).hasContent("previous outcome.json");
    assertThat(dir.resolve("outcome.csv")).hasContent("previous outcome.csv");
    assertThat(dir.resolve("report.md/notes.txt")).hasContent("mine");
    assertThat(names(dir)).containsExactlyInAnyOrder("outcome.json", "outcome.csv", "report.md", OutcomeFolder.LOCK);
  }

  private static Map<String, OutcomeFolder.Content> contents(String version) {
    Map<String, OutcomeFolder.Content> files = new LinkedHashMap<>();
    NAMES.forEach(name -> files.put(name, out -> out.write((version + " " + name).getBytes(StandardCharsets.UTF_8))));
    return files;
  }

  /** The files of {@code version}, where writing {@code name} first does {@code meanwhile}. */
  private static Map<String, OutcomeFolder.Content> contents(String version, String name, OutcomeFolder.Content meanwhile) {
    Map<String, OutcomeFolder.Content> files = contents(version);
    OutcomeFolder.Content content = files.get(name);
    files.put(name, out -> {
      meanwhile.writeTo(out);
      content.writeTo(out);
    });
    return files;
  }

  /** Gives the other files time to fail first, when they are written beside this one. */
  private static void sleepABit() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for {@code latch}, at most a few seconds: a file written after this one never counts it down. */
  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
