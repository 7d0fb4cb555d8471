package org.mediastance.report;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.io.Escape;

/**
 * Outlet groups compared (metrics/group_counts, group_stance, group_voice_share,
 * group_frame_share): for each outlet attribute with at most {@value #MAX_GROUPS} values, the
 * groups side by side over all periods — stance of the most frequent speaker government → target
 * pairs (article basis, 95% bootstrap interval), voice share of the most quoted governments and the
 * share of statements using each frame (95% Wilson intervals). An attribute that groups the
 * articles exactly as an earlier one (metrics/outlet_groups) is named, not repeated. Data as CSV
 * beside the page.
 */
final class GroupsSection implements Section {
  static final int MAX_GROUPS = 12;
  static final int TOP_ROWS = 10;
  static final List<String> COUNTS = List.of("group_attribute", "group", "outlets", "articles", "statements",
      "government_statements");
  static final List<String> STANCE = List.of("group_attribute", "group", "government", "target", "n", "mean",
      "ci_low", "ci_high");
  static final List<String> VOICE = List.of("group_attribute", "group", "government", "statements", "total",
      "share", "share_ci_low", "share_ci_high");
  static final List<String> FRAMES = List.of("group_attribute", "group", "frame", "statements",
      "statements_total", "statement_share", "statement_share_ci_low", "statement_share_ci_high");

  @Override
  public void write(Part p) {
    String all = Aggregator.ALL;
    List<Map<String, Object>> counts = Part.rows(p.metric("group_counts", COUNTS.toArray(String[]::new))
        .select(cols(COUNTS)).orderBy("group_attribute", "group"));
    List<Map<String, Object>> stance = Part.rows(p.metric("group_stance", with(STANCE, "period", "basis"))
        .filter(col("period").equalTo(all).and(col("basis").equalTo("article")))
        .select(cols(STANCE)).orderBy("group_attribute", "group", "government", "target"));
    List<Map<String, Object>> voice = Part.rows(p.metric("group_voice_share", with(VOICE, "period", "level"))
        .filter(col("period").equalTo(all).and(col("level").equalTo("government")))
        .select(cols(VOICE)).orderBy("group_attribute", "group", "government"));
    List<Map<String, Object>> frames = Part.rows(p.metric("group_frame_share", with(FRAMES, "period", "government"))
        .filter(col("period").equalTo(all).and(col("government").equalTo(all)))
        .select(cols(FRAMES)).orderBy("group_attribute", "group", "frame"));
    List<Map<String, Object>> members = Part.rows(p.metric("outlet_groups", "outlet", "attribute", "value", "articles")
        .select("attribute", "value", "outlet", "articles"));
    p.summary.put("outlet_groups", counts);
    StringBuilder b = p.body;
    b.append("<section id=\"groups\"><h2>Outlet groups</h2><p>Outlets grouped by their attributes "
        + "(<code>outlet_attrs</code>: record fields and the outlet metadata file), all periods pooled. A group "
        + "pools its outlets' statements, so outlets with more statements weigh more. Cells: value [95% "
        + "interval] and counts; stance is the mean (−1 against, +1 for) with a bootstrap interval, shares "
        + "have Wilson intervals.</p>");
    try {
      p.csv("groups_counts.csv", counts, COUNTS);
      p.csv("groups_stance.csv", stance, STANCE);
      p.csv("groups_voice_share.csv", voice, VOICE);
      p.csv("groups_frame_share.csv", frames, FRAMES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    b.append("<p>Data: <a href=\"groups_counts.csv\">groups_counts.csv</a>, <a href=\"groups_stance.csv\">"
        + "groups_stance.csv</a>, <a href=\"groups_voice_share.csv\">groups_voice_share.csv</a>, "
        + "<a href=\"groups_frame_share.csv\">groups_frame_share.csv</a>.</p>");
    Map<String, List<String>> groups = new TreeMap<>();
    for (Map<String, Object> r : counts) {
      groups.computeIfAbsent((String) r.get("group_attribute"), k -> new ArrayList<>()).add((String) r.get("group"));
    }
    if (groups.isEmpty()) {
      b.append("<p class=\"empty\">No outlet attributes in this run (map a record field with "
          + "<code>--map outlet.NAME=FIELD</code> or give <code>outlet_metadata</code>).</p></section>");
      return;
    }
    Map<Object, String> shown = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : groups.entrySet()) {
      String attr = e.getKey();
      List<String> gs = e.getValue();
      b.append("<h3>").append(Escape.html(attr)).append("</h3>");
      String same = shown.putIfAbsent(partition(members, attr), attr);
      if (same != null) {
        b.append("<p>The same grouping of articles as ").append(Escape.html(same)).append(" (values ")
            .append(Escape.html(String.join(", ", gs))).append("); figures in the CSV files.</p>");
        continue;
      }
      if (gs.size() > MAX_GROUPS) {
        b.append("<p class=\"empty\">").append(gs.size()).append(" values: too many to compare here; see the CSV "
            + "files and metrics/group_*.</p>");
        continue;
      }
      b.append(countsTable(of(counts, attr), gs));
      b.append("<h4>Stance: speaker government → target</h4>");
      b.append(pivot(of(stance, attr), gs, List.of("government", "target"),
          r -> signed(r.get("mean")) + " [" + signed(r.get("ci_low")) + ", " + signed(r.get("ci_high")) + "] n "
              + r.get("n"), TOP_ROWS, "n"));
      b.append("<h4>Voice share of governments</h4>");
      b.append(pivot(of(voice, attr), gs, List.of("government"),
          r -> pct(r.get("share")) + " [" + pct(r.get("share_ci_low")) + ", " + pct(r.get("share_ci_high")) + "] "
              + r.get("statements") + "/" + r.get("total"), TOP_ROWS, "statements"));
      b.append("<h4>Statements using each frame</h4>");
      b.append(pivot(of(frames, attr), gs, List.of("frame"),
          r -> pct(r.get("statement_share")) + " [" + pct(r.get("statement_share_ci_low")) + ", "
              + pct(r.get("statement_share_ci_high")) + "] " + r.get("statements") + "/" + r.get("statements_total"),
          Integer.MAX_VALUE, "statements"));
    }
    b.append("</section>");
  }

  /**
   * Which articles of which outlets {@code attr} puts together, without the group names: two
   * attributes with equal partitions (bias and its bias_group on a three-point scale) group alike.
   */
  static Object partition(List<Map<String, Object>> members, String attr) {
    Map<Object, java.util.SortedSet<String>> byValue = new TreeMap<>();
    for (Map<String, Object> r : members) {
      if (!attr.equals(r.get("attribute"))) continue;
      byValue.computeIfAbsent(Objects.toString(r.get("value")), k -> new java.util.TreeSet<>())
          .add(r.get("outlet") + "\u0001" + r.get("articles"));
    }
    java.util.Set<Object> parts = new java.util.HashSet<>();
    for (java.util.SortedSet<String> v : byValue.values()) parts.add(List.copyOf(v));
    return parts;
  }

  static List<Map<String, Object>> of(List<Map<String, Object>> rows, String attr) {
    return rows.stream().filter(r -> attr.equals(r.get("group_attribute"))).toList();
  }

  static String countsTable(List<Map<String, Object>> rows, List<String> groups) {
    StringBuilder t = new StringBuilder("<table class=\"data\"><tr><th></th>");
    for (String g : groups) t.append("<th>").append(Escape.html(g)).append("</th>");
    t.append("</tr>");
    for (String c : COUNTS.subList(2, COUNTS.size())) {
      t.append("<tr><th>").append(Escape.html(c.replace('_', ' '))).append("</th>");
      for (String g : groups) {
        Object v = rows.stream().filter(r -> g.equals(r.get("group"))).map(r -> r.get(c)).findFirst().orElse(null);
        t.append("<td>").append(Escape.html(Part.str(v))).append("</td>");
      }
      t.append("</tr>");
    }
    return t.append("</table>").toString();
  }

  /**
   * A table with one row per value of {@code keys} and one column per group; a cell is
   * {@code cell} of the group's row ("–" where the group has none). With {@code weight}, only the
   * {@code top} keys with the largest summed weight over the groups are shown, largest first;
   * without, keys in first-seen order.
   */
  static String pivot(List<Map<String, Object>> rows, List<String> groups, List<String> keys,
      Function<Map<String, Object>, String> cell, int top, String weight) {
    Map<List<Object>, Map<String, Map<String, Object>>> byKey = new LinkedHashMap<>();
    Map<List<Object>, Double> w = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      List<Object> k = keys.stream().map(r::get).toList();
      byKey.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(Objects.toString(r.get("group")), r);
      if (weight != null && r.get(weight) instanceof Number n) w.merge(k, n.doubleValue(), Double::sum);
    }
    if (byKey.isEmpty()) return "<p class=\"empty\">No data.</p>";
    List<List<Object>> order = new ArrayList<>(byKey.keySet());
    if (weight != null) order.sort((x, y) -> Double.compare(w.getOrDefault(y, 0.0), w.getOrDefault(x, 0.0)));
    StringBuilder t = new StringBuilder("<table class=\"data\"><tr>");
    for (String k : keys) t.append("<th>").append(Escape.html(k)).append("</th>");
    for (String g : groups) t.append("<th>").append(Escape.html(g)).append("</th>");
    t.append("</tr>");
    for (List<Object> k : order.subList(0, Math.min(top, order.size()))) {
      t.append("<tr>");
      for (Object v : k) t.append("<td>").append(Escape.html(v == null ? Aggregator.NONE : v.toString())).append("</td>");
      for (String g : groups) {
        Map<String, Object> r = byKey.get(k).get(g);
        t.append("<td>").append(r == null ? "–" : Escape.html(cell.apply(r))).append("</td>");
      }
      t.append("</tr>");
    }
    return t.append("</table>").toString();
  }

  static String signed(Object o) {
    return o instanceof Number n ? String.format(Locale.ROOT, "%+.2f", n.doubleValue()) : "–";
  }

  static String pct(Object o) {
    return o instanceof Number n ? String.format(Locale.ROOT, "%.1f%%", 100 * n.doubleValue()) : "–";
  }

  private static org.apache.spark.sql.Column[] cols(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static String[] with(List<String> names, String... more) {
    List<String> all = new ArrayList<>(names);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
