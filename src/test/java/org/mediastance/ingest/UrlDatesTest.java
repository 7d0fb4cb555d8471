package org.mediastance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in news URL paths, the reference date of undated records. */
class UrlDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://www.npr.org/sections/thetwo-way/2016/01/21/463798058/putin-report|2016-01-21",
      "http://www.csmonitor.com/World/terrorism-security/2013/0826/Snipers-fire|2013-08-26",
      "http://www.dailykos.com/stories/2017/2/14/1633548/-What-did-Trump-know|2017-02-14",
      "https://example.com/news/2019-03-01/story.html|2019-03-01",
      "https://example.com/world/20190301-story|2019-03-01",
      "https://www.aljazeera.com/news/2019/11/sri-lanka-prime-minister-191120111642357.html|2019-11-15"})
  void findsTheDateInThePath(String url, String expected) {
    assertEquals(LocalDate.parse(expected), UrlDates.parse(url));
  }

  @Test
  void noDateIsNull() {
    assertNull(UrlDates.parse("http://www.bbc.com/news/world-us-canada-43295989"));
    assertNull(UrlDates.parse("http://abcnews.go.com/Politics/story?id=50197907"));
    assertNull(UrlDates.parse("https://example.com/2019/13/45/not-a-date"), "month 13 is no date");
    assertNull(UrlDates.parse("https://example.com/?d=2019/03/01/"), "the query is not the path");
    assertNull(UrlDates.parse(null));
  }

  @Test
  void theRecordsOwnDateWins() {
    LocalDate d = LocalDate.of(2020, 1, 2);
    assertEquals(d, UrlDates.reference(d, "https://example.com/2019/03/01/x"));
    assertEquals(LocalDate.of(2019, 3, 1), UrlDates.reference(null, "https://example.com/2019/03/01/x"));
  }
}
