package org.mediastance.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateStatementsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesFiguresAndErrorLinesAndRejectsMalformedInput(@TempDir Path dir) throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("a.json"), """
        {"article_id": "a", "statements": [
         {"content": "the sanctions will hurt ordinary people", "kind": "indirect", "speaker": "Sergei Lavrov",
          "government": "RUS", "targets": [], "frames": ["economic"]},
         {"content": "we are ready to talk", "kind": "direct", "speaker": "Hassan Rouhani", "government": "IRN",
          "targets": [], "frames": []}]}
        """, StandardCharsets.UTF_8);
    Path pred = dir.resolve("statements.jsonl");
    Files.writeString(pred, """
        {"article_id": "a", "content": "the sanctions will hurt ordinary people", "speaker": "Lavrov", "government": "RUS", "frames": [{"frame": "economic"}]}
        {"article_id": "a", "content": "something nobody said", "speaker": "Ann Lee", "government": null}
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("o/figures.json"), errors = dir.resolve("o/errors.jsonl");
    int rc = Main.commandLine().execute("evaluate", "statements", "--gold", gold.toString(), "--statements",
        pred.toString(), "--out", out.toString(), "--errors", errors.toString());
    assertEquals(0, rc);
    JsonNode f = JSON.readTree(out.toFile());
    assertEquals(0.5, f.at("/lenient/statements/P").asDouble());
    assertEquals(0.5, f.at("/lenient/statements/R").asDouble());
    assertEquals(1.0, f.at("/strict/speaker_accuracy").asDouble());
    assertEquals(1, f.at("/lenient/frames_by_name/economic/tp").asInt());
    assertEquals(1.0, f.at("/lenient/frames_by_name/macro_F1_over_gold_frames").asDouble());
    List<String> lines = Files.readAllLines(errors);
    assertEquals(2, lines.size(), lines.toString());
    JsonNode miss = JSON.readTree(lines.get(0)), fa = JSON.readTree(lines.get(1));
    assertEquals("miss", miss.get("type").asText());
    assertEquals("we are ready to talk", miss.get("gold_content").asText());
    assertEquals("Hassan Rouhani", miss.at("/gold_speakers/0").asText());
    assertEquals("false_alarm", fa.get("type").asText());
    assertEquals("Ann Lee", fa.get("pred_speaker").asText());

    Files.writeString(pred, "{\"article_id\": \"a\"}\nnot json\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    assertEquals(Main.EXIT_USAGE, cl.execute("evaluate", "statements", "--gold", gold.toString(), "--statements", pred.toString()));
    assertTrue(err.toString().contains(pred + ": line 2: malformed JSON"), err.toString());
  }
}
