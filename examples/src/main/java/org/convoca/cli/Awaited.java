package org.convoca.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Waits for work that a run started on a thread of its own (the rule book, the dossier reader). */
final class Awaited {

  private Awaited() {}

  /**
   * {@return what {@code task} made} once it ended; what it threw, thrown again as it was. An
   * interrupt does not stop the wait, since the result is needed all the same: the thread's
   * interrupt status is set again afterwards.
   */
  static <T> T result(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
