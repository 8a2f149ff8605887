package org.convoca.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Runs the numbered pieces of one piece of work (the batches of an assessment in which each batch
 * has a session of its own) on several threads at once, and gives back their results in their
 * order, as if one thread had run them one after the other.
 *
 * <p>The calling thread takes part; the others come from a pool of daemon threads named
 * {@code convoca-rules-N}, which end after a minute without work. Each thread takes the next piece
 * not yet taken, lowest number first. When a piece fails, no piece with a higher number is started
 * any more, the pieces with a lower number are finished, and what the lowest failing piece threw
 * is thrown: the failure a single thread would have met first, whichever thread met it.
 *
 * <p>How many threads: {@link #threadsFor} pieces' worth, at most the processors the JVM may use,
 * or the number the system property {@value #THREADS_PROPERTY} gives ({@code 1} runs on the
 * calling thread alone, as before there was a pool); one thread for fewer than
 * {@value #FEWEST_PIECES} pieces. A value of the property that is not a whole number of 1 or more
 * is refused, naming it.
 */
final class BatchThreads {

  /** The system property that sets how many threads assess a dossier's batches: {@value}. */
  static final String THREADS_PROPERTY = "convoca.rules.threads";

  /** Below this many pieces, one thread runs them all: a thread of its own would not pay. */
  static final int FEWEST_PIECES = 4;

  private static final AtomicInteger NAMED = new AtomicInteger();

  private static final ExecutorService HELPERS = helpers();

  private BatchThreads() {}

  /**
   * How many threads run {@code pieces} pieces: one for fewer than {@link #FEWEST_PIECES}, else at
   * most half the pieces (each thread has at least two to do) and at most the processors the JVM
   * may use, or the {@value #THREADS_PROPERTY} system property's number when it is set. The
   * property is read whatever the number of pieces, so that a wrong value is told on every run,
   * not only on large ones.
   *
   * @throws IllegalArgumentException when the property is set to anything but a whole number of 1
   *     or more ({@link #setting()})
   */
  static int threadsFor(int pieces) {
    int set = setting();
    if (pieces < FEWEST_PIECES) {
      return 1;
    }
    int most = set > 0 ? set : Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(most, pieces / 2));
  }

  /**
   * {@return the number of threads the {@value #THREADS_PROPERTY} system property sets, spaces
   * around it allowed; 0 when it is not set}
   *
   * @throws IllegalArgumentException when it is set to anything but a whole number of 1 or more
   *     ({@code two}, {@code 0}, {@code 1.5}, an empty value), with a message that names the
   *     property and its value: a mistyped setting is a problem to fix, not a reason to take
   *     another number of threads without a word
   */
  static int setting() {
    String set = System.getProperty(THREADS_PROPERTY);
    if (set == null) {
      return 0;
    }
    int threads;
    try {
      threads = Integer.parseInt(set.trim());
    } catch (NumberFormatException e) {
      threads = 0;
    }
    if (threads < 1) {
      throw new IllegalArgumentException("the system property " + THREADS_PROPERTY
          + " must be a whole number of 1 or more, was '" + set + "'");
    }
    return threads;
  }

  /**
   * The results of {@code piece} for 0 to {@code pieces - 1}, in that order, computed on
   * {@code threads} threads (the caller's among them).
   *
   * @param threads how many threads, at least 1; 1 runs every piece on the calling thread
   * @param piece computes one piece's result by its number; may run on any of the threads
   * @return the results by number
   * @throws RuntimeException what the lowest-numbered failing piece threw, as it was thrown
   * @throws Error as above
   */
  static <R> List<R> run(int threads, int pieces, IntFunction<R> piece) {
    Run<R> run = new Run<>(pieces, piece);
    List<Future<?>> helpers = new ArrayList<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (int i = 1; i < Math.min(threads, pieces); i++) {
      helpers.add(HELPERS.submit(() -> {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
          run.work();
        } finally {
          thread.setContextClassLoader(own);
        }
      }));
    }
    run.work();
    helpers.forEach(BatchThreads::awaitUninterruptibly);
    return run.results();
  }

  /**
   * Waits until {@code helper} is done, as a run on one thread would go on when interrupted (the
   * rules do not stop for an interrupt); the interrupt is kept for the caller to see.
   */
  private static void awaitUninterruptibly(Future<?> helper) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          helper.get();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw new IllegalStateException("a rule thread failed outside its work", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The pieces of one run, what they gave and the lowest one that failed. */
  private static final class Run<R> {
    private final int pieces;
    private final IntFunction<R> piece;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger failedAt = new AtomicInteger(Integer.MAX_VALUE);
    private final Object[] results;
    private final @Nullable Throwable[] failures;

    Run(int pieces, IntFunction<R> piece) {
      this.pieces = pieces;
      this.piece = piece;
      this.results = new Object[pieces];
      this.failures = new Throwable[pieces];
    }

    /** Runs the next piece not taken until none is left or one with a lower number failed. */
    void work() {
      for (int i = next.getAndIncrement(); i < pieces && i < failedAt.get(); i = next.getAndIncrement()) {
        try {
          results[i] = piece.apply(i);
        } catch (Throwable e) {
          failures[i] = e;
          failedAt.accumulateAndGet(i, Math::min);
        }
      }
    }

    /** The results in order, once every thread is done; throws the lowest failure. */
    @SuppressWarnings("unchecked") // results holds only what piece gave
    List<R> results() {
      int failed = failedAt.get();
      if (failed != Integer.MAX_VALUE) {
        Throwable failure = failures[failed];
        if (failure instanceof RuntimeException unchecked) {
          throw unchecked;
        }
        if (failure instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(failure);
      }
      return (List<R>) Arrays.asList(results);
    }
  }

  private static ExecutorService helpers() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        task -> {
          Thread thread = new Thread(task, "convoca-rules-" + NAMED.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    return pool;
  }
}
