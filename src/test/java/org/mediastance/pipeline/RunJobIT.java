package org.mediastance.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.SharedSpark;
import org.mediastance.cli.Main;
import org.mediastance.ingest.WarcFixturesAccess;
import picocli.CommandLine;

/**
 * The run job end to end on every input format at once: counts reconcile per file, duplicates and
 * syndicated copies are found, output is atomic and repeatable, and usage errors exit 2.
 */
class RunJobIT {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path in;

  static final String A = "The defence minister said on Friday that the ceasefire was holding and that both sides "
      + "had kept their promises made in Geneva last month, while warning that any violation would be answered. "
      + "She told reporters at the ministry that monitors from both sides would visit the front line every week, "
      + "that prisoners would be exchanged before the end of the month, and that a joint commission would meet "
      + "in the border town to settle disputes about the withdrawal of heavy weapons from the villages nearby.";
  static final String B = "Officials in the capital announced a new round of talks on trade and energy, saying the "
      + "previous meetings had produced a framework that both governments were ready to sign before the summer.";

  @BeforeAll
  static void fixtures() throws Exception {
    spark = SharedSpark.get();
    in = dir.resolve("in");
    Files.createDirectories(in.resolve("docs"));
    // JSON lines: two originals, an exact copy and a near copy of A (syndication), a bad line
    Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
        "{\"id\":\"j1\",\"source\":\"Wire One\",\"date\":\"2016-05-02\",\"content\":\"" + A + "\"}",
        "{\"id\":\"j2\",\"source\":\"Wire Two\",\"date\":\"2016-05-02\",\"content\":\"" + A + "\"}",
        "{\"id\":\"j3\",\"source\":\"Wire Three\",\"date\":\"5/3/16\",\"content\":\"" + A.replace("Friday", "Friday evening") + "\"}",
        "{\"id\":\"j4\",\"source\":\"Wire One\",\"date\":\"2016-05-04\",\"content\":\"" + B + "\"}",
        "{not json",
        "") + "\n");
    // CSV with a multi-line quoted field and a short (malformed) row
    Files.writeString(in.resolve("paper.csv"), "id,outlet,published,text\n"
        + "c1,Daily Paper,2017-01-02,\"" + B.replace("trade", "trade\nand") + "\"\n"
        + "c2,Daily Paper,2017-01-03,\"A second line of news about the budget said the minister.\"\n");
    // Parquet written by Spark
    StructType s = new StructType().add("headline", DataTypes.StringType).add("body", DataTypes.StringType)
        .add("link", DataTypes.StringType);
    Dataset<Row> pq = spark.createDataFrame(List.of(RowFactory.create("P", "The president said the economy was growing faster than expected this year.",
        "https://www.reuters.com/p1")), s);
    pq.coalesce(1).write().parquet(in.resolve("table.parquet").toString());
    Files.writeString(in.resolve("docs/a.txt"), "A Headline Here\n\nThe mayor said the bridge would reopen in June after repairs.");
    Files.writeString(in.resolve("docs/b.html"), "<html><body><article><p>The governor said the schools would stay open.</p></article></body></html>");
    Files.writeString(in.resolve("docs/notes.md"), "not an input");
    WarcFixturesAccess.write(in.resolve("crawl.warc.gz"),
        "https://www.bbc.com/news/x", "<html><body><p>The minister said the deal was signed and the ceasefire would hold.</p></body></html>");
  }

  static int run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    lastErr = err.toString();
    return code;
  }

  static String lastErr;

  @Test
  void everyFormatReconcilesAndClusters() throws Exception {
    Path out = dir.resolve("out1");
    assertEquals(0, run("run", "--input", in.toString(), "--out", out.toString(), "--format", "jsonl"), lastErr);
    JsonNode m = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals("success", m.get("outcome").asText());
    long read = 0;
    for (JsonNode f : m.get("inputs")) {
      assertTrue(f.get("reconciled").asBoolean(), f.toString());
      assertEquals(f.get("read").asLong(), f.get("articles").asLong() + f.get("quarantined").asLong()
          + f.get("skipped_by_limit").asLong());
      assertEquals(64, f.get("sha256").asText().length());
      read += f.get("read").asLong();
    }
    JsonNode c = m.get("counts");
    assertEquals(read, c.get("read").asLong());
    assertEquals(5 + 2 + 1 + 2 + 1, read, "jsonl 5 records, csv 2, parquet 1, docs 2, warc 1");
    assertEquals(1, c.get("quarantine_by_reason").get("malformed_json").asLong());
    assertEquals(1, m.get("skipped_files").size(), "notes.md is not read");

    Dataset<Row> arts = spark.read().parquet(out.resolve("articles").toString());
    Map<String, String> cluster = arts.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("id"), r -> r.getAs("cluster_id")));
    assertEquals("j1", cluster.get("j2"), "exact copy shares the cluster");
    assertEquals("j1", cluster.get("j3"), "near copy shares the cluster");
    assertEquals("j4", cluster.get("j4"));
    Map<String, String> outlets = new HashMap<>();
    arts.collectAsList().forEach(r -> outlets.put(r.getAs("id"), r.getAs("outlet")));
    assertEquals("BBC News", outlets.values().stream().filter(o -> o.startsWith("BBC")).findFirst().orElse(""));
    assertTrue(outlets.containsValue("Reuters"), "outlet from the Parquet link's host");
    assertTrue(Files.isDirectory(out.resolve("quarantine")));
    assertTrue(Files.exists(out.resolve("statements.jsonl")));
    List<String> articleLines = Files.readAllLines(out.resolve("articles.jsonl"));
    assertEquals(arts.count(), articleLines.size(), "articles.jsonl: one line per article");
    List<String> ids = articleLines.stream().map(l -> readId(l)).collect(Collectors.toList());
    assertEquals(ids.stream().sorted().collect(Collectors.toList()), ids, "articles.jsonl sorted by id");
    try (var s = Files.list(dir)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().contains(".tmp-")), "no temporary folder left");
    }

    // an existing output folder is refused (exit 2) unless --overwrite; the rerun is byte-identical
    assertEquals(2, run("run", "--input", in.toString(), "--out", out.toString()));
    assertTrue(lastErr.contains("--overwrite"), lastErr);
    byte[] first = Files.readAllBytes(out.resolve("statements.jsonl"));
    byte[] firstArticles = Files.readAllBytes(out.resolve("articles.jsonl"));
    assertEquals(0, run("run", "--input", in.toString(), "--out", out.toString(), "--format", "jsonl", "--overwrite"), lastErr);
    assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(out.resolve("statements.jsonl"))));
    assertTrue(java.util.Arrays.equals(firstArticles, Files.readAllBytes(out.resolve("articles.jsonl"))));
  }

  private static String readId(String jsonLine) {
    try {
      return new ObjectMapper().readTree(jsonLine).get("id").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void limitIsCountedNotLost() throws Exception {
    Path out = dir.resolve("out-limit");
    assertEquals(0, run("run", "--input", in.resolve("wire.jsonl").toString(), "--out", out.toString(), "--limit", "2"), lastErr);
    JsonNode c = new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("counts");
    assertEquals(2, c.get("articles").asLong());
    assertEquals(2, c.get("skipped_by_limit").asLong());
    assertEquals(5, c.get("read").asLong());
  }

  @Test
  void usageErrorsExit2BeforeSpark() throws Exception {
    assertEquals(2, run("run", "--input", dir.resolve("missing").toString(), "--out", dir.resolve("o").toString()));
    assertTrue(lastErr.contains("--input"), lastErr);
    Path cfg = dir.resolve("bad.yaml");
    Files.writeString(cfg, "dedup_treshold: 0.5\n");
    assertEquals(2, run("run", "--input", in.toString(), "--out", dir.resolve("o").toString(), "--config", cfg.toString()));
    assertTrue(lastErr.contains("dedup_treshold"), lastErr);
    Files.writeString(cfg, "dedup_threshold: 1.5\n");
    assertEquals(2, run("run", "--input", in.toString(), "--out", dir.resolve("o").toString(), "--config", cfg.toString()));
    assertTrue(lastErr.contains("dedup_threshold"), lastErr);
    Files.writeString(cfg, "period: fortnight\n");
    assertEquals(2, run("run", "--input", in.toString(), "--out", dir.resolve("o").toString(), "--config", cfg.toString()));
    assertTrue(lastErr.contains("period"), lastErr);
    assertEquals(2, run("run", "--input", in.toString(), "--out", dir.resolve("o").toString(), "--map", "txt=body"));
    assertTrue(lastErr.contains("txt"), lastErr);
    assertEquals(2, run("run", "--bogus"));
    assertFalse(Files.exists(dir.resolve("o")));
  }
}
