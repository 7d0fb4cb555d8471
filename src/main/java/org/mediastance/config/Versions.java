package org.mediastance.config;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** Versions of mediastance and of the engines it runs on, for {@code --version} and run.json. */
public final class Versions {
  private Versions() {}

  private static final java.util.Properties BUILT = new java.util.Properties();

  static {
    try (var in = Versions.class.getResourceAsStream("/mediastance-versions.properties")) {
      if (in != null) BUILT.load(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read mediastance-versions.properties", e);
    }
  }

  public static String mediastance() {
    return BUILT.getProperty("mediastance", "unknown");
  }

  public static String spark() {
    return org.apache.spark.package$.MODULE$.SPARK_VERSION();
  }

  /** The CoreNLP version the jar was built against (from the build, as shading merges manifests). */
  public static String corenlp() {
    return BUILT.getProperty("corenlp", "unknown");
  }

  public static Map<String, String> all() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("mediastance", mediastance());
    m.put("spark", spark());
    m.put("corenlp", corenlp());
    m.put("java", System.getProperty("java.version"));
    return m;
  }

  /** picocli hook for {@code --version}. */
  public static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return all().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
    }
  }
}
