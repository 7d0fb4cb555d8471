package org.mediastance.report;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.io.Escape;

/** Frames over time, all outlets and governments pooled (metrics/frame_share). */
final class FramesSection implements Section {
  static final List<String> COLUMNS = List.of("period", "period_start", "frame", "hits", "hits_total", "share",
      "statement_share");

  /** Which frames a trained model decides and which come from the codebook's cues alone. */
  static String sources(org.mediastance.config.JobConfig cfg) {
    java.util.Set<String> all = new java.util.TreeSet<>(
        org.mediastance.framing.Codebook.loadOrDefault(cfg.codebook()).frames().keySet());
    if (cfg.frameModel() == null) {
      return "Every frame comes from the codebook's cues (no trained frame model configured): " + String.join(", ", all) + ".";
    }
    java.util.Set<String> learned;
    try {
      learned = new java.util.TreeSet<>(org.mediastance.framing.FrameModel.load(java.nio.file.Path.of(cfg.frameModel()))
          .models().keySet());
    } catch (java.io.IOException e) {
      return "The frame model " + cfg.frameModel() + " could not be read: " + e.getMessage() + ".";
    }
    learned.retainAll(all);
    java.util.Set<String> cues = new java.util.TreeSet<>(all);
    cues.removeAll(learned);
    return "Frames decided by the trained model in " + cfg.frameModel() + ": "
        + (learned.isEmpty() ? "none" : String.join(", ", learned)) + "; from the codebook's cues alone: "
        + (cues.isEmpty() ? "none" : String.join(", ", cues)) + ".";
  }

  @Override
  public void write(Part p) {
    List<Map<String, Object>> v = Part.rows(p.metric("frame_share", "outlet", "government", "period", "period_start",
            "frame", "hits", "hits_total", "share", "statement_share")
        .filter(col("outlet").equalTo(Aggregator.ALL).and(col("government").equalTo(Aggregator.ALL))
            .and(col("period_start").isNotNull()))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy("period", "frame"));
    String period = Escape.html(p.cfg.period());
    p.body.append("<section id=\"frames\"><h2>In which frames, and how it changed</h2><p>Each frame's share of "
        + "frame uses per ").append(period).append(", all outlets and speakers; point size is the frame's uses, and a ")
        .append(period).append(" with fewer than ").append(p.cfg.minCellN()).append(" frame uses in all is faded. ")
        .append(Escape.html(sources(p.cfg))).append("</p>");
    p.chart("frames_over_time", "Frames over time",
        Charts.limitTime(Charts.frameFacets("Frame shares over time", v, p.cfg.minCellN(), p.cfg.period()),
            p.timeAxis()), v, COLUMNS);
    p.body.append("</section>");
  }
}
