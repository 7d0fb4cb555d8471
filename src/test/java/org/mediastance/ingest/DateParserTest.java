package org.mediastance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date forms seen in real corpora (the AllSides corpus has 1/21, 0001-11-30, 2050-09-30, 4/4/17). */
class DateParserTest {
  private final DateParser p = new DateParser(1990, 2030);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2015-09-11|2015-09-11",
      "4/4/17|2017-04-04",
      "12/29/2017|2017-12-29",
      "2015-09-11T08:30:00Z|2015-09-11",
      "2015-09-11T23:30:00-05:00|2015-09-11",
      "2015-09-11 08:30:00|2015-09-11",
      "20150911|2015-09-11",
      "'Fri, 11 Sep 2015 10:00:00 GMT'|2015-09-11",
      "'September 11, 2015'|2015-09-11",
      "'Sep 11, 2015'|2015-09-11",
      "11 September 2015|2015-09-11",
      "1441965600|2015-09-11",
      "1441965600000|2015-09-11"})
  void parses(String raw, String expected) {
    DateParser.Result r = p.parse(raw);
    assertEquals(DateParser.OK, r.quality(), raw);
    assertEquals(LocalDate.parse(expected), r.date());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1/21|unparseable",
      "yesterday|unparseable",
      "2015-13-45|unparseable",
      "0001-11-30|implausible",
      "2050-09-30|implausible",
      "''|missing",
      "'   '|missing"})
  void flagsBadDates(String raw, String quality) {
    DateParser.Result r = p.parse(raw);
    assertEquals(quality, r.quality(), raw);
    assertNull(r.date());
  }

  @org.junit.jupiter.api.Test
  void nullIsMissing() {
    assertEquals(DateParser.MISSING, p.parse(null).quality());
  }
}
