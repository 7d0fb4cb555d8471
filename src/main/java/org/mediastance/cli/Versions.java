package org.mediastance.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** Versions of mediastance and of the engines it runs on, for {@code --version} and run.json. */
public final class Versions {
  private Versions() {}

  public static String mediastance() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-dev" : v;
  }

  public static String spark() {
    return org.apache.spark.package$.MODULE$.SPARK_VERSION();
  }

  public static String corenlp() {
    String v = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return v == null ? "4.5.10" : v;
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
