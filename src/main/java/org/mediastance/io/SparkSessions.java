package org.mediastance.io;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one way this project builds a SparkSession: the master given on the command line, else the
 * one {@code spark-submit} set ({@code spark.master}), else embedded {@code local[*]}; UI off,
 * session time zone UTC. Spark's own logging is set to errors only unless verbose. The job and
 * {@code report} use {@link #create}; the training commands use {@link #forTraining} (fewer
 * shuffle partitions: their tables are small).
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** The session of the job and of {@code report --from} (16 shuffle partitions unless set). */
  public static SparkSession create(String master, boolean verbose, String appName) {
    return create(master, verbose, appName, 16);
  }

  /** The session of the training commands and their tests: 8 shuffle partitions, Spark warnings shown. */
  public static SparkSession forTraining(String master, String appName) {
    SparkSession s = create(master, false, appName, 8);
    s.sparkContext().setLogLevel("WARN");
    return s;
  }

  private static SparkSession create(String master, boolean verbose, String appName, int shufflePartitions) {
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
    conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions));
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // Let adaptive execution merge small post-shuffle partitions of cached plans too (the job
    // caches several small tables; without this each keeps all shuffle partitions as tasks).
    conf.setIfMissing("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
    SparkSession s = SparkSession.builder().config(conf).getOrCreate();
    if (!verbose) s.sparkContext().setLogLevel("ERROR");
    return s;
  }

  /** java.util.logging loggers raised here; JUL holds loggers weakly, so keep them. */
  private static final java.util.List<java.util.logging.Logger> JUL = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Silences Spark, Hadoop, Parquet and CoreNLP chatter below ERROR, and keeps Janino's
   * java.util.logging output at WARNING: where JUL runs at FINEST (the notebook kernel sets that),
   * Spark's JUL-to-SLF4J bridge formats Janino's trace messages and that throws inside code generation.
   */
  public static void quiet() {
    java.util.logging.Logger janino = java.util.logging.Logger.getLogger("org.codehaus");
    janino.setLevel(java.util.logging.Level.WARNING);
    JUL.add(janino);
    for (String l : new String[] {"org.apache.spark", "org.apache.hadoop", "org.apache.parquet",
        "org.sparkproject", "io.netty", "edu.stanford.nlp", "org.apache.spark.ml", ""}) {
      Configurator.setLevel(l, Level.ERROR);
    }
  }
}
