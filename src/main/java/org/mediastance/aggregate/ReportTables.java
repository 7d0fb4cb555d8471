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
   * statements, total (the outlet's government statements in the period), share (statements / total);
   * dated statements only.
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
    Column total = sum("statements").over(Window.partitionBy("outlet", "period"));
    return c.withColumn("total", total).withColumn("share", col("statements").divide(total));
  }

  /**
   * stance_grouped: outlet (top outlets, rest pooled, and {@value Aggregator#ALL}), government (the
   * {@value #TOP_GOVERNMENTS} speaker governments with most stance values), target (the targets of
   * {@link StanceTargets#order}), pair ("government → target"), target_type, target_group (the
   * government the target belongs to), target_rank (column order, 1 first), government_rank, n,
   * mean, ci_low, ci_high — per-article basis, all periods. A government's stance toward itself is
   * left out unless {@link JobConfig#stanceSelf()}.
   */
  static Dataset<Row> stanceGrouped(SparkSession spark, Dataset<Row> statements, Dataset<Row> articles,
      List<String> top, JobConfig cfg) {
    Dataset<Row> base = Aggregator.base(statements, articles, cfg.period())
        .withColumn("outlet", TopOutlets.group(col("outlet"), top));
    Dataset<Row> rows = Aggregator.stanceRows(base).withColumn("period", lit(Aggregator.ALL))
        .withColumn("period_start", lit(null).cast("date")).filter(col("government").isNotNull());
    Dataset<Row> typed = statements.filter(col("government").isNotNull()).select(col("government"),
        explode(col("targets")).as("t")).filter(col("t.stance").isNotNull().and(col("t.target").isNotNull()));
    if (!cfg.stanceSelf()) {
      rows = rows.filter(col("government").notEqual(col("target")));
      typed = typed.filter(col("government").notEqual(col("t.target")));
    }
    java.util.Map<String, StanceTargets.Target> byTarget = new java.util.HashMap<>();
    var group = StanceTargets.grouper(org.mediastance.actors.RegistryLoader.load(
        cfg.actors() == null ? List.of() : List.of(cfg.actors())));
    for (Row r : typed.groupBy(col("t.target"), coalesce(col("t.targetType"), lit("other"))).count().collectAsList()) {
      String t = r.getString(0);
      StanceTargets.Target old = byTarget.get(t);
      long n = r.getLong(2) + (old == null ? 0 : old.n());
      String type = old != null && old.n() >= r.getLong(2) ? old.type() : r.getString(1);
      byTarget.put(t, new StanceTargets.Target(t, type, group.apply(new String[] {t, type}), n));
    }
    List<StanceTargets.Target> targets = StanceTargets.order(new java.util.ArrayList<>(byTarget.values()));
    List<String> govs = rows.groupBy("government").count().orderBy(col("count").desc(), col("government"))
        .limit(TOP_GOVERNMENTS).collectAsList().stream().map(r -> r.getString(0)).toList();
    List<Row> look = new java.util.ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      StanceTargets.Target t = targets.get(i);
      look.add(RowFactory.create(t.target(), t.type(), t.group(), i + 1));
    }
    List<Row> gl = new java.util.ArrayList<>();
    for (int i = 0; i < govs.size(); i++) gl.add(RowFactory.create(govs.get(i), i + 1));
    Dataset<Row> tl = spark.createDataFrame(look, Aggregator.schema("l_target:string", "target_type:string",
        "target_group:string", "target_rank:int"));
    Dataset<Row> gr = spark.createDataFrame(gl, Aggregator.schema("l_government:string", "government_rank:int"));
    Dataset<Row> cells = Aggregator.stanceCells(Aggregator.withAll(rows
            .filter(govs.isEmpty() ? lit(false) : col("government").isin(govs.toArray()))
            .filter(targets.isEmpty() ? lit(false) : col("target").isin(targets.stream().map(StanceTargets.Target::target).toArray()))),
        List.of("outlet", "government", "target"), cfg).filter(col("basis").equalTo("article"));
    return cells.join(tl, cells.col("target").equalTo(tl.col("l_target")))
        .join(gr, cells.col("government").equalTo(gr.col("l_government")))
        .withColumn("pair", concat(col("government"), lit(" → "), col("target")))
        .select("outlet", "government", "target", "pair", "target_type", "target_group", "target_rank",
            "government_rank", "n", "mean", "ci_low", "ci_high");
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
