package org.mediastance.actors.build;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Source dates: YYYY-MM-DD, YYYY-MM, YYYY or a decade ("1990s"); a start is the first day, an end
 * the last.
 */
final class Dates {
  private Dates() {}

  /** The date, null for an empty value; IllegalArgumentException for anything else. */
  static LocalDate parse(String s, boolean end) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.trim();
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(v);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(v);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      if (v.matches("\\d{3}0s")) {
        // a decade ("1990s"): its first or last day
        int y = Integer.parseInt(v.substring(0, 4));
        return end ? LocalDate.of(y + 9, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (v.matches("\\d{4}s?")) {
        // "2014s" (seen once in the source) is read as the year
        int y = Integer.parseInt(v.substring(0, 4));
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
    } catch (DateTimeParseException e) {
      // fall through
    }
    throw new IllegalArgumentException("bad date '" + v + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  }
}
