package org.mediastance.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.mediastance.SharedSpark;

/** The running progress lines of a stage over cached input count records, not cached batches. */
class ProgressIT {
  @Test
  void runningLinesCountRecordsDoneOnCachedInput() throws Exception {
    SparkSession spark = SharedSpark.get();
    Dataset<Long> cached = spark.range(0, 1000).as(Encoders.LONG()).repartition(4)
        .persist(StorageLevel.MEMORY_AND_DISK());
    cached.count();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Progress p = new Progress(spark, out, 0);
    try {
      LongAccumulator done = spark.sparkContext().longAccumulator("done");
      p.start(spark, "analyse", done);
      long n = cached.mapPartitions(counting(done), Encoders.LONG()).count();
      // the listener bus is asynchronous: wait until the last task's line is out
      long deadline = System.currentTimeMillis() + 10_000;
      while (!buf.toString(StandardCharsets.UTF_8).contains("1,000 records done")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      p.end(n);
    } finally {
      spark.sparkContext().removeSparkListener(p);
      cached.unpersist();
    }
    String text = buf.toString(StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\\[analyse\\] \\.\\.\\. \\d+ tasks done, ([0-9,]+) records done").matcher(text);
    long last = -1;
    int lines = 0;
    while (m.find()) {
      last = Long.parseLong(m.group(1).replace(",", ""));
      lines++;
    }
    assertTrue(lines >= 1, text);
    assertEquals(1000, last, text);
    assertTrue(text.contains("[analyse] 1,000 records"), text);
    assertTrue(List.of(text.split("\n")).stream().noneMatch(l -> l.contains("records read")), text);
  }

  /** Like RunJob.analyseAll: adds each finished record to {@code done} (static: nothing else is captured). */
  static MapPartitionsFunction<Long, Long> counting(LongAccumulator done) {
    return it -> new java.util.Iterator<>() {
      @Override public boolean hasNext() { return it.hasNext(); }
      @Override public Long next() {
        done.add(1);
        return it.next() * 2;
      }
    };
  }
}
