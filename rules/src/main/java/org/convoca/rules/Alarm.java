package org.convoca.rules;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * The time limit of one run: when it is over, it halts the session the run is in (Drools stops
 * after the consequence that is firing) and says so to whoever asks. A run that opens a session
 * per batch hands each new one to {@link #watch}. One daemon thread serves every run.
 */
final class Alarm implements AutoCloseable {

  private static final ScheduledThreadPoolExecutor CLOCK = clock();

  private final ScheduledFuture<?> ringing;
  private volatile boolean rang;
  private volatile KieSession session;

  private Alarm(KieSession session, Duration limit) {
    this.session = session;
    this.ringing = CLOCK.schedule(() -> {
      rang = true;
      this.session.halt();
    }, limit.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** An alarm that halts {@code session} when {@code limit} has passed. */
  static Alarm set(KieSession session, Duration limit) {
    return new Alarm(session, limit);
  }

  /**
   * Halts {@code next} instead, from now on: the run has moved to it. The caller asks
   * {@link #rang} before firing in it, in case the time ran out in between.
   */
  void watch(KieSession next) {
    this.session = next;
  }

  /** Whether the time limit is over. */
  boolean rang() {
    return rang;
  }

  /** Cancels the alarm; a cancelled alarm is forgotten at once, so that it does not keep its session alive. */
  @Override
  public void close() {
    ringing.cancel(false);
  }

  private static ScheduledThreadPoolExecutor clock() {
    ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "convoca-rule-time-limit");
      thread.setDaemon(true);
      return thread;
    });
    clock.setRemoveOnCancelPolicy(true);
    return clock;
  }
}
