package org.mediastance.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.SharedSpark;
import org.mediastance.ingest.Reasons;

/**
 * The whole job on the bad-input corpus (src/test/resources/bad-input) plus a 5 MB article and a
 * 20,000-token sentence made at run time: the job completes, every record is an article or a
 * quarantine row with a specific reason, counts reconcile, and article text cannot act as code in
 * the report, the CSVs or the file system.
 */
class BadInputIT {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path out;
  static JsonNode manifest;
  static Map<String, String> reasonById = new HashMap<>();
  static List<Row> articles;

  @BeforeAll
  static void runJob() throws Exception {
    spark = SharedSpark.get();
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/bad-input"))) {
      for (Path p : s.toList()) Files.copy(p, in.resolve(p.getFileName()));
    }
    ObjectMapper om = new ObjectMapper();
    String para = "The minister said the plan would work and that the talks would continue next week. ";
    StringBuilder big = new StringBuilder();
    while (big.length() < 5_000_000) big.append(para);
    StringBuilder longSentence = new StringBuilder("The spokesman said ");
    String[] words = {"the", "talks", "and", "the", "plan", "of", "the", "government", "that", "was", "said", "to", "be", "new"};
    for (int i = 0; i < 20_000; i++) longSentence.append(words[i % words.length]).append(' ');
    Files.writeString(in.resolve("generated.jsonl"),
        om.writeValueAsString(Map.of("id", "huge-1", "outlet", "Example Wire", "text", big.toString())) + "\n"
        + om.writeValueAsString(Map.of("id", "longsentence-1", "outlet", "Example Wire", "date", "2016-05-02",
            "text", "The minister said the talks had failed. " + longSentence + "\n\nShe added that a new round was planned.")) + "\n");
    out = dir.resolve("out");
    int code = RunJobIT.run("run", "--input", in.toString(), "--out", out.toString(), "--format", "jsonl");
    assertEquals(0, code, RunJobIT.lastErr);
    manifest = om.readTree(out.resolve("run.json").toFile());
    try (Stream<Path> s = Files.list(out.resolve("quarantine"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        for (String line : Files.readAllLines(p)) {
          JsonNode q = om.readTree(line);
          String id = q.path("record_id").asText(null);
          reasonById.put(id != null ? id : q.get("source_file").asText() + "#" + q.get("position").asLong(),
              q.get("reason").asText());
        }
      }
    }
    articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
  }

  static Row article(String id) {
    return articles.stream().filter(r -> id.equals(r.getAs("id"))).findFirst().orElse(null);
  }

  @Test
  void everyRecordAccountedFor() {
    assertEquals("success", manifest.get("outcome").asText());
    for (JsonNode f : manifest.get("inputs")) {
      assertTrue(f.get("reconciled").asBoolean(), f.toString());
    }
    JsonNode c = manifest.get("counts");
    assertEquals(c.get("read").asLong(), c.get("articles").asLong() + c.get("quarantined").asLong());
    assertEquals(20 + 2 + 1, c.get("read").asLong(), "20 JSON lines, 2 generated, 1 HTML page");
  }

  @Test
  void specificReasons() {
    assertEquals(Reasons.EMPTY_TEXT, reasonById.get("empty-1"));
    assertEquals(Reasons.EMPTY_TEXT, reasonById.get("space-1"));
    assertEquals(Reasons.DUPLICATE_ID, reasonById.get("dup-1"));
    assertEquals(Reasons.NO_TEXT_AFTER_CLEANING, reasonById.get("htmlonly-1"));
    assertEquals(Reasons.NOT_ENGLISH, reasonById.get("german-1"));
    assertEquals(Reasons.TEXT_TOO_LONG, reasonById.get("huge-1"));
    assertTrue(reasonById.containsValue(Reasons.MALFORMED_JSON));
    assertTrue(reasonById.containsValue(Reasons.INVALID_UTF8));
    assertTrue(reasonById.containsValue(Reasons.NOT_A_JSON_OBJECT));
    long binaryOrUtf8 = reasonById.values().stream()
        .filter(r -> r.equals(Reasons.INVALID_UTF8) || r.equals(Reasons.BINARY_CONTENT)).count();
    assertEquals(2, binaryOrUtf8, "the bad byte line and the binary garbage line");
  }

  @Test
  void acceptedOddRecordsKeepTheirFlags() {
    assertEquals("(unknown)", article("nooutlet-1").getAs("outlet"));
    assertEquals("missing", article("nodate-1").getAs("date_quality"));
    assertEquals("implausible", article("baddate-1").getAs("date_quality"));
    assertNull(article("baddate-1").getAs("published"));
    assertEquals("implausible", article("baddate-2").getAs("date_quality"));
    assertEquals("unparseable", article("baddate-3").getAs("date_quality"));
    assertEquals("Example Wire", article("dup-1").getAs("outlet"), "the first record of a duplicated id is kept");
    assertNotNull(article("unbalanced-1"));
    assertNotNull(article("longsentence-1"), "a 20,000-token sentence is analysed within bounds, not fatal");
    assertNotNull(article("script-1"));
    JsonNode d = manifest.get("counts").get("date_quality");
    assertTrue(d.get("implausible").asLong() >= 2 && d.get("unparseable").asLong() >= 1, d.toString());
  }

  @Test
  void articleTextNeverActsAsCode() throws Exception {
    String html = Files.readString(out.resolve("report/index.html"));
    assertFalse(html.contains("<script>alert(1)</script>"), "script from an article is escaped in the report");
    assertFalse(html.contains("<img src=x onerror"), "title markup is escaped");
    assertFalse(html.contains("href=\"javascript:"), "no javascript: links");
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        assertTrue(p.normalize().startsWith(out.normalize()), p.toString());
        for (String line : Files.readAllLines(p)) {
          for (String cell : line.split(",")) {
            String c = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertFalse(c.startsWith("=") || c.startsWith("@") || c.startsWith("+SUM"),
                "formula cell in " + p + ": " + line);
          }
        }
      }
    }
    try (Stream<Path> s = Files.walk(dir)) {
      assertTrue(s.allMatch(p -> p.normalize().startsWith(dir.normalize())));
    }
  }
}
