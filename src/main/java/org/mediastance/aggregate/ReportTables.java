package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.mediastance.config.JobConfig;

/**
 * The tables the report shows that are not plain measures: the corpus overview, the charts over
 * the top outlets ({@link TopOutlets}, the rest as {@value Aggregator#OTHER}), the most-quoted
 * statements and the statement listings of the top outlets. Written under {@code metrics/} like
 * the measures; the report only reads them. Inputs are the snake_case statements and articles
 * tables. Stateless.
 */
public final class ReportTables {
  private ReportTables() {}

  public static final int TOP_GOVERNMENTS = 8;
  public static final int TOP_STANCE_PAIRS = 24;
  public static final int TOP_ACTORS = 12;
  static final int QUOTES_PER_ACTOR = 3;

  static final StructType CORPUS = Aggregator.schema("articles:long", "outlets:long", "first_date:date",
      "last_date:date", "undated_articles:long", "statements:long", "government_statements:long");

  /** corpus: one row — articles, outlets, first_date, last_date, undated_articles, statements, government_statements. */
  static Dataset<Row> corpus(SparkSession spark, Dataset<Row> statements, Dataset<Row> articles) {
    Row r = articles.agg(count(lit(1)), countDistinct(coalesce(col("outlet"), lit(Aggregator.UNKNOWN))),
        min("published"), max("published"), sum(when(col("published").isNull(), 1).otherwise(0))).first();
    long nStatements = statements.count();
    long nGov = statements.filter(col("government").isNotNull()).count();
    return spark.createDataFrame(List.of(RowFactory.create(r.getLong(0), r.getLong(1), r.get(2), r.get(3),
        r.isNullAt(4) ? null : r.getLong(4), nStatements, nGov)), CORPUS);
  }

  /** articles_per_period: period, period_start, outlet (top outlets, rest pooled), articles; dated articles only. */
  static Dataset<Row> articlesPerPeriod(Dataset<Row> articles, List<String> top, String period) {
    return articles.withColumn("outlet", TopOutlets.group(col("outlet"), top))
        .withColumn("period", Periods.label(col("published"), period))
        .withColumn("period_start", Periods.start(col("published"), period))
        .filter(col("published").isNotNull())
        .groupBy("period", "period_start", "outlet").agg(count(lit(1)).as("articles"));
  }

  /**
   * voice_share_grouped: outlet (top outlets, rest pooled), period, period_start, government (the
   * {@value #TOP_GOVERNMENTS} governments with most statements, rest as {@value Aggregator#OTHER}),
   * statements, share (of the outlet's government statements in the period); dated statements only.
   */
  static Dataset<Row> voiceGrouped(Dataset<Row> statements, List<String> top, String period) {
    Dataset<Row> g = statements.filter(col("government").isNotNull());
    List<String> govs = g.groupBy("government").count().orderBy(col("count").desc(), col("government"))
        .limit(TOP_GOVERNMENTS).collectAsList().stream().map(r -> r.getString(0)).toList();
    Column gov = govs.isEmpty() ? lit(Aggregator.OTHER)
        : when(col("government").isin(govs.toArray()), col("government")).otherwise(lit(Aggregator.OTHER));
    Dataset<Row> c = g.withColumn("outlet", TopOutlets.group(col("outlet"), top)).withColumn("government", gov)
        .withColumn("period", Periods.label(col("published"), period))
        .withColumn("period_start", Periods.start(col("published"), period))
        .filter(col("published").isNotNull())
        .groupBy("outlet", "period", "period_start", "government").agg(count(lit(1)).as("statements"));
    return c.withColumn("share", col("statements").divide(sum("statements").over(Window.partitionBy("outlet", "period"))));
  }

  /**
   * stance_grouped: outlet (top outlets, rest pooled), government, target, pair ("government →
   * target"), n, mean, ci_low, ci_high — per-article basis, all periods, for the
   * {@value #TOP_STANCE_PAIRS} (government, target) pairs with most stance values.
   */
  static Dataset<Row> stanceGrouped(Dataset<Row> statements, Dataset<Row> articles, List<String> top, JobConfig cfg) {
    Dataset<Row> base = Aggregator.base(statements, articles, cfg.period())
        .withColumn("outlet", TopOutlets.group(col("outlet"), top));
    Dataset<Row> cells = Aggregator.stanceCells(Aggregator.stanceRows(base).withColumn("period", lit(Aggregator.ALL))
            .withColumn("period_start", lit(null).cast("date")).filter(col("government").isNotNull()),
        List.of("outlet", "government", "target"), cfg).filter(col("basis").equalTo("article"));
    List<Row> pairs = cells.groupBy("government", "target").agg(sum("n").as("n"))
        .orderBy(col("n").desc(), col("government"), col("target")).limit(TOP_STANCE_PAIRS).collectAsList();
    Column keep = lit(false);
    for (Row p : pairs) keep = keep.or(col("government").equalTo(p.getString(0)).and(col("target").equalTo(p.getString(1))));
    return cells.filter(keep).withColumn("pair", concat(col("government"), lit(" → "), col("target")))
        .select("outlet", "government", "target", "pair", "n", "mean", "ci_low", "ci_high");
  }

  /**
   * top_statements: per actor among the {@value #TOP_ACTORS} with most government statements, the
   * {@value #QUOTES_PER_ACTOR} statements carried by most statements of the same normalised text
   * (reach), first appearance shown: actor, speaker, government, actor_total, pos, reach, content,
   * outlet, published, url, article_id, statement_id.
   */
  static Dataset<Row> topStatements(Dataset<Row> statements) {
    Dataset<Row> g = statements.filter(col("government").isNotNull())
        .withColumn("actor", coalesce(col("actor_id"), col("speaker"), lit(Aggregator.UNKNOWN)))
        .withColumn("norm", lower(trim(coalesce(col("content"), lit("")))));
    Object[] actors = g.groupBy("actor").count().orderBy(col("count").desc(), col("actor")).limit(TOP_ACTORS)
        .collectAsList().stream().map(r -> r.getString(0)).toArray();
    return g.filter(actors.length == 0 ? lit(false) : col("actor").isin(actors))
        .withColumn("reach", count(lit(1)).over(Window.partitionBy("actor", "norm")))
        .withColumn("actor_total", count(lit(1)).over(Window.partitionBy("actor")))
        .withColumn("rank", row_number().over(Window.partitionBy("actor", "norm")
            .orderBy(col("published").asc_nulls_last(), col("statement_id"))))
        .filter(col("rank").equalTo(1))
        .withColumn("pos", row_number().over(Window.partitionBy("actor")
            .orderBy(col("reach").desc(), col("published").asc_nulls_last(), col("statement_id"))))
        .filter(col("pos").leq(QUOTES_PER_ACTOR))
        .select("actor", "speaker", "government", "actor_total", "pos", "reach", "content", "outlet",
            "published", "url", "article_id", "statement_id");
  }

  /**
   * outlet_statements: the government statements of the top outlets (outlet as stored; a null
   * outlet is not listed): outlet, statement_id, article_id, published, government, actor_id,
   * speaker, content, url.
   */
  static Dataset<Row> outletStatements(Dataset<Row> statements, List<String> top) {
    return statements.filter(col("outlet").isin(top.toArray()).and(col("government").isNotNull()))
        .select("outlet", "statement_id", "article_id", "published", "government", "actor_id", "speaker",
            "content", "url");
  }
}
