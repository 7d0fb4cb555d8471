package org.mediastance.report;

import java.util.List;
import java.util.Map;

/** Stance heatmap: speaker government → target per outlet, all periods (metrics/stance_grouped). */
final class StanceSection implements Section {
  static final List<String> COLUMNS = List.of("outlet", "government", "target", "pair", "n", "mean", "ci_low", "ci_high");

  @Override
  public void write(Part p) {
    List<Map<String, Object>> v = Part.rows(p.metric("stance_grouped", COLUMNS.toArray(String[]::new))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy("outlet", "government", "target"));
    p.body.append("<section id=\"stance\"><h2>Stance matrix</h2><p>Mean stance (−1 against, +1 for) "
        + "of each speaker government toward each target, per outlet, all periods; tooltips give n and "
        + "the 95% bootstrap interval.</p>");
    p.chart("stance_matrix", "Stance heatmap", Charts.stanceHeatmap("Mean stance: speaker government → target", v), v,
        COLUMNS);
    p.body.append("</section>");
  }
}
