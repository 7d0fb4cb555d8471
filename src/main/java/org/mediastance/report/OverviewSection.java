package org.mediastance.report;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.io.Escape;

/**
 * Corpus overview: the counts of metrics/corpus, quarantined input records by reason (the run's
 * {@code quarantine/} JSON lines, optional) and articles per period (metrics/articles_per_period).
 */
final class OverviewSection implements Section {
  @Override
  public void write(Part p) throws IOException {
    Row r = p.metric("corpus", "articles", "outlets", "first_date", "last_date", "undated_articles",
        "statements", "government_statements").first();
    Map<String, Object> corpus = new LinkedHashMap<>();
    corpus.put("articles", r.<Long>getAs("articles"));
    corpus.put("outlets", r.<Long>getAs("outlets"));
    corpus.put("first_date", Part.str(r.getAs("first_date")));
    corpus.put("last_date", Part.str(r.getAs("last_date")));
    corpus.put("undated_articles", r.isNullAt(r.fieldIndex("undated_articles")) ? 0L : r.<Long>getAs("undated_articles"));
    corpus.put("statements", r.<Long>getAs("statements"));
    corpus.put("government_statements", r.<Long>getAs("government_statements"));
    List<Map<String, Object>> q = quarantine(p);
    corpus.put("quarantined", q.stream().mapToLong(x -> (Long) x.get("records")).sum());
    p.summary.put("period", p.cfg.period());
    p.summary.put("min_cell_n", p.cfg.minCellN());
    p.summary.put("corpus", corpus);
    p.summary.put("quarantine_by_reason", q);

    StringBuilder body = p.body;
    String period = p.cfg.period();
    p.lede.append("Statements by government actors in ").append(corpus.get("articles")).append(" articles from ")
        .append(corpus.get("outlets")).append(" outlets, ").append(Escape.html(corpus.get("first_date") + " to "
            + corpus.get("last_date"))).append(": who says what about whom (stance), in which frames, in which "
            + "outlets, and how it changed, per <b>").append(Escape.html(period)).append("</b> (")
        .append(Escape.html(p.periodRule)).append("). Marks resting on fewer than ")
        .append(p.cfg.minCellN()).append(" statements (<code>min_cell_n</code>) are faded or grey; click any mark for "
            + "the statements behind it.");
    body.append("<section id=\"overview\"><h2>Corpus overview</h2><div class=\"stats\">");
    corpus.forEach((k, v) -> body.append("<div>").append(Escape.html(k.replace('_', ' '))).append(": <b>")
        .append(Escape.html(String.valueOf(v))).append("</b></div>"));
    body.append("</div>");
    List<Map<String, Object>> perPeriod = Part.rows(p.metric("articles_per_period", "period", "period_start",
        "outlet", "articles").select("period", "period_start", "outlet", "articles").orderBy("period", "outlet"));
    Object[] axis = p.timeAxis();
    Map<String, Object> spec = Charts.limitTime(Charts.stackedTime("Articles per " + period, perPeriod,
        "period_start", "articles", "outlet", "articles", period), axis);
    if (axis != null) {
      p.summary.put("time_axis", Charts.m("first", axis[0], "last", axis[1], "articles_outside", axis[2]));
      p.lede.append(" Time axes run from the ").append(Escape.html(period)).append(" starting ")
          .append(Escape.html(String.valueOf(axis[0]))).append(" to the one starting ")
          .append(Escape.html(String.valueOf(axis[1]))).append(", the periods holding at least ")
          .append(Math.round(Part.AXIS_MIN_SHARE * 100)).append("% of the busiest one's articles; ")
          .append(axis[2]).append(" articles dated outside them are in every table and CSV.");
    }
    Charts.explore(spec, "outlet", "outlet", "period", "period");
    p.chart("articles_per_period", "Articles per " + period + " (top outlets, rest as (other))", spec,
        perPeriod, List.of("period", "period_start", "outlet", "articles"));
    if (q.isEmpty()) {
      p.csv("quarantine_by_reason.csv", q, List.of("reason", "records"));
      body.append("<p class=\"note\">No input record was quarantined (<a href=\"quarantine_by_reason.csv\">"
          + "quarantine_by_reason.csv</a>).</p>");
    } else {
      p.chart("quarantine_by_reason", "Quarantined input records by reason",
        Charts.bars("Quarantined records by reason", q, "reason", "records"), q, List.of("reason", "records"));
    }
    body.append("</section>");
  }

  /** Quarantined records by reason (most first), from the run's quarantine/ folder if it has any file. */
  static List<Map<String, Object>> quarantine(Part p) {
    Path qd = p.outDir.resolve("quarantine");
    if (!Files.exists(qd)) return new ArrayList<>();
    try (Stream<Path> s = Files.walk(qd)) {
      if (s.noneMatch(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")
          && !f.getFileName().toString().startsWith("_"))) {
        return new ArrayList<>();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Dataset<Row> q = p.spark.read().json(qd.toString());
    if (!List.of(q.columns()).contains("reason")) return new ArrayList<>();
    return Part.rows(q.groupBy(coalesce(col("reason"), lit(Aggregator.UNKNOWN)).as("reason"))
        .agg(count(lit(1)).as("records")).orderBy(col("records").desc(), col("reason")));
  }
}
