package org.mediastance.report;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mediastance.aggregate.Aggregator;

/**
 * Who says what about whom: the stance matrix, all outlets pooled (speaker government × target,
 * governments first, then persons and organisations by their government), and the mean stance
 * with its 95% bootstrap interval per outlet for the pairs with most stance values
 * (metrics/stance_grouped).
 */
final class StanceSection implements Section {
  static final List<String> COLUMNS = List.of("outlet", "government", "target", "pair", "target_type", "target_group",
      "target_rank", "government_rank", "n", "mean", "ci_low", "ci_high");
  /** Pairs given an interval panel. */
  static final int PAIRS_SHOWN = 8;

  @Override
  public void write(Part p) {
    List<Map<String, Object>> all = Part.rows(p.metric("stance_grouped", COLUMNS.toArray(String[]::new))
        .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
        .orderBy(col("outlet"), col("government_rank"), col("target_rank")));
    List<Map<String, Object>> pooled = all.stream().filter(r -> Aggregator.ALL.equals(r.get("outlet"))).toList();
    int minN = p.cfg.minCellN();
    List<String> pairs = pooled.stream().filter(r -> ((Number) r.get("n")).longValue() >= minN)
        .sorted((a, b) -> Long.compare(((Number) b.get("n")).longValue(), ((Number) a.get("n")).longValue()))
        .limit(PAIRS_SHOWN).map(r -> (String) r.get("pair")).toList();
    List<Map<String, Object>> byOutlet = new ArrayList<>(all.stream().filter(r -> pairs.contains(r.get("pair"))).toList());
    p.body.append("<section id=\"stance\"><h2>Who says what about whom</h2><p>Mean stance (−1 against, +1 for) "
        + "of each speaker government's statements toward each target, all outlets and periods; targets are the "
        + "governments spoken about most, then the persons and organisations spoken about most, grouped by their "
        + "government. Each cell prints its n; colour fades as n falls and is grey below ").append(minN)
        .append(" statements. ").append(p.cfg.stanceSelf() ? "A government's stance toward itself is included."
            : "A government's stance toward itself is left out (config <code>stance_self</code>).")
        .append(" Tooltips give the 95% bootstrap interval.</p>");
    p.chart("stance_matrix", "Stance matrix, all outlets", Charts.stanceMatrix("Mean stance: speaker government → target",
        pooled, minN), pooled, COLUMNS);
    p.body.append("<p>The same by outlet with intervals, for the ").append(pairs.size()).append(" pairs with most "
        + "statements; outlets with fewer than ").append(minN).append(" statements on a pair are left out; black: all outlets.</p>");
    p.chart("stance_intervals", "Mean stance by outlet with 95% bootstrap intervals", Charts.stanceIntervals(
        "Mean stance by outlet (95% interval)", byOutlet, minN), byOutlet, COLUMNS);
    p.body.append("</section>");
  }
}
