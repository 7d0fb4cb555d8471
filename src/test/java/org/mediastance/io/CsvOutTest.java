package org.mediastance.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutTest {
  @Test
  void quotesEscapesAndNeutralises(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.csv");
    long n = CsvOut.write(f, List.of("text", "num", "date", "missing"), List.<Object[]>of(
        new Object[] {"He said \"no\", twice", -0.5, LocalDate.of(2015, 9, 11), null},
        new Object[] {"=HYPERLINK(\"http://x\")", 1.0E-7, java.sql.Date.valueOf("2015-01-02"), Double.NaN},
        new Object[] {"line\nbreak", 3L, null, 0.1 + 0.2}).iterator());
    assertEquals(3, n);
    assertEquals("text,num,date,missing\n"
        + "\"He said \"\"no\"\", twice\",-0.5,2015-09-11,\n"
        + "\"'=HYPERLINK(\"\"http://x\"\")\",0,2015-01-02,\n"
        + "\"line\nbreak\",3,,0.3\n", Files.readString(f));
  }

  /** The records formatted on executors (for OrderedText) must join to the bytes write() gives. */
  @Test
  void recordsJoinToTheSameBytesAsWrite(@TempDir Path dir) throws Exception {
    List<String> header = List.of("text", "=formula header", "num", "date", "missing");
    List<Object[]> rows = List.<Object[]>of(
        new Object[] {"He said \"no\", twice", "a", -0.5, LocalDate.of(2015, 9, 11), null},
        new Object[] {"=HYPERLINK(\"http://x\")", "", 1.0E-7, java.sql.Date.valueOf("2015-01-02"), Double.NaN},
        new Object[] {"ends with a line break\n", " spaced ", 3L, null, 0.1 + 0.2},
        new Object[] {null, null, null, null, null},
        new Object[] {"line\r\nbreak", "tab\tinside", Long.MIN_VALUE, null, true});
    Path f = dir.resolve("x.csv");
    CsvOut.write(f, header, rows.iterator());
    CsvOut.Records r = new CsvOut.Records();
    StringBuilder joined = new StringBuilder(r.header(header)).append('\n');
    for (Object[] row : rows) joined.append(r.row(row)).append('\n');
    assertEquals(Files.readString(f), joined.toString());
  }
}
