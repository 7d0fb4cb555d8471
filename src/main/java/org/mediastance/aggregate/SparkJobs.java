package org.mediastance.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.SparkSession;

/**
 * Runs independent driver-side pieces of work that each launch small Spark jobs (write a table,
 * compute one measure, collect one chart) side by side. One such job spends most of its wall time
 * in driver planning, code generation and scheduling and keeps few cores busy; run one after the
 * other, dozens of them cost the same at 1 core or 8 and cap how the whole run scales. Side by side,
 * up to {@link #threads} at a time, one job's planning overlaps another's tasks.
 *
 * <p>With one thread (e.g. {@code local[1]}) the work runs in the calling thread, in order, exactly as
 * a plain loop would. Results come back in submission order whatever the finishing order, so output
 * never depends on timing. Spark's thread-local job properties (description, job group) and the
 * active session are inheritable and reach the pool threads, which are created per call.
 */
public final class SparkJobs {
  private SparkJobs() {}

  /**
   * The cores Spark may use, at most the driver's own cores (the planning runs there), at least 1;
   * Spark property {@code spark.mediastance.driverThreads} overrides it (1 = one after the other).
   */
  public static int threads(SparkSession spark) {
    int set = spark.sparkContext().getConf().getInt("spark.mediastance.driverThreads", 0);
    if (set > 0) return set;
    return Math.max(1, Math.min(spark.sparkContext().defaultParallelism(),
        Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Runs every task, at most {@link #threads} at a time, and returns their results in the order
   * given. Every task runs to its end even when another fails; then the first failure (in the order
   * given) is thrown, with the others attached as suppressed.
   */
  public static <T> List<T> all(SparkSession spark, List<Callable<T>> tasks) {
    return all(threads(spark), tasks);
  }

  /** {@link #all(SparkSession, List)} with a given number of threads. */
  static <T> List<T> all(int threads, List<Callable<T>> tasks) {
    int n = Math.min(threads, tasks.size());
    List<T> out = new ArrayList<>(tasks.size());
    if (n <= 1) {
      RuntimeException first = null;
      for (Callable<T> t : tasks) {
        try {
          out.add(t.call());
        } catch (Exception e) {
          out.add(null);
          first = chain(first, e);
        }
      }
      if (first != null) throw first;
      return out;
    }
    AtomicInteger id = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread th = new Thread(r, "mediastance-driver-" + id.incrementAndGet());
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<T>> fs = new ArrayList<>();
      for (Callable<T> t : tasks) fs.add(pool.submit(t));
      RuntimeException first = null;
      for (Future<T> f : fs) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          out.add(null);
          first = chain(first, e.getCause() instanceof Exception x ? x : e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          fs.forEach(x -> x.cancel(true));
          throw new IllegalStateException("interrupted while waiting for Spark jobs", e);
        }
      }
      if (first != null) throw first;
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A piece of work without a result. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  /** The same for work without a result. */
  public static void run(SparkSession spark, List<Work> tasks) {
    List<Callable<Object>> cs = new ArrayList<>();
    for (Work w : tasks) cs.add(() -> {
      w.run();
      return null;
    });
    all(spark, cs);
  }

  private static RuntimeException chain(RuntimeException first, Exception e) {
    if (first == null) {
      return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }
    first.addSuppressed(e);
    return first;
  }
}
