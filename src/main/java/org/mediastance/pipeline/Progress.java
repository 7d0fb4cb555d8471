package org.mediastance.pipeline;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Prints one progress line per pipeline stage (records done, rate, elapsed) and keeps the wall
 * time and record count of each stage for run.json. A {@link SparkListener} counts the records the
 * stage's Spark tasks read and the tasks finished, so long stages also report while they run
 * (at most one line every 30 s). A stage whose input is cached (the analysis) passes an
 * accumulator its tasks add each finished record to: Spark counts a cached input as one record
 * per cached batch, which said "1 records read" after a whole task of articles.
 */
public final class Progress extends SparkListener {
  private final PrintStream out;
  private final Map<String, Long> wallMillis = new LinkedHashMap<>();
  private final Map<String, Long> records = new LinkedHashMap<>();
  private final AtomicLong tasks = new AtomicLong();
  private final AtomicLong recordsRead = new AtomicLong();
  private volatile LongAccumulator done;
  private volatile String current;
  private volatile long started;
  private volatile long lastLine;
  private final long intervalMillis;

  public Progress(SparkSession spark, PrintStream out) {
    this(spark, out, 30_000);
  }

  /** With at most one running line per {@code intervalMillis}. */
  Progress(SparkSession spark, PrintStream out, long intervalMillis) {
    this.out = out;
    this.intervalMillis = intervalMillis;
    spark.sparkContext().addSparkListener(this);
  }

  /** Starts a named stage and tags Spark jobs with it. */
  public void start(SparkSession spark, String stage) {
    start(spark, stage, null);
  }

  /** Starts a stage whose running count is {@code done} (records its tasks finished), if not null. */
  public void start(SparkSession spark, String stage, LongAccumulator done) {
    this.done = done;
    current = stage;
    started = System.currentTimeMillis();
    lastLine = started;
    tasks.set(0);
    recordsRead.set(0);
    spark.sparkContext().setJobDescription("mediastance " + stage);
  }

  /** Ends the current stage with the number of records it produced or processed. */
  public void end(long recordsDone) {
    long ms = System.currentTimeMillis() - started;
    wallMillis.put(current, ms);
    records.put(current, recordsDone);
    out.printf(Locale.ROOT, "[%s] %,d records, %,.1f records/s, %.1f s, %d Spark tasks%n",
        current, recordsDone, recordsDone / Math.max(ms / 1000.0, 0.001), ms / 1000.0, tasks.get());
    out.flush();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd e) {
    tasks.incrementAndGet();
    if (e.taskMetrics() != null) {
      recordsRead.addAndGet(e.taskMetrics().inputMetrics().recordsRead()
          + e.taskMetrics().shuffleReadMetrics().recordsRead());
    }
    long now = System.currentTimeMillis();
    if (now - lastLine >= intervalMillis) {
      lastLine = now;
      LongAccumulator d = done;
      out.printf(Locale.ROOT, "[%s] ... %d tasks done, %,d records %s, %.0f s%n", current, tasks.get(),
          d != null ? d.value() : recordsRead.get(), d != null ? "done" : "read", (now - started) / 1000.0);
      out.flush();
    }
  }

  public Map<String, Long> wallMillis() {
    return wallMillis;
  }

  public Map<String, Long> records() {
    return records;
  }
}
