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

  /**
   * Which datum fields a click on a mark filters the statements explorer by (filter → field);
   * kept in the spec's {@code usermeta}, read by the page script.
   */
  static void explore(Map<String, Object> spec, String... filterField) {
    spec.put("usermeta", m("explore", m(filterField)));
  }

  /** A time axis labelled for the period: years, quarters, months or days. */
  static Map<String, Object> timeX(String f, String period) {
    String fmt = switch (period) {
      case "year" -> "%Y";
      case "quarter" -> "%Y Q%q";
      case "month" -> "%Y-%m";
      default -> "%Y-%m-%d";
    };
    // one tick per period at most: a short span would otherwise get half-year ticks labelled "2012 2012"
    Object ticks = switch (period) {
      case "year" -> m("interval", "year", "step", 1);
      case "quarter" -> m("interval", "month", "step", 3);
      case "month" -> m("interval", "month", "step", 1);
      case "week" -> m("interval", "week", "step", 1);
      case "day" -> m("interval", "day", "step", 1);
      default -> null;
    };
    Map<String, Object> axis = m("format", fmt, "labelOverlap", true);
    if (ticks != null) {
      axis.put("tickCount", ticks);
    }
    return field(f, "temporal", "title", period + " start", "axis", axis);
  }

  /**
   * Limits every temporal {@code period_start} x axis in the spec to [first, last] (ISO dates, from
   * {@link Part#timeAxis()}) and clips the marks, so stray early or late dates leave no empty axis;
   * no change when {@code axis} is null.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> limitTime(Map<String, Object> spec, Object[] axis) {
    if (axis == null) {
      return spec;
    }
    for (Map.Entry<String, Object> e : spec.entrySet()) {
      Object v = e.getValue();
      if (e.getKey().equals("x") && v instanceof Map<?, ?> x && "temporal".equals(x.get("type"))
          && "period_start".equals(x.get("field"))) {
        ((Map<String, Object>) x).put("scale", m("domain", List.of(dateTime((String) axis[0]),
            dateTime((String) axis[1])), "padding", 8));
      } else if (e.getKey().equals("mark") && v instanceof Map<?, ?> mk) {
        ((Map<String, Object>) mk).put("clip", true);
      } else if (v instanceof Map<?, ?> sub) {
        limitTime((Map<String, Object>) sub, axis);
      } else if (v instanceof List<?> l) {
        for (Object o : l) {
          if (o instanceof Map<?, ?> sub) {
            limitTime((Map<String, Object>) sub, axis);
          }
        }
      }
    }
    return spec;
  }

  private static Map<String, Object> dateTime(String iso) {
    java.time.LocalDate d = java.time.LocalDate.parse(iso.substring(0, 10));
    return m("year", d.getYear(), "month", d.getMonthValue(), "date", d.getDayOfMonth());
  }

  /** Stacked bars over time, one colour per category; one input row per bar segment (no aggregation). */
  static Map<String, Object> stackedTime(String title, List<Map<String, Object>> v, String x, String y,
      String color, String yTitle, String period) {
    Map<String, Object> s = base(title, v);
    s.put("width", 820);
    s.put("height", 120);
    s.put("mark", m("type", "bar", "tooltip", true, "cursor", "pointer"));
    s.put("encoding", m(
        "x", timeX(x, period),
        "y", field(y, "quantitative", "title", yTitle, "stack", "zero"),
        "color", field(color, "nominal", "title", color, "scale", m("scheme", "tableau20"))));
    return s;
  }

  /**
   * Small multiples, one row per outlet: each government's share of the outlet's statements per
   * period as points sized by statements (not joined: a gap is a gap); periods where the outlet has fewer
   * than {@code minN} statements are faded.
   */
  static Map<String, Object> voiceFacets(String title, List<Map<String, Object>> v, int minN, String period) {
    Map<String, Object> s = base(title, v);
    Map<String, Object> x = timeX("period_start", period);
    Map<String, Object> y = field("share", "quantitative", "title", "share", "scale", m("domain", List.of(0, 1)),
        "axis", m("tickCount", 2, "format", ".0%"));
    Map<String, Object> color = field("government", "nominal", "title", "government", "scale", m("scheme", "tableau10"));
    Map<String, Object> points = m("mark", m("type", "circle", "tooltip", true, "cursor", "pointer"),
        "encoding", m("x", x, "y", y, "color", color,
            "size", field("statements", "quantitative", "title", "statements", "scale", m("range", List.of(12, 260))),
            "opacity", minN <= 0 ? m("value", 0.9) : m("condition", m("test", "datum.total >= " + minN, "value", 0.9), "value", 0.2),
            "tooltip", List.of(field("outlet", "nominal"), field("period", "nominal"), field("government", "nominal"),
                field("statements", "quantitative"), field("total", "quantitative", "title", "outlet total"),
                field("share", "quantitative", "format", ".0%"))));
    s.put("facet", m("row", field("outlet", "nominal", "title", null,
        "header", m("labelAngle", 0, "labelAlign", "left", "labelLimit", 170))));
    s.put("spec", m("width", 760, "height", 44, "layer", List.of(points)));
    s.put("resolve", m("scale", m("x", "shared")));
    s.put("spacing", 4);
    explore(s, "outlet", "outlet", "period", "period", "government", "government");
    return s;
  }

  /**
   * The stance matrix, all outlets pooled: speaker governments (rows) × targets (columns, in
   * target_rank order, persons and organisations labelled with their government). Colour is the
   * mean on a diverging scale from −1 to 1, its opacity grows with n; cells under {@code minN} are
   * grey; every cell prints its n.
   */
  static Map<String, Object> stanceMatrix(String title, List<Map<String, Object>> v, int minN) {
    Map<String, Object> s = base(title, v);
    s.put("transform", List.of(
        m("calculate", "datum.target_type == 'government' || datum.target_group == '(none)' ? datum.target : datum.target + ' (' + datum.target_group + ')'",
            "as", "column"),
        m("calculate", "min(1, datum.n / " + (4 * minN) + ")", "as", "weight")));
    Map<String, Object> x = field("column", "nominal", "title", "target (governments, then persons and organisations by government)",
        "sort", m("field", "target_rank", "op", "min"), "axis", m("labelAngle", -45, "orient", "top"));
    Map<String, Object> y = field("government", "nominal", "title", "speaker government",
        "sort", m("field", "government_rank", "op", "min"));
    List<Object> tooltip = List.of(field("government", "nominal", "title", "speaker"), field("target", "nominal"),
        field("target_group", "nominal", "title", "target's government"), field("n", "quantitative"),
        field("mean", "quantitative", "format", ".2f"), field("ci_low", "quantitative", "format", ".2f"),
        field("ci_high", "quantitative", "format", ".2f"));
    Map<String, Object> rect = m("mark", m("type", "rect", "tooltip", true, "cursor", "pointer", "stroke", "#fff"),
        "encoding", m("x", x, "y", y,
            "color", m("condition", m("test", "datum.n < " + minN, "value", "#e6e6e6"),
                "field", "mean", "type", "quantitative", "title", "mean stance",
                "scale", m("scheme", "redblue", "domain", List.of(-1, 1))),
            "opacity", m("condition", m("test", "datum.n < " + minN, "value", 1),
                "field", "weight", "type", "quantitative", "scale", m("domain", List.of(0, 1), "range", List.of(0.3, 1)),
                "legend", null),
            "tooltip", tooltip));
    Map<String, Object> text = m("mark", m("type", "text", "fontSize", 9, "cursor", "pointer"),
        "encoding", m("x", x, "y", y, "text", field("n", "quantitative"),
            "color", m("condition", m("test", "datum.n < " + minN, "value", "#999"), "value", "#222"),
            "tooltip", tooltip));
    s.put("layer", List.of(rect, text));
    s.put("width", m("step", 30));
    s.put("height", m("step", 22));
    explore(s, "government", "government", "target", "target");
    return s;
  }

  /**
   * Mean stance with its 95% bootstrap interval per outlet, one panel per (government → target)
   * pair; cells under {@code minN} are left out; the pooled row (all outlets) in black.
   */
  static Map<String, Object> stanceIntervals(String title, List<Map<String, Object>> v, int minN) {
    Map<String, Object> s = base(title, v);
    s.put("transform", List.of(m("filter", "datum.n >= " + minN)));
    Map<String, Object> y = field("outlet", "nominal", "title", null, "sort", m("field", "n", "op", "max", "order", "descending"));
    Map<String, Object> c = m("condition", m("test", "datum.outlet == '(all)'", "value", "#000"), "value", "#4c78a8");
    List<Object> tooltip = List.of(field("outlet", "nominal"), field("pair", "nominal"), field("n", "quantitative"),
        field("mean", "quantitative", "format", ".2f"), field("ci_low", "quantitative", "format", ".2f"),
        field("ci_high", "quantitative", "format", ".2f"));
    Map<String, Object> rule = m("mark", m("type", "rule", "tooltip", true, "cursor", "pointer"),
        "encoding", m("y", y, "x", field("ci_low", "quantitative", "title", "mean stance, 95% interval",
            "scale", m("domain", List.of(-1, 1))), "x2", field("ci_high", "quantitative"), "color", c, "tooltip", tooltip));
    Map<String, Object> point = m("mark", m("type", "point", "filled", true, "tooltip", true, "cursor", "pointer"),
        "encoding", m("y", y, "x", field("mean", "quantitative"), "color", c,
            "size", field("n", "quantitative", "scale", m("range", List.of(20, 200)), "legend", null), "tooltip", tooltip));
    s.put("facet", field("pair", "nominal", "title", null, "header", m("labelFontWeight", "bold")));
    // three columns: each panel carries its own outlet labels, and four overflow 1400 px
    s.put("columns", 3);
    s.put("spec", m("width", 230, "height", m("step", 14), "layer", List.of(rule, point)));
    s.put("resolve", m("scale", m("y", "independent")));
    explore(s, "outlet", "outlet", "government", "government", "target", "target");
    return s;
  }

  /**
   * One small chart per frame: its share of frame uses per period as a line with points sized by
   * the frame's hits; periods with fewer than {@code minN} frame uses in all are faded.
   */
  static Map<String, Object> frameFacets(String title, List<Map<String, Object>> v, int minN, String period) {
    Map<String, Object> s = base(title, v);
    Map<String, Object> x = timeX("period_start", period);
    Map<String, Object> y = field("share", "quantitative", "title", "share", "axis", m("format", ".0%", "tickCount", 3));
    Map<String, Object> line = m("mark", m("type", "line", "strokeWidth", 1, "color", "#888"), "encoding", m("x", x, "y", y));
    Map<String, Object> points = m("mark", m("type", "circle", "tooltip", true, "cursor", "pointer", "color", "#4c78a8"),
        "encoding", m("x", x, "y", y,
            "size", field("hits", "quantitative", "title", "frame uses", "scale", m("range", List.of(10, 160))),
            "opacity", m("condition", m("test", "datum.hits_total >= " + minN, "value", 0.9), "value", 0.2),
            "tooltip", List.of(field("frame", "nominal"), field("period", "nominal"), field("hits", "quantitative"),
                field("hits_total", "quantitative", "title", "all frame uses"), field("share", "quantitative", "format", ".0%"))));
    s.put("facet", field("frame", "nominal", "title", null, "header", m("labelFontWeight", "bold")));
    s.put("columns", 4);
    s.put("spec", m("width", 250, "height", 70, "layer", List.of(line, points)));
    explore(s, "period", "period", "frame", "frame");
    return s;
  }

  /** Symmetric outlet × outlet JSD heatmaps, one per measure. */
  static Map<String, Object> divergence(String title, List<Map<String, Object>> v) {
    Map<String, Object> s = base(title, v);
    s.put("mark", m("type", "rect", "tooltip", true, "cursor", "pointer"));
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
    explore(s, "outlet", "outlet_a");
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
    explore(s, "government", "government_a", "target", "government_b");
    return s;
  }

  /** Reciprocal exchanges on a time axis: one row per exchange, each statement a point coloured by side. */
  static Map<String, Object> reciprocalTimeline(String title, List<Map<String, Object>> v) {
    Map<String, Object> s = base(title, v);
    s.put("width", 820);
    s.put("height", m("step", 22));
    s.put("transform", List.of(m("calculate", "round((toDate(datum.published) - toDate(datum.window_start)) / 864e5)",
        "as", "day")));
    s.put("mark", m("type", "point", "filled", true, "size", 70, "opacity", 0.8, "tooltip", true, "cursor", "pointer"));
    s.put("encoding", m(
        "y", field("exchange", "nominal", "title", null, "sort", null),
        "x", field("day", "quantitative", "title", "days since the exchange began"),
        "shape", field("which", "nominal", "title", "side", "scale", m("domain", List.of("A", "B"), "range", List.of("circle", "triangle-up"))),
        "color", field("which", "nominal", "title", "side", "scale", m("domain", List.of("A", "B"), "range", List.of("#4c78a8", "#e45756"))),
        "tooltip", List.of(field("side", "nominal"), field("published", "nominal"),
            field("speaker", "nominal"), field("outlet", "nominal"), field("statement_id", "nominal"))));
    explore(s, "government", "government", "target", "target", "outlet", "outlet");
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
