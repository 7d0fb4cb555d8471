package org.mediastance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediastance.config.JobConfig;
import org.mediastance.model.Article;

/** Field mapping, outlet aliases, dates and the quarantine reasons of record building. */
class ArticleBuilderTest {
  static final String BODY = "The minister said on Tuesday that the talks with the rebels had failed and would not resume.";

  static JobConfig cfg(Map<String, String> map) {
    return new JobConfig().withCli(List.of(java.nio.file.Path.of("datasets")), java.nio.file.Path.of("/tmp/x"),
        null, null, map, null, null, null, null, false, false);
  }

  static Map<String, Object> rec(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  @Test
  void oneSentenceBriefsAreEnglish() {
    // names and titles, few function words: 1 of 14 words was a common one, under the 8% share
    assertTrue(ArticleBuilder.looksEnglish("Indian External Affairs Minister S. Jaishankar told reporters that "
        + "Pakistan must stop supporting terrorism."));
    assertTrue(ArticleBuilder.looksEnglish("Brazilian President Jair Bolsonaro accused French President Emmanuel "
        + "Macron of colonialist attitudes over Amazon fires."));
    // no English function word but "a", which other languages share
    assertTrue(ArticleBuilder.looksEnglish("Italian Prime Minister Mario Draghi called Turkish President "
        + "Recep Tayyip Erdogan a dictator."));
    assertFalse(ArticleBuilder.looksEnglish("El ministro de Exteriores dijo en Madrid que las conversaciones "
        + "con Rabat no avanzan."));
    assertFalse(ArticleBuilder.looksEnglish("Министр иностранных дел России Сергей Лавров заявил журналистам "
        + "в Москве что переговоры зашли в тупик."));
  }

  @Test
  void allSidesFieldsAutoDetected() {
    ArticleBuilder b = new ArticleBuilder(cfg(Map.of()));
    IngestRow r = b.fromFields(rec("ID", "abc", "source", "CNN (Web News)", "source_url", "www.cnn.com",
        "url", "http://www.cnn.com/2016/x.html", "date", "2016-09-20", "title", "T",
        "content_original", "Trump\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2s aide: " + BODY), "f.jsonl", 3, "raw");
    Article a = r.getArticle();
    assertNotNull(a, String.valueOf(r.getRejected()));
    assertEquals("abc", a.getId());
    assertEquals("CNN", a.getOutlet());
    assertEquals("CNN (Web News)", a.getOutletRaw());
    assertEquals("2016-09-20", a.getPublished().toString());
    assertEquals("ok", a.getDateQuality());
    assertTrue(a.getText().startsWith("Trump’s aide: "), a.getText());
    assertEquals(3L, a.getRecordPosition());
  }

  @Test
  void explicitMappingWins() {
    ArticleBuilder b = new ArticleBuilder(cfg(Map.of("text", "summary", "outlet", "paper")));
    IngestRow r = b.fromFields(rec("text", "ignored text here that is long enough", "summary", BODY, "paper", "The Daily"), "f", 1, "raw");
    assertEquals(BODY, r.getArticle().getText());
    assertEquals("The Daily", r.getArticle().getOutlet());
  }

  @Test
  void outletFromUrlHostThroughAliases() {
    ArticleBuilder b = new ArticleBuilder(cfg(Map.of()));
    Article a = b.fromFields(rec("text", BODY, "url", "https://www.cnn.com/2020/01/01/a.html"), "f", 1, "r").getArticle();
    assertEquals("CNN", a.getOutlet());
    Article u = b.fromFields(rec("text", BODY), "f", 2, "r").getArticle();
    assertEquals(OutletNames.UNKNOWN, u.getOutlet());
    assertTrue(u.getId().startsWith("a-"), "synthetic id");
    assertEquals(DateParser.MISSING, u.getDateQuality());
  }

  @Test
  void badDatesKeepTheArticle() {
    ArticleBuilder b = new ArticleBuilder(cfg(Map.of()));
    for (String[] d : new String[][] {{"1/21", "unparseable"}, {"0001-11-30", "implausible"}, {"2050-09-30", "implausible"}}) {
      Article a = b.fromFields(rec("text", BODY, "date", d[0]), "f", 1, "r").getArticle();
      assertNotNull(a);
      assertNull(a.getPublished());
      assertEquals(d[1], a.getDateQuality());
      assertEquals(d[0], a.getDateRaw());
    }
  }

  @Test
  void quarantineReasons() {
    ArticleBuilder b = new ArticleBuilder(cfg(Map.of()));
    assertEquals(Reasons.NO_TEXT_FIELD, b.fromFields(rec("title", "x"), "f", 1, "r").getRejected().getReason());
    assertEquals(Reasons.EMPTY_TEXT, b.fromFields(rec("text", ""), "f", 1, "r").getRejected().getReason());
    assertEquals(Reasons.EMPTY_TEXT, b.fromFields(rec("text", " \n\t "), "f", 1, "r").getRejected().getReason());
    assertEquals(Reasons.BINARY_CONTENT, b.fromFields(rec("text", "PK\u0003\u0004\u0000\u0001binary"), "f", 1, "r").getRejected().getReason());
    assertEquals(Reasons.NO_TEXT_AFTER_CLEANING,
        b.fromFields(rec("text", "<html><body><nav>Home</nav><script>x()</script></body></html>"), "f", 1, "r").getRejected().getReason());
    String german = "Der Minister sagte am Dienstag, dass die Gespräche mit den Rebellen gescheitert seien und "
        + "nicht wieder aufgenommen würden. Die Regierung werde ihre Strategie nicht ändern, hieß es aus Berlin.";
    assertEquals(Reasons.NOT_ENGLISH, b.fromFields(rec("text", german), "f", 1, "r").getRejected().getReason());
    assertEquals(Reasons.NOT_ENGLISH, b.fromFields(rec("text", "Der Außenminister sagte in Berlin, die Gespräche mit "
        + "Moskau seien gescheitert und die Regierung werde nicht nachgeben."), "f", 1, "r").getRejected().getReason());
    var r = b.fromFields(rec("text", "x".repeat(1_000_001)), "f", 9, "r").getRejected();
    assertEquals(Reasons.TEXT_TOO_LONG, r.getReason());
    assertEquals(9L, r.getPosition());
    assertEquals("f", r.getSourceFile());
  }

  @Test
  void rawRecordTruncated() {
    IngestRow r = IngestRow.rejected("f", 1, Reasons.MALFORMED_JSON, "d", "y".repeat(10_000));
    assertTrue(r.getRejected().getRaw().length() < 4100);
    assertTrue(r.getRejected().getRaw().contains("truncated, 10000 chars"));
  }
}
