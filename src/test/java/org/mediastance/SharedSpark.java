package org.mediastance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.mediastance.io.SparkSessions;

/**
 * The one local SparkSession of an integration-test JVM (failsafe runs all {@code *IT} classes in
 * one JVM), and the location of {@code ../shared} for tests that need its corpora.
 */
public final class SharedSpark {
  private SharedSpark() {}

  private static SparkSession spark;

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark = SparkSessions.create("local[2]", false, "mediastance-it");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> spark.stop()));
    }
    return spark;
  }

  /** {@code ../shared} (env MEDIASTANCE_SHARED or system property), or null when absent. */
  public static Path shared() {
    String s = System.getProperty("mediastance.shared", System.getenv("MEDIASTANCE_SHARED"));
    if (s == null) s = "../shared";
    Path p = Path.of(s);
    return Files.isDirectory(p.resolve("corpora")) ? p : null;
  }
}
