package org.mediastance.report;

import org.apache.spark.sql.SparkSession;

/** One local SparkSession per test JVM for the report and aggregate ITs (2 threads, no UI). */
public final class TestSpark {
  private TestSpark() {}

  private static SparkSession spark;

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2]").appName("mediastance-report-it")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }
}
