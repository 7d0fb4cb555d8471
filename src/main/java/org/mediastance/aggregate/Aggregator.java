package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mediastance.config.JobConfig;
import org.mediastance.model.Article;
import org.mediastance.model.Columns;
import org.mediastance.model.Statement;
import org.mediastance.io.CsvOut;
import org.mediastance.io.OrderedText;

/**
 * Turns scored statements into the measures under {@code metrics/}: one Parquet folder per measure
 * ({@code metrics/<measure>/}) and the same rows as {@code metrics/<measure>.csv}, sorted.
 *
 * <p>Reads statement columns statement_id, article_id, cluster_id, outlet, published, content, url,
 * speaker, actor_id, government, targets (target, stance, label), frames (frame) and article columns
 * id, cluster_id. Periods come from {@link JobConfig#period()}; {@code auto} is resolved first
 * ({@link PeriodTables}, {@link PeriodChoice}) and every table is cut by the chosen period. Every measure is given both per
 * article ({@code statements}: every statement row counts) and per syndication cluster
 * ({@code cluster_statements}: a statement counts once per cluster, keyed by cluster, speaker and
 * normalised content, so a wire story carried by ten outlets counts once in the {@value #ALL}
 * rollup). Outlet {@value #ALL} rows pool all outlets. Bootstrap intervals are seeded from
 * {@link JobConfig#seed()} and the group key, so reruns give identical numbers.
 *
 * <p>Divergence ({@link DivergenceRows}) and reciprocal-claim detection ({@link ReciprocalRows}) run
 * on the driver over small collected inputs (per outlet × period × government counts, and claim
 * statements only). Besides the measures it writes every table the report shows
 * ({@link #REPORT_TABLES}: {@link TopOutlets}, {@link ReportTables}, the divergence summary); the
 * report reads them and computes nothing from statements. Stateless.
 */
public final class Aggregator {
  private Aggregator() {}

  public static final String ALL = "(all)";
  public static final String NONE = "(none)";
  public static final String OTHER = "(other)";
  public static final String UNKNOWN = "(unknown)";

  /** Measure names, in writing order (folder names under metrics/). */
  public static final List<String> MEASURES = List.of("counts", "voice_share", "stance",
      "stance_matrix", "frame_share", "divergence", "divergence_from_all", "reciprocal_pairs",
      "reciprocal_statements", "reciprocal_outlets");

  /**
   * Tables written for the report ({@link ReportTables}, {@link TopOutlets}, the divergence
   * summary), in writing order; like the measures, Parquet folder and sorted CSV.
   */
  public static final List<String> REPORT_TABLES = List.of("top_outlets", "period_choice", "corpus",
      "articles_per_period", "voice_share_grouped", "stance_grouped", "outlet_divergence", "top_statements",
      "outlet_statements", "explorer_statements");

  /** Statement columns read (snake_case). */
  static final String[] STATEMENT_COLUMNS = {"statement_id", "article_id", "cluster_id", "outlet", "published",
      "content", "url", "speaker", "actor_id", "actor_category", "government", "targets", "frames"};
  /** Article columns read (snake_case). */
  static final String[] ARTICLE_COLUMNS = {"id", "cluster_id", "outlet", "published"};

  /** Entry point for the run job: writes {@code outDir/metrics/} and returns summary counts. */
  public static Map<String, Long> run(SparkSession spark, Dataset<Statement> statements,
      Dataset<Article> articles, JobConfig cfg, Path outDir) {
    return runTables(spark, Columns.toSnake(statements), Columns.toSnake(articles), cfg,
        outDir.resolve("metrics"));
  }

  /**
   * The same on snake_case tables (as read back from {@code statements/} and {@code articles/});
   * a missing input column is a {@link org.mediastance.config.UsageException} naming it.
   */
  public static Map<String, Long> runTables(SparkSession spark, Dataset<Row> allTargets,
      Dataset<Row> articles, JobConfig configured, Path metricsDir) {
    Columns.require(allTargets, "aggregate (statements)", STATEMENT_COLUMNS);
    Columns.require(articles, "aggregate (articles)", ARTICLE_COLUMNS);
    Dataset<Row> statements = confidentTargets(allTargets, configured.minTargetConfidence());
    Map<String, Long> rows = new java.util.concurrent.ConcurrentHashMap<>();
    Dataset<Row> topTable = write(TopOutlets.table(spark, statements, articles, configured.reportTopOutlets()),
        metricsDir, "top_outlets", rows);
    List<String> top = TopOutlets.names(topTable);
    // period auto: resolved here, before any table is cut into periods (PeriodTables)
    JobConfig cfg = configured.withPeriod(PeriodTables.write(spark, statements, top, configured, metricsDir, rows));
    Dataset<Row> base = base(statements, articles, cfg.period()).cache();
    try {
      Map<String, Long> summary = new LinkedHashMap<>();
      Row totals = base.agg(count(lit(1)), count(col("government")), countDistinct("outlet")).first();
      summary.put("statements", totals.getLong(0));
      summary.put("government_statements", totals.getLong(1));
      summary.put("outlets_with_statements", totals.getLong(2));
      // The measures are independent given the cached base: computed side by side (SparkJobs).
      Dataset<Row> st = stanceRows(base);
      List<Callable<Dataset<Row>>> first = List.of(
          () -> write(counts(base), metricsDir, "counts", rows),
          () -> write(voiceShare(base), metricsDir, "voice_share", rows),
          () -> write(stanceCells(withAll(st), STANCE_KEYS, cfg), metricsDir, "stance", rows),
          () -> write(stanceCells(withAll(st).withColumn("period", lit(ALL))
              .withColumn("period_start", lit(null).cast("date")), STANCE_KEYS, cfg),
              metricsDir, "stance_matrix", rows),
          () -> write(frameShare(base), metricsDir, "frame_share", rows),
          () -> {
            ReciprocalRows r = ReciprocalRows.of(base, cfg.reciprocalWindowDays(), cfg.reciprocalMinConfidence(),
                positiveFrames(cfg), org.mediastance.framing.FrameDetector.forCodebook(cfg.codebook()));
            write(r.pairs(spark), metricsDir, "reciprocal_pairs", rows);
            write(r.statements(spark), metricsDir, "reciprocal_statements", rows);
            write(r.outlets(spark), metricsDir, "reciprocal_outlets", rows);
            return null;
          },
          () -> write(ReportTables.corpus(spark, statements, articles), metricsDir, "corpus", rows),
          () -> write(ReportTables.topStatements(statements), metricsDir, "top_statements", rows),
          () -> OutletGroups.writeAll(spark, base, articles, cfg, metricsDir, rows));
      List<Dataset<Row>> done = SparkJobs.all(spark, first);
      List<String> voiced = TopOutlets.withGovernmentStatements(topTable);
      SparkJobs.all(spark, List.<Callable<Dataset<Row>>>of(
          () -> {
            DivergenceRows d = DivergenceRows.of(done.get(1), done.get(4), voiced);
            write(d.fromAll(spark), metricsDir, "divergence_from_all", rows);
            return write(DivergenceRows.summary(write(d.pairwise(spark), metricsDir, "divergence", rows)),
                metricsDir, "outlet_divergence", rows);
          },
          () -> write(ReportTables.articlesPerPeriod(articles, top, cfg.period()), metricsDir,
              "articles_per_period", rows),
          () -> write(ReportTables.voiceGrouped(statements, top, cfg.period()), metricsDir,
              "voice_share_grouped", rows),
          () -> write(ReportTables.stanceGrouped(spark, statements, articles, top, cfg), metricsDir,
              "stance_grouped", rows),
          () -> write(ReportTables.outletStatements(statements, top), metricsDir, "outlet_statements", rows),
          () -> write(ExplorerSample.table(statements, top, cfg), metricsDir, "explorer_statements", rows)));
      for (String m : MEASURES) summary.put("metrics_" + m + "_rows", rows.get(m));
      return summary;
    } finally {
      base.unpersist();
    }
  }

  /**
   * One row per statement with: statement_id, article_id, cluster (cluster_id, else the article's,
   * else article_id), outlet, published, period, period_start, government, actor (actor_id, else
   * speaker), speaker, content, url, targets, frames, outlet_attrs, cluster_key.
   */
  public static Dataset<Row> base(Dataset<Row> statements, Dataset<Row> articles, String period) {
    Dataset<Row> a = articles.select(col("id").as("a_id"), col("cluster_id").as("a_cluster"));
    Dataset<Row> s = statements.join(a, statements.col("article_id").equalTo(a.col("a_id")), "left");
    Column cluster = coalesce(col("cluster_id"), col("a_cluster"), col("article_id"));
    Column actor = coalesce(col("actor_id"), col("speaker"), lit(UNKNOWN));
    return s.select(
        col("statement_id"), col("article_id"), cluster.as("cluster"),
        coalesce(col("outlet"), lit(UNKNOWN)).as("outlet"), col("published"),
        Periods.label(col("published"), period).as("period"),
        Periods.start(col("published"), period).as("period_start"),
        col("government"), actor.as("actor"), col("actor_category"), col("speaker"), col("content"), col("url"),
        col("targets"), allFrames(statements).as("frames"), outletAttrs(statements).as("outlet_attrs"),
        optional(statements, "cue_lemma"), optional(statements, "sentence"),
        substring(sha2(concat_ws("|", cluster, actor, lower(trim(coalesce(col("content"), lit(""))))), 256), 1, 16)
            .as("cluster_key"));
  }

  /**
   * The frames the measures count: the main frames and, where the run has them (runs since the
   * column was added), the codebook's extra frames, so frame shares cover every codebook frame.
   */
  static Column allFrames(Dataset<Row> statements) {
    if (!java.util.Arrays.asList(statements.columns()).contains("extra_frames")) return col("frames");
    Column none = array().cast(statements.schema().apply("frames").dataType());
    return concat(coalesce(col("frames"), none), coalesce(col("extra_frames"), none));
  }

  /** A string column of the statements, or null where the run has no such column. */
  static Column optional(Dataset<Row> statements, String name) {
    if (java.util.Arrays.asList(statements.columns()).contains(name)) return col(name);
    return lit(null).cast("string").as(name);
  }

  /** The statements' outlet attributes (runs since the column was added), else an empty map. */
  static Column outletAttrs(Dataset<Row> statements) {
    if (java.util.Arrays.asList(statements.columns()).contains("outlet_attrs")) return col("outlet_attrs");
    return map().cast("map<string,string>");
  }

  /** Adds a copy of every row with outlet {@value #ALL}. */
  static Dataset<Row> withAll(Dataset<Row> df) {
    return df.unionByName(df.withColumn("outlet", lit(ALL)));
  }

  /** counts: outlet, period, period_start, government, actor, target, frame, statements, cluster_statements, articles, clusters. */
  static Dataset<Row> counts(Dataset<Row> base) {
    Dataset<Row> ex = base.withColumn("t", explode_outer(col("targets")))
        .withColumn("f", explode_outer(col("frames")))
        .withColumn("target", col("t.target")).withColumn("frame", col("f.frame"));
    return withAll(ex).groupBy("outlet", "period", "period_start", "government", "actor", "target", "frame")
        .agg(countDistinct("statement_id").as("statements"),
            countDistinct("cluster_key").as("cluster_statements"),
            countDistinct("article_id").as("articles"),
            countDistinct("cluster").as("clusters"))
        .orderBy("outlet", "period", "government", "actor", "target", "frame");
  }

  /**
   * voice_share: outlet, period, period_start, level (government|actor), government, actor (null at
   * level government), statements, total, share, cluster_statements, cluster_total, cluster_share.
   * The denominator is the outlet's statements with a non-null government in the period.
   */
  static Dataset<Row> voiceShare(Dataset<Row> base) {
    Dataset<Row> g = withAll(base.filter(col("government").isNotNull()));
    Column[] agg = {countDistinct("cluster_key").as("cluster_statements")};
    Dataset<Row> gov = g.groupBy("outlet", "period", "period_start", "government")
        .agg(countDistinct("statement_id").as("statements"), agg)
        .withColumn("level", lit("government")).withColumn("actor", lit(null).cast("string"));
    Dataset<Row> act = g.groupBy("outlet", "period", "period_start", "government", "actor")
        .agg(countDistinct("statement_id").as("statements"), agg).withColumn("level", lit("actor"));
    Dataset<Row> tot = g.groupBy(col("outlet").as("o"), col("period").as("p"))
        .agg(countDistinct("statement_id").as("total"), countDistinct("cluster_key").as("cluster_total"));
    Dataset<Row> u = gov.unionByName(act);
    return u.join(tot, u.col("outlet").equalTo(tot.col("o")).and(u.col("period").equalTo(tot.col("p"))))
        .select(col("outlet"), col("period"), col("period_start"), col("level"), col("government"),
            col("actor"), col("statements"), col("total"),
            col("statements").divide(col("total")).as("share"), col("cluster_statements"),
            col("cluster_total"), col("cluster_statements").divide(col("cluster_total")).as("cluster_share"))
        .orderBy("outlet", "period", "level", "government", "actor");
  }

  static final List<String> STANCE_KEYS = List.of("outlet", "period", "period_start", "government", "target");

  /** One row per (statement, target) with a stance: outlet, period, period_start, government, target, stance, cluster_key. */
  /** The statements with only the targets of at least that confidence (all of them at 0). */
  static Dataset<Row> confidentTargets(Dataset<Row> statements, double min) {
    if (min <= 0) {
      return statements;
    }
    return statements.withColumn("targets", org.apache.spark.sql.functions.filter(col("targets"),
        t -> t.getField("confidence").geq(min)));
  }

  public static Dataset<Row> stanceRows(Dataset<Row> base) {
    return base.withColumn("t", explode(col("targets")))
        .filter(col("t.stance").isNotNull().and(col("t.target").isNotNull()))
        .select(col("outlet"), col("period"), col("period_start"), col("government"),
            col("t.target").as("target"), col("t.stance").as("stance"), col("statement_id"),
            col("cluster_key"));
  }

  /**
   * stance / stance_matrix: the key columns, basis (article|cluster), n, mean, ci_low, ci_high
   * (95% percentile bootstrap of the mean). Per cluster, duplicates of a statement are first
   * averaged into one value.
   */
  public static Dataset<Row> stanceCells(Dataset<Row> rows, List<String> keys, JobConfig cfg) {
    Column[] k = keys.stream().map(functions_col()).toArray(Column[]::new);
    Dataset<Row> art = rows.groupBy(k).agg(collect_list("stance").as("vals"))
        .withColumn("basis", lit("article"));
    List<Column> kc = new ArrayList<>(Arrays.asList(k));
    kc.add(col("cluster_key"));
    Dataset<Row> clu = rows.groupBy(kc.toArray(Column[]::new)).agg(avg("stance").as("stance"))
        .groupBy(k).agg(collect_list("stance").as("vals")).withColumn("basis", lit("cluster"));
    Dataset<Row> both = art.unionByName(clu);
    List<StructField> fields = new ArrayList<>();
    for (String key : keys) fields.add(both.schema().apply(key));
    fields.add(DataTypes.createStructField("basis", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("n", DataTypes.LongType, false));
    fields.add(DataTypes.createStructField("mean", DataTypes.DoubleType, true));
    fields.add(DataTypes.createStructField("ci_low", DataTypes.DoubleType, true));
    fields.add(DataTypes.createStructField("ci_high", DataTypes.DoubleType, true));
    StructType schema = DataTypes.createStructType(fields);
    int nk = keys.size();
    int samples = cfg.bootstrapSamples();
    long seed = cfg.seed();
    MapFunction<Row, Row> f = r -> {
      Object[] out = new Object[nk + 5];
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < nk; i++) {
        out[i] = r.getAs(keys.get(i));
        key.append(out[i]).append('\u0001');
      }
      String basis = r.getAs("basis");
      key.append(basis);
      List<Double> vals = r.getList(r.fieldIndex("vals"));
      double[] v = vals.stream().mapToDouble(Double::doubleValue).toArray();
      Bootstrap.Interval iv = Bootstrap.meanInterval(v, samples, Bootstrap.seedFor(seed, key.toString()));
      out[nk] = basis;
      out[nk + 1] = (long) iv.n();
      out[nk + 2] = iv.mean();
      out[nk + 3] = iv.low();
      out[nk + 4] = iv.high();
      return RowFactory.create(out);
    };
    List<String> order = new ArrayList<>(keys);
    order.add("basis");
    // The bootstrap is CPU work on few bytes: after the group-by, adaptive execution would merge
    // everything into one partition (one core); spread the groups over the cores first.
    int parts = Math.max(1, SparkSession.active().sparkContext().defaultParallelism());
    return both.repartition(parts).map(f, Encoders.row(schema)).orderBy(order.stream().map(functions_col()).toArray(Column[]::new));
  }

  private static java.util.function.Function<String, Column> functions_col() {
    return org.apache.spark.sql.functions::col;
  }

  /**
   * frame_share: outlet, period, period_start, government ({@value #NONE} for statements without one,
   * {@value #ALL} pooled), frame, hits, hits_total, share (of frame hits: sums to 1 per group),
   * statements, statements_total, statement_share (statements using the frame / all statements in the
   * group), cluster_statements, cluster_total, cluster_share.
   */
  static Dataset<Row> frameShare(Dataset<Row> base) {
    Dataset<Row> fr = base.withColumn("government", coalesce(col("government"), lit(NONE)));
    fr = withAll(fr.unionByName(fr.withColumn("government", lit(ALL))));
    Dataset<Row> tot = fr.groupBy(col("outlet").as("o"), col("period").as("p"), col("government").as("g"))
        .agg(countDistinct("statement_id").as("statements_total"),
            countDistinct("cluster_key").as("cluster_total"));
    Dataset<Row> hits = fr.withColumn("f", explode(col("frames"))).withColumn("frame", col("f.frame"))
        .filter(col("frame").isNotNull());
    Dataset<Row> fc = hits.groupBy("outlet", "period", "period_start", "government", "frame")
        .agg(count(lit(1)).as("hits"), countDistinct("statement_id").as("statements"),
            countDistinct("cluster_key").as("cluster_statements"));
    Dataset<Row> ht = hits.groupBy(col("outlet").as("o2"), col("period").as("p2"), col("government").as("g2"))
        .agg(count(lit(1)).as("hits_total"));
    return fc.join(tot, fc.col("outlet").equalTo(tot.col("o")).and(fc.col("period").equalTo(tot.col("p")))
            .and(fc.col("government").equalTo(tot.col("g"))))
        .join(ht, fc.col("outlet").equalTo(ht.col("o2")).and(fc.col("period").equalTo(ht.col("p2")))
            .and(fc.col("government").equalTo(ht.col("g2"))))
        .select(col("outlet"), col("period"), col("period_start"), col("government"), col("frame"),
            col("hits"), col("hits_total"), col("hits").divide(col("hits_total")).as("share"),
            col("statements"), col("statements_total"),
            col("statements").divide(col("statements_total")).as("statement_share"),
            col("cluster_statements"), col("cluster_total"),
            col("cluster_statements").divide(col("cluster_total")).as("cluster_share"))
        .orderBy("outlet", "period", "government", "frame");
  }

  // ---------------------------------------------------------------- helpers

  static StructType schema(String... cols) {
    List<StructField> f = new ArrayList<>();
    for (String c : cols) {
      String[] p = c.split(":");
      f.add(DataTypes.createStructField(p[0], switch (p[1]) {
        case "string" -> DataTypes.StringType;
        case "date" -> DataTypes.DateType;
        case "int" -> DataTypes.IntegerType;
        case "long" -> DataTypes.LongType;
        case "double" -> DataTypes.DoubleType;
        default -> throw new IllegalArgumentException(c);
      }, true));
    }
    return DataTypes.createStructType(f);
  }

  /** A date value for a Row given to createDataFrame (java.sql.Date: Spark's default external type). */
  static Object sqlDate(LocalDate d) {
    if (d == null) return null;
    SparkSession s = SparkSession.active();
    boolean java8 = Boolean.parseBoolean(s.conf().get("spark.sql.datetime.java8API.enabled", "false"));
    return java8 ? d : java.sql.Date.valueOf(d);
  }

  /** A collected DateType value as LocalDate. */
  public static LocalDate localDate(Object o) {
    if (o == null) return null;
    if (o instanceof LocalDate d) return d;
    if (o instanceof java.sql.Date d) return d.toLocalDate();
    throw new IllegalArgumentException("not a date: " + o.getClass());
  }

  /**
   * Writes one measure as Parquet folder {@code dir/name/} and, read back from it, as CSV
   * {@code dir/name.csv} sorted by all columns (nulls first); records the row count in {@code rows}
   * and returns the table read back. (Measured on datasets/: writing both from one sorted, cached
   * copy was not faster than this read-back.)
   */
  static Dataset<Row> write(Dataset<Row> df, Path dir, String name, Map<String, Long> rows) {
    Path pq = dir.resolve(name);
    df.write().mode(SaveMode.Overwrite).parquet(pq.toString());
    Dataset<Row> back = df.sparkSession().read().parquet(pq.toString());
    rows.put(name, writeCsv(back, dir.resolve(name + ".csv")));
    return back;
  }

  /**
   * Writes a DataFrame of flat columns as CSV sorted by all columns (nulls first), the records
   * formatted by the executors and joined in order on the driver ({@link OrderedText}); returns the
   * row count.
   */
  public static long writeCsv(Dataset<Row> df, Path file) {
    String[] cols = df.columns();
    int n = cols.length;
    Dataset<Row> sorted = df.orderBy(Arrays.stream(cols).map(c -> col(c).asc_nulls_first()).toArray(Column[]::new));
    Dataset<String> records = sorted.mapPartitions((MapPartitionsFunction<Row, String>) it -> {
      CsvOut.Records csv = new CsvOut.Records();
      return new Iterator<>() {
        @Override public boolean hasNext() { return it.hasNext(); }
        @Override public String next() {
          Row r = it.next();
          Object[] o = new Object[n];
          for (int i = 0; i < n; i++) o[i] = r.get(i);
          return csv.row(o);
        }
      };
    }, Encoders.STRING());
    OrderedText.write(records, file, new CsvOut.Records().header(Arrays.asList(cols)));
    return df.count();
  }


  /** Frames the configured codebook gives a positive polarity: no hostile claim is made in them. */
  static java.util.Set<String> positiveFrames(JobConfig cfg) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    org.mediastance.framing.Codebook.loadOrDefault(cfg.codebook()).frames().values().forEach(f -> {
      if (f.polarity() > 0) out.add(f.name());
    });
    return out;
  }
}
