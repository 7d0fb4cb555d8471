package org.mediastance.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vega-Lite specifications for the report's charts, as plain maps (serialised with Jackson). Data
 * is inlined as {@code data.values}; every chart has a fixed width so it renders with a size when
 * opened from disk. Stateless.
 */
final class Charts {
  private Charts() {}

  static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

  static Map<String, Object> m(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  static Map<String, Object> base(String title, List<Map<String, Object>> values) {
    return m("$schema", SCHEMA, "title", title, "data", m("values", values),
        "config", m("view", m("stroke", null), "axis", m("labelLimit", 220)));
  }

  static Map<String, Object> field(String f, String type, Object... more) {
    Map<String, Object> m = m("field", f, "type", type);
    for (int i = 0; i < more.length; i += 2) m.put((String) more[i], more[i + 1]);
    return m;
  }

  /** Stacked bars over time, one colour per category. */
  static Map<String, Object> stackedTime(String title, List<Map<String, Object>> v, String x, String y,
      String color, String yTitle, boolean normalize) {
    Map<String, Object> s = base(title, v);
    s.put("width", 820);
    s.put("height", 260);
    s.put("mark", m("type", "bar", "tooltip", true));
    s.put("encoding", m(
        "x", field(x, "temporal", "title", "period start", "timeUnit", "yearmonthdate"),
        "y", field(y, "quantitative", "title", yTitle, "aggregate", "sum", "stack", normalize ? "normalize" : "zero"),
        "color", field(color, "nominal", "title", color, "scale", m("scheme", "tableau20"))));
    return s;
  }

  /** Small multiples: one row of stacked bars per outlet. */
  static Map<String, Object> voiceFacets(String title, List<Map<String, Object>> v) {
    Map<String, Object> s = base(title, v);
    s.put("width", 760);
    s.put("height", 46);
    s.put("mark", m("type", "bar", "tooltip", true));
    s.put("encoding", m(
        "row", field("outlet", "nominal", "title", null, "header", m("labelAngle", 0, "labelAlign", "left", "labelLimit", 180)),
        "x", field("period_start", "temporal", "title", "period start", "timeUnit", "yearmonthdate"),
        "y", field("share", "quantitative", "title", "share", "aggregate", "sum", "stack", "zero", "axis", m("tickCount", 2)),
        "color", field("government", "nominal", "title", "government", "scale", m("scheme", "tableau10")),
        "tooltip", List.of(field("outlet", "nominal"), field("period", "nominal"), field("government", "nominal"),
            field("statements", "quantitative"), field("share", "quantitative", "format", ".2f"))));
    s.put("resolve", m("scale", m("x", "shared")));
    return s;
  }

  /** Heatmap with a diverging colour scale from -1 to 1. */
  static Map<String, Object> stanceHeatmap(String title, List<Map<String, Object>> v) {
    Map<String, Object> s = base(title, v);
    s.put("mark", m("type", "rect", "tooltip", true));
    s.put("encoding", m(
        "x", field("pair", "nominal", "title", "speaker government → target", "axis", m("labelAngle", -40)),
        "y", field("outlet", "nominal", "title", "outlet"),
        "color", field("mean", "quantitative", "title", "mean stance",
            "scale", m("scheme", "redblue", "domain", List.of(-1, 1))),
        "tooltip", List.of(field("outlet", "nominal"), field("pair", "nominal"), field("n", "quantitative"),
            field("mean", "quantitative", "format", ".2f"), field("ci_low", "quantitative", "format", ".2f"),
            field("ci_high", "quantitative", "format", ".2f"))));
    s.put("width", m("step", 28));
    s.put("height", m("step", 20));
    return s;
  }

  /** Symmetric outlet × outlet JSD heatmaps, one per measure. */
  static Map<String, Object> divergence(String title, List<Map<String, Object>> v) {
    Map<String, Object> s = base(title, v);
    s.put("mark", m("type", "rect", "tooltip", true));
    s.put("encoding", m(
        "column", field("measure", "nominal", "title", null),
        "x", field("outlet_a", "nominal", "title", null, "axis", m("labelAngle", -40)),
        "y", field("outlet_b", "nominal", "title", null),
        "color", field("jsd", "quantitative", "title", "JSD (bits)", "scale", m("scheme", "viridis", "domain", List.of(0, 1))),
        "tooltip", List.of(field("measure", "nominal"), field("outlet_a", "nominal"), field("outlet_b", "nominal"),
            field("jsd", "quantitative", "format", ".3f"), field("periods", "quantitative"),
            field("jsd_pooled", "quantitative", "format", ".3f"))));
    s.put("width", m("step", 18));
    s.put("height", m("step", 18));
    return s;
  }

  /** Horizontal stacked bars: per reciprocal pair, how many outlets carried both, one or neither side. */
  static Map<String, Object> reciprocal(String title, List<Map<String, Object>> v) {
    Map<String, Object> s = base(title, v);
    s.put("width", 640);
    s.put("height", m("step", 22));
    s.put("mark", m("type", "bar", "tooltip", true));
    s.put("encoding", m(
        "y", field("pair", "nominal", "title", null, "sort", null),
        "x", field("outlets", "quantitative", "title", "outlets", "stack", "zero"),
        "color", field("carried", "nominal", "title", "carried",
            "scale", m("domain", List.of("both", "only_a", "only_b", "neither"),
                "range", List.of("#4c78a8", "#f58518", "#e45756", "#bab0ac")))));
    return s;
  }

  /** Simple horizontal bars. */
  static Map<String, Object> bars(String title, List<Map<String, Object>> v, String cat, String val) {
    Map<String, Object> s = base(title, v);
    s.put("width", 500);
    s.put("height", m("step", 20));
    s.put("mark", m("type", "bar", "tooltip", true));
    s.put("encoding", m(
        "y", field(cat, "nominal", "title", cat, "sort", "-x"),
        "x", field(val, "quantitative", "title", val)));
    return s;
  }
}
