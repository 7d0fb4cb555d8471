package org.mediastance.aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The period rule for {@code period: auto}: the finest of week, month, quarter and year such that
 * (1) the dated span holds at most {@value #MAX_PERIODS} periods (a chart 820 px wide keeps marks
 * at least ~14 px apart) and (2) at least {@value #MIN_SHARE} of the outlet × period cells that
 * hold any dated government statement hold at least {@code minN} of them; year when none
 * qualifies. Outlets are as the charts show them (top outlets, the rest pooled). Plain Java over
 * per-day counts; stateless.
 */
public final class PeriodChoice {
  private PeriodChoice() {}

  /** Candidate periods, finest first. */
  public static final List<String> CANDIDATES = List.of("week", "month", "quarter", "year");
  public static final int MAX_PERIODS = 60;
  public static final double MIN_SHARE = 0.5;

  /** One candidate's figures: periods in the dated span, non-empty cells, cells with ≥ minN, their share. */
  public record Candidate(String period, long periods, long cells, long cellsOk, double share, boolean chosen) {}

  /** The chosen period, the figures of every candidate and the rule in words. */
  public record Choice(String period, int minN, List<Candidate> candidates, String rule) {}

  /** The rule in words, for summary.json and the report. */
  public static String rule(int minN) {
    return "finest of week/month/quarter/year with at most " + MAX_PERIODS + " periods in the dated span and at least "
        + Math.round(MIN_SHARE * 100) + "% of non-empty outlet × period cells holding ≥ " + minN
        + " government statements; year if none";
  }

  /** The first day of {@code d}'s period (weeks start on Monday). */
  public static LocalDate start(LocalDate d, String period) {
    return switch (period) {
      case "day" -> d;
      case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> d.withDayOfMonth(1);
      case "quarter" -> LocalDate.of(d.getYear(), (d.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
      case "year" -> LocalDate.of(d.getYear(), 1, 1);
      default -> throw new IllegalArgumentException("unknown period " + period);
    };
  }

  /** Number of periods from the period of {@code first} to that of {@code last}, both included. */
  static long span(LocalDate first, LocalDate last, String period) {
    LocalDate a = start(first, period);
    LocalDate b = start(last, period);
    return 1 + switch (period) {
      case "day" -> ChronoUnit.DAYS.between(a, b);
      case "week" -> ChronoUnit.WEEKS.between(a, b);
      case "month" -> ChronoUnit.MONTHS.between(a, b);
      case "quarter" -> ChronoUnit.MONTHS.between(a, b) / 3;
      case "year" -> ChronoUnit.YEARS.between(a, b);
      default -> throw new IllegalArgumentException("unknown period " + period);
    };
  }

  /**
   * The period for {@code configured}: chosen by the rule when it is {@code auto}; otherwise the
   * configured one (forced), with every candidate's figures all the same.
   */
  public static Choice resolve(Map<String, Map<LocalDate, Long>> counts, int minN, String configured) {
    Choice c = choose(counts, minN);
    if ("auto".equals(configured)) return c;
    List<Candidate> out = new ArrayList<>();
    for (Candidate k : c.candidates()) {
      out.add(new Candidate(k.period(), k.periods(), k.cells(), k.cellsOk(), k.share(), k.period().equals(configured)));
    }
    return new Choice(configured, minN, out, "forced by configuration (period: " + configured + ")");
  }

  /**
   * Chooses the period from dated government statement counts per outlet (as shown) and day.
   *
   * @param counts outlet → day → statements
   * @param minN least statements for a supported cell (config {@code min_cell_n})
   */
  public static Choice choose(Map<String, Map<LocalDate, Long>> counts, int minN) {
    LocalDate first = null;
    LocalDate last = null;
    for (Map<LocalDate, Long> byDay : counts.values()) {
      for (LocalDate d : byDay.keySet()) {
        if (first == null || d.isBefore(first)) first = d;
        if (last == null || d.isAfter(last)) last = d;
      }
    }
    List<Candidate> out = new ArrayList<>();
    String chosen = null;
    for (String p : CANDIDATES) {
      long periods = first == null ? 0 : span(first, last, p);
      long cells = 0;
      long ok = 0;
      for (Map<LocalDate, Long> byDay : counts.values()) {
        Map<LocalDate, Long> cell = new HashMap<>();
        byDay.forEach((d, n) -> cell.merge(start(d, p), n, Long::sum));
        cells += cell.size();
        ok += cell.values().stream().filter(n -> n >= minN).count();
      }
      double share = cells == 0 ? 0 : (double) ok / cells;
      boolean pick = chosen == null && cells > 0 && periods <= MAX_PERIODS && share >= MIN_SHARE;
      if (pick) chosen = p;
      out.add(new Candidate(p, periods, cells, ok, share, pick));
    }
    if (chosen == null) {
      chosen = "year";
      Candidate y = out.get(out.size() - 1);
      out.set(out.size() - 1, new Candidate(y.period(), y.periods(), y.cells(), y.cellsOk(), y.share(), true));
    }
    return new Choice(chosen, minN, out, rule(minN));
  }
}
