package org.mediastance.stance;

import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession for the stance/frame training commands: the master spark-submit set, else
 * {@code local[*]} (or the one given); UI off, quiet logging unless verbose.
 */
public final class Sparks {
  private Sparks() {}

  public static SparkSession session(String master, String app) {
    SparkSession.Builder b = SparkSession.builder().appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8");
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    SparkSession s = b.getOrCreate();
    s.sparkContext().setLogLevel("WARN");
    return s;
  }
}
