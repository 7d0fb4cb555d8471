package org.mediastance.report;
import org.mediastance.io.Escape;
import org.mediastance.io.FileTrees;
import org.mediastance.io.CsvOut;

import static org.apache.spark.sql.functions.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.aggregate.Periods;
import org.mediastance.aggregate.SparkJobs;
import org.mediastance.config.JobConfig;

/**
 * Writes {@code report/} from a run's output folder: {@code index.html} (self-contained: vega,
 * vega-lite and vega-embed inlined, chart data inlined, no network), one CSV per chart and table,
 * {@code outlets/<sanitised outlet>.csv} for the top outlets, and {@code summary.json}.
 *
 * <p>Reads {@code articles/} (id, outlet, published, url), {@code statements/} (statement_id,
 * article_id, outlet, published, url, content, speaker, actor_id, government, targets, frames),
 * {@code quarantine/} (JSON lines with reason; optional) and {@code metrics/} (computed by
 * {@link Aggregator} first when missing). Charts show the top {@link JobConfig#reportTopOutlets()}
 * outlets by government statements (then articles) and pool the rest as "(other)". All article
 * text is HTML-escaped; embedded JSON is escaped for {@code <script>}; CSV cells are neutralised
 * ({@link CsvOut}); a Content-Security-Policy with script hashes blocks any script not written
 * here. The folder is built beside the target and moved into place when complete. Stateless.
 */
public final class ReportWriter {
  private ReportWriter() {}

  static final int TOP_GOVERNMENTS = 8;
  static final int TOP_STANCE_PAIRS = 24;
  static final int TOP_ACTORS = 12;
  static final int QUOTES_PER_ACTOR = 3;
  static final int MAX_PAIRS_SHOWN = 40;
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final ObjectMapper JSON_COMPACT = new ObjectMapper();

  /** Builds {@code outDir/report/}; computes {@code outDir/metrics/} first if it is missing. */
  public static void write(SparkSession spark, Path outDir, JobConfig cfg) {
    Dataset<Row> articles = spark.read().parquet(outDir.resolve("articles").toString());
    Dataset<Row> statements = spark.read().parquet(outDir.resolve("statements").toString());
    Path metrics = outDir.resolve("metrics");
    if (Aggregator.MEASURES.stream().anyMatch(m -> !Files.isDirectory(metrics.resolve(m)))) {
      Aggregator.runTables(spark, statements, articles, cfg, metrics);
    }
    Path tmp = outDir.resolve("report.tmp-" + System.nanoTime());
    try {
      Files.createDirectories(tmp);
      new Build(spark, outDir, cfg, articles, statements, tmp).run();
      Path target = outDir.resolve("report");
      Path old = null;
      if (Files.exists(target)) {
        old = outDir.resolve("report.old-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      if (old != null) FileTrees.delete(old);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (Files.exists(tmp)) FileTrees.delete(tmp);
    }
  }

  /** One report build: collects chart data and writes files into {@code dir}. */
  static final class Build {
    final SparkSession spark;
    final Path outDir;
    final JobConfig cfg;
    final Dataset<Row> articles;
    final Dataset<Row> statements;
    final Path dir;
    final Map<String, Object> summary = new LinkedHashMap<>();
    final Map<String, Object> specs = new LinkedHashMap<>();
    final List<Map<String, Object>> files = new ArrayList<>();
    final StringBuilder body = new StringBuilder();

    Build(SparkSession spark, Path outDir, JobConfig cfg, Dataset<Row> articles, Dataset<Row> statements, Path dir) {
      this.spark = spark;
      this.outDir = outDir;
      this.cfg = cfg;
      this.articles = articles;
      this.statements = statements;
      this.dir = dir;
    }

    Dataset<Row> metric(String name) {
      return spark.read().parquet(outDir.resolve("metrics").resolve(name).toString());
    }

    /** A build for one section: the same inputs, its own body, specs, files and summary. */
    Build part() {
      return new Build(spark, outDir, cfg, articles, statements, dir);
    }

    /** A section written into a {@link #part()}. */
    interface Section {
      void write(Build b) throws IOException;
    }

    void run() throws IOException {
      List<String> top = topOutlets();
      Column group = groupCol(col("outlet"), top);
      List<Section> sections = List.of(b -> b.overview(top, group), b -> b.voice(group), b -> b.stance(group),
          Build::frames, Build::divergence, Build::reciprocal, Build::topStatements, b -> b.outletFiles(top));
      // Sections query Spark independently: built side by side (SparkJobs), merged in this order.
      List<Callable<Build>> work = new ArrayList<>();
      for (Section sec : sections) {
        work.add(() -> {
          Build b = part();
          sec.write(b);
          return b;
        });
      }
      for (Build b : SparkJobs.all(spark, work)) {
        body.append(b.body);
        specs.putAll(b.specs);
        files.addAll(b.files);
        summary.putAll(b.summary);
      }
      summary.put("files", files);
      Files.writeString(dir.resolve("summary.json"), JSON.writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("index.html"), html(), StandardCharsets.UTF_8);
    }

    /** Top-N outlets by government statements, then articles, then name. */
    List<String> topOutlets() {
      Dataset<Row> a = articles.groupBy(coalesce(col("outlet"), lit(Aggregator.UNKNOWN)).as("outlet"))
          .agg(count(lit(1)).as("articles"));
      Dataset<Row> s = statements.filter(col("government").isNotNull())
          .groupBy(coalesce(col("outlet"), lit(Aggregator.UNKNOWN)).as("o")).agg(count(lit(1)).as("gov"));
      List<String> top = new ArrayList<>();
      for (Row r : a.join(s, a.col("outlet").equalTo(s.col("o")), "full")
          .select(coalesce(col("outlet"), col("o")).as("outlet"), coalesce(col("gov"), lit(0L)).as("gov"),
              coalesce(col("articles"), lit(0L)).as("articles"))
          .orderBy(col("gov").desc(), col("articles").desc(), col("outlet")).limit(cfg.reportTopOutlets())
          .collectAsList()) {
        top.add(r.getString(0));
      }
      summary.put("top_outlets", top);
      return top;
    }

    static Column groupCol(Column outlet, List<String> top) {
      Column o = coalesce(outlet, lit(Aggregator.UNKNOWN));
      return top.isEmpty() ? lit(Aggregator.OTHER) : when(o.isin(top.toArray()), o).otherwise(lit(Aggregator.OTHER));
    }

    // ------------------------------------------------------------ sections

    void overview(List<String> top, Column group) {
      Row r = articles.agg(count(lit(1)), countDistinct(coalesce(col("outlet"), lit(Aggregator.UNKNOWN))),
          min("published"), max("published"), sum(when(col("published").isNull(), 1).otherwise(0))).first();
      long nStatements = statements.count();
      long nGov = statements.filter(col("government").isNotNull()).count();
      Map<String, Object> corpus = new LinkedHashMap<>();
      corpus.put("articles", r.getLong(0));
      corpus.put("outlets", r.getLong(1));
      corpus.put("first_date", str(r.get(2)));
      corpus.put("last_date", str(r.get(3)));
      corpus.put("undated_articles", r.isNullAt(4) ? 0L : r.getLong(4));
      corpus.put("statements", nStatements);
      corpus.put("government_statements", nGov);
      List<Map<String, Object>> q = quarantine();
      corpus.put("quarantined", q.stream().mapToLong(x -> (Long) x.get("records")).sum());
      summary.put("period", cfg.period());
      summary.put("corpus", corpus);
      summary.put("quarantine_by_reason", q);

      body.append("<section id=\"overview\"><h2>Corpus overview</h2><table class=\"kv\">");
      corpus.forEach((k, v) -> body.append("<tr><th>").append(Escape.html(k.replace('_', ' ')))
          .append("</th><td>").append(Escape.html(String.valueOf(v))).append("</td></tr>"));
      body.append("</table>");
      List<Map<String, Object>> perPeriod = rows(articles
          .withColumn("outlet", group)
          .withColumn("period", Periods.label(col("published"), cfg.period()))
          .withColumn("period_start", Periods.start(col("published"), cfg.period()))
          .filter(col("published").isNotNull())
          .groupBy("period", "period_start", "outlet").agg(count(lit(1)).as("articles"))
          .orderBy("period", "outlet"));
      chart("articles_per_period", "Articles per " + cfg.period() + " (top outlets, rest as (other))",
          Charts.stackedTime("Articles per " + cfg.period(), perPeriod, "period_start", "articles", "outlet", "articles", false),
          perPeriod, List.of("period", "period_start", "outlet", "articles"));
      chart("quarantine_by_reason", "Quarantined input records by reason",
          Charts.bars("Quarantined records by reason", q, "reason", "records"), q, List.of("reason", "records"));
      body.append("</section>");
    }

    List<Map<String, Object>> quarantine() {
      Path qd = outDir.resolve("quarantine");
      if (!Files.exists(qd)) return new ArrayList<>();
      try (Stream<Path> s = Files.walk(qd)) {
        if (s.noneMatch(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")
            && !p.getFileName().toString().startsWith("_"))) {
          return new ArrayList<>();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Dataset<Row> q = spark.read().json(qd.toString());
      if (!List.of(q.columns()).contains("reason")) return new ArrayList<>();
      return rows(q.groupBy(coalesce(col("reason"), lit(Aggregator.UNKNOWN)).as("reason"))
          .agg(count(lit(1)).as("records")).orderBy(col("records").desc(), col("reason")));
    }

    void voice(Column group) {
      Dataset<Row> g = statements.filter(col("government").isNotNull());
      List<String> govs = new ArrayList<>();
      for (Row r : g.groupBy("government").count().orderBy(col("count").desc(), col("government"))
          .limit(TOP_GOVERNMENTS).collectAsList()) {
        govs.add(r.getString(0));
      }
      Column gov = govs.isEmpty() ? lit(Aggregator.OTHER)
          : when(col("government").isin(govs.toArray()), col("government")).otherwise(lit(Aggregator.OTHER));
      Dataset<Row> c = g.withColumn("outlet", group).withColumn("government", gov)
          .withColumn("period", Periods.label(col("published"), cfg.period()))
          .withColumn("period_start", Periods.start(col("published"), cfg.period()))
          .filter(col("published").isNotNull())
          .groupBy("outlet", "period", "period_start", "government").agg(count(lit(1)).as("statements"));
      List<Map<String, Object>> v = rows(c.withColumn("share", col("statements").divide(
              sum("statements").over(Window.partitionBy("outlet", "period"))))
          .orderBy("outlet", "period", "government"));
      body.append("<section id=\"voice\"><h2>Voice share by outlet over time</h2><p>Share of each "
          + "government in the outlet's statements by government actors, per " + Escape.html(cfg.period())
          + "; the top " + TOP_GOVERNMENTS + " governments by statements are shown, the rest as (other).</p>");
      chart("voice_share", "Voice share by outlet", Charts.voiceFacets("Voice share by outlet over time", v), v,
          List.of("outlet", "period", "period_start", "government", "statements", "share"));
      body.append("</section>");
    }

    void stance(Column group) {
      Dataset<Row> base = Aggregator.base(statements, articles, cfg.period()).withColumn("outlet", group);
      Dataset<Row> cells = Aggregator.stanceCells(Aggregator.stanceRows(base).withColumn("period", lit(Aggregator.ALL))
              .withColumn("period_start", lit(null).cast("date")).filter(col("government").isNotNull()),
          List.of("outlet", "government", "target"), cfg).filter(col("basis").equalTo("article"));
      List<Row> pairs = cells.groupBy("government", "target").agg(sum("n").as("n"))
          .orderBy(col("n").desc(), col("government"), col("target")).limit(TOP_STANCE_PAIRS).collectAsList();
      List<Map<String, Object>> v = new ArrayList<>();
      if (!pairs.isEmpty()) {
        Column keep = lit(false);
        for (Row p : pairs) keep = keep.or(col("government").equalTo(p.getString(0)).and(col("target").equalTo(p.getString(1))));
        v = rows(cells.filter(keep).withColumn("pair", concat(col("government"), lit(" → "), col("target")))
            .select("outlet", "government", "target", "pair", "n", "mean", "ci_low", "ci_high")
            .orderBy("outlet", "government", "target"));
      }
      body.append("<section id=\"stance\"><h2>Stance matrix</h2><p>Mean stance (−1 against, +1 for) "
          + "of each speaker government toward each target, per outlet, all periods; tooltips give n and "
          + "the 95% bootstrap interval.</p>");
      chart("stance_matrix", "Stance heatmap", Charts.stanceHeatmap("Mean stance: speaker government → target", v), v,
          List.of("outlet", "government", "target", "pair", "n", "mean", "ci_low", "ci_high"));
      body.append("</section>");
    }

    void frames() {
      List<Map<String, Object>> v = rows(metric("frame_share")
          .filter(col("outlet").equalTo(Aggregator.ALL).and(col("government").equalTo(Aggregator.ALL))
              .and(col("period_start").isNotNull()))
          .select("period", "period_start", "frame", "hits", "share", "statement_share")
          .orderBy("period", "frame"));
      body.append("<section id=\"frames\"><h2>Frames over time</h2><p>Share of frame uses per "
          + Escape.html(cfg.period()) + ", all outlets.</p>");
      chart("frames_over_time", "Frames over time",
          Charts.stackedTime("Frame shares over time", v, "period_start", "share", "frame", "share of frame uses", true),
          v, List.of("period", "period_start", "frame", "hits", "share", "statement_share"));
      body.append("</section>");
    }

    void divergence() {
      Dataset<Row> d = metric("divergence");
      Dataset<Row> per = d.filter(col("period").notEqual(Aggregator.ALL)).groupBy("measure", "outlet_a", "outlet_b")
          .agg(avg("jsd").as("jsd"), count(lit(1)).as("periods"));
      Dataset<Row> pooled = d.filter(col("period").equalTo(Aggregator.ALL))
          .select(col("measure").as("m"), col("outlet_a").as("a"), col("outlet_b").as("b"), col("jsd").as("jsd_pooled"));
      Dataset<Row> j = per.join(pooled, per.col("measure").equalTo(pooled.col("m"))
              .and(per.col("outlet_a").equalTo(pooled.col("a"))).and(per.col("outlet_b").equalTo(pooled.col("b"))), "left")
          .select("measure", "outlet_a", "outlet_b", "jsd", "periods", "jsd_pooled");
      Dataset<Row> sym = j.unionByName(j.select(col("measure"), col("outlet_b").as("outlet_a"), col("outlet_a").as("outlet_b"),
          col("jsd"), col("periods"), col("jsd_pooled")));
      List<Map<String, Object>> v = rows(sym.orderBy("measure", "outlet_a", "outlet_b"));
      body.append("<section id=\"divergence\"><h2>Outlet divergence</h2><p>Jensen–Shannon divergence "
          + "(base 2: 0 same, 1 disjoint) between outlets' voice (government) and frame distributions, "
          + "averaged over the periods both outlets cover; tooltips give the number of periods and the "
          + "divergence of the pooled distributions.</p>");
      chart("outlet_divergence", "Outlet divergence", Charts.divergence("Outlet divergence (JSD)", v), v,
          List.of("measure", "outlet_a", "outlet_b", "jsd", "periods", "jsd_pooled"));
      body.append("</section>");
    }

    void reciprocal() throws IOException {
      List<Map<String, Object>> pairs = rows(metric("reciprocal_pairs").orderBy(
          col("outlets_both").plus(col("outlets_only_a")).plus(col("outlets_only_b")).desc(), col("pair_id"))
          .limit(MAX_PAIRS_SHOWN));
      List<Map<String, Object>> cov = new ArrayList<>();
      for (Map<String, Object> p : pairs) {
        String label = p.get("pair_id") + " " + p.get("government_a") + "⇄" + p.get("government_b") + " (" + p.get("frame") + ")";
        for (String c : List.of("both", "only_a", "only_b", "neither")) {
          cov.add(Charts.m("pair", label, "pair_id", p.get("pair_id"), "carried", c, "outlets", p.get("outlets_" + c)));
        }
      }
      body.append("<section id=\"reciprocal\"><h2>Reciprocal claims</h2><p>Government A speaks against "
          + "B and B against A in the same frame within " + cfg.reciprocalWindowDays() + " days. Outlets "
          + "counted are those that quoted either government in the window.</p>");
      chart("reciprocal_coverage", "Outlets carrying both sides, one side or neither",
          Charts.reciprocal("Which outlets carried which side", cov), cov, List.of("pair", "pair_id", "carried", "outlets"));
      List<Map<String, Object>> outlets = rows(metric("reciprocal_outlets").orderBy("pair_id", "carried", "outlet"));
      Map<String, Map<String, List<String>>> byPair = new TreeMap<>();
      for (Map<String, Object> o : outlets) {
        byPair.computeIfAbsent((String) o.get("pair_id"), x -> new TreeMap<>())
            .computeIfAbsent((String) o.get("carried"), x -> new ArrayList<>()).add((String) o.get("outlet"));
      }
      List<Map<String, Object>> table = new ArrayList<>();
      body.append("<table class=\"data\" id=\"reciprocal-table\"><thead><tr><th>pair</th><th>frame</th>"
          + "<th>side A</th><th>quote A</th><th>side B</th><th>quote B</th><th>days apart</th>"
          + "<th>outlets: both / only A / only B / neither</th></tr></thead><tbody>");
      for (Map<String, Object> p : pairs) {
        Map<String, List<String>> oc = byPair.getOrDefault((String) p.get("pair_id"), Map.of());
        body.append("<tr><td>").append(Escape.html(str(p.get("pair_id")))).append("</td><td>")
            .append(Escape.html(str(p.get("frame")))).append("</td><td>")
            .append(Escape.html(p.get("speaker_a") + " (" + p.get("government_a") + " → " + p.get("government_b") + "), " + p.get("date_a")))
            .append("</td><td class=\"quote\">").append(Escape.html(str(p.get("quote_a")))).append("</td><td>")
            .append(Escape.html(p.get("speaker_b") + " (" + p.get("government_b") + " → " + p.get("government_a") + "), " + p.get("date_b")))
            .append("</td><td class=\"quote\">").append(Escape.html(str(p.get("quote_b")))).append("</td><td>")
            .append(Escape.html(str(p.get("days_apart")))).append("</td><td>");
        for (String c : List.of("both", "only_a", "only_b", "neither")) {
          List<String> os = oc.getOrDefault(c, List.of());
          body.append("<div><b>").append(c.replace('_', ' ')).append(" (").append(os.size()).append("):</b> ")
              .append(Escape.html(String.join(", ", os.subList(0, Math.min(os.size(), 30)))))
              .append(os.size() > 30 ? " …" : "").append("</div>");
        }
        body.append("</td></tr>");
        Map<String, Object> t = new LinkedHashMap<>(p);
        oc.forEach((k, l) -> t.put("outlets_list_" + k, String.join("; ", l)));
        table.add(t);
      }
      body.append("</tbody></table>");
      List<String> cols = new ArrayList<>(List.of("pair_id", "frame", "government_a", "speaker_a", "date_a",
          "quote_a", "government_b", "speaker_b", "date_b", "quote_b", "days_apart", "outlets_both",
          "outlets_only_a", "outlets_only_b", "outlets_neither", "outlets_list_both", "outlets_list_only_a",
          "outlets_list_only_b", "outlets_list_neither"));
      csv("reciprocal_claims.csv", table, cols);
      List<Map<String, Object>> st = rows(metric("reciprocal_statements").orderBy("pair_id", "side", "outlet", "statement_id"));
      csv("reciprocal_statements.csv", st, List.of("pair_id", "side", "statement_id", "article_id", "outlet",
          "published", "speaker", "content", "url"));
      body.append("<p class=\"files\">Tables: <a href=\"reciprocal_claims.csv\">reciprocal_claims.csv</a>, "
          + "<a href=\"reciprocal_statements.csv\">reciprocal_statements.csv</a> (every statement of both sides)</p>");
      body.append("</section>");
      summary.put("reciprocal_pairs", metric("reciprocal_pairs").count());
    }

    void topStatements() throws IOException {
      Dataset<Row> g = statements.filter(col("government").isNotNull())
          .withColumn("actor", coalesce(col("actor_id"), col("speaker"), lit(Aggregator.UNKNOWN)))
          .withColumn("norm", lower(trim(coalesce(col("content"), lit("")))));
      List<Object> actors = new ArrayList<>();
      for (Row r : g.groupBy("actor").count().orderBy(col("count").desc(), col("actor")).limit(TOP_ACTORS).collectAsList()) {
        actors.add(r.getString(0));
      }
      List<Map<String, Object>> v = new ArrayList<>();
      if (!actors.isEmpty()) {
        Dataset<Row> a = g.filter(col("actor").isin(actors.toArray()))
            .withColumn("reach", count(lit(1)).over(Window.partitionBy("actor", "norm")))
            .withColumn("actor_total", count(lit(1)).over(Window.partitionBy("actor")))
            .withColumn("rank", row_number().over(Window.partitionBy("actor", "norm")
                .orderBy(col("published").asc_nulls_last(), col("statement_id"))))
            .filter(col("rank").equalTo(1))
            .withColumn("pos", row_number().over(Window.partitionBy("actor")
                .orderBy(col("reach").desc(), col("published").asc_nulls_last(), col("statement_id"))))
            .filter(col("pos").leq(QUOTES_PER_ACTOR));
        v = rows(a.select("actor", "speaker", "government", "actor_total", "pos", "reach", "content", "outlet",
            "published", "url", "article_id", "statement_id").orderBy(col("actor_total").desc(), col("actor"), col("pos")));
      }
      body.append("<section id=\"top-statements\"><h2>Top statements per actor</h2><p>The most-quoted "
          + "actors (by statements); per actor the statements carried by the most articles (reach), "
          + "first appearance shown.</p><table class=\"data\" id=\"top-table\"><thead><tr><th>actor</th>"
          + "<th>government</th><th>statement</th><th>reach</th><th>outlet</th><th>date</th><th>URL</th>"
          + "<th>article id</th></tr></thead><tbody>");
      for (Map<String, Object> r : v) {
        String url = Escape.safeUrl(str(r.get("url")));
        body.append("<tr><td>").append(Escape.html(str(r.get("speaker")) + " [" + str(r.get("actor")) + "]"))
            .append("</td><td>").append(Escape.html(str(r.get("government"))))
            .append("</td><td class=\"quote\">").append(Escape.html(str(r.get("content"))))
            .append("</td><td>").append(Escape.html(str(r.get("reach"))))
            .append("</td><td>").append(Escape.html(str(r.get("outlet"))))
            .append("</td><td>").append(Escape.html(str(r.get("published")))).append("</td><td class=\"url\">");
        if (url != null) {
          body.append("<a rel=\"noopener noreferrer nofollow\" href=\"").append(Escape.html(url)).append("\">")
              .append(Escape.html(url)).append("</a>");
        } else {
          body.append(Escape.html(str(r.get("url"))));
        }
        body.append("</td><td>").append(Escape.html(str(r.get("article_id")))).append("</td></tr>");
      }
      body.append("</tbody></table><p class=\"files\"><a href=\"top_statements.csv\">top_statements.csv</a></p></section>");
      csv("top_statements.csv", v, List.of("actor", "speaker", "government", "actor_total", "pos", "reach", "content",
          "outlet", "published", "url", "article_id", "statement_id"));
    }

    void outletFiles(List<String> top) throws IOException {
      Path od = dir.resolve("outlets");
      Files.createDirectories(od);
      List<Callable<Map<String, Object>>> work = new ArrayList<>();
      for (String o : top) {
        work.add(() -> {
          String name = Escape.fileName(o) + ".csv";
          Path f = Escape.inside(od, name);
          List<Map<String, Object>> v = rows(statements.filter(col("outlet").equalTo(o).and(col("government").isNotNull()))
              .select("statement_id", "article_id", "published", "government", "actor_id", "speaker", "content", "url")
              .orderBy(col("published").asc_nulls_last(), col("statement_id")));
          CsvOut.write(f, List.of("statement_id", "article_id", "published", "government", "actor_id", "speaker",
              "content", "url"), v.stream().map(m -> m.values().toArray()).iterator());
          return Charts.m("outlet", o, "file", "outlets/" + name, "statements", (long) v.size());
        });
      }
      List<Map<String, Object>> index = SparkJobs.all(spark, work);
      csv("outlets.csv", index, List.of("outlet", "file", "statements"));
    }

    // ------------------------------------------------------------ plumbing

    void chart(String id, String caption, Map<String, Object> spec, List<Map<String, Object>> data, List<String> cols)
        throws UncheckedIOException {
      String file = id + ".csv";
      try {
        csv(file, data, cols);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      body.append("<figure><figcaption>").append(Escape.html(caption)).append(" — <a href=\"")
          .append(file).append("\">").append(file).append("</a></figcaption>");
      if (data.isEmpty()) {
        body.append("<p class=\"empty\">No data for this chart.</p>");
      } else {
        body.append("<div class=\"chart\" id=\"").append(id).append("\"></div>");
        specs.put(id, spec);
      }
      body.append("</figure>");
    }

    void csv(String file, List<Map<String, Object>> data, List<String> cols) throws IOException {
      long n = CsvOut.write(Escape.inside(dir, file), cols, data.stream()
          .map(m -> cols.stream().map(m::get).toArray()).iterator());
      files.add(Charts.m("file", file, "rows", n, "columns", cols));
    }

    String html() throws JsonProcessingException {
      String specJson = Escape.jsonForScript(JSON_COMPACT.writeValueAsString(specs));
      List<String> scripts = new ArrayList<>();
      for (String js : List.of("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")) scripts.add(vendor(js));
      scripts.add(BOOT);
      StringBuilder csp = new StringBuilder("default-src 'none'; style-src 'unsafe-inline'; img-src data: blob:; script-src 'unsafe-eval'");
      for (String s : scripts) csp.append(" 'sha256-").append(sha256b64(s)).append("'");
      StringBuilder h = new StringBuilder(1_000_000);
      h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp).append("\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>mediastance report</title>\n<style>").append(CSS).append("</style>\n");
      for (int i = 0; i < 3; i++) h.append("<script>").append(scripts.get(i)).append("</script>\n");
      h.append("</head><body>\n<header><h1>mediastance report</h1><p>Statements by government actors, "
          + "by outlet and ").append(Escape.html(cfg.period())).append(". Chart data: CSV beside each chart; "
          + "summary in <a href=\"summary.json\">summary.json</a>; per-outlet statements in "
          + "<a href=\"outlets.csv\">outlets.csv</a>.</p><nav><a href=\"#overview\">Overview</a> · "
          + "<a href=\"#voice\">Voice share</a> · <a href=\"#stance\">Stance</a> · <a href=\"#frames\">Frames</a> · "
          + "<a href=\"#divergence\">Divergence</a> · <a href=\"#reciprocal\">Reciprocal claims</a> · "
          + "<a href=\"#top-statements\">Top statements</a></nav></header>\n<main>\n");
      h.append(body);
      h.append("\n</main>\n<script type=\"application/json\" id=\"chart-specs\">").append(specJson).append("</script>\n");
      h.append("<script>").append(scripts.get(3)).append("</script>\n</body></html>\n");
      return h.toString();
    }

    static String vendor(String name) {
      try (InputStream in = ReportWriter.class.getResourceAsStream("/report/vendor/" + name)) {
        if (in == null) throw new IllegalStateException("missing resource /report/vendor/" + name);
        String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // no source maps offline: drop the trailing pointer so browsers do not look for the .map file
        s = s.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
        if (s.toLowerCase().contains("</script")) throw new IllegalStateException(name + " contains </script");
        return s;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static String sha256b64(String s) {
      try {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    static List<Map<String, Object>> rows(Dataset<Row> df) {
      String[] cols = df.columns();
      List<Map<String, Object>> out = new ArrayList<>();
      for (Row r : df.collectAsList()) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < cols.length; i++) {
          Object v = r.get(i);
          if (v instanceof java.sql.Date d) v = d.toLocalDate().toString();
          else if (v instanceof java.time.LocalDate d) v = d.toString();
          else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) v = null;
          m.put(cols[i], v);
        }
        out.add(m);
      }
      return out;
    }

    static String str(Object o) {
      return o == null ? "" : o.toString();
    }
  }

  static final String BOOT = """
      (function () {
        var specs = JSON.parse(document.getElementById('chart-specs').textContent);
        var ids = Object.keys(specs);
        var failed = 0;
        Promise.all(ids.map(function (id) {
          return vegaEmbed('#' + id, specs[id], {renderer: 'svg', actions: false})
            .catch(function (e) { failed++; console.error('chart ' + id + ' failed: ' + e); });
        })).then(function () {
          document.body.setAttribute('data-charts', failed ? 'failed' : 'ready');
        });
      })();
      """;

  static final String CSS = """
      body{font:14px/1.4 system-ui,sans-serif;margin:0 24px 48px;color:#222;max-width:1400px}
      header{border-bottom:1px solid #ccc;margin-bottom:12px} h1{font-size:22px} h2{font-size:18px;margin-top:32px}
      nav a{margin-right:4px} figure{margin:16px 0} figcaption{color:#555;margin-bottom:6px}
      table.kv th{text-align:left;padding-right:16px;font-weight:normal;color:#555}
      table.data{border-collapse:collapse;width:100%} table.data th,table.data td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
      td.quote{max-width:380px} td.url{max-width:240px;word-break:break-all} .empty{color:#888;font-style:italic}
      """;
}
