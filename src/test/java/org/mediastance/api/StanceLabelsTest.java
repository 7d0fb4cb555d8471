package org.mediastance.api;
import org.mediastance.learn.Example;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.stance.StanceData;

/** Labels written in the trainer's user format and read back by the trainer's reader. */
class StanceLabelsTest {
  @TempDir Path tmp;

  static final String S1 = "The minister said the plan drawn up by Ruritania would fail within a month.";
  static final String S2 = "Officials in Borduria praised Ruritania's offer and said Ruritania was a partner.";

  @Test
  void writesUserFormatWithSpanOfFirstMention() throws Exception {
    StanceLabels l = new StanceLabels().add("a:1-9", S1, "Ruritania", -1).add("b:2-8", S2, "Ruritania", 1);
    Path f = l.write(tmp.resolve("sub/labels.jsonl"));
    List<String> lines = Files.readAllLines(f);
    assertEquals(2, lines.size());
    JsonNode j = new ObjectMapper().readTree(lines.get(1));
    assertEquals("b:2-8", j.get("statement_id").asText());
    assertEquals(S2.indexOf("Ruritania"), j.get("target_begin").asInt());
    assertEquals("Ruritania", S2.substring(j.get("target_begin").asInt(), j.get("target_end").asInt()));
    assertEquals(1, j.get("label").asInt());
  }

  @Test
  void examplesGoThroughTheTrainersReader() throws Exception {
    StanceLabels l = new StanceLabels().add("a", S1, "Ruritania", -1).add("b", S2, "Borduria", 0);
    List<Example> ex = l.examples();
    assertEquals(2, ex.size());
    assertEquals(0, ex.get(0).label());   // -1 is class 0 of the 3-class model
    assertEquals(1, ex.get(1).label());
    int[] span = ex.get(1).a().get(0);
    assertEquals("Borduria", S2.substring(span[0], span[1]));
    assertEquals(StanceData.user(l.write(tmp.resolve("x.jsonl"))).size(), ex.size());
  }

  @Test
  void rejectsMissingMentionAndBadLabel() {
    StanceLabels l = new StanceLabels();
    assertThrows(IllegalArgumentException.class, () -> l.add("a", S1, "Syldavia", 0));
    assertThrows(IllegalArgumentException.class, () -> l.add("a", S1, "Ruritania", 2));
    assertThrows(IllegalArgumentException.class, () -> l.add("a", null, "Ruritania", 0));
    assertEquals(0, l.size());
  }
}
