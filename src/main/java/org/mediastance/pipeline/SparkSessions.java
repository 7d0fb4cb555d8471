package org.mediastance.pipeline;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the job's SparkSession: the master given on the command line, else the one
 * {@code spark-submit} set ({@code spark.master}), else embedded {@code local[*]}. Spark's own
 * logging is set to errors only unless verbose.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String master, boolean verbose, String appName) {
    if (verbose) {
      Configurator.setLevel("org.apache.spark", Level.INFO);
    } else {
      quiet();
    }
    SparkConf conf = new SparkConf(true);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.sql.shuffle.partitions", "16");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    SparkSession s = SparkSession.builder().config(conf).getOrCreate();
    if (!verbose) s.sparkContext().setLogLevel("ERROR");
    return s;
  }

  /** Silences Spark, Hadoop, Parquet and CoreNLP chatter below ERROR. */
  public static void quiet() {
    for (String l : new String[] {"org.apache.spark", "org.apache.hadoop", "org.apache.parquet",
        "org.sparkproject", "io.netty", "edu.stanford.nlp", "org.apache.spark.ml", ""}) {
      Configurator.setLevel(l, Level.ERROR);
    }
  }
}
