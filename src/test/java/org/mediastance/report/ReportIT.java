package org.mediastance.report;
import org.mediastance.SharedSpark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.config.JobConfig;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;

/** Builds the report for the seed fixture (Aggregator via the run job's entry point, then ReportWriter) and checks its files. */
class ReportIT {
  @TempDir static Path out;
  static Map<String, Long> summary;

  /** Writes the seed fixture, runs the aggregator and the report writer into {@code dir}. */
  static Map<String, Long> build(Path dir) {
    SparkSession spark = SharedSpark.get();
    Fixtures.Data d = Fixtures.seed();
    d.write(spark, dir);
    JobConfig cfg = new JobConfig();
    Map<String, Long> s = Aggregator.run(spark, spark.createDataset(d.statements(), Encoders.bean(Statement.class)),
        spark.createDataset(d.articles(), Encoders.bean(Article.class)), cfg, dir);
    ReportWriter.write(spark, dir, cfg);
    return s;
  }

  @BeforeAll
  static void setUp() {
    summary = build(out);
  }

  @Test
  void writesEveryFile() {
    Path r = out.resolve("report");
    for (String f : List.of("index.html", "summary.json", "articles_per_period.csv", "quarantine_by_reason.csv",
        "voice_share.csv", "stance_matrix.csv", "frames_over_time.csv", "outlet_divergence.csv",
        "reciprocal_coverage.csv", "reciprocal_claims.csv", "reciprocal_statements.csv", "top_statements.csv", "outlets.csv",
        "explorer_statements.csv")) {
      assertTrue(Files.isRegularFile(r.resolve(f)), f);
    }
    for (String m : Aggregator.MEASURES) {
      assertTrue(Files.isDirectory(out.resolve("metrics").resolve(m)), m);
      assertTrue(Files.isRegularFile(out.resolve("metrics").resolve(m + ".csv")), m + ".csv");
    }
    assertFalse(Files.exists(out.resolve("report.tmp")));
  }

  @Test
  void seedPairIsReciprocal() throws Exception {
    String claims = Files.readString(out.resolve("report/reciprocal_claims.csv"));
    String line = claims.lines().filter(l -> l.contains("sergei_lavrov") && l.contains("barack_obama")).findFirst().orElseThrow(
        () -> new AssertionError("no Lavrov/Obama pair in\n" + claims));
    assertTrue(line.contains("failure"), line);
    assertTrue(line.contains("2015-09-11"), line);
    assertTrue(line.contains("doomed to fail"), line);
    assertTrue(line.contains("RFE/RL"), line);
    String html = Files.readString(out.resolve("report/index.html"));
    assertTrue(html.contains("doomed to failure"), "Obama's quote in the report");
    assertTrue(html.contains("lacks savvy and is doomed to fail"), "Lavrov's quote in the report");
    assertTrue(summary.get("metrics_reciprocal_pairs_rows") >= 1);
  }

  @Test
  void untrustedTextIsNeutralised() throws Exception {
    String html = Files.readString(out.resolve("report/index.html"));
    assertFalse(html.contains(Fixtures.XSS), "raw script quote in HTML");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped quote shown as text");
    assertFalse(html.contains("<b>Outlet</b>"), "raw outlet markup");
    assertFalse(html.contains("href=\"javascript:"), "javascript: link");
    // only our own four scripts and the two JSON blocks (chart specs, explorer sample)
    assertEquals(6, html.split("<script", -1).length - 1);
    String top = Files.readString(out.resolve("report/top_statements.csv"));
    assertTrue(top.contains("'=HYPERLINK"), top);
    assertFalse(top.contains(",=HYPERLINK"), top);
    assertFalse(top.contains(",\"=HYPERLINK"), top);
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".csv")).toList()) {
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          for (String c : l.split(",")) {
            assertFalse(c.startsWith("=") || c.startsWith("\"="), p + ": " + l);
          }
        }
      }
    }
    Path outlets = out.resolve("report/outlets");
    try (Stream<Path> s = Files.list(outlets)) {
      List<Path> files = s.toList();
      assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().startsWith("etc__b_Outlet__b_")), files.toString());
      for (Path p : files) assertEquals(outlets, p.getParent());
    }
    assertFalse(Files.exists(out.resolve("etc")));
  }

  @Test
  void summaryJsonHasCorpusCounts() throws Exception {
    var m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("report/summary.json").toFile());
    assertEquals(Fixtures.seed().articles().size(), m.get("corpus").get("articles").asLong());
    assertEquals(Fixtures.seed().statements().size(), m.get("corpus").get("statements").asLong());
    assertEquals(1, m.get("corpus").get("undated_articles").asLong());
    assertEquals(3, m.get("corpus").get("quarantined").asLong());
    assertTrue(m.get("reciprocal_pairs").asLong() >= 1);
  }

  @Test
  void reportNeverAggregates(@TempDir Path empty) {
    org.mediastance.config.UsageException e = assertThrows(org.mediastance.config.UsageException.class,
        () -> ReportWriter.write(SharedSpark.get(), empty, new JobConfig()));
    assertTrue(e.getMessage().contains("top_outlets"), e.getMessage());
    assertFalse(Files.exists(empty.resolve("metrics")), "the report must not compute metrics/");
  }

  @Test
  void missingMetricColumnIsNamed(@TempDir Path dir) throws Exception {
    SparkSession spark = SharedSpark.get();
    spark.read().parquet(out.resolve("metrics/top_outlets").toString()).drop("rank")
        .write().parquet(dir.resolve("metrics/top_outlets").toString());
    org.mediastance.config.UsageException e = assertThrows(org.mediastance.config.UsageException.class,
        () -> ReportWriter.write(spark, dir, new JobConfig()));
    assertTrue(e.getMessage().contains("metrics/top_outlets") && e.getMessage().contains("'rank'"), e.getMessage());
  }
}
