package org.mediastance.report;

import java.util.List;
import java.util.Map;

/** Outlet divergence heatmaps (metrics/outlet_divergence). */
final class DivergenceSection implements Section {
  static final List<String> COLUMNS = List.of("measure", "outlet_a", "outlet_b", "jsd", "periods", "jsd_pooled");

  @Override
  public void write(Part p) {
    List<Map<String, Object>> v = Part.rows(p.metric("outlet_divergence", COLUMNS.toArray(String[]::new))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy("measure", "outlet_a", "outlet_b"));
    p.body.append("<section id=\"divergence\"><h2>Outlet divergence</h2><p>Jensen–Shannon divergence "
        + "(base 2: 0 same, 1 disjoint) between outlets' voice (government) and frame distributions, "
        + "averaged over the periods both outlets cover; tooltips give the number of periods and the "
        + "divergence of the pooled distributions.</p>");
    p.chart("outlet_divergence", "Outlet divergence", Charts.divergence("Outlet divergence (JSD)", v), v, COLUMNS);
    p.body.append("</section>");
  }
}
