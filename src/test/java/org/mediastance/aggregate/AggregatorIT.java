package org.mediastance.aggregate;
import org.mediastance.SharedSpark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.config.JobConfig;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;
import org.mediastance.report.Fixtures;

/**
 * Aggregates of the small hand-built fixture ({@link Fixtures#small()}) against hand-computed values,
 * reproducibility of the bootstrap, and golden files guarding the metrics CSV layout. Golden files live
 * in src/test/resources/golden/metrics/; regenerate them on purpose with
 * {@code mvn -o verify -Dit.test=AggregatorIT -Dmediastance.golden.regenerate=true} and review the diff.
 */
class AggregatorIT {
  @TempDir static Path out;
  static SparkSession spark;
  static Path metrics;

  static Map<String, Long> run(Path dir) {
    Fixtures.Data d = Fixtures.small();
    return Aggregator.run(spark, spark.createDataset(d.statements(), Encoders.bean(Statement.class)),
        spark.createDataset(d.articles(), Encoders.bean(Article.class)), new JobConfig().withPeriod("month"), dir);
  }

  @BeforeAll
  static void setUp() {
    spark = SharedSpark.get();
    Map<String, Long> s = run(out);
    metrics = out.resolve("metrics");
    assertEquals(6L, s.get("statements"));
    assertEquals(5L, s.get("government_statements"));
  }

  static Dataset<Row> m(String name) {
    return spark.read().parquet(metrics.resolve(name).toString());
  }

  static Row one(Dataset<Row> df) {
    List<Row> r = df.collectAsList();
    assertEquals(1, r.size(), () -> "expected one row, got " + r);
    return r.get(0);
  }

  @Test
  void countsPerArticleAndPerCluster() {
    Row r = one(m("counts").filter(col("outlet").equalTo("(all)").and(col("period").equalTo("2015-09"))
        .and(col("actor").equalTo("lavrov")).and(col("target").equalTo("USA")).and(col("frame").equalTo("failure"))));
    assertEquals(2L, r.<Long>getAs("statements"));
    assertEquals(1L, r.<Long>getAs("cluster_statements"));   // the wire copy counts once per cluster
    assertEquals(2L, r.<Long>getAs("articles"));
    assertEquals(1L, r.<Long>getAs("clusters"));
    // s3 has two frames: counted once per frame row
    assertEquals(2L, m("counts").filter(col("outlet").equalTo("Alpha").and(col("actor").equalTo("obama"))).count());
    // the analyst without government, target or frame keeps a row
    assertEquals(1L, m("counts").filter(col("outlet").equalTo("Beta").and(col("government").isNull())
        .and(col("target").isNull()).and(col("frame").isNull())).count());
  }

  @Test
  void voiceShares() {
    Dataset<Row> v = m("voice_share").filter(col("level").equalTo("government"));
    assertEquals(0.5, one(v.filter("outlet = 'Alpha' and period = '2015-09' and government = 'RUS'")).<Double>getAs("share"), 1e-12);
    assertEquals(1.0, one(v.filter("outlet = 'Beta' and period = '2015-10' and government = 'RUS'")).<Double>getAs("share"), 1e-12);
    Row all = one(v.filter("outlet = '(all)' and period = '2015-09' and government = 'RUS'"));
    assertEquals(2.0 / 3, all.<Double>getAs("share"), 1e-12);
    assertEquals(0.5, all.<Double>getAs("cluster_share"), 1e-12);
    assertEquals(3L, all.<Long>getAs("total"));
    Row actor = one(m("voice_share").filter("level = 'actor' and outlet = '(all)' and period = '2015-10' and actor = 'kerry'"));
    assertEquals(0.5, actor.<Double>getAs("share"), 1e-12);   // kerry (s4) and lavrov (s6); analyst excluded
  }

  @Test
  void stanceMeansAndIntervals() {
    Row beta = one(m("stance_matrix").filter("outlet = 'Beta' and government = 'RUS' and target = 'USA' and basis = 'article'"));
    assertEquals(2L, beta.<Long>getAs("n"));
    assertEquals(-0.5, beta.<Double>getAs("mean"), 1e-12);
    assertEquals(-0.8, beta.<Double>getAs("ci_low"), 1e-12);
    assertEquals(-0.2, beta.<Double>getAs("ci_high"), 1e-12);
    Row sep = one(m("stance").filter("outlet = '(all)' and period = '2015-09' and government = 'RUS' and target = 'USA' and basis = 'cluster'"));
    assertEquals(1L, sep.<Long>getAs("n"));
    assertEquals(-0.8, sep.<Double>getAs("mean"), 1e-12);
    Row usa = one(m("stance_matrix").filter("outlet = '(all)' and government = 'USA' and target = 'RUS' and basis = 'article'"));
    assertEquals(-0.1, usa.<Double>getAs("mean"), 1e-12);
    assertTrue(usa.<Double>getAs("ci_low") >= -0.6 && usa.<Double>getAs("ci_high") <= 0.4);
  }

  @Test
  void frameShares() {
    Dataset<Row> f = m("frame_share").filter("outlet = 'Alpha' and period = '2015-09' and government = '(all)'");
    Row failure = one(f.filter("frame = 'failure'"));
    assertEquals(2.0 / 3, failure.<Double>getAs("share"), 1e-12);
    assertEquals(1.0, failure.<Double>getAs("statement_share"), 1e-12);
    Row security = one(f.filter("frame = 'security'"));
    assertEquals(1.0 / 3, security.<Double>getAs("share"), 1e-12);
    assertEquals(0.5, security.<Double>getAs("statement_share"), 1e-12);
  }

  @Test
  void divergenceOfVoices() {
    Row r = one(m("divergence").filter("measure = 'voice' and period = '(all)' and outlet_a = 'Alpha' and outlet_b = 'Beta'"));
    // Alpha (RUS 1, USA 2) vs Beta (RUS 2): 0.459148 bits
    assertEquals(0.4591479170272448, r.<Double>getAs("jsd"), 1e-12);
    Row sep = one(m("divergence").filter("measure = 'voice' and period = '2015-09'"));
    assertEquals(Divergence.jsd(Map.of("RUS", 1, "USA", 1), Map.of("RUS", 1)), sep.<Double>getAs("jsd"), 1e-12);
  }

  @Test
  void reciprocalPairs() {
    // lavrov RUS → USA on 09-11 (Alpha) and its copy on 09-12 (Beta), obama USA → RUS on 09-11
    // (Alpha): one exchange holding all three statements, not one pair per Lavrov copy
    List<Row> p = m("reciprocal_pairs").orderBy("pair_id").collectAsList();
    assertEquals(1, p.size(), p.toString());
    Row first = p.get(0);
    assertEquals("lavrov", first.getAs("speaker_a"));
    assertEquals("obama", first.getAs("speaker_b"));
    assertEquals("failure", first.getAs("frame"));
    assertEquals(2L, first.<Long>getAs("statements_a"));
    assertEquals(1, first.<Integer>getAs("remarks_a").intValue(), "the copy in Beta is the same remark");
    assertEquals(0.9, first.<Double>getAs("confidence"), 1e-9);
    assertEquals(1L, first.<Long>getAs("outlets_both"));     // Alpha
    assertEquals(1L, first.<Long>getAs("outlets_only_a"));   // Beta carried only Lavrov's
    assertEquals(Map.of("Alpha", "both", "Beta", "only_a"), Map.of(
        "Alpha", one(m("reciprocal_outlets").filter("pair_id = 'P00001' and outlet = 'Alpha'")).getAs("carried"),
        "Beta", one(m("reciprocal_outlets").filter("pair_id = 'P00001' and outlet = 'Beta'")).getAs("carried")));
  }

  @Test
  void missingInputColumnIsNamed(@TempDir Path dir) {
    Fixtures.Data d = Fixtures.small();
    Dataset<Row> st = org.mediastance.model.Columns.toSnake(
        spark.createDataset(d.statements(), Encoders.bean(Statement.class))).drop("government");
    Dataset<Row> ar = org.mediastance.model.Columns.toSnake(spark.createDataset(d.articles(), Encoders.bean(Article.class)));
    org.mediastance.config.UsageException e = assertThrows(org.mediastance.config.UsageException.class,
        () -> Aggregator.runTables(spark, st, ar, new JobConfig().withPeriod("month"), dir.resolve("metrics")));
    assertTrue(e.getMessage().contains("'government'"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("metrics")), "nothing written before the check");
  }

  @Test
  void topOutletsByGovernmentStatementsThenArticles() {
    List<Row> top = m("top_outlets").orderBy("rank").collectAsList();
    assertEquals(List.of("Alpha", "Beta"), top.stream().map(r -> r.<String>getAs("outlet")).toList());
    assertEquals(3L, top.get(0).<Long>getAs("government_statements"));
    assertEquals(2L, top.get(1).<Long>getAs("government_statements"));
    assertEquals(List.of("Alpha", "Beta"), TopOutlets.names(m("top_outlets")));
  }

  @Test
  void reportTablesAreWritten() {
    for (String name : Aggregator.REPORT_TABLES) {
      assertTrue(Files.isDirectory(metrics.resolve(name)), name);
      assertTrue(Files.isRegularFile(metrics.resolve(name + ".csv")), name + ".csv");
    }
    Row c = one(m("corpus"));
    assertEquals(6L, c.<Long>getAs("statements"));
    assertEquals(5L, c.<Long>getAs("government_statements"));
    // the report's divergence chart: both orders of each pair, mean over periods
    assertEquals(m("outlet_divergence").filter("outlet_a = 'Alpha' and outlet_b = 'Beta'").count(),
        m("outlet_divergence").filter("outlet_a = 'Beta' and outlet_b = 'Alpha'").count());
  }

  /** The report tables whose rows are chart data, guarded by golden files too (at the fixed period month). */
  static final List<String> CHART_TABLES = List.of("period_choice", "articles_per_period", "voice_share_grouped",
      "stance_grouped", "explorer_statements");

  @Test
  void periodChoiceStanceOrderAndExplorerSample() {
    // the period is forced to month here: chosen, and the rule says so
    Row chosen = one(m("period_choice").filter("chosen = 'true'"));
    assertEquals("month", chosen.<String>getAs("period"));
    assertTrue(chosen.<String>getAs("rule").startsWith("forced"));
    assertEquals(4, m("period_choice").count());
    // no government's stance toward itself; the pooled rows are there
    assertEquals(0, m("stance_grouped").filter("government = target").count());
    assertTrue(m("stance_grouped").filter("outlet = '(all)'").count() > 0);
    // the explorer sample: government statements only, each once
    Dataset<Row> x = m("explorer_statements");
    assertEquals(x.count(), x.select("statement_id").distinct().count());
    assertEquals(0, x.filter("government is null").count());
    assertTrue(x.count() > 0);
  }

  @Test
  void reproducibleAndGolden(@TempDir Path again) throws Exception {
    run(again);
    boolean regen = Boolean.getBoolean("mediastance.golden.regenerate");
    Path golden = Path.of("src/test/resources/golden/metrics");
    List<String> golden_ = new java.util.ArrayList<>(Aggregator.MEASURES);
    golden_.addAll(CHART_TABLES);
    for (String name : golden_) {
      String a = Files.readString(metrics.resolve(name + ".csv"));
      assertEquals(a, Files.readString(again.resolve("metrics").resolve(name + ".csv")), name + " differs between runs");
      if (regen) {
        Files.createDirectories(golden);
        Files.writeString(golden.resolve(name + ".csv"), a);
      } else {
        assertTrue(Files.exists(golden.resolve(name + ".csv")), "missing golden file " + name
            + ".csv; regenerate with -Dmediastance.golden.regenerate=true");
        assertEquals(Files.readString(golden.resolve(name + ".csv")), a, name + ".csv differs from its golden file");
      }
    }
  }

  @Test
  void weakTargetsLeaveTheMeasuresNotTheStatements() {
    Fixtures.Data d = Fixtures.small();
    Dataset<Row> st = spark.createDataset(d.statements(), Encoders.bean(Statement.class)).toDF();
    long all = st.selectExpr("explode(targets)").count();
    org.junit.jupiter.api.Assertions.assertTrue(all > 0);
    assertEquals(all, Aggregator.confidentTargets(st, 0.0).selectExpr("explode(targets)").count());
    assertEquals(all, Aggregator.confidentTargets(st, 0.9).selectExpr("explode(targets)").count(), "0.9 is kept");
    assertEquals(0L, Aggregator.confidentTargets(st, 0.95).selectExpr("explode(targets)").count());
    assertEquals(st.count(), Aggregator.confidentTargets(st, 0.95).count(), "no statement is lost");
  }
}
