package org.mediastance.api;
import org.mediastance.SharedSpark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.config.UsageException;
import org.mediastance.config.JobConfig;
import org.mediastance.model.Article;
import org.mediastance.model.Columns;
import org.mediastance.model.Statement;
import org.mediastance.report.Fixtures;
import org.mediastance.report.NotebookCharts;
import org.mediastance.stance.StanceScorer;

/**
 * RunOutputs on run folders written from hand-built fixtures: every aggregate row traced back to
 * exactly the statements it counts, statements joined back to their article text at their offsets,
 * stance rescoring of a whole run, and the notebook charts built from metrics.
 */
class RunOutputsIT {
  @TempDir static Path tmp;
  static SparkSession spark;
  static RunOutputs small;
  static RunOutputs texts;

  static final String TEXT = "Russia's foreign minister said on Monday that \"the American plan for Syria is doomed to fail\". "
      + "The French president praised the talks with Germany.";

  @BeforeAll
  static void setUp() {
    spark = SharedSpark.get();
    Path a = tmp.resolve("small");
    Fixtures.small().write(spark, a);
    Aggregator.runTables(spark, spark.read().parquet(a.resolve("statements").toString()),
        spark.read().parquet(a.resolve("articles").toString()), new JobConfig(), a.resolve("metrics"));
    small = RunOutputs.open(spark, a);

    // a run whose statements point into real article text (written for this test)
    Path b = tmp.resolve("texts");
    Article art = Fixtures.article("t1", "Gamma", "2015-09-11", null);
    art.setText(TEXT);
    int cb = TEXT.indexOf("the American");
    int ce = TEXT.indexOf("fail\"") + 4;
    Statement s1 = Fixtures.statement("t1:" + cb + "-" + ce, art, "RUS", "rus-fm", "foreign minister",
        TEXT.substring(cb, ce), List.of(), List.of());
    s1.setContentBegin(cb);
    s1.setContentEnd(ce);
    s1.setSentence(TEXT.substring(0, TEXT.indexOf("\". ") + 2));
    s1.setSentenceBegin(0);
    s1.setSpeakerDescription("Russia's foreign minister");
    Statement s2 = Fixtures.statement("t1:wrong", art, "FRA", "fra-pres", "president",
        "not what the text says", List.of(), List.of());
    s2.setContentBegin(0);
    s2.setContentEnd(10);
    s2.setSentence(TEXT.substring(TEXT.indexOf("The French president")));
    s2.setSentenceBegin(TEXT.indexOf("The French president"));
    Columns.toSnake(spark.createDataset(List.of(art), Encoders.bean(Article.class)))
        .write().mode(SaveMode.Overwrite).parquet(b.resolve("articles").toString());
    Columns.toSnake(spark.createDataset(List.of(s1, s2), Encoders.bean(Statement.class)))
        .write().mode(SaveMode.Overwrite).parquet(b.resolve("statements").toString());
    texts = RunOutputs.open(spark, b);
  }

  static long distinctIds(Dataset<Row> df) {
    return df.select("statement_id").distinct().count();
  }

  @Test
  void everyCountsRowTracesBackToExactlyItsStatements() {
    List<Row> rows = small.metric("counts").collectAsList();
    assertTrue(rows.size() > 10, "fixture should give many count rows");
    List<String> wrong = new ArrayList<>();
    for (Row r : rows) {
      long n = distinctIds(small.behind(r));
      if (n != r.<Long>getAs("statements")) wrong.add(r + " -> " + n);
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void voiceShareAndFrameShareRowsTraceBack() {
    for (Row r : small.metric("voice_share").collectAsList()) {
      assertEquals(r.<Long>getAs("statements"), distinctIds(small.behind(r)), r::toString);
    }
    for (Row r : small.metric("frame_share").collectAsList()) {
      assertEquals(r.<Long>getAs("statements"), distinctIds(small.behind(r)), r::toString);
    }
  }

  @Test
  void sentencesShowTheArticleTextAtTheOffsets() {
    List<Row> r = texts.sentences(texts.statements()).collectAsList();
    assertEquals(2, r.size());
    Row ok = r.stream().filter(x -> x.<String>getAs("statement_id").startsWith("t1:4")).findFirst().orElseThrow();
    assertEquals("the American plan for Syria is doomed to fail", ok.getAs("text_at_offsets"));
    assertTrue(ok.<Boolean>getAs("offsets_ok"));
    assertEquals("Gamma", ok.getAs("outlet"));
    Row bad = r.stream().filter(x -> x.<String>getAs("statement_id").equals("t1:wrong")).findFirst().orElseThrow();
    assertFalse(bad.<Boolean>getAs("offsets_ok"));
    // a filtered subset stays a subset
    assertEquals(1, texts.sentences(texts.statements().filter(col("government").equalTo("RUS"))).count());
  }

  @Test
  void rescoreRecomputesTargetsWithTheGivenModelAndKeepsEverythingElse() {
    Path out = tmp.resolve("rescored");
    RunOutputs r = texts.rescoreStance(null, out);
    assertTrue(Files.isDirectory(out.resolve("metrics/counts")));
    assertTrue(Files.isRegularFile(out.resolve("rescore.json")));
    assertEquals(texts.articles().count(), r.articles().count());
    List<Statement> before = texts.statementBeans().collectAsList();
    List<Statement> after = r.statementBeans().orderBy("statementId").collectAsList();
    assertEquals(before.size(), after.size());
    StanceScorer sc = StanceScorer.forModel(null);
    for (Statement s : after) {
      Statement orig = before.stream().filter(x -> x.getStatementId().equals(s.getStatementId())).findFirst().orElseThrow();
      assertEquals(orig.getContent(), s.getContent());
      assertEquals(orig.getGovernment(), s.getGovernment());
      assertEquals(sc.score(orig, TEXT, RegistryResolver.load(null), org.mediastance.framing.FrameDetector.forCodebook(null)::polarity), s.getTargets());
    }
    assertTrue(after.stream().anyMatch(s -> !s.getTargets().isEmpty()), "the test text names the U.S., Syria, France and Germany");
    assertThrows(UsageException.class, () -> texts.rescoreStance(null, out));
  }

  @Test
  void chartsCarryTheMetricsRows() {
    Dataset<Row> v = small.metric("voice_share").filter("level = 'government' and outlet <> '(all)'");
    NotebookCharts.Chart c = NotebookCharts.voiceFacets("voice", v);
    assertEquals((int) v.count(), c.points());
    String html = c.html();
    assertTrue(html.startsWith("<iframe"));
    assertFalse(html.contains("<script>vegaEmbed"), "the page must be escaped inside srcdoc");
    assertTrue(c.page().contains("vegaEmbed('#c'"));
  }

  @Test
  void openRejectsFoldersThatAreNotRuns() {
    assertThrows(UsageException.class, () -> RunOutputs.open(spark, tmp.resolve("nothing")));
    assertThrows(UsageException.class, () -> texts.metric("counts"));
    assertEquals(List.of(), texts.metricNames());
    // the measures and the tables the report shows, all written by the aggregator
    assertEquals(List.of("articles_per_period", "corpus", "counts", "divergence", "divergence_from_all",
        "explorer_statements", "frame_share", "group_counts", "group_frame_share", "group_stance",
        "group_voice_share", "outlet_divergence", "outlet_groups", "outlet_statements", "period_choice",
        "reciprocal_outlets", "reciprocal_pairs",
        "reciprocal_statements", "stance", "stance_grouped", "stance_matrix", "top_outlets", "top_statements",
        "voice_share", "voice_share_grouped"), small.metricNames());
  }
}
