package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.SharedSpark;
import org.mediastance.config.JobConfig;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;
import org.mediastance.report.Fixtures;

/**
 * Group measures on the small fixture with Alpha coded bias=left (from a record field) and Beta
 * bias=right, Beta's a4 also ownership=state (from a metadata file line): per-group counts, stance,
 * voice and frame shares against hand-computed values, and the sources in outlet_groups.
 */
class OutletGroupsIT {
  @TempDir static Path out;
  static SparkSession spark;
  static Path metrics;

  @BeforeAll
  static void setUp() {
    spark = SharedSpark.get();
    Fixtures.Data d = Fixtures.small();
    for (Article a : d.articles()) {
      Map<String, String> v = new TreeMap<>(Map.of("bias", a.getOutlet().equals("Alpha") ? "left" : "right"));
      Map<String, String> s = new TreeMap<>(Map.of("bias", "record:bias_text"));
      if (a.getId().equals("a4")) {
        v.put("ownership", "state");
        s.put("ownership", "metadata:outlets.csv:3");
      }
      a.setOutletAttrs(v);
      a.setOutletAttrSources(s);
    }
    for (Statement st : d.statements()) {
      st.setOutletAttrs(d.articles().stream().filter(a -> a.getId().equals(st.getArticleId())).findFirst()
          .orElseThrow().getOutletAttrs());
    }
    Aggregator.run(spark, spark.createDataset(d.statements(), Encoders.bean(Statement.class)),
        spark.createDataset(d.articles(), Encoders.bean(Article.class)), new JobConfig().withPeriod("month"), out);
    metrics = out.resolve("metrics");
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
  void countsPerGroup() {
    Dataset<Row> c = m("group_counts");
    Row left = one(c.filter("group_attribute = 'bias' and `group` = 'left'"));
    assertEquals(List.of(1L, 2L, 3L, 3L), List.of(left.<Long>getAs("outlets"), left.<Long>getAs("articles"),
        left.<Long>getAs("statements"), left.<Long>getAs("government_statements")));
    Row right = one(c.filter("group_attribute = 'bias' and `group` = 'right'"));
    assertEquals(List.of(1L, 2L, 3L, 2L), List.of(right.<Long>getAs("outlets"), right.<Long>getAs("articles"),
        right.<Long>getAs("statements"), right.<Long>getAs("government_statements")));
    Row state = one(c.filter("group_attribute = 'ownership'"));
    assertEquals("state", state.getAs("group"));
    assertEquals(1L, state.<Long>getAs("articles"));
    assertEquals(2L, state.<Long>getAs("statements"));
    assertEquals(3L, c.count());
  }

  @Test
  void stancePerGroupPooledAndPerPeriod() {
    Dataset<Row> s = m("group_stance").filter("basis = 'article' and group_attribute = 'bias'");
    Row l = one(s.filter("`group` = 'left' and period = '(all)' and government = 'USA' and target = 'RUS'"));
    assertEquals(2L, l.<Long>getAs("n"));
    assertEquals(-0.1, l.<Double>getAs("mean"), 1e-12);
    Row r = one(s.filter("`group` = 'right' and period = '(all)' and government = 'RUS' and target = 'USA'"));
    assertEquals(2L, r.<Long>getAs("n"));
    assertEquals(-0.5, r.<Double>getAs("mean"), 1e-12);
    assertEquals(-0.8, r.<Double>getAs("ci_low"), 1e-12);
    assertEquals(-0.2, r.<Double>getAs("ci_high"), 1e-12);
    Row sep = one(s.filter("`group` = 'right' and period = '2015-09' and government = 'RUS'"));
    assertEquals(1L, sep.<Long>getAs("n"));
    assertEquals(0L, s.filter(col("group").equalTo("(all)")).count());
  }

  @Test
  void voiceAndFrameSharesWithWilsonIntervals() {
    Row v = one(m("group_voice_share").filter("level = 'government' and period = '(all)' and `group` = 'left' "
        + "and government = 'RUS'"));
    assertEquals(1L, v.<Long>getAs("statements"));
    assertEquals(3L, v.<Long>getAs("total"));
    double[] w = OutletGroups.wilson(1, 3);
    assertEquals(w[0], v.<Double>getAs("share_ci_low"), 1e-12);
    assertEquals(w[1], v.<Double>getAs("share_ci_high"), 1e-12);
    Row f = one(m("group_frame_share").filter("period = '(all)' and government = '(all)' and `group` = 'left' "
        + "and frame = 'failure'"));
    assertEquals(2.0 / 3, f.<Double>getAs("statement_share"), 1e-12);
    Row fr = one(m("group_frame_share").filter("period = '(all)' and government = '(all)' and `group` = 'right' "
        + "and frame = 'failure'"));
    assertEquals(1.0 / 3, fr.<Double>getAs("statement_share"), 1e-12);
  }

  @Test
  void outletGroupsNameTheSources() {
    Row a = one(m("outlet_groups").filter("outlet = 'Alpha'"));
    assertEquals(List.of("bias", "left", "record:bias_text", 2L),
        List.of(a.getAs("attribute"), a.getAs("value"), a.getAs("source"), a.getAs("articles")));
    Row o = one(m("outlet_groups").filter("outlet = 'Beta' and attribute = 'ownership'"));
    assertEquals("metadata:outlets.csv:3", o.getAs("source"));
    assertEquals(1L, o.<Long>getAs("articles"));
  }

  @Test
  void wilsonMatchesKnownValues() {
    double[] w = OutletGroups.wilson(5, 10);
    assertEquals(0.2366, w[0], 1e-4);
    assertEquals(0.7634, w[1], 1e-4);
    assertEquals(0.0, OutletGroups.wilson(0, 4)[0], 1e-12);
  }
}
