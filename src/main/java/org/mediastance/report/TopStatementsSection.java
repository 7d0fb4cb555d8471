package org.mediastance.report;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.mediastance.io.Escape;

/** Top statements per actor (metrics/top_statements). */
final class TopStatementsSection implements Section {
  static final List<String> COLUMNS = List.of("actor", "speaker", "government", "actor_total", "pos", "reach",
      "content", "outlet", "published", "url", "article_id", "statement_id");

  @Override
  public void write(Part p) throws IOException {
    List<Map<String, Object>> v = Part.rows(p.metric("top_statements", COLUMNS.toArray(String[]::new))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy(col("actor_total").desc(), col("actor"), col("pos")));
    StringBuilder body = p.body;
    body.append("<section id=\"top-statements\"><h2>Top statements per actor</h2><p>The most-quoted "
        + "actors (by statements); per actor the statements carried by the most articles (reach), "
        + "first appearance shown.</p><table class=\"data\" id=\"top-table\"><thead><tr><th>actor</th>"
        + "<th>government</th><th>statement</th><th>reach</th><th>outlet</th><th>date</th><th>URL</th>"
        + "<th>article id</th><th>explore</th></tr></thead><tbody>");
    for (Map<String, Object> r : v) {
      String url = Escape.safeUrl(Part.str(r.get("url")));
      body.append("<tr><td>").append(Escape.html(Part.str(r.get("speaker")) + " [" + Part.str(r.get("actor")) + "]"))
          .append("</td><td>").append(Escape.html(Part.str(r.get("government"))))
          .append("</td><td class=\"quote\">").append(Escape.html(Part.str(r.get("content"))))
          .append("</td><td>").append(Escape.html(Part.str(r.get("reach"))))
          .append("</td><td>").append(Escape.html(Part.str(r.get("outlet"))))
          .append("</td><td>").append(Escape.html(Part.str(r.get("published")))).append("</td><td class=\"url\">");
      if (url != null) {
        body.append("<a rel=\"noopener noreferrer nofollow\" href=\"").append(Escape.html(url)).append("\">")
            .append(Escape.html(url)).append("</a>");
      } else {
        body.append(Escape.html(Part.str(r.get("url"))));
      }
      body.append("</td><td>").append(Escape.html(Part.str(r.get("article_id")))).append("</td><td>")
          .append(ExplorerSection.link("statements", "actor", r.get("actor"))).append("</td></tr>");
    }
    body.append("</tbody></table><p class=\"files\"><a href=\"top_statements.csv\">top_statements.csv</a></p></section>");
    p.csv("top_statements.csv", v, COLUMNS);
  }
}
