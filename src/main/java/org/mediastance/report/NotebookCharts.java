package org.mediastance.report;
import org.mediastance.io.Escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The report's Vega-Lite charts for notebooks: builds the same specifications as the report
 * ({@link Charts}) from a DataFrame and renders each as a self-contained HTML fragment — an iframe
 * whose page inlines the bundled vega, vega-lite and vega-embed, so the chart draws offline in
 * Jupyter and the fragment can be saved as a page. Each fragment carries the ~1 MB of bundled
 * scripts. Stateless and thread-safe.
 */
public final class NotebookCharts {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile String scripts;

  private NotebookCharts() {}

  /** A Vega-Lite specification with its data inlined. */
  public record Chart(Map<String, Object> spec) {
    /** Number of data rows in the chart. */
    @SuppressWarnings("unchecked")
    public int points() {
      return ((List<Object>) ((Map<String, Object>) spec.get("data")).get("values")).size();
    }

    public String json() {
      try {
        return JSON.writeValueAsString(spec);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    /** A standalone HTML page drawing the chart (no network). */
    public String page() {
      return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + scripts() + "</head><body>"
          + "<div id=\"c\"></div><script>vegaEmbed('#c', " + Escape.jsonForScript(json())
          + ", {renderer: 'svg', actions: false}).catch(function (e) {"
          + " document.getElementById('c').textContent = 'chart failed: ' + e; });</script></body></html>";
    }

    /** An HTML fragment for a notebook output: an iframe holding {@link #page()}. */
    public String html() {
      return "<iframe style=\"border:0;width:100%;height:" + height() + "px\" srcdoc=\""
          + Escape.html(page()) + "\"></iframe>";
    }

    /** Writes {@link #page()} to a file. */
    public Path save(Path file) {
      try {
        Files.writeString(file, page(), StandardCharsets.UTF_8);
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private int height() {
      Object h = spec.get("height");
      int rows = Math.max(1, points());
      if (h instanceof Integer i) return Math.min(2000, i + 140);
      return Math.min(2000, 140 + 22 * Math.min(rows, 60));
    }
  }

  /** Stacked bars over time ({@code x} a date column), one colour per {@code color} category. */
  public static Chart stackedTime(String title, Dataset<Row> df, String x, String y, String color,
      String yTitle, boolean normalize) {
    Map<String, Object> spec = Charts.stackedTime(title, Part.rows(df), x, y, color, yTitle, "period");
    if (normalize) {
      @SuppressWarnings("unchecked")
      Map<String, Object> enc = (Map<String, Object>) spec.get("encoding");
      enc.put("y", Charts.field(y, "quantitative", "title", yTitle, "aggregate", "sum", "stack", "normalize"));
    }
    return new Chart(spec);
  }

  /**
   * Voice share small multiples: columns outlet, period, period_start, government, statements,
   * share, and optionally total (then periods with fewer than {@code minN} statements are faded).
   */
  public static Chart voiceFacets(String title, Dataset<Row> df, int minN) {
    return new Chart(Charts.voiceFacets(title, Part.rows(df), minN, "period"));
  }

  /** The same without fading. */
  public static Chart voiceFacets(String title, Dataset<Row> df) {
    return voiceFacets(title, df, 0);
  }

  /** Stance heatmap: columns outlet, pair (e.g. "USA → RUS"), n, mean, ci_low, ci_high. */
  public static Chart stanceHeatmap(String title, Dataset<Row> df) {
    Map<String, Object> s = Charts.base(title, Part.rows(df));
    s.put("mark", Charts.m("type", "rect", "tooltip", true));
    s.put("encoding", Charts.m(
        "x", Charts.field("pair", "nominal", "title", "speaker government → target", "axis", Charts.m("labelAngle", -40)),
        "y", Charts.field("outlet", "nominal", "title", "outlet"),
        "color", Charts.field("mean", "quantitative", "title", "mean stance",
            "scale", Charts.m("scheme", "redblue", "domain", List.of(-1, 1)))));
    s.put("width", Charts.m("step", 28));
    s.put("height", Charts.m("step", 20));
    return new Chart(s);
  }

  /** Horizontal bars of {@code val} per {@code cat}. */
  public static Chart bars(String title, Dataset<Row> df, String cat, String val) {
    return new Chart(Charts.bars(title, Part.rows(df), cat, val));
  }

  /** The first {@code max} rows of a frame as an HTML table (every value escaped), with the row count. */
  public static String table(Dataset<Row> df, int max) {
    List<java.util.Map<String, Object>> rows = Part.rows(df.limit(max));
    StringBuilder b = new StringBuilder("<table><thead><tr>");
    for (String c : df.columns()) b.append("<th>").append(Escape.html(c)).append("</th>");
    b.append("</tr></thead><tbody>");
    for (java.util.Map<String, Object> r : rows) {
      b.append("<tr>");
      for (String c : df.columns()) {
        Object v = r.get(c);
        String t = v == null ? "" : v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.3f", d) : v.toString();
        b.append("<td style=\"text-align:left;max-width:520px\">").append(Escape.html(t)).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table><p>").append(rows.size()).append(rows.size() == max ? "+" : "").append(" rows</p>");
    return b.toString();
  }

  private static String scripts() {
    String s = scripts;
    if (s == null) {
      StringBuilder b = new StringBuilder();
      for (String js : List.of("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")) {
        b.append("<script>").append(ReportWriter.vendor(js)).append("</script>");
      }
      scripts = s = b.toString();
    }
    return s;
  }
}
