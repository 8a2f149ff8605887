package org.convoca.examples.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What the heap held during one piece of work, read from the collector's own reports.
 *
 * <p>Between two collections the heap only fills, so its most is reached just before a collection
 * or at the end of the work: the peak is the largest heap, all pools added at the same instant,
 * that a collection found on arrival, or that was in use when the work ended; garbage included,
 * so it depends on how lazily the collector runs in the heap it has. The {@linkplain #held() held}
 * figure is the largest heap a collection left behind, during the work or in one forced just after
 * it: the least the work needed at its fullest, which is what decides whether it fits in
 * {@code -Xmx}. (Adding each pool's own peak, as {@link MemoryPoolMXBean#getPeakUsage()} would,
 * overstates: eden and the old generation are fullest at different times.)
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

  private static final long SETTLE_NANOS = 2_000_000_000L;

  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
      .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
  private final AtomicInteger collections = new AtomicInteger();
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong held = new AtomicLong();
  private final AtomicLong lastAfter = new AtomicLong();

  private HeapWatch() {
    emitters.forEach(e -> e.addNotificationListener(this, null, null));
  }

  /** Collects the garbage left by earlier work, then starts watching. */
  static HeapWatch start() {
    HeapWatch watch = new HeapWatch();
    watch.collect();
    watch.peak.set(watch.lastAfter.get());
    watch.held.set(watch.lastAfter.get());
    return watch;
  }

  /** Ends the watch: notes the heap in use now, then collects, so that what the work keeps counts as held. */
  void stop() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peak.accumulateAndGet(now, Math::max);
    collect();
  }

  /** {@return the most the heap held at one instant during the work, garbage included, in bytes} */
  long peak() {
    return peak.get();
  }

  /** {@return the most the heap held just after a collection, during the work or just after it, in bytes} */
  long held() {
    return held.get();
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException gone) {
        // Already removed: nothing to do.
      }
    }
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long before = heap(info.getGcInfo().getMemoryUsageBeforeGc());
    long after = heap(info.getGcInfo().getMemoryUsageAfterGc());
    peak.accumulateAndGet(before, Math::max);
    held.accumulateAndGet(after, Math::max);
    lastAfter.set(after);
    collections.incrementAndGet();
  }

  private long heap(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
  }

  /** A full collection, waiting until its report has come (reports arrive on another thread). */
  private void collect() {
    int seen = collections.get();
    System.gc();
    long deadline = System.nanoTime() + SETTLE_NANOS;
    while (collections.get() == seen && System.nanoTime() < deadline) {
      LockSupport.parkNanos(1_000_000);
    }
  }

  /** {@return the collectors that report, for the benchmark's note} */
  static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }
}
