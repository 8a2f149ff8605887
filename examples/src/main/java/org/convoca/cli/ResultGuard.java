package org.convoca.cli;

import java.io.PrintStream;
import java.util.Arrays;
import org.convoca.language.Language;

/**
 * Makes sure that the command never ends the process with a success status before it printed its
 * result. A rule can call {@code System.exit(0)} in the middle of a run: without a guard,
 * {@code convoca validate} would then end with 0 and print nothing, which a script reads as "the
 * selection is valid". The guard is a shutdown hook: when the JVM shuts down before
 * {@link #finished()} was called and someone called {@code System.exit}, it prints one line saying
 * so and halts with exit code 4. When a signal stops the process, it prints the line and lets the
 * JVM end with the signal's status, which is never 0. It cannot catch {@code Runtime.halt}, which
 * runs no hook: the dangerous-call check refuses {@code Runtime} in untrusted rule folders. Running
 * out of memory and other escaping throwables are {@link LastResort}'s, which halts without hooks.
 */
final class ResultGuard {

  private final PrintStream err;
  private final String exitCalled;
  private final String stopped;
  private volatile boolean finished;

  private ResultGuard(PrintStream err, Language language) {
    this.err = err;
    // Written now: a shutdown hook should do as little as it can.
    UserText text = UserText.in(language);
    this.exitCalled = text.error("guard.exit");
    this.stopped = text.error("guard.stopped");
  }

  /** A guard registered as a shutdown hook, printing to {@code err} in {@code language}. */
  static ResultGuard install(PrintStream err, Language language) {
    ResultGuard guard = new ResultGuard(err, language);
    Runtime.getRuntime().addShutdownHook(new Thread(guard::onShutdown, "convoca-result-guard"));
    return guard;
  }

  /** Records that the command ran to its end and printed its result (or its errors). */
  void finished() {
    finished = true;
  }

  private void onShutdown() {
    if (finished) {
      return;
    }
    if (exitWasCalled()) {
      err.println(exitCalled);
      err.flush();
      Runtime.getRuntime().halt(ExitCodes.UNEXPECTED);
    }
    err.println(stopped);
    err.flush();
  }

  /** Whether a thread is inside {@code Runtime.exit}: {@code System.exit} was called, not a signal received. */
  private static boolean exitWasCalled() {
    return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
        .anyMatch(frame -> frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit"));
  }
}
