package org.mediastance.pipeline;
import org.mediastance.io.SparkSessions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.mediastance.config.Versions;
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
import org.mediastance.io.OrderedText;

/**
 * The main job ({@code mediastance run}): ingest → ids and limit → syndication clusters →
 * per-article analysis → tables → aggregates and report → run.json. Everything is written to a
 * temporary sibling of {@code --out} and moved into place only on success; a failed run leaves
 * that temporary folder with {@code run.json} saying {@code "outcome": "failed"}, never a folder
 * that looks complete. Counts reconcile exactly per input file (read = articles + quarantined +
 * skipped by --limit) or the job fails.
 */
public final class RunJob {
  private final JobConfig cfg;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .findAndRegisterModules();

  /** Seconds the local-mode model warm-up took (-1: none, or not finished). */
  private volatile double warmUpSeconds = -1;

  public RunJob(JobConfig cfg) {
    this.cfg = cfg;
  }

  /** Runs the job; returns the exit code. Usage errors are thrown before Spark starts. */
  public int execute() throws Exception {
    Path out = Path.of(cfg.out()).toAbsolutePath().normalize();
    if (Files.exists(out) && !cfg.overwrite()) {
      throw new UsageException("--out: " + out + " exists; pass --overwrite to replace it");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out: " + out + " is a file, not a folder");
    }
    Files.createDirectories(out.getParent());
    Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp-" + UUID.randomUUID());
    Files.createDirectories(tmp);
    boolean hadSession = SparkSession.getDefaultSession().isDefined();
    SparkSession spark = SparkSessions.create(cfg.master(), cfg.verbose(), "mediastance run");
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("outcome", "running");
    manifest.put("started", Instant.now().toString());
    manifest.put("output", out.toString());
    manifest.put("versions", Versions.all());
    manifest.put("spark_master", spark.sparkContext().master());
    manifest.put("config", cfg.asMap());
    try {
      run(spark, tmp, manifest);
      manifest.put("outcome", "success");
      manifest.put("finished", Instant.now().toString());
      writeManifest(tmp, manifest);
      if (Files.exists(out)) {
        Path old = out.resolveSibling("." + out.getFileName() + ".old-" + UUID.randomUUID());
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
      }
      Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
      System.out.println("mediastance: wrote " + out + " (report: " + out.resolve("report/index.html") + ")");
      return 0;
    } catch (Exception | Error e) {
      manifest.put("outcome", "failed");
      manifest.put("error", String.valueOf(e));
      manifest.put("finished", Instant.now().toString());
      try {
        writeManifest(tmp, manifest);
      } catch (IOException ignored) {
        // the original failure matters more
      }
      System.err.println("mediastance: run failed; partial output left in " + tmp);
      throw e;
    } finally {
      if (!hadSession) spark.stop();
    }
  }

  private void run(SparkSession spark, Path tmp, Map<String, Object> manifest) throws Exception {
    Progress progress = new Progress(spark, System.out);
    Map<String, Object> counts = new LinkedHashMap<>();
    manifest.put("counts", counts);

    warmUp(spark);

    // ---- ingest
    progress.start(spark, "ingest");
    InputFiles.Listing listing = InputFiles.list(cfg.inputs(), spark.sparkContext().hadoopConfiguration());
    if (listing.files().isEmpty()) {
      throw new UsageException("--input: no readable input files under " + cfg.inputs());
    }
    ArticleBuilder builder = new ArticleBuilder(cfg);
    Dataset<IngestRow> rows = Readers.read(spark, listing.files(), builder)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> readPerFile = countBy(rows.toDF(), "sourceFile");
    long read = readPerFile.values().stream().mapToLong(Long::longValue).sum();
    progress.end(read);

    // ---- ids (duplicates quarantined, first in file order kept) and --limit
    progress.start(spark, "validate");
    Dataset<Article> accepted = rows.filter((FilterFunction<IngestRow>) r -> r.getArticle() != null)
        .map((MapFunction<IngestRow, Article>) IngestRow::getArticle, Encoders.bean(Article.class));
    Dataset<Row> ranked = accepted.toDF().withColumn("_rank", row_number().over(
        Window.partitionBy("id").orderBy(col("sourceFile"), col("recordPosition"))));
    Dataset<Rejected> dupes = ranked.filter(col("_rank").gt(1)).drop("_rank")
        .as(Encoders.bean(Article.class))
        .map((MapFunction<Article, Rejected>) a -> rejected(a, Reasons.DUPLICATE_ID,
            "id " + a.getId() + " already used by an earlier record"), Encoders.bean(Rejected.class));
    Dataset<Article> unique = ranked.filter(col("_rank").equalTo(1)).drop("_rank").as(Encoders.bean(Article.class));
    Dataset<Article> limited = unique;
    if (cfg.limit() != null) {
      limited = unique.orderBy(col("sourceFile"), col("recordPosition")).limit(cfg.limit());
    }
    limited = limited.persist(StorageLevel.MEMORY_AND_DISK());
    long kept = limited.count();
    progress.end(kept);

    // ---- syndication clusters
    progress.start(spark, "syndication");
    // at most ~500 articles a task: progress shows, and a lost executor costs little to redo;
    // 8 tasks a core, so the last wave of uneven tasks leaves little idle time, but not fewer
    // than ~50 articles a task (tiny inputs: per-task overhead would dominate)
    long byCores = Math.min(spark.sparkContext().defaultParallelism() * 8L, (kept + 49) / 50);
    int parts = cfg.partitions() > 0 ? cfg.partitions()
        : (int) Math.max(1, Math.max(byCores, (kept + 499) / 500));
    // Spread the kept articles before the MinHash work: after --limit they are one partition (a
    // global limit), and without it adaptive execution packs them into ~64 MB partitions, a few
    // tasks for the whole corpus either way.
    Dataset<Article> spread = limited.repartition(parts, col("id")).persist(StorageLevel.MEMORY_AND_DISK());
    Syndication.Result synd = Syndication.cluster(spark, spread, cfg.dedupThreshold(),
        cfg.dedupHashTables(), cfg.dedupBandRows(), cfg.dedupShingle());
    Dataset<Article> articles = synd.articles().repartition(parts, col("id"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long clusteredCount = articles.count();
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

    // ---- per-article analysis with failure isolation
    LongAccumulator analysedSoFar = spark.sparkContext().longAccumulator("articles analysed");
    progress.start(spark, "analyse", analysedSoFar);
    Dataset<Analysed> analysed = articles.mapPartitions(analyseAll(cfg, analysedSoFar), Encoders.bean(Analysed.class))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long analysedCount = analysed.count();
    progress.end(analysedCount);

    // ---- tables
    progress.start(spark, "write");
    Dataset<Row> failures = analysed.filter((FilterFunction<Analysed>) a -> a.getFailure() != null)
        .select(col("articleId").as("fid"), col("failure"), col("failureDetail"));
    Dataset<Rejected> failed = articles.toDF().join(failures, col("id").equalTo(col("fid")))
        .map((MapFunction<Row, Rejected>) r -> {
          Rejected x = new Rejected();
          x.setSourceFile(r.getAs("sourceFile"));
          x.setPosition(r.getAs("recordPosition"));
          x.setRecordId(r.getAs("id"));
          x.setReason(r.getAs("failure"));
          x.setDetail("article " + r.getAs("id") + ": " + r.getAs("failureDetail"));
          String text = r.getAs("text");
          x.setRaw(text.length() > IngestRow.MAX_RAW ? text.substring(0, IngestRow.MAX_RAW) + "…[truncated]" : text);
          return x;
        }, Encoders.bean(Rejected.class));
    Dataset<Article> good = articles.toDF().join(failures, col("id").equalTo(col("fid")), "left_anti")
        .as(Encoders.bean(Article.class));
    Dataset<Statement> statements = analysed
        .filter((FilterFunction<Analysed>) a -> a.getFailure() == null)
        .flatMap((FlatMapFunction<Analysed, Statement>) a -> a.getStatements().iterator(),
            Encoders.bean(Statement.class));
    Dataset<Rejected> ingestRejected = rows.filter((FilterFunction<IngestRow>) r -> r.getRejected() != null)
        .map((MapFunction<IngestRow, Rejected>) IngestRow::getRejected, Encoders.bean(Rejected.class));
    Dataset<Rejected> quarantine = ingestRejected.union(dupes).union(failed);

    // Each table is sorted and cached once, then written as Parquet and (with --format jsonl) as
    // JSON lines from that cache; the writes and the reconciliation counts are independent Spark
    // jobs and run side by side (SparkJobs). The counts are taken from the cached copies written.
    Dataset<Row> goodOut = Columns.toSnake(good).orderBy("id").persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> stOut = Columns.toSnake(statements)
        .orderBy("article_id", "content_begin", "content_end", "statement_id").persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> qOut = Columns.toSnake(quarantine).orderBy("source_file", "position", "reason")
        .coalesce(1).persist(StorageLevel.MEMORY_AND_DISK());
    boolean jsonl = "jsonl".equals(cfg.format());
    Dataset<Article> keptArticles = limited;
    Map<String, Long> uniquePerFile = new LinkedHashMap<>();
    Map<String, Long> limitedPerFile = new LinkedHashMap<>();
    List<Row> articleGroups = new ArrayList<>();
    List<Row> statementGroups = new ArrayList<>();
    List<Row> quarantineGroups = new ArrayList<>();
    Row analysisSums = analysisSums(analysed);
    SparkJobs.run(spark, List.of(
        () -> {
          goodOut.write().mode(SaveMode.Overwrite).parquet(tmp.resolve("articles").toString());
          if (jsonl) writeJsonLines(goodOut, tmp.resolve("articles.jsonl"));
          articleGroups.addAll(goodOut.groupBy("source_file", "date_quality", "outlet").count().collectAsList());
        },
        () -> {
          stOut.write().mode(SaveMode.Overwrite).parquet(tmp.resolve("statements").toString());
          if (jsonl) writeJsonLines(stOut, tmp.resolve("statements.jsonl"));
          statementGroups.addAll(stOut.groupBy(col("kind"), col("government").isNotNull().as("gov")).count()
              .collectAsList());
        },
        () -> {
          qOut.write().mode(SaveMode.Overwrite).json(tmp.resolve("quarantine").toString());
          quarantineGroups.addAll(qOut.groupBy("source_file", "reason").count().collectAsList());
        },
        () -> {
          // without --limit every unique article is kept: nothing skipped, no job needed
          if (cfg.limit() != null) {
            uniquePerFile.putAll(countBy(unique.toDF(), "sourceFile"));
            limitedPerFile.putAll(countBy(keptArticles.toDF(), "sourceFile"));
          }
        }));
    Map<String, Long> articlesPerFile = sumBy(articleGroups, 0);
    Map<String, Long> quarantinedPerFile = sumBy(quarantineGroups, 0);
    long statementCount = sumBy(statementGroups, 0).values().stream().mapToLong(Long::longValue).sum();
    progress.end(statementCount);

    // ---- counts that must reconcile
    List<Map<String, Object>> inputs = new ArrayList<>();
    long totalArticles = 0;
    long totalQuarantined = 0;
    long totalSkipped = 0;
    for (InputFiles.InputFile f : listing.files()) {
      long r = readPerFile.getOrDefault(f.path(), 0L);
      long a = articlesPerFile.getOrDefault(f.path(), 0L);
      long q = quarantinedPerFile.getOrDefault(f.path(), 0L);
      long s = uniquePerFile.getOrDefault(f.path(), 0L) - limitedPerFile.getOrDefault(f.path(), 0L);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", f.path());
      m.put("format", f.format());
      m.put("bytes", f.size());
      m.put("sha256", f.sha256());
      m.put("read", r);
      m.put("articles", a);
      m.put("quarantined", q);
      m.put("skipped_by_limit", s);
      m.put("reconciled", r == a + q + s);
      inputs.add(m);
      totalArticles += a;
      totalQuarantined += q;
      totalSkipped += s;
      if (r != a + q + s) {
        manifest.put("inputs", inputs);
        throw new IllegalStateException("counts do not reconcile for " + f.path() + ": read " + r
            + " != articles " + a + " + quarantined " + q + " + skipped " + s);
      }
    }
    manifest.put("inputs", inputs);
    manifest.put("skipped_files", listing.skipped());
    counts.put("read", read);
    counts.put("articles", totalArticles);
    counts.put("quarantined", totalQuarantined);
    counts.put("skipped_by_limit", totalSkipped);
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

    // ---- aggregates and report, from the tables just written
    runLaterStages(spark, tmp, spark.read().parquet(tmp.resolve("articles").toString()),
        spark.read().parquet(tmp.resolve("statements").toString()), progress, counts);

    Map<String, Object> stages = new LinkedHashMap<>();
    progress.wallMillis().forEach((k, v) -> stages.put(k, Map.of("wall_seconds", v / 1000.0,
        "records", progress.records().get(k))));
    manifest.put("stages", stages);
    manifest.put("peak_heap_mb", peakHeapMb());
    spark.sparkContext().removeSparkListener(progress);
    rows.unpersist();
    limited.unpersist();
    articles.unpersist();
    analysed.unpersist();
    goodOut.unpersist();
    stOut.unpersist();
    qOut.unpersist();
  }

  /** Aggregation and report stages, run on the tables just written. */
  void runLaterStages(SparkSession spark, Path tmp, Dataset<Row> articles, Dataset<Row> statements,
      Progress progress, Map<String, Object> counts) throws Exception {
    progress.start(spark, "aggregate");
    Map<String, Long> agg = org.mediastance.aggregate.Aggregator.runTables(spark, statements, articles, cfg,
        tmp.resolve("metrics"));
    counts.put("metrics", agg);
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

  static Rejected rejected(Article a, String reason, String detail) {
    Rejected x = new Rejected();
    x.setSourceFile(a.getSourceFile());
    x.setPosition(a.getRecordPosition());
    x.setRecordId(a.getId());
    x.setReason(reason);
    x.setDetail(detail);
    String t = a.getText();
    x.setRaw(t != null && t.length() > IngestRow.MAX_RAW ? t.substring(0, IngestRow.MAX_RAW) + "…[truncated]" : t);
    return x;
  }

  /**
   * Writes rows as JSON lines ({@link Row#json()}) in the Dataset's order: formatted by the
   * executors, joined in partition order on the driver ({@link OrderedText}).
   */
  static void writeJsonLines(Dataset<Row> rows, Path file) {
    OrderedText.write(rows.map((MapFunction<Row, String>) Row::json, Encoders.STRING()), file, null);
  }

  static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
    }
    return peak >> 20;
  }

  private void writeManifest(Path dir, Map<String, Object> manifest) throws IOException {
    json.writeValue(dir.resolve("run.json").toFile(), manifest);
  }

  static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
    }
  }

}
