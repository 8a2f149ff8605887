package org.convoca.cli;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.COPY_ATTRIBUTES;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@code --out} folder, written all or nothing: either every outcome file is replaced, or none
 * is and the folder is as it was.
 *
 * <p>How: under a lock on {@code .convoca.lock}, every file is written in full and flushed to disk
 * (fsync) in the staging folder {@code .convoca-staging}, beside the outcome files so that moving
 * them is a rename. Only then are the previous outcome files copied aside and the new ones renamed
 * over them; if one rename fails, the files already renamed are put back. The staging folder is
 * removed in every case. Files are created with the default permissions, so the umask applies.
 *
 * <p>The lock is an operating-system lock ({@link FileChannel#tryLock}), which ends with the process
 * that holds it, even one that is killed: the {@code .convoca.lock} file stays in the folder, empty,
 * and a leftover one never blocks a later run. It is never deleted, because deleting it would let a
 * run lock a file that another run has just replaced. A second run into a folder that is locked
 * fails at once instead of waiting. A run that is killed leaves its staging folder behind; the next
 * run removes it. Only a crash during the last renames, a few milliseconds, can leave files of two
 * runs side by side; each names its fingerprint.
 */
final class OutcomeFolder {

  /** The file whose lock keeps two runs from writing to one folder at the same time. */
  static final String LOCK = ".convoca.lock";
  /** The folder inside the outcome folder where the files are written before they are swapped in. */
  static final String STAGING = ".convoca-staging";
  private static final String PREVIOUS = ".previous";

  /** The content of one outcome file. */
  @FunctionalInterface
  interface Content {
    /** Writes the content to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** How much text a staged file is written in at a time, and how many bytes go to the file in one write. */
  private static final int BUFFER = 64 * 1024;

  private final Path folder;

  private OutcomeFolder(Path folder) {
    this.folder = folder;
  }

  /**
   * The outcome folder {@code folder}, which need not exist yet.
   *
   * @throws UserError when {@code folder} is empty, or it or the nearest of its parents that exists is not a folder
   */
  static OutcomeFolder at(Path folder) {
    if (folder.toString().isBlank()) {
      throw UserError.invalidInput("out.needs-folder");
    }
    Path existing = folder.toAbsolutePath();
    while (!Files.exists(existing) && existing.getParent() != null) {
      existing = existing.getParent();
    }
    if (!Files.isDirectory(existing)) {
      throw problem(folder, existing.equals(folder.toAbsolutePath()) ? UserError.Line.of("out.is-file")
          : UserError.Line.of("out.parent-is-file", existing));
    }
    return new OutcomeFolder(folder);
  }

  /**
   * Creates the folder if needed and replaces its files named as the keys of {@code files} with
   * their contents, all or none.
   *
   * @throws UserError naming the folder, the file and why, when any of it cannot be done; the
   *     folder's outcome files are then as they were
   */
  void write(Map<String, Content> files) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw problem(UserError.Line.of("out.cannot-create", IoReason.of(e)));
    }
    try (FileChannel lockFile = FileChannel.open(folder.resolve(LOCK), CREATE, WRITE); FileLock lock = lock(lockFile)) {
      removeStaging();
      Path staging = Files.createDirectory(folder.resolve(STAGING));
      try {
        checkTargets(files.keySet().stream().toList());
        stageAll(staging, files);
        swap(staging, files.keySet().stream().toList());
        syncFolder();
      } finally {
        removeStagingQuietly();
      }
    } catch (IOException e) {
      throw problem(UserError.Line.of("out.cannot-write", IoReason.of(e)));
    }
  }

  /**
   * Writes the text {@code write} gives to {@code stream} as UTF-8 as it comes, then flushes it.
   *
   * @throws IOException when the text cannot be written
   */
  static void writeText(OutputStream stream, Consumer<Writer> write) throws IOException {
    Writer text = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
    write.accept(text);
    text.flush();
  }

  private FileLock lock(FileChannel channel) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      throw UserError.invalidInput("out.locked", folder);
    }
    return lock;
  }

  private void checkTargets(List<String> names) {
    for (String name : names) {
      Path target = folder.resolve(name);
      if (Files.isDirectory(target, NOFOLLOW_LINKS)) {
        throw problem(UserError.Line.of("out.target-folder", name));
      }
      if (Files.exists(target, NOFOLLOW_LINKS) && !Files.isRegularFile(target, NOFOLLOW_LINKS)
          && !Files.isSymbolicLink(target)) {
        throw problem(UserError.Line.of("out.target-special", name));
      }
    }
  }

  /**
   * Writes every file into {@code staging}, as many at a time as there are processors: each file is
   * written by one thread from start to end, from an outcome no writer changes, so the bytes are
   * those of one file after the other; only the time differs. They are started from the last: the
   * commands name the largest file, the HTML report, last, so that it starts first and the others
   * are written beside it. Every file is finished, written or failed, before this returns, so that
   * nothing is still writing when the staging folder is removed, even when one fails with an
   * {@link Error}; when some fail, the first of them in {@code files}' order is thrown, as writing one
   * after the other would, except that an {@code Error}, the first in that order, goes before any
   * ordinary failure.
   */
  private void stageAll(Path staging, Map<String, Content> files) {
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      files.forEach((name, content) -> stage(staging.resolve(name), content));
      return;
    }
    ExecutorService writers = Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "convoca-writer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Map.Entry<String, Content>> lastFirst = new ArrayList<>(files.entrySet());
      Collections.reverse(lastFirst);
      Map<String, Future<?>> staged = new HashMap<>();
      for (Map.Entry<String, Content> file : lastFirst) {
        staged.put(file.getKey(), writers.submit(() -> stage(staging.resolve(file.getKey()), file.getValue())));
      }
      RuntimeException first = null;
      Error firstError = null;
      for (String name : files.keySet()) {
        Throwable failure = outcomeOf(staged.get(name));
        if (failure instanceof Error error) {
          firstError = firstError == null ? error : firstError;
        } else if (first == null) {
          first = (RuntimeException) failure;
        }
      }
      if (firstError != null) {
        throw firstError;
      }
      if (first != null) {
        throw first;
      }
    } finally {
      writers.shutdown();
    }
  }

  /**
   * Waits for {@code file} to be staged; {@return what it failed with, an {@link Error} or a
   * {@link RuntimeException}, or null when it was written}. An {@code Error} (out of memory, say) is
   * returned like any failure, not thrown at once, so that the caller still waits for every other file
   * before the staging folder is removed, and throws it once.
   */
  private static Throwable outcomeOf(Future<?> file) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          file.get();
          return null;
        } catch (InterruptedException e) {
          // Staging is never abandoned half way: the files must be finished before the folder goes.
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          return cause instanceof Error || cause instanceof RuntimeException ? cause : new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void stage(Path file, Content content) {
    try (FileChannel channel = FileChannel.open(file, CREATE_NEW, WRITE)) {
      // The text's encoder hands on 8 KB at a time; a larger buffer makes a few large writes of them.
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
      content.writeTo(out);
      out.flush();
      channel.force(true);
    } catch (IOException e) {
      throw problem(UserError.Line.of("out.cannot-write-file", file.getFileName(), IoReason.of(e)));
    } catch (UncheckedIOException e) {
      throw problem(UserError.Line.of("out.cannot-write-file", file.getFileName(), IoReason.of(e.getCause())));
    }
  }

  /** Copies the previous files aside, then renames the new ones over them; on a failure, puts back what it replaced. */
  private void swap(Path staging, List<String> names) {
    for (String name : names) {
      Path target = folder.resolve(name);
      if (Files.exists(target, NOFOLLOW_LINKS)) {
        try {
          Files.copy(target, staging.resolve(name + PREVIOUS), COPY_ATTRIBUTES, NOFOLLOW_LINKS);
        } catch (IOException e) {
          throw problem(UserError.Line.of("out.cannot-keep", name, IoReason.of(e)));
        }
      }
    }
    Deque<String> swapped = new ArrayDeque<>();
    for (String name : names) {
      try {
        Files.move(staging.resolve(name), folder.resolve(name), ATOMIC_MOVE);
        swapped.push(name);
      } catch (IOException e) {
        UserError failure = problem(UserError.Line.of("out.cannot-replace", name, IoReason.of(e)));
        swapped.forEach(done -> putBack(staging, done, failure));
        throw failure;
      }
    }
  }

  private void putBack(Path staging, String name, UserError failure) {
    Path previous = staging.resolve(name + PREVIOUS);
    try {
      if (Files.exists(previous, NOFOLLOW_LINKS)) {
        Files.move(previous, folder.resolve(name), ATOMIC_MOVE);
      } else {
        Files.delete(folder.resolve(name));
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Makes the renames durable. Best effort: not every platform can open a folder to flush it. */
  private void syncFolder() {
    try (FileChannel directory = FileChannel.open(folder, READ)) {
      directory.force(true);
    } catch (IOException unsupported) {
      // The files themselves are on disk; only the renames may be replayed by the file system.
    }
  }

  /** Removes this run's staging folder; when that fails, the next run removes it, and this run's outcome stands. */
  private void removeStagingQuietly() {
    try {
      removeStaging();
    } catch (IOException leftForTheNextRun) {
      // Reporting it would hide the run's own result, which is what the user needs.
    }
  }

  /** Removes the staging folder and its files: this run's, or those a killed run left. */
  private void removeStaging() throws IOException {
    Path staging = folder.resolve(STAGING);
    if (!Files.isDirectory(staging, NOFOLLOW_LINKS)) {
      Files.deleteIfExists(staging);
      return;
    }
    try (Stream<Path> files = Files.list(staging)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(staging);
  }

  private UserError problem(UserError.Line what) {
    return problem(folder, what);
  }

  private static UserError problem(Path folder, UserError.Line what) {
    return UserError.invalidInput("out.problem", folder, what);
  }
}
