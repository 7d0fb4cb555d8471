package org.mediastance.aggregate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {

  static Map<LocalDate, Long> days(Object... dn) {
    Map<LocalDate, Long> m = new TreeMap<>();
    for (int i = 0; i < dn.length; i += 2) m.put(LocalDate.parse((String) dn[i]), ((Number) dn[i + 1]).longValue());
    return m;
  }

  @Test
  void denseWeeksGiveWeek() {
    Map<String, Map<LocalDate, Long>> c = new LinkedHashMap<>();
    Map<LocalDate, Long> a = new TreeMap<>();
    for (int i = 0; i < 20; i++) a.put(LocalDate.of(2020, 1, 6).plusWeeks(i), 12L);
    c.put("A", a);
    PeriodChoice.Choice ch = PeriodChoice.choose(c, 10);
    assertEquals("week", ch.period());
    assertEquals(20, ch.candidates().get(0).periods());
    assertEquals(1.0, ch.candidates().get(0).share());
    assertTrue(ch.candidates().get(0).chosen());
    assertFalse(ch.candidates().get(1).chosen());
  }

  @Test
  void sparseWeeksFallToMonthThenQuarter() {
    // 3 statements every week: weeks fail (n < 10), months hold 12-15
    Map<LocalDate, Long> a = new TreeMap<>();
    for (int i = 0; i < 26; i++) a.put(LocalDate.of(2020, 1, 6).plusWeeks(i), 3L);
    assertEquals("month", PeriodChoice.choose(Map.of("A", a), 10).period());
    assertEquals("quarter", PeriodChoice.choose(Map.of("A", a), 20).period());
    assertEquals("year", PeriodChoice.choose(Map.of("A", a), 50).period());
    // nothing qualifies even at year: year, marked chosen
    PeriodChoice.Choice none = PeriodChoice.choose(Map.of("A", a), 1000);
    assertEquals("year", none.period());
    assertTrue(none.candidates().get(3).chosen());
    assertEquals(0L, none.candidates().get(3).cellsOk());
  }

  @Test
  void tooManyPeriodsAreSkippedEvenWhenCellsAreFull() {
    // 8 years, one busy day a month: every month cell full, but 96 months > 60
    Map<LocalDate, Long> a = new TreeMap<>();
    for (int i = 0; i < 96; i++) a.put(LocalDate.of(2012, 1, 15).plusMonths(i), 30L);
    PeriodChoice.Choice ch = PeriodChoice.choose(Map.of("A", a), 10);
    assertEquals(96, ch.candidates().get(1).periods());
    assertEquals(1.0, ch.candidates().get(1).share());
    assertEquals("quarter", ch.period());
    assertEquals(32, ch.candidates().get(2).periods());
  }

  @Test
  void halfOfTheCellsMustBeSupported() {
    Map<String, Map<LocalDate, Long>> c = new LinkedHashMap<>();
    c.put("big", days("2020-01-10", 10, "2020-02-10", 10));
    c.put("small", days("2020-01-11", 1, "2020-02-11", 1, "2020-03-11", 1));
    // months: 5 cells, 2 supported (40%) -> quarter: 2 cells, 1 supported (50%)
    PeriodChoice.Choice ch = PeriodChoice.choose(c, 10);
    assertEquals(5, ch.candidates().get(1).cells());
    assertEquals(2, ch.candidates().get(1).cellsOk());
    assertEquals("quarter", ch.period());
  }

  @Test
  void aConfiguredPeriodIsForced() {
    Map<LocalDate, Long> a = new TreeMap<>();
    for (int i = 0; i < 20; i++) a.put(LocalDate.of(2020, 1, 6).plusWeeks(i), 12L);
    PeriodChoice.Choice ch = PeriodChoice.resolve(Map.of("A", a), 10, "month");
    assertEquals("month", ch.period());
    assertTrue(ch.rule().startsWith("forced"));
    assertTrue(ch.candidates().get(1).chosen());
    assertFalse(ch.candidates().get(0).chosen());
    assertEquals("week", PeriodChoice.resolve(Map.of("A", a), 10, "auto").period());
  }

  @Test
  void periodStartsAndSpans() {
    LocalDate d = LocalDate.parse("2015-09-11");
    assertEquals(LocalDate.parse("2015-09-07"), PeriodChoice.start(d, "week"));
    assertEquals(LocalDate.parse("2015-07-01"), PeriodChoice.start(d, "quarter"));
    assertEquals(LocalDate.parse("2015-01-01"), PeriodChoice.start(d, "year"));
    assertEquals(9, PeriodChoice.span(LocalDate.parse("2012-06-17"), LocalDate.parse("2020-07-02"), "year"));
    assertEquals(34, PeriodChoice.span(LocalDate.parse("2012-06-17"), LocalDate.parse("2020-07-02"), "quarter"));
    assertEquals("year", PeriodChoice.choose(Map.of(), 10).period());
    assertTrue(PeriodChoice.rule(7).contains("≥ 7"));
  }
}
