package org.mediastance.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.mediastance.aggregate.SparkJobs;
import org.mediastance.config.UsageException;
import org.mediastance.config.JobConfig;
import org.mediastance.ingest.ArticleBuilder;
import org.mediastance.ingest.IngestRow;
import org.mediastance.ingest.InputFiles;
import org.mediastance.ingest.Readers;
import org.mediastance.ingest.Reasons;
import org.mediastance.ingest.Syndication;
import org.mediastance.model.Article;
import org.mediastance.model.Columns;
import org.mediastance.model.Rejected;
import org.mediastance.model.Statement;
import org.mediastance.io.Jvm;
import org.mediastance.io.OrderedText;
import org.mediastance.io.RunLayout;

/**
 * The main job ({@code mediastance run}): ingest → ids and limit → syndication clusters →
 * per-article analysis → tables → aggregates and report → run.json. {@link JobBase} owns the
 * session, the temporary folder and the atomic move; this class runs the stages. Counts reconcile
 * exactly per input file ({@link Reconciliation}) or the job fails.
 */
public final class RunJob extends JobBase {
  /** Seconds the local-mode model warm-up took (-1: none, or not finished). */
  private volatile double warmUpSeconds = -1;

  public RunJob(JobConfig cfg) {
    super(cfg);
  }

  @Override protected String appName() {
    return "mediastance run";
  }

  /** What the stages hand on to each other. */
  private static final class Run {
    InputFiles.Listing listing;
    Dataset<IngestRow> rows;
    Map<String, Long> readPerFile;
    Dataset<Rejected> dupes;
    Dataset<Article> unique;
    Dataset<Article> limited;
    Dataset<Article> articles;
    Dataset<Analysed> analysed;
    final List<Dataset<?>> cached = new ArrayList<>();

    <T> Dataset<T> cache(Dataset<T> d) {
      Dataset<T> c = d.persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(c);
      return c;
    }
  }

  @Override
  protected void runTool(SparkSession spark, RunLayout tmp, Map<String, Object> manifest) throws Exception {
    Progress progress = new Progress(spark, System.out);
    Map<String, Object> counts = new LinkedHashMap<>();
    manifest.put("counts", counts);
    warmUp(spark);
    Run run = new Run();
    ingest(spark, run, progress);
    validate(spark, run, progress);
    syndication(spark, run, progress, counts);
    analyse(spark, run, progress);
    write(spark, run, tmp, progress, manifest, counts);

    // ---- aggregates and report, from the tables just written
    runLaterStages(spark, tmp.dir(), spark.read().parquet(tmp.articles().toString()),
        spark.read().parquet(tmp.statements().toString()), progress, counts);

    Map<String, Object> stages = new LinkedHashMap<>();
    progress.wallMillis().forEach((k, v) -> stages.put(k, Map.of("wall_seconds", v / 1000.0,
        "records", progress.records().get(k))));
    manifest.put("stages", stages);
    manifest.put("peak_heap_mb", Jvm.peakHeapBytes() >> 20);
    spark.sparkContext().removeSparkListener(progress);
    for (Dataset<?> d : run.cached) d.unpersist();
  }

  /** Reads every input file into ingest rows (an article or a quarantine row each). */
  private void ingest(SparkSession spark, Run run, Progress progress) throws Exception {
    progress.start(spark, "ingest");
    run.listing = InputFiles.list(cfg.inputs(), spark.sparkContext().hadoopConfiguration());
    if (run.listing.files().isEmpty()) {
      throw new UsageException("--input: no readable input files under " + cfg.inputs());
    }
    ArticleBuilder builder = new ArticleBuilder(cfg);
    run.rows = run.cache(Readers.read(spark, run.listing.files(), builder));
    run.readPerFile = countBy(run.rows.toDF(), "sourceFile");
    progress.end(run.readPerFile.values().stream().mapToLong(Long::longValue).sum());
  }

  /** Ids (a second record with a taken id is quarantined, the first in file order kept) and --limit. */
  private void validate(SparkSession spark, Run run, Progress progress) {
    progress.start(spark, "validate");
    Dataset<Article> accepted = run.rows.filter((FilterFunction<IngestRow>) r -> r.getArticle() != null)
        .map((MapFunction<IngestRow, Article>) IngestRow::getArticle, Encoders.bean(Article.class));
    Dataset<Row> ranked = accepted.toDF().withColumn("_rank", row_number().over(
        Window.partitionBy("id").orderBy(col("sourceFile"), col("recordPosition"))));
    run.dupes = ranked.filter(col("_rank").gt(1)).drop("_rank")
        .as(Encoders.bean(Article.class))
        .map((MapFunction<Article, Rejected>) a -> IngestRow.rejectedArticle(a, Reasons.DUPLICATE_ID,
            "id " + a.getId() + " already used by an earlier record"), Encoders.bean(Rejected.class));
    run.unique = ranked.filter(col("_rank").equalTo(1)).drop("_rank").as(Encoders.bean(Article.class));
    Dataset<Article> limited = run.unique;
    if (cfg.limit() != null) {
      limited = run.unique.orderBy(col("sourceFile"), col("recordPosition")).limit(cfg.limit());
    }
    run.limited = run.cache(limited);
    progress.end(run.limited.count());
  }

  /** Syndication clusters over the kept articles, spread over the analysis partitions. */
  private void syndication(SparkSession spark, Run run, Progress progress, Map<String, Object> counts) {
    progress.start(spark, "syndication");
    long kept = run.limited.count();
    // at most ~500 articles a task: progress shows, and a lost executor costs little to redo;
    // 8 tasks a core, so the last wave of uneven tasks leaves little idle time, but not fewer
    // than ~50 articles a task (tiny inputs: per-task overhead would dominate)
    long byCores = Math.min(spark.sparkContext().defaultParallelism() * 8L, (kept + 49) / 50);
    int parts = cfg.partitions() > 0 ? cfg.partitions()
        : (int) Math.max(1, Math.max(byCores, (kept + 499) / 500));
    // Spread the kept articles before the MinHash work: after --limit they are one partition (a
    // global limit), and without it adaptive execution packs them into ~64 MB partitions, a few
    // tasks for the whole corpus either way.
    Dataset<Article> spread = run.limited.repartition(parts, col("id")).persist(StorageLevel.MEMORY_AND_DISK());
    Syndication.Result synd = Syndication.cluster(spark, spread, cfg.dedupThreshold(),
        cfg.dedupHashTables(), cfg.dedupBandRows(), cfg.dedupShingle());
    run.articles = run.cache(synd.articles().repartition(parts, col("id")));
    long clusteredCount = run.articles.count();
    spread.unpersist();
    Map<String, Object> syn = new LinkedHashMap<>();
    syn.put("clusters", synd.clusters());
    syn.put("articles_in_clusters", synd.clusteredArticles());
    syn.put("exact_duplicate_pairs", synd.exactPairs());
    syn.put("near_duplicate_pairs", synd.nearPairs());
    syn.put("jaccard_threshold", cfg.dedupThreshold());
    syn.put("lsh_bands", cfg.dedupHashTables());
    syn.put("lsh_band_rows", cfg.dedupBandRows());
    counts.put("syndication", syn);
    progress.end(clusteredCount);
  }

  /** Per-article analysis with failure isolation ({@link Analyzer}). */
  private void analyse(SparkSession spark, Run run, Progress progress) {
    LongAccumulator analysedSoFar = spark.sparkContext().longAccumulator("articles analysed");
    progress.start(spark, "analyse", analysedSoFar);
    run.analysed = run.cache(run.articles.mapPartitions(analyseAll(cfg, analysedSoFar), Encoders.bean(Analysed.class)));
    progress.end(run.analysed.count());
  }

  /** Writes articles, statements and quarantine, and checks that the counts reconcile. */
  private void write(SparkSession spark, Run run, RunLayout tmp, Progress progress, Map<String, Object> manifest,
      Map<String, Object> counts) {
    progress.start(spark, "write");
    Dataset<Analysed> analysed = run.analysed;
    Dataset<Rejected> failed = analysed.filter((FilterFunction<Analysed>) a -> a.getFailure() != null)
        .map((MapFunction<Analysed, Rejected>) Analysed::getRejected, Encoders.bean(Rejected.class));
    Dataset<Row> failedIds = analysed.filter((FilterFunction<Analysed>) a -> a.getFailure() != null)
        .select(col("articleId").as("fid"));
    Dataset<Article> good = run.articles.toDF().join(failedIds, col("id").equalTo(col("fid")), "left_anti")
        .as(Encoders.bean(Article.class));
    Dataset<Statement> statements = analysed
        .filter((FilterFunction<Analysed>) a -> a.getFailure() == null)
        .flatMap((FlatMapFunction<Analysed, Statement>) a -> a.getStatements().iterator(),
            Encoders.bean(Statement.class));
    Dataset<Rejected> ingestRejected = run.rows.filter((FilterFunction<IngestRow>) r -> r.getRejected() != null)
        .map((MapFunction<IngestRow, Rejected>) IngestRow::getRejected, Encoders.bean(Rejected.class));
    Dataset<Rejected> quarantine = ingestRejected.union(run.dupes).union(failed);

    // Each table is sorted and cached once, then written as Parquet and (with --format jsonl) as
    // JSON lines from that cache; the writes and the reconciliation counts are independent Spark
    // jobs and run side by side (SparkJobs). The counts are taken from the cached copies written.
    Dataset<Row> goodOut = run.cache(Columns.toSnake(good).orderBy("id"));
    Dataset<Row> stOut = run.cache(Columns.toSnake(statements)
        .orderBy("article_id", "content_begin", "content_end", "statement_id"));
    Dataset<Row> qOut = run.cache(Columns.toSnake(quarantine).orderBy("source_file", "position", "reason").coalesce(1));
    boolean jsonl = "jsonl".equals(cfg.format());
    Map<String, Long> uniquePerFile = new LinkedHashMap<>();
    Map<String, Long> limitedPerFile = new LinkedHashMap<>();
    List<Row> articleGroups = new ArrayList<>();
    List<Row> statementGroups = new ArrayList<>();
    List<Row> quarantineGroups = new ArrayList<>();
    Row analysisSums = analysisSums(analysed);
    SparkJobs.run(spark, List.of(
        () -> {
          goodOut.write().mode(SaveMode.Overwrite).parquet(tmp.articles().toString());
          if (jsonl) writeJsonLines(goodOut, tmp.articlesJsonl());
          articleGroups.addAll(goodOut.groupBy("source_file", "date_quality", "outlet").count().collectAsList());
        },
        () -> {
          stOut.write().mode(SaveMode.Overwrite).parquet(tmp.statements().toString());
          if (jsonl) writeJsonLines(stOut, tmp.statementsJsonl());
          statementGroups.addAll(stOut.groupBy(col("kind"), col("government").isNotNull().as("gov")).count()
              .collectAsList());
        },
        () -> {
          qOut.write().mode(SaveMode.Overwrite).json(tmp.quarantine().toString());
          quarantineGroups.addAll(qOut.groupBy("source_file", "reason").count().collectAsList());
        },
        () -> {
          // without --limit every unique article is kept: nothing skipped, no job needed
          if (cfg.limit() != null) {
            uniquePerFile.putAll(countBy(run.unique.toDF(), "sourceFile"));
            limitedPerFile.putAll(countBy(run.limited.toDF(), "sourceFile"));
          }
        }));
    long statementCount = sumBy(statementGroups, 0).values().stream().mapToLong(Long::longValue).sum();
    progress.end(statementCount);

    // ---- counts that must reconcile
    Reconciliation.Result rec = Reconciliation.check(run.listing.files(), run.readPerFile,
        sumBy(articleGroups, 0), sumBy(quarantineGroups, 0), uniquePerFile, limitedPerFile);
    manifest.put("inputs", rec.inputs());
    if (rec.error() != null) throw new IllegalStateException(rec.error());
    manifest.put("skipped_files", run.listing.skipped());
    counts.put("read", run.readPerFile.values().stream().mapToLong(Long::longValue).sum());
    counts.put("articles", rec.articles());
    counts.put("quarantined", rec.quarantined());
    counts.put("skipped_by_limit", rec.skipped());
    counts.put("quarantine_by_reason", new TreeMap<>(sumBy(quarantineGroups, 1)));
    counts.put("date_quality", new TreeMap<>(sumBy(articleGroups, 1)));
    counts.put("outlets", (long) sumBy(articleGroups, 2).size());
    counts.put("statements", statementCount);
    counts.put("statements_by_kind", new TreeMap<>(sumBy(statementGroups, 0)));
    counts.put("government_statements", statementGroups.stream().filter(r -> r.getBoolean(1))
        .mapToLong(r -> r.getLong(2)).sum());
    counts.put("chars_analysed", analysisSums.getLong(0));
    manifest.put("analysis_step_seconds", stepSeconds(analysisSums));
    if (warmUpSeconds >= 0) manifest.put("model_warm_up_seconds", warmUpSeconds);
  }

  /** Aggregation and report stages, run on the tables just written. */
  void runLaterStages(SparkSession spark, Path tmp, Dataset<Row> articles, Dataset<Row> statements,
      Progress progress, Map<String, Object> counts) throws Exception {
    progress.start(spark, "aggregate");
    Map<String, Long> agg = org.mediastance.aggregate.Aggregator.runTables(spark, statements, articles, cfg,
        tmp.resolve("metrics"));
    counts.put("metrics", agg);
    counts.put("period", org.mediastance.aggregate.PeriodTables.read(tmp.resolve("metrics")));
    progress.end(agg.getOrDefault("statements", 0L));
    progress.start(spark, "report");
    org.mediastance.report.ReportWriter.write(spark, tmp, cfg);
    progress.end(1);
  }

  /** One job: total characters analysed, then the summed nanoseconds of each analysis step. */
  private static Row analysisSums(Dataset<Analysed> analysed) {
    List<Column> sums = new ArrayList<>();
    for (int i = 0; i < Steps.NAMES.size(); i++) {
      sums.add(coalesce(sum(col("stepNanos").getItem(i)), lit(0L)));
    }
    return analysed.toDF().agg(coalesce(sum("chars"), lit(0L)), sums.toArray(Column[]::new)).first();
  }

  private static Map<String, Double> stepSeconds(Row sums) {
    List<String> names = Steps.NAMES; // not Analyzer.get: that would load every model on the driver
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) m.put(names.get(i), sums.getLong(i + 1) / 1e9);
    return m;
  }

  /** Sums the count (last column) of grouped rows by the value of column {@code key} ("null" for null). */
  static Map<String, Long> sumBy(List<Row> groups, int key) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (Row r : groups) {
      m.merge(r.isNullAt(key) ? "null" : r.get(key).toString(), r.getLong(r.length() - 1), Long::sum);
    }
    return m;
  }

  /**
   * In local mode the driver JVM is also the executor: load the NLP models (several seconds of
   * single-threaded work that the first analysis task would otherwise wait for) on a background
   * thread while ingest, ids and syndication run. The tasks then find them loaded (or wait for the
   * same lock). Nothing to do on a cluster, where each executor loads them on its first task.
   */
  void warmUp(SparkSession spark) {
    if (!spark.sparkContext().isLocal()
        || !spark.sparkContext().getConf().getBoolean("spark.mediastance.warmUp", true)) {
      return;
    }
    Thread t = new Thread(() -> {
      long t0 = System.nanoTime();
      Article a = new Article();
      a.setId("warm-up");
      a.setOutlet("warm-up");
      a.setTitle("Warm-up");
      a.setText("The minister said on Monday that the plan was doomed to failure. \"We will not accept it,\" "
          + "the Russian foreign minister told reporters in Moscow, according to officials.");
      Analyzer.get(cfg).analyse(a); // never throws; a model that fails to load fails the tasks visibly
      warmUpSeconds = Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }, "mediastance-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The analysis as a static function, so the closure holds only the configuration and
   * {@code done}, which counts finished articles for the progress lines only (a recomputed
   * partition counts twice).
   */
  static MapPartitionsFunction<Article, Analysed> analyseAll(JobConfig c, LongAccumulator done) {
    return it -> {
      Analyzer an = Analyzer.get(c);
      return new Iterator<>() {
        @Override public boolean hasNext() { return it.hasNext(); }
        @Override public Analysed next() {
          Analysed a = an.analyse(it.next());
          done.add(1);
          return a;
        }
      };
    };
  }

  static Map<String, Long> countBy(Dataset<Row> df, String column) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (Row r : df.groupBy(column).count().collectAsList()) {
      m.put(r.isNullAt(0) ? "null" : r.get(0).toString(), r.getLong(1));
    }
    return m;
  }

  /**
   * Writes rows as JSON lines ({@link Row#json()}) in the Dataset's order: formatted by the
   * executors, joined in partition order on the driver ({@link OrderedText}).
   */
  static void writeJsonLines(Dataset<Row> rows, Path file) {
    OrderedText.write(rows.map((MapFunction<Row, String>) Row::json, Encoders.STRING()), file, null);
  }
}
