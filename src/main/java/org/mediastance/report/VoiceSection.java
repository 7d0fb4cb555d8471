package org.mediastance.report;

import java.util.List;
import java.util.Map;
import org.mediastance.aggregate.ReportTables;
import org.mediastance.io.Escape;

/** Voice share by outlet over time (metrics/voice_share_grouped). */
final class VoiceSection implements Section {
  static final List<String> COLUMNS = List.of("outlet", "period", "period_start", "government", "statements", "total",
      "share");

  @Override
  public void write(Part p) {
    List<Map<String, Object>> v = Part.rows(p.metric("voice_share_grouped", COLUMNS.toArray(String[]::new))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy("outlet", "period", "government"));
    String period = Escape.html(p.cfg.period());
    p.body.append("<section id=\"voice\"><h2>Whose voice each outlet carries</h2><p>Share of each government in "
        + "the outlet's statements by government actors, per ").append(period).append("; point size is the number of "
        + "statements, and a ").append(period).append(" in which the outlet has fewer than ").append(p.cfg.minCellN())
        .append(" statements is faded. The top ").append(ReportTables.TOP_GOVERNMENTS)
        .append(" governments by statements are shown, the rest as (other).</p>");
    p.chart("voice_share", "Voice share by outlet", Charts.limitTime(Charts.voiceFacets(
        "Voice share by outlet over time", v, p.cfg.minCellN(), p.cfg.period()), p.timeAxis()), v, COLUMNS);
    p.body.append("</section>");
  }
}
