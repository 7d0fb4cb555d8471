package org.mediastance.api;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.config.UsageException;
import org.mediastance.config.JobConfig;
import org.mediastance.framing.FrameDetector;
import org.mediastance.model.Article;
import org.mediastance.model.Columns;
import org.mediastance.model.Statement;
import org.mediastance.stance.StanceScorer;
import scala.Tuple2;

/**
 * A run's output folder opened for exploration (the notebooks' entry point): its tables
 * ({@code articles/}, {@code statements/}, {@code quarantine/}, {@code metrics/<measure>/}) as
 * snake_case DataFrames, {@code run.json}, the statements behind any aggregate row, the article text
 * at a statement's offsets, and stance rescoring of the whole run with another model.
 *
 * <p>Assumes the layout written by {@code mediastance run} (and {@code report --from} for
 * {@code metrics/}). Reads lazily; nothing is cached. Holds a SparkSession; not thread-safe.
 */
public final class RunOutputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final Path dir;

  private RunOutputs(SparkSession spark, Path dir) {
    this.spark = spark;
    this.dir = dir;
  }

  /** Opens a run's output folder; a folder without {@code articles/} and {@code statements/} is a usage error. */
  public static RunOutputs open(SparkSession spark, Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    for (String sub : new String[] {"articles", "statements"}) {
      if (!Files.isDirectory(d.resolve(sub))) {
        throw new UsageException(d + " has no " + sub + "/ folder (not a run's output folder?)");
      }
    }
    return new RunOutputs(spark, d);
  }

  public Path dir() { return dir; }

  public SparkSession spark() { return spark; }

  public Dataset<Row> articles() { return read("articles"); }

  public Dataset<Row> statements() { return read("statements"); }

  /** Quarantined records (JSON lines, as the run writes them); throws if the folder is missing. */
  public Dataset<Row> quarantine() {
    Path p = dir.resolve("quarantine");
    if (!Files.isDirectory(p)) throw new UsageException(dir + " has no quarantine/ folder");
    return spark.read().json(p.toString());
  }

  /** The statements as beans (camelCase properties). */
  public Dataset<Statement> statementBeans() { return Columns.fromSnake(statements(), Statement.class); }

  /** {@code run.json} as a map (empty when the folder has none). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> manifest() {
    Path f = dir.resolve("run.json");
    if (!Files.isRegularFile(f)) return new LinkedHashMap<>();
    try {
      return JSON.readValue(f.toFile(), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The run's settings from {@code run.json}'s "config" merged over the defaults. */
  @SuppressWarnings("unchecked")
  public JobConfig config() {
    Map<String, Object> m = new LinkedHashMap<>(new JobConfig().asMap());
    Object c = manifest().get("config");
    if (c instanceof Map<?, ?> cm) {
      ((Map<String, Object>) cm).forEach((k, v) -> { if (v != null && m.containsKey(k)) m.put(k, v); });
    }
    return JSON.convertValue(m, JobConfig.class);
  }

  /** Names of the tables under {@code metrics/}, sorted. */
  public List<String> metricNames() {
    Path m = dir.resolve("metrics");
    if (!Files.isDirectory(m)) return List.of();
    try (Stream<Path> s = Files.list(m)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One measure from {@code metrics/} (see {@link Aggregator#MEASURES}). */
  public Dataset<Row> metric(String name) {
    if (!Files.isDirectory(dir.resolve("metrics").resolve(name))) {
      throw new UsageException(dir + ": no metrics/" + name + "/ (known: " + metricNames()
          + "; run `mediastance report --from " + dir + "` to compute metrics/)");
    }
    return spark.read().parquet(dir.resolve("metrics").resolve(name).toString());
  }

  /**
   * One row per statement as the aggregates see it ({@link Aggregator#base}), with the run's period
   * (for {@code period: auto}, the one the aggregate stage chose: metrics/period_choice.json).
   */
  public Dataset<Row> base() {
    return Aggregator.base(statements(), articles(), period());
  }

  /** The period the run's metrics are cut by. */
  public String period() {
    String p = config().period();
    if (!"auto".equals(p)) return p;
    Map<String, Object> chosen = org.mediastance.aggregate.PeriodTables.read(dir.resolve("metrics"));
    if (chosen == null) throw new UsageException("period auto, but " + dir.resolve("metrics") + " has no period_choice.json");
    return (String) chosen.get("period");
  }

  /**
   * The statements counted in one row of a metrics table ({@code counts}, {@code voice_share},
   * {@code frame_share}, {@code stance}, {@code stance_matrix}): rows of {@link #base()} matching the
   * row's outlet, period, government, actor, target and frame, where "(all)" matches anything, and
   * a null target/frame in {@code counts} means "none". For {@code counts} the number of distinct
   * statement ids equals the row's {@code statements}.
   */
  public Dataset<Row> behind(Row metricRow) {
    List<String> f = List.of(metricRow.schema().fieldNames());
    Dataset<Row> b = base();
    Column c = lit(true);
    if (f.contains("outlet")) c = c.and(keyMatch("outlet", metricRow.getAs("outlet")));
    if (f.contains("period")) c = c.and(keyMatch("period", metricRow.getAs("period")));
    if (f.contains("government")) {
      Object g = metricRow.getAs("government");
      c = c.and(g == null || Aggregator.NONE.equals(g) ? col("government").isNull() : keyMatch("government", g));
    }
    boolean govLevel = f.contains("level") && "government".equals(metricRow.getAs("level"));
    if (f.contains("actor") && !govLevel && metricRow.getAs("actor") != null) {
      c = c.and(keyMatch("actor", metricRow.getAs("actor")));
    }
    boolean counts = f.contains("clusters");
    if (f.contains("target")) c = c.and(member("targets", "target", metricRow.getAs("target"), counts));
    if (f.contains("frame")) c = c.and(member("frames", "frame", metricRow.getAs("frame"), counts));
    return b.filter(c);
  }

  private static Column keyMatch(String name, Object v) {
    if (v == null || Aggregator.ALL.equals(v)) return lit(true);
    return col(name).equalTo(lit(v));
  }

  /** Element {@code field} of array {@code arr} equals v; v null (counts only): the array has no such value. */
  private static Column member(String arr, String field, Object v, boolean nullMeansNone) {
    if (v == null) {
      if (!nullMeansNone) return lit(true);
      Column a = coalesce(col(arr), array());
      return size(a).equalTo(0).or(exists(a, x -> x.getField(field).isNull()));
    }
    if (Aggregator.ALL.equals(v)) return lit(true);
    return exists(coalesce(col(arr), array()), x -> x.getField(field).equalTo(lit(v)));
  }

  /**
   * Statement rows (any frame with {@code statement_id}) joined back to their article: outlet, date,
   * URL, speaker, government, offsets, sentence and content, and {@code text_at_offsets} — the
   * article text between {@code content_begin} and {@code content_end} — with {@code offsets_ok}
   * telling whether it equals the stored content.
   */
  public Dataset<Row> sentences(Dataset<Row> statementRows) {
    Dataset<Row> ids = statementRows.select(col("statement_id").as("_sid")).distinct();
    Dataset<Row> st = statements().join(ids, col("statement_id").equalTo(col("_sid")), "left_semi");
    Dataset<Row> a = articles().select(col("id").as("_aid"), col("title"), col("text").as("_text"));
    Column at = col("_text").substr(col("content_begin").plus(1), col("content_end").minus(col("content_begin")));
    return st.join(a, col("article_id").equalTo(col("_aid")), "left")
        .select(col("statement_id"), col("article_id"), col("outlet"), col("published"), col("url"),
            col("title"), col("speaker"), col("actor_id"), col("government"), col("kind"), col("cue"),
            col("content_begin"), col("content_end"), col("sentence_begin"), col("sentence"),
            col("content"), at.as("text_at_offsets"), at.equalTo(col("content")).as("offsets_ok"))
        .orderBy("article_id", "content_begin");
  }

  /**
   * One row per (statement, target): statement_id, article_id, outlet, published, government,
   * actor_id, speaker, sentence, target, mention, target_type, stance, label, confidence.
   */
  public Dataset<Row> targetStances() {
    return statements().withColumn("t", explode(col("targets")))
        .select(col("statement_id"), col("article_id"), col("outlet"), col("published"),
            col("government"), col("actor_id"), col("speaker"), col("sentence"), col("content"),
            col("t.target").as("target"), col("t.mention").as("mention"),
            col("t.targetType").as("target_type"), col("t.stance").as("stance"),
            col("t.label").as("label"), col("t.confidence").as("confidence"));
  }

  /**
   * Rescoring: writes a new output folder {@code out} with the same articles and quarantine, the
   * statements' targets and stance recomputed with the stance model in {@code modelDir} (null: the
   * shipped model; actors and the frame prior's codebook from the run's own settings), and {@code metrics/}
   * recomputed. Writes {@code rescore.json} (source, model, time). Returns the new run.
   */
  public RunOutputs rescoreStance(String modelDir, Path out) {
    Path o = out.toAbsolutePath().normalize();
    if (o.equals(dir)) throw new UsageException("rescore: output " + o + " is the run itself");
    if (Files.exists(o)) throw new UsageException("rescore: " + o + " exists");
    String actors = config().actors();
    String codebook = config().codebook(); // the frame prior reads the run's own codebook
    StanceScorer.forModel(modelDir); // fail early on a bad model folder, on the driver
    Dataset<Statement> st = statementBeans();
    Dataset<Article> ar = Columns.fromSnake(articles(), Article.class);
    Dataset<Statement> re = st.joinWith(ar, st.col("articleId").equalTo(ar.col("id")), "left_outer")
        .map((MapFunction<Tuple2<Statement, Article>, Statement>) p -> {
          Statement s = p._1();
          String text = p._2() == null ? null : p._2().getText();
          if (text != null) {
            s.setTargets(StanceScorer.forModel(modelDir).score(s, text, RegistryResolver.load(actors),
                FrameDetector.forCodebook(codebook)::polarity));
          }
          return s;
        }, Encoders.bean(Statement.class));
    Columns.toSnake(re.orderBy("statementId")).write().mode(SaveMode.ErrorIfExists).parquet(o.resolve("statements").toString());
    articles().write().mode(SaveMode.ErrorIfExists).parquet(o.resolve("articles").toString());
    copyTree(dir.resolve("quarantine"), o.resolve("quarantine"));
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("rescored_from", dir.toString());
    info.put("stance_model", modelDir == null ? "(shipped)" : modelDir);
    info.put("time", Instant.now().toString());
    Map<String, Object> manifest = new LinkedHashMap<>(manifest());
    manifest.put("rescore", info);
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(o.resolve("rescore.json").toFile(), info);
      JSON.writerWithDefaultPrettyPrinter().writeValue(o.resolve("run.json").toFile(), manifest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RunOutputs r = new RunOutputs(spark, o);
    Aggregator.runTables(spark, r.statements(), r.articles(), config(), o.resolve("metrics"));
    return r;
  }

  private static void copyTree(Path from, Path to) {
    if (!Files.isDirectory(from)) return;
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Column names of a frame, for quick display. */
  public static List<String> columns(Dataset<Row> df) {
    return new ArrayList<>(List.of(df.columns()));
  }

  private Dataset<Row> read(String sub) {
    Path p = dir.resolve(sub);
    if (!Files.isDirectory(p)) throw new UsageException(dir + " has no " + sub + "/ folder");
    return spark.read().parquet(p.toString());
  }
}
