package org.mediastance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mediastance.config.JobConfig;
import org.mediastance.config.UsageException;
import org.mediastance.io.CsvOut;
import org.mediastance.io.Escape;
import org.mediastance.model.Columns;

/**
 * What one report section writes: its HTML body, chart specs, CSV files (into {@code dir}) and
 * summary entries, merged by {@link ReportWriter} in section order. Inputs are the run's
 * {@code metrics/} tables only ({@link #metric}).
 */
final class Part {
  final SparkSession spark;
  final Path outDir;
  final JobConfig cfg;
  final Path dir;
  /** The top outlets (metrics/top_outlets), in rank order. */
  final List<String> top;
  final Map<String, Object> summary = new LinkedHashMap<>();
  final Map<String, Object> specs = new LinkedHashMap<>();
  final List<Map<String, Object>> files = new ArrayList<>();
  final StringBuilder body = new StringBuilder();
  /** How the period was chosen (metrics/period_choice). */
  String periodRule = "";
  /** HTML for the header's first paragraph (the overview section writes it). */
  StringBuilder lede = new StringBuilder();
  /** HTML after {@code </main>} (the explorer panel). */
  final StringBuilder aside = new StringBuilder();
  /** JSON blocks for the page script: element id → value. */
  final Map<String, Object> data = new LinkedHashMap<>();

  Part(SparkSession spark, Path outDir, JobConfig cfg, Path dir, List<String> top) {
    this.spark = spark;
    this.outDir = outDir;
    this.cfg = cfg;
    this.dir = dir;
    this.top = top;
  }

  /** Share of the busiest period's articles a period at either end needs to be on the time axes. */
  static final double AXIS_MIN_SHARE = 0.01;

  /**
   * The span the time axes show: from the first to the last period holding at least
   * {@link #AXIS_MIN_SHARE} of the busiest period's articles, as {first, last, articles outside};
   * null when every period qualifies (then the axes span the data). A handful of stray dates (one
   * article in 2001 in a corpus of 2012–2020) would otherwise leave most of every time axis empty.
   */
  Object[] timeAxis() {
    return axis.updateAndGet(v -> v != null ? v : java.util.Optional.ofNullable(readTimeAxis()))
        .orElse(null);
  }

  /** The time axis, computed once per page and shared by its sections' parts. */
  private java.util.concurrent.atomic.AtomicReference<java.util.Optional<Object[]>> axis =
      new java.util.concurrent.atomic.AtomicReference<>();

  private Object[] readTimeAxis() {
    java.util.TreeMap<String, Long> perPeriod = new java.util.TreeMap<>();
    for (Map<String, Object> r : rows(metric("articles_per_period", "period_start", "articles")
        .select("period_start", "articles"))) {
      if (r.get("period_start") != null) {
        perPeriod.merge(String.valueOf(r.get("period_start")), ((Number) r.get("articles")).longValue(), Long::sum);
      }
    }
    long max = perPeriod.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<String> dense = perPeriod.entrySet().stream().filter(e -> e.getValue() >= max * AXIS_MIN_SHARE)
        .map(Map.Entry::getKey).toList();
    if (dense.isEmpty() || dense.size() == perPeriod.size()) {
      return null;
    }
    String first = dense.get(0);
    String last = dense.get(dense.size() - 1);
    long outside = perPeriod.entrySet().stream()
        .filter(e -> e.getKey().compareTo(first) < 0 || e.getKey().compareTo(last) > 0)
        .mapToLong(Map.Entry::getValue).sum();
    return outside == 0 ? null : new Object[] {first, last, outside};
  }

  /** A part for another section: the same inputs, its own body, specs, files and summary. */
  Part part() {
    Part p = new Part(spark, outDir, cfg, dir, top);
    p.periodRule = periodRule;
    p.axis = axis;
    return p;
  }

  /**
   * The table {@code metrics/<name>/}, checked for the columns the section reads; a missing table
   * or column is a {@link UsageException} naming it (the report does not aggregate).
   */
  Dataset<Row> metric(String name, String... cols) {
    Path p = outDir.resolve("metrics").resolve(name);
    if (!Files.isDirectory(p)) {
      throw new UsageException("report: " + p + " is missing (aggregate first: mediastance report --from "
          + outDir + ")");
    }
    Dataset<Row> df = spark.read().parquet(p.toString());
    Columns.require(df, "report (metrics/" + name + ")", cols);
    return df;
  }

  /** A figure: CSV {@code id.csv} of {@code data}, and a chart unless the data are empty. */
  void chart(String id, String caption, Map<String, Object> spec, List<Map<String, Object>> data, List<String> cols) {
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

  /** Writes {@code data} as {@code dir/file} with columns {@code cols} and lists it in summary.json. */
  void csv(String file, List<Map<String, Object>> data, List<String> cols) throws IOException {
    long n = CsvOut.write(Escape.inside(dir, file), cols, data.stream()
        .map(m -> cols.stream().map(m::get).toArray()).iterator());
    files.add(Charts.m("file", file, "rows", n, "columns", cols));
  }

  /** Collected rows as column → value maps; dates as ISO strings, NaN and infinities as null. */
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
