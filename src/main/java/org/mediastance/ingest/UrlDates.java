package org.mediastance.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date that many news URLs carry in their path ({@code /2016/01/21/},
 * {@code /2013/0826/}, {@code /2017-02-14/}, {@code /20190301-}, {@code /2019/11/}), for articles whose
 * record has no usable date. Used only as the reference date of registry look-ups (who held an
 * office then), never as the article's {@code published} value, which stays what the record says.
 * A path with year and month only gives the 15th of that month. Hand-written: a few patterns, and
 * no URL library parses dates out of paths.
 */
public final class UrlDates {
  private UrlDates() {}

  private static final List<Pattern> DAY_PATTERNS = List.of(
      Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?=/|$|[-_.])"),
      Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)(\\d\\d)(?=/)"),
      Pattern.compile("/((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?=/|$|[-_.])"),
      Pattern.compile("[/_-]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?=/|$|[-_.])"));
  private static final Pattern MONTH = Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})(?=/)");

  /** The date in the URL's path, or null when there is none (or it is not a real date). */
  public static LocalDate parse(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*$", "");
    for (Pattern p : DAY_PATTERNS) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        if (d != null) {
          return d;
        }
      }
    }
    Matcher m = MONTH.matcher(path);
    return m.find() ? date(m.group(1), m.group(2), "15") : null;
  }

  private static LocalDate date(String y, String mo, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The record's date when it has one, else the date in its URL, else null. */
  public static LocalDate reference(LocalDate published, String url) {
    return published != null ? published : parse(url);
  }
}
