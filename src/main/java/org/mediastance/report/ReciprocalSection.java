package org.mediastance.report;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mediastance.io.Escape;

/**
 * Reciprocal claims: coverage chart and table of the pairs carried by most outlets, and every
 * statement of both sides (metrics/reciprocal_pairs, reciprocal_outlets, reciprocal_statements).
 */
final class ReciprocalSection implements Section {
  static final int MAX_PAIRS_SHOWN = 40;
  static final List<String> CARRIED = List.of("both", "only_a", "only_b", "neither");

  /** Exchanges on the timeline: the first ones of the table. */
  static final int TIMELINE_PAIRS = 12;

  /**
   * The exchanges as a timeline: one row per exchange, each side's statements as points on their
   * dates (colour: side), the outlet in the tooltip; a click opens that side's statements.
   */
  static void timeline(Part p, List<Map<String, Object>> pairs, List<Map<String, Object>> st) {
    Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Map<String, Object> r : pairs.subList(0, Math.min(TIMELINE_PAIRS, pairs.size()))) byId.put(r.get("pair_id"), r);
    List<Map<String, Object>> v = new ArrayList<>();
    for (Map<String, Object> s : st) {
      Map<String, Object> r = byId.get(s.get("pair_id"));
      if (r == null || s.get("published") == null) continue;
      boolean a = "a".equalsIgnoreCase(Part.str(s.get("side")));
      Object gov = a ? r.get("government_a") : r.get("government_b");
      Object other = a ? r.get("government_b") : r.get("government_a");
      v.add(Charts.m("exchange", r.get("government_a") + "⇄" + r.get("government_b") + " (" + r.get("frame") + "), "
              + r.get("window_start"), "window_start", r.get("window_start"), "side", gov + " → " + other, "which", a ? "A" : "B", "government", gov, "target", other,
          "frame", r.get("frame"), "published", s.get("published"), "outlet", s.get("outlet"),
          "speaker", s.get("speaker"), "statement_id", s.get("statement_id")));
    }
    p.chart("reciprocal_timeline", "Each side's statements over time, per exchange (first " + TIMELINE_PAIRS + ")",
        Charts.reciprocalTimeline("Reciprocal exchanges: who said what when", v), v,
        List.of("exchange", "window_start", "side", "which", "government", "target", "frame", "published", "outlet", "speaker", "statement_id"));
  }

  @Override
  public void write(Part p) throws IOException {
    StringBuilder body = p.body;
    List<Map<String, Object>> pairs = Part.rows(p.metric("reciprocal_pairs", "pair_id", "frame", "government_a",
            "speaker_a", "date_a", "quote_a", "government_b", "speaker_b", "date_b", "quote_b", "days_apart",
            "outlets_both", "outlets_only_a", "outlets_only_b", "outlets_neither", "confidence", "statements_a",
            "statements_b", "speakers_a", "speakers_b", "last_date", "window_start")
        .orderBy(col("confidence").desc(), col("outlets_both").plus(col("outlets_only_a")).plus(col("outlets_only_b")).desc(),
            col("pair_id"))
        .limit(MAX_PAIRS_SHOWN));
    List<Map<String, Object>> cov = new ArrayList<>();
    for (Map<String, Object> r : pairs) {
      String label = r.get("pair_id") + " " + r.get("government_a") + "⇄" + r.get("government_b") + " (" + r.get("frame") + ")";
      for (String c : CARRIED) {
        cov.add(Charts.m("pair", label, "pair_id", r.get("pair_id"), "carried", c, "outlets", r.get("outlets_" + c),
            "government_a", r.get("government_a"), "government_b", r.get("government_b")));
      }
    }
    body.append("<section id=\"reciprocal\"><h2>Reciprocal claims</h2><p>Government A speaks against "
        + "B and B against A in the same frame, no two consecutive claims more than " + p.cfg.reciprocalWindowDays()
        + " days apart; a claim is a government voice's statement with a −1 stance of confidence at least "
        + p.cfg.reciprocalMinConfidence() + " toward the other government. One exchange holds all its statements; "
        + "its confidence is the weaker side's (noisy-OR of that side's remarks). Outlets counted are those that "
        + "quoted either government in the window.</p>");
    p.chart("reciprocal_coverage", "Outlets carrying both sides, one side or neither",
        Charts.reciprocal("Which outlets carried which side", cov), cov, List.of("pair", "pair_id", "carried", "outlets", "government_a", "government_b"));
    List<Map<String, Object>> outlets = Part.rows(p.metric("reciprocal_outlets", "pair_id", "carried", "outlet")
        .orderBy("pair_id", "carried", "outlet"));
    Map<String, Map<String, List<String>>> byPair = new TreeMap<>();
    for (Map<String, Object> o : outlets) {
      byPair.computeIfAbsent((String) o.get("pair_id"), x -> new TreeMap<>())
          .computeIfAbsent((String) o.get("carried"), x -> new ArrayList<>()).add((String) o.get("outlet"));
    }
    List<Map<String, Object>> table = new ArrayList<>();
    body.append("<table class=\"data\" id=\"reciprocal-table\"><thead><tr><th>pair</th><th>frame</th>"
        + "<th>side A</th><th>quote A</th><th>side B</th><th>quote B</th><th>days apart</th><th>confidence</th>"
        + "<th>outlets: both / only A / only B / neither</th><th>explore</th></tr></thead><tbody>");
    for (Map<String, Object> r : pairs) {
      Map<String, List<String>> oc = byPair.getOrDefault((String) r.get("pair_id"), Map.of());
      body.append("<tr><td>").append(Escape.html(Part.str(r.get("pair_id")))).append("</td><td>")
          .append(Escape.html(Part.str(r.get("frame")))).append("</td><td>")
          .append(Escape.html(r.get("speakers_a") + " (" + r.get("government_a") + " → " + r.get("government_b") + "), "
              + r.get("date_a") + ", " + r.get("statements_a") + " statements"))
          .append("</td><td class=\"quote\">").append(Escape.html(Part.str(r.get("quote_a")))).append("</td><td>")
          .append(Escape.html(r.get("speakers_b") + " (" + r.get("government_b") + " → " + r.get("government_a") + "), "
              + r.get("date_b") + ", " + r.get("statements_b") + " statements"))
          .append("</td><td class=\"quote\">").append(Escape.html(Part.str(r.get("quote_b")))).append("</td><td>")
          .append(Escape.html(Part.str(r.get("days_apart")))).append("</td><td>")
          .append(Escape.html(Part.str(r.get("confidence")))).append("</td><td>");
      for (String c : CARRIED) {
        List<String> os = oc.getOrDefault(c, List.of());
        body.append("<div><b>").append(c.replace('_', ' ')).append(" (").append(os.size()).append("):</b> ")
            .append(Escape.html(String.join(", ", os.subList(0, Math.min(os.size(), 30)))))
            .append(os.size() > 30 ? " …" : "").append("</div>");
      }
      body.append("</td><td>").append(ExplorerSection.link("A → B", "government", r.get("government_a"),
              "target", r.get("government_b"), "frame", r.get("frame")))
          .append("<br>").append(ExplorerSection.link("B → A", "government", r.get("government_b"),
              "target", r.get("government_a"), "frame", r.get("frame"))).append("</td></tr>");
      Map<String, Object> t = new LinkedHashMap<>(r);
      oc.forEach((k, l) -> t.put("outlets_list_" + k, String.join("; ", l)));
      table.add(t);
    }
    body.append("</tbody></table>");
    List<String> cols = new ArrayList<>(List.of("pair_id", "frame", "government_a", "speaker_a", "date_a",
        "quote_a", "government_b", "speaker_b", "date_b", "quote_b", "days_apart", "confidence", "statements_a",
        "statements_b", "speakers_a", "speakers_b", "last_date", "outlets_both",
        "outlets_only_a", "outlets_only_b", "outlets_neither", "outlets_list_both", "outlets_list_only_a",
        "outlets_list_only_b", "outlets_list_neither"));
    p.csv("reciprocal_claims.csv", table, cols);
    List<String> stCols = List.of("pair_id", "side", "statement_id", "article_id", "outlet", "published", "speaker",
        "content", "url");
    List<Map<String, Object>> st = Part.rows(p.metric("reciprocal_statements", stCols.toArray(String[]::new))
        .orderBy("pair_id", "side", "outlet", "statement_id"));
    p.csv("reciprocal_statements.csv", st, stCols);
    timeline(p, pairs, st);
    body.append("<p class=\"files\">Tables: <a href=\"reciprocal_claims.csv\">reciprocal_claims.csv</a>, "
        + "<a href=\"reciprocal_statements.csv\">reciprocal_statements.csv</a> (every statement of both sides)</p>");
    body.append("</section>");
    p.summary.put("reciprocal_pairs", p.metric("reciprocal_pairs").count());
  }
}
