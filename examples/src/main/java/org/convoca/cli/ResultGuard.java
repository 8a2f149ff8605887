package org.convoca.cli;

import java.io.PrintStream;
import java.util.Arrays;

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
  private volatile boolean finished;

  private ResultGuard(PrintStream err) {
    this.err = err;
  }

  /** A guard registered as a shutdown hook, printing to {@code err}. */
  static ResultGuard install(PrintStream err) {
    ResultGuard guard = new ResultGuard(err);
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
      err.println("convoca: a rule (or other code) called System.exit before convoca printed its result; "
          + "no result was produced");
      err.flush();
      Runtime.getRuntime().halt(ExitCodes.UNEXPECTED);
    }
    err.println("convoca: the process was asked to stop before convoca printed its result; no result was produced");
    err.flush();
  }

  /** Whether a thread is inside {@code Runtime.exit}: {@code System.exit} was called, not a signal received. */
  private static boolean exitWasCalled() {
    return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
        .anyMatch(frame -> frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit"));
  }
}
