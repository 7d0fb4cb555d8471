package org.mediastance.report;

import java.util.List;
import java.util.Map;
import org.mediastance.aggregate.ReportTables;
import org.mediastance.io.Escape;

/** Voice share by outlet over time (metrics/voice_share_grouped). */
final class VoiceSection implements Section {
  static final List<String> COLUMNS = List.of("outlet", "period", "period_start", "government", "statements", "share");

  @Override
  public void write(Part p) {
    List<Map<String, Object>> v = Part.rows(p.metric("voice_share_grouped", COLUMNS.toArray(String[]::new))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy("outlet", "period", "government"));
    p.body.append("<section id=\"voice\"><h2>Voice share by outlet over time</h2><p>Share of each "
        + "government in the outlet's statements by government actors, per " + Escape.html(p.cfg.period())
        + "; the top " + ReportTables.TOP_GOVERNMENTS + " governments by statements are shown, the rest as (other).</p>");
    p.chart("voice_share", "Voice share by outlet", Charts.voiceFacets("Voice share by outlet over time", v), v, COLUMNS);
    p.body.append("</section>");
  }
}
