package org.mediastance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed readers: JSON lines (plain and gzip), one-article files, WARC. */
class FileRecordsTest {
  @TempDir Path dir;
  final ArticleBuilder b = new ArticleBuilder(ArticleBuilderTest.cfg(Map.of()));

  List<IngestRow> read(Path p) {
    List<IngestRow> out = new ArrayList<>();
    FileRecords.read(new InputFiles.InputFile(p.toString(), InputFiles.formatOf(p.getFileName().toString()), 0, ""), b)
        .forEachRemaining(out::add);
    return out;
  }

  static byte[] lines(byte[]... ls) throws Exception {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] l : ls) {
      o.write(l);
      o.write('\n');
    }
    return o.toByteArray();
  }

  static byte[] u(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesWithEveryKindOfBadLine() throws Exception {
    String good = "{\"id\":\"1\",\"text\":\"" + ArticleBuilderTest.BODY + "\"}";
    byte[] data = lines(u(good), u("{\"id\": \"2\", \"text\": "), u(""), new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
        u("[1,2,3]"), u("{\"id\":\"5\",\"text\":\"   \"}"), u("{\"id\":\"6\",\"body\":\"" + ArticleBuilderTest.BODY + "\"}\r"));
    Path p = dir.resolve("in.jsonl");
    Files.write(p, data);
    List<IngestRow> rows = read(p);
    assertEquals(6, rows.size(), "the blank line is not a record");
    assertNotNull(rows.get(0).getArticle());
    assertEquals(1L, rows.get(0).getArticle().getRecordPosition());
    assertEquals(Reasons.MALFORMED_JSON, rows.get(1).getRejected().getReason());
    assertEquals(2L, rows.get(1).getRejected().getPosition());
    assertEquals(Reasons.INVALID_UTF8, rows.get(2).getRejected().getReason());
    assertEquals(4L, rows.get(2).getRejected().getPosition(), "line numbers count the blank line");
    assertEquals(Reasons.NOT_A_JSON_OBJECT, rows.get(3).getRejected().getReason());
    assertEquals(Reasons.EMPTY_TEXT, rows.get(4).getRejected().getReason());
    assertEquals("6", rows.get(5).getArticle().getId());
  }

  @Test
  void gzipAndTruncatedGzip() throws Exception {
    String good = "{\"id\":\"1\",\"text\":\"" + ArticleBuilderTest.BODY + "\"}\n";
    Path gz = dir.resolve("in.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      for (int i = 0; i < 200; i++) o.write(u(good.replace("\"1\"", "\"" + i + "\"")));
    }
    assertEquals(200, read(gz).stream().filter(r -> r.getArticle() != null).count());
    byte[] all = Files.readAllBytes(gz);
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length - 20));
    List<IngestRow> rows = read(cut);
    IngestRow last = rows.get(rows.size() - 1);
    assertNull(last.getArticle());
    assertEquals(Reasons.UNREADABLE_FILE, last.getRejected().getReason());
  }

  @Test
  void oneArticleFiles() throws Exception {
    Path t = dir.resolve("a.txt");
    Files.writeString(t, "Headline Of The Day\n\n" + ArticleBuilderTest.BODY);
    IngestRow r = read(t).get(0);
    assertEquals("Headline Of The Day", r.getArticle().getTitle());
    assertEquals(ArticleBuilderTest.BODY, r.getArticle().getText());
    Path bad = dir.resolve("b.html");
    Files.write(bad, new byte[] {'<', 'p', '>', (byte) 0xFF, (byte) 0xFE, '<', '/', 'p', '>'});
    assertEquals(Reasons.INVALID_UTF8, read(bad).get(0).getRejected().getReason());
  }

  @Test
  void warcHtmlResponsesOnly() throws Exception {
    Path w = dir.resolve("crawl.warc.gz");
    WarcFixtures.write(w, List.of(
        new WarcFixtures.Resp("https://www.reuters.com/world/a", "text/html; charset=utf-8",
            "<html><body><article><p>" + ArticleBuilderTest.BODY + "</p></article></body></html>"),
        new WarcFixtures.Resp("https://www.reuters.com/logo.png", "image/png", "PNGDATA")));
    List<IngestRow> rows = read(w);
    assertEquals(2, rows.size());
    assertEquals("Reuters", rows.get(0).getArticle().getOutlet());
    assertEquals(ArticleBuilderTest.BODY, rows.get(0).getArticle().getText());
    assertNotNull(rows.get(0).getArticle().getPublished());
    assertEquals(Reasons.NOT_HTML, rows.get(1).getRejected().getReason());
  }
}
