package org.mediastance.report;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mediastance.io.Escape;

/**
 * The statements explorer: a side panel that lists the sampled statements behind a clicked chart
 * mark or table link, filtered by government, actor, target, frame, outlet and period
 * (metrics/explorer_statements: at most {@code explorer_per_cell} statements per outlet × period ×
 * government × target × frame cell). The sample is inlined as one JSON block and written as
 * explorer_statements.csv; the full statements stay in the outlet CSVs and statements.jsonl.
 */
final class ExplorerSection implements Section {
  static final List<String> COLUMNS = List.of("statement_id", "article_id", "outlet_group", "outlet", "period",
      "published", "government", "actor", "speaker", "sentence", "content", "url", "targets", "frames", "cell_n");
  static final List<String> FILTERS = List.of("government", "actor", "target", "frame", "outlet", "period");

  @Override
  public void write(Part p) throws IOException {
    List<Map<String, Object>> v = Part.rows(p.metric("explorer_statements", COLUMNS.toArray(String[]::new))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy(col("published").asc_nulls_last(), col("statement_id")));
    p.csv("explorer_statements.csv", v, COLUMNS);
    List<String> shipped = COLUMNS.stream().filter(c -> !c.equals("content") && !c.equals("cell_n")).toList();
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> r : v) {
      List<Object> row = new ArrayList<>();
      for (String c : shipped) row.add(r.get(c));
      rows.add(row);
    }
    p.data.put("explorer-data", Charts.m("columns", shipped, "rows", rows, "per_cell", p.cfg.explorerPerCell()));
    p.summary.put("explorer_statements", (long) v.size());
    StringBuilder a = p.aside;
    a.append("<aside id=\"explorer\" data-open=\"false\" aria-label=\"Statements explorer\"><div class=\"xhead\">"
        + "<h2>Statements</h2><button type=\"button\" id=\"x-close\">close ×</button></div><p class=\"note\">A sample: "
        + "at most ").append(p.cfg.explorerPerCell()).append(" statements per outlet × ").append(Escape.html(p.cfg.period()))
        .append(" × government × target × frame cell (config <code>explorer_per_cell</code>), ").append(v.size())
        .append(" in all; every statement: <a href=\"outlets.csv\">outlet CSVs</a>, <code>statements.jsonl</code>. "
        + "Click any chart mark or a “statements” link.</p><div id=\"x-filters\">");
    for (String f : FILTERS) {
      a.append("<label>").append(f).append(" <select id=\"x-").append(f).append("\"><option value=\"\">(any)</option>"
          + "</select></label>");
    }
    a.append("<button type=\"button\" id=\"x-clear\">clear</button></div><div id=\"x-count\"></div><ol id=\"x-list\">"
        + "</ol></aside>\n");
  }

  /** A link that opens the explorer filtered by {@code kv} (filter, value pairs; null values skipped). */
  static String link(String label, Object... kv) {
    StringBuilder b = new StringBuilder("<a class=\"xlink\" href=\"#explorer\"");
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] == null) continue;
      if (!FILTERS.contains((String) kv[i])) throw new IllegalArgumentException("unknown filter " + kv[i]);
      b.append(" data-").append(kv[i]).append("=\"").append(Escape.html(kv[i + 1].toString())).append('"');
    }
    return b.append('>').append(Escape.html(label)).append("</a>").toString();
  }
}
