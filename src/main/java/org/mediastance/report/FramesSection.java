package org.mediastance.report;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.io.Escape;

/** Frames over time, all outlets and governments pooled (metrics/frame_share). */
final class FramesSection implements Section {
  static final List<String> COLUMNS = List.of("period", "period_start", "frame", "hits", "share", "statement_share");

  @Override
  public void write(Part p) {
    List<Map<String, Object>> v = Part.rows(p.metric("frame_share", "outlet", "government", "period", "period_start",
            "frame", "hits", "share", "statement_share")
        .filter(col("outlet").equalTo(Aggregator.ALL).and(col("government").equalTo(Aggregator.ALL))
            .and(col("period_start").isNotNull()))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy("period", "frame"));
    p.body.append("<section id=\"frames\"><h2>Frames over time</h2><p>Share of frame uses per "
        + Escape.html(p.cfg.period()) + ", all outlets.</p>");
    p.chart("frames_over_time", "Frames over time",
        Charts.stackedTime("Frame shares over time", v, "period_start", "share", "frame", "share of frame uses", true),
        v, COLUMNS);
    p.body.append("</section>");
  }
}
