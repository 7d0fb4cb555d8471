package org.mediastance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chart spec rules that need no browser. */
class ChartsTest {
  @Test
  @SuppressWarnings("unchecked")
  void theTimeAxisIsLimitedToTheDenseSpanAndMarksAreClipped() {
    List<Map<String, Object>> rows = List.of(Map.of("period", "2012", "period_start", "2012-01-01", "outlet", "A", "articles", 5L));
    Map<String, Object> spec = Charts.frameFacets("t", rows, 10, "year");
    Charts.limitTime(spec, new Object[] {"2012-01-01", "2020-01-01", 3L});
    Map<String, Object> inner = (Map<String, Object>) spec.get("spec");
    Map<String, Object> line = (Map<String, Object>) ((List<Object>) inner.get("layer")).get(0);
    Map<String, Object> x = (Map<String, Object>) ((Map<String, Object>) line.get("encoding")).get("x");
    assertEquals(Map.of("domain", List.of(Map.of("year", 2012, "month", 1, "date", 1),
        Map.of("year", 2020, "month", 1, "date", 1)), "padding", 8), x.get("scale"));
    assertEquals(true, ((Map<String, Object>) line.get("mark")).get("clip"));
  }

  @Test
  void noLimitLeavesTheSpecAsItWas() {
    List<Map<String, Object>> rows = List.of(Map.of("period", "2012", "period_start", "2012-01-01", "outlet", "A", "articles", 5L));
    Map<String, Object> spec = Charts.stackedTime("t", rows, "period_start", "articles", "outlet", "articles", "year");
    String before = spec.toString();
    Charts.limitTime(spec, null);
    assertEquals(before, spec.toString());
    assertNull(((Map<?, ?>) spec.get("mark")).get("clip"));
  }
}
