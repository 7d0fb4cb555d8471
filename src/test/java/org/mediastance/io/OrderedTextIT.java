package org.mediastance.io;
import org.mediastance.SharedSpark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OrderedText} with real Spark: a globally sorted Dataset spread over many partitions (and
 * part files) must come out as one file in exactly the sorted order, the header first, with no
 * part folder left behind.
 */
class OrderedTextIT {
  @TempDir Path dir;

  @Test
  void sortedRowsOverManyPartitionsKeepTheirOrder() throws Exception {
    SparkSession spark = SharedSpark.get();
    // numbers sorted descending over 9 range partitions (a given count: adaptive execution keeps it)
    Dataset<Row> nums = spark.range(0, 20_000).toDF("n").repartition(5)
        .repartitionByRange(9, col("n").desc()).sortWithinPartitions(col("n").desc());
    Dataset<String> lines = nums.map((MapFunction<Row, String>) r -> "row " + r.getLong(0)
        + (r.getLong(0) % 1000 == 0 ? ",\"with \"\"quotes\"\"\"" : ""), Encoders.STRING());
    assertTrue(lines.rdd().getNumPartitions() > 1, "the test needs several partitions");
    Path f = dir.resolve("sub/out.csv");
    OrderedText.write(lines, f, "header");
    List<String> want = new ArrayList<>();
    want.add("header");
    for (long n = 19_999; n >= 0; n--) want.add("row " + n + (n % 1000 == 0 ? ",\"with \"\"quotes\"\"\"" : ""));
    assertEquals(want, Files.readAllLines(f));
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertEquals(List.of(f), s.toList(), "only the target is left in its folder");
    }
  }

  @Test
  void emptyDatasetGivesTheHeaderOnlyAndReplacesAnOldFile() throws Exception {
    SparkSession spark = SharedSpark.get();
    Path f = dir.resolve("empty.jsonl");
    Files.writeString(f, "old content\n");
    OrderedText.write(spark.emptyDataset(Encoders.STRING()), f, "h");
    assertEquals("h\n", Files.readString(f));
    OrderedText.write(spark.emptyDataset(Encoders.STRING()), f, null);
    assertEquals("", Files.readString(f));
  }
}
