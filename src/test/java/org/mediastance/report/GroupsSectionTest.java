package org.mediastance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The group comparison tables: one column per group, rows ranked by weight, missing cells and escaping. */
class GroupsSectionTest {
  static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  @Test
  void pivotRanksKeysByWeightAndMarksMissingGroups() {
    List<Map<String, Object>> rows = List.of(
        row("group", "left", "government", "RUS", "statements", 2L, "share", 0.25),
        row("group", "left", "government", "USA", "statements", 6L, "share", 0.75),
        row("group", "right", "government", "RUS", "statements", 5L, "share", 1.0),
        row("group", "right", "government", "<b>", "statements", 1L, "share", 0.1));
    String t = GroupsSection.pivot(rows, List.of("left", "right"), List.of("government"),
        r -> GroupsSection.pct(r.get("share")), 2, "statements");
    // RUS (7) before USA (6); <b> (1) is beyond the top 2
    assertTrue(t.indexOf("<td>RUS</td>") < t.indexOf("<td>USA</td>"), t);
    assertTrue(!t.contains("&lt;b&gt;") && !t.contains("<td><b>"), t);
    assertTrue(t.contains("<td>USA</td><td>75.0%</td><td>–</td>"), t);
    assertTrue(t.contains("<td>RUS</td><td>25.0%</td><td>100.0%</td>"), t);
    assertEquals("<p class=\"empty\">No data.</p>", GroupsSection.pivot(List.of(), List.of("left"),
        List.of("government"), r -> "", 5, null));
  }

  @Test
  void valuesAreFormattedAndEscaped() {
    assertEquals("+0.12", GroupsSection.signed(0.123));
    assertEquals("-0.50", GroupsSection.signed(-0.5));
    assertEquals("–", GroupsSection.signed(null));
    String t = GroupsSection.pivot(List.of(row("group", "a&b", "frame", "<x>")), List.of("a&b"), List.of("frame"),
        r -> "<v>", 5, null);
    assertTrue(t.contains("<th>a&amp;b</th>") && t.contains("<td>&lt;x&gt;</td><td>&lt;v&gt;</td>"), t);
  }

  @Test
  void attributesWithTheSameGroupingAreRecognised() {
    List<Map<String, Object>> m = List.of(
        row("attribute", "bias", "value", "center", "outlet", "AP", "articles", 3L),
        row("attribute", "bias", "value", "left", "outlet", "CNN", "articles", 2L),
        row("attribute", "bias_group", "value", "centre", "outlet", "AP", "articles", 3L),
        row("attribute", "bias_group", "value", "left", "outlet", "CNN", "articles", 2L),
        row("attribute", "ownership", "value", "private", "outlet", "AP", "articles", 3L),
        row("attribute", "ownership", "value", "private", "outlet", "CNN", "articles", 2L));
    assertEquals(GroupsSection.partition(m, "bias"), GroupsSection.partition(m, "bias_group"));
    assertTrue(!GroupsSection.partition(m, "bias").equals(GroupsSection.partition(m, "ownership")));
  }

  @Test
  void aNullKeyIsShownAsNone() {
    String t = GroupsSection.pivot(List.of(row("group", "left", "government", null, "target", "USA", "n", 3L)),
        List.of("left"), List.of("government", "target"), r -> "x", 5, "n");
    assertTrue(t.contains("<td>(none)</td><td>USA</td><td>x</td>"), t);
  }
}
