package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.mediastance.config.JobConfig;

/**
 * The main measures per outlet group: outlets grouped by the value of an outlet attribute
 * ({@code outlet_attrs} of the statements and articles, e.g. bias → left), for every attribute the
 * run has. Each group table has the per-outlet table's columns with {@code group_attribute, group}
 * in place of {@code outlet}, and rows per period and pooled over all periods (period
 * {@value Aggregator#ALL}, period_start null):
 * <ul>
 *   <li>{@code group_counts}: group_attribute, group, outlets, articles, statements,
 *       government_statements;
 *   <li>{@code group_voice_share}: as voice_share, plus share_ci_low, share_ci_high (95% Wilson
 *       score interval of share, statements of the group as independent trials);
 *   <li>{@code group_stance}: as stance (n, mean, seeded 95% bootstrap interval, article and cluster
 *       basis);
 *   <li>{@code group_frame_share}: as frame_share, plus statement_share_ci_low, statement_share_ci_high
 *       (Wilson, of statement_share);
 *   <li>{@code outlet_groups}: outlet, attribute, value, source, articles: which outlet is in which
 *       group and where each value came from ({@code record:FIELD}, {@code metadata:FILE:LINE},
 *       {@code derived:bias}); an outlet whose records disagree has one row per value.
 * </ul>
 * A group pools the statements of its outlets, so an outlet with more statements weighs more;
 * {@code group_counts.outlets} says how many outlets stand behind a group. Articles without a
 * value for an attribute are in no group of it. Stateless.
 */
public final class OutletGroups {
  private OutletGroups() {}

  public static final List<String> TABLES = List.of("outlet_groups", "group_counts", "group_voice_share",
      "group_stance", "group_frame_share");

  /** Separates attribute and value while the measures treat the pair as an outlet. */
  private static final String SEP = "\u001f";
  /** z of the 95% Wilson interval. */
  static final double Z = 1.959963984540054;

  /** Writes the {@link #TABLES} from the aggregates' base rows and the articles table; returns null. */
  static Dataset<Row> writeAll(SparkSession spark, Dataset<Row> base, Dataset<Row> articles, JobConfig cfg,
      Path metricsDir, Map<String, Long> rows) {
    Aggregator.write(outletGroups(articles), metricsDir, "outlet_groups", rows);
    Aggregator.write(groupCounts(base, articles), metricsDir, "group_counts", rows);
    Dataset<Row> g = groupBase(base);
    Aggregator.write(ungroup(withWilson(Aggregator.voiceShare(g), "statements", "total", "share_ci")),
        metricsDir, "group_voice_share", rows);
    Aggregator.write(ungroup(Aggregator.stanceCells(Aggregator.stanceRows(g), Aggregator.STANCE_KEYS, cfg)),
        metricsDir, "group_stance", rows);
    Aggregator.write(ungroup(withWilson(Aggregator.frameShare(g), "statements", "statements_total",
        "statement_share_ci")), metricsDir, "group_frame_share", rows);
    return null;
  }

  /** The articles' attribute values, one row per (outlet, attribute, value, source) with its article count. */
  static Dataset<Row> outletGroups(Dataset<Row> articles) {
    boolean has = Arrays.asList(articles.columns()).contains("outlet_attrs");
    boolean src = Arrays.asList(articles.columns()).contains("outlet_attr_sources");
    if (!has) {
      return articles.sparkSession().createDataFrame(List.of(),
          Aggregator.schema("outlet:string", "attribute:string", "value:string", "source:string", "articles:long"));
    }
    Dataset<Row> a = articles.select(coalesce(col("outlet"), lit(Aggregator.UNKNOWN)).as("outlet"),
        explode(col("outlet_attrs")).as(new String[] {"attribute", "value"}),
        src ? col("outlet_attr_sources") : map().cast("map<string,string>").as("outlet_attr_sources"));
    return a.select(col("outlet"), col("attribute"), col("value"),
            element_at(col("outlet_attr_sources"), col("attribute")).as("source"))
        .groupBy("outlet", "attribute", "value", "source").agg(count(lit(1)).as("articles"));
  }

  /** group_counts: group_attribute, group, outlets, articles, statements, government_statements. */
  static Dataset<Row> groupCounts(Dataset<Row> base, Dataset<Row> articles) {
    Dataset<Row> st = base.select(col("statement_id"), col("government"),
            explode(col("outlet_attrs")).as(new String[] {"group_attribute", "group"}))
        .groupBy("group_attribute", "group")
        .agg(countDistinct("statement_id").as("statements"),
            countDistinct(when(col("government").isNotNull(), col("statement_id"))).as("government_statements"));
    Column attrs = Arrays.asList(articles.columns()).contains("outlet_attrs")
        ? col("outlet_attrs") : map().cast("map<string,string>");
    Dataset<Row> ar = articles.select(col("id"), coalesce(col("outlet"), lit(Aggregator.UNKNOWN)).as("outlet"),
            explode(attrs).as(new String[] {"a_attr", "a_group"}))
        .groupBy("a_attr", "a_group")
        .agg(countDistinct("outlet").as("outlets"), countDistinct("id").as("articles"));
    return ar.join(st, ar.col("a_attr").equalTo(st.col("group_attribute")).and(ar.col("a_group").equalTo(st.col("group"))),
            "left")
        .select(col("a_attr").as("group_attribute"), col("a_group").as("group"), col("outlets"), col("articles"),
            coalesce(col("statements"), lit(0L)).as("statements"),
            coalesce(col("government_statements"), lit(0L)).as("government_statements"));
  }

  /**
   * The base rows once per attribute value of their outlet, with "outlet" holding attribute and
   * value together, and again pooled over periods (period {@value Aggregator#ALL}).
   */
  static Dataset<Row> groupBase(Dataset<Row> base) {
    Dataset<Row> g = base.select(col("*"), explode(col("outlet_attrs")).as(new String[] {"ga", "gv"}))
        .withColumn("outlet", concat_ws(SEP, col("ga"), col("gv"))).drop("ga", "gv");
    return g.unionByName(g.withColumn("period", lit(Aggregator.ALL))
        .withColumn("period_start", lit(null).cast("date")));
  }

  /** Splits "outlet" back into group_attribute and group (first two columns); drops the pooled rows. */
  static Dataset<Row> ungroup(Dataset<Row> df) {
    Dataset<Row> d = df.filter(col("outlet").notEqual(lit(Aggregator.ALL)))
        .withColumn("group_attribute", substring_index(col("outlet"), SEP, 1))
        .withColumn("group", expr("substring(outlet, instr(outlet, '" + SEP + "') + 1)"));
    String[] rest = Arrays.stream(df.columns()).filter(c -> !c.equals("outlet")).toArray(String[]::new);
    String[] cols = new String[rest.length + 2];
    cols[0] = "group_attribute";
    cols[1] = "group";
    System.arraycopy(rest, 0, cols, 2, rest.length);
    return d.select(Arrays.stream(cols).map(functions::col).toArray(Column[]::new));
  }

  /** Adds {@code prefix_low} and {@code prefix_high}: the 95% Wilson interval of k / n. */
  static Dataset<Row> withWilson(Dataset<Row> df, String k, String n, String prefix) {
    Column kk = col(k).cast("double");
    Column nn = col(n).cast("double");
    double z2 = Z * Z;
    Column p = kk.divide(nn);
    Column denom = lit(1.0).plus(lit(z2).divide(nn));
    Column centre = p.plus(lit(z2).divide(nn.multiply(2))).divide(denom);
    Column half = lit(Z).multiply(sqrt(p.multiply(lit(1.0).minus(p)).divide(nn)
        .plus(lit(z2).divide(nn.multiply(nn).multiply(4))))).divide(denom);
    return df.withColumn(prefix + "_low", greatest(lit(0.0), centre.minus(half)))
        .withColumn(prefix + "_high", least(lit(1.0), centre.plus(half)));
  }

  /** The same interval in plain Java: {low, high} for k successes in n trials (n > 0). */
  public static double[] wilson(long k, long n) {
    double z2 = Z * Z;
    double p = (double) k / n;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
