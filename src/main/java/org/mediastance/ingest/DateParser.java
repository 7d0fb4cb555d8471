package org.mediastance.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in real corpora and judges their quality.
 *
 * <p>Accepted forms: ISO dates and date-times (with or without zone), {@code M/d/yy} and
 * {@code M/d/yyyy} (US order, as news corpora use), {@code yyyyMMdd}, RFC 1123, "September 11,
 * 2015", "11 September 2015", "Sep 11, 2015", and Unix epoch seconds or milliseconds. A date
 * without a year ({@code 1/21}) is unparseable; a year outside [minYear, maxYear] is implausible.
 * Immutable and thread-safe.
 */
public final class DateParser implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Quality flags, as written to {@code articles.date_quality} and counted in run.json. */
  public static final String OK = "ok";
  public static final String MISSING = "missing";
  public static final String UNPARSEABLE = "unparseable";
  public static final String IMPLAUSIBLE = "implausible";

  /** A parse outcome: the date (null unless quality is ok) and the quality flag. */
  public record Result(LocalDate date, String quality) {}

  private static final Pattern DIGITS = Pattern.compile("\\d{9,13}");
  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      fmt("uuuuMMdd"),
      fmt("M/d/uuuu"),
      new DateTimeFormatterBuilder().appendPattern("M/d/")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970).toFormatter(Locale.ROOT),
      fmt("uuuu/M/d"),
      fmt("d.M.uuuu"),
      fmt("MMMM d, uuuu"),
      fmt("MMM d, uuuu"),
      fmt("MMM. d, uuuu"),
      fmt("d MMMM uuuu"),
      fmt("d MMM uuuu"),
      fmt("EEEE, MMMM d, uuuu"),
      fmt("MMMM d uuuu"));

  private final int minYear;
  private final int maxYear;

  public DateParser(int minYear, int maxYear) {
    this.minYear = minYear;
    this.maxYear = maxYear;
  }

  private static DateTimeFormatter fmt(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
        .toFormatter(Locale.ENGLISH);
  }

  /** Parses {@code raw}; never throws. */
  public Result parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return new Result(null, MISSING);
    }
    String s = raw.strip();
    LocalDate d = tryParse(s);
    if (d == null) {
      return new Result(null, UNPARSEABLE);
    }
    if (d.getYear() < minYear || d.getYear() > maxYear) {
      return new Result(null, IMPLAUSIBLE);
    }
    return new Result(d, OK);
  }

  private static LocalDate tryParse(String s) {
    if (DIGITS.matcher(s).matches()) {
      long v = Long.parseLong(s);
      Instant i = s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
      return i.atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // next form
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // next form
    }
    String datePart = s;
    int t = s.indexOf('T');
    if (t == 10 && s.length() > 10) {
      datePart = s.substring(0, 10);
    } else if (s.length() > 10 && s.charAt(10) == ' ' && Character.isDigit(s.charAt(0))) {
      datePart = s.substring(0, 10);
    }
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(datePart, f);
      } catch (DateTimeParseException ignored) {
        // next form
      }
    }
    return null;
  }
}
