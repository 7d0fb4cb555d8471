package org.mediastance.io;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * Writes CSV files for researchers' spreadsheets with univocity-parsers (on the classpath through
 * Spark): UTF-8, a header row, comma, {@code "} quoting only where needed with {@code ""} escapes
 * (RFC 4180), {@code \n} line ends. Every text cell goes through {@link Escape#csvCell} so cells
 * starting with = + - @ tab or CR are prefixed with {@code '}; numbers are written plain (doubles
 * rounded to 6 decimals, no exponent; NaN and null as empty), dates as ISO yyyy-MM-dd. Thread-safe
 * (no shared state).
 */
public final class CsvOut {
  private CsvOut() {}

  static CsvWriterSettings settings() {
    CsvWriterSettings s = new CsvWriterSettings();
    s.getFormat().setDelimiter(',');
    s.getFormat().setQuote('"');
    s.getFormat().setQuoteEscape('"');
    s.getFormat().setLineSeparator("\n");
    s.setQuoteEscapingEnabled(true);
    s.setNormalizeLineEndingsWithinQuotes(false);
    s.setNullValue("");
    s.setEmptyValue("");
    s.setSkipEmptyLines(false);
    s.setIgnoreLeadingWhitespaces(false);
    s.setIgnoreTrailingWhitespaces(false);
    s.setMaxCharsPerColumn(-1);
    return s;
  }

  /** Writes {@code header} and {@code rows} to {@code file} (replaced if present); returns the row count. */
  public static long write(Path file, List<String> header, Iterator<? extends Object[]> rows) {
    try {
      if (file.getParent() != null) Files.createDirectories(file.getParent());
      long n = 0;
      Records csv = new Records();
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(csv.header(header));
        w.write('\n');
        while (rows.hasNext()) {
          w.write(csv.row(rows.next()));
          w.write('\n');
          n++;
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * CSV records without their line ends, one at a time, so they can be formatted where the rows
   * are (for {@link OrderedText}); {@link #write} is the header record, then each row record, each
   * followed by {@code \n}. Not thread-safe: one per thread or partition.
   */
  public static final class Records {
    private final CsvWriter w = new CsvWriter(settings());

    /** The header record. */
    public String header(List<String> header) {
      // as a plain row: univocity's writeHeadersToString fails on a writer without a target
      return strip(w.writeRowToString((Object[]) header.stream().map(Escape::csvCell).toArray(String[]::new)));
    }

    /** One row's record. */
    public String row(Object[] r) {
      String[] cells = new String[r.length];
      for (int i = 0; i < r.length; i++) cells[i] = cell(r[i]);
      return strip(w.writeRowToString((Object[]) cells));
    }

    private static String strip(String s) {
      if (s == null) return ""; // univocity gives null for a row it considers empty
      return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
  }

  /** The text of one cell as written. */
  public static String cell(Object v) {
    if (v == null) return null;
    if (v instanceof Double d) return num(d);
    if (v instanceof Float f) return num(f.doubleValue());
    if (v instanceof Number || v instanceof Boolean) return v.toString();
    if (v instanceof Date d) return d.toLocalDate().toString();
    if (v instanceof LocalDate d) return d.toString();
    if (v instanceof Timestamp t) return t.toInstant().toString();
    return Escape.csvCell(v.toString());
  }

  static String num(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return null;
    BigDecimal b = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (b.signum() == 0) return "0";
    return b.toPlainString();
  }
}
