package org.mediastance.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-stage CPU-time accumulators (nanoseconds of the calling thread), shared by all threads of a
 * JVM, so that {@code mediastance bench} can print where the time goes. Thread-safe; the cost of a
 * measurement is two {@code ThreadMXBean} reads.
 */
public final class NlpTimer {
  private static final java.lang.management.ThreadMXBean MX =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final Map<String, LongAdder> TOTALS = new ConcurrentHashMap<>();
  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

  private NlpTimer() {}

  /** CPU time of the current thread in ns (wall time if the JVM cannot measure CPU time). */
  public static long now() {
    return MX.isCurrentThreadCpuTimeSupported() ? MX.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Adds the time since {@code start} to {@code stage}; returns the new "now". */
  public static long lap(String stage, long start) {
    long t = now();
    TOTALS.computeIfAbsent(stage, k -> new LongAdder()).add(t - start);
    COUNTS.computeIfAbsent(stage, k -> new LongAdder()).increment();
    return t;
  }

  /** Adds a count (e.g. tokens tagged) under {@code name}. */
  public static void count(String name, long n) {
    COUNTS.computeIfAbsent(name, k -> new LongAdder()).add(n);
  }

  public static Map<String, Long> totals() {
    Map<String, Long> m = new LinkedHashMap<>();
    TOTALS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> m.put(e.getKey(), e.getValue().sum()));
    return m;
  }

  public static Map<String, Long> counts() {
    Map<String, Long> m = new LinkedHashMap<>();
    COUNTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> m.put(e.getKey(), e.getValue().sum()));
    return m;
  }

  public static void reset() {
    TOTALS.clear();
    COUNTS.clear();
  }
}
