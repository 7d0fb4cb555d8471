package org.mediastance.stance;
import org.mediastance.learn.Example;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceFeaturesTest {

  @Test
  void targetIsMaskedAndWindowed() {
    String s = "Critics said the Kremlin failed badly.";
    int b = s.indexOf("the Kremlin");
    List<String> f = StanceFeatures.target(s, List.of(new int[] {b + 4, b + 11}));
    assertTrue(f.contains("b:the_<T>"), f.toString());
    assertTrue(f.contains("R:fail"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.contains("kremlin")), f.toString());
    assertTrue(f.contains("lex:-"));
    assertTrue(f.contains("lexnear:-"));
    assertTrue(f.contains("frame:failure"));
  }

  @Test
  void negationFlipsLexiconAndMarksWords() {
    String s = "They did not praise Tom.";
    List<String> f = StanceFeatures.target(s, List.of(new int[] {s.indexOf("Tom"), s.indexOf("Tom") + 3}));
    assertTrue(f.contains("u:NEG_praise"), f.toString());
    assertTrue(f.contains("lex:-"));
    assertFalse(f.contains("lex:+"));
  }

  @Test
  void directedFeaturesKnowTheOrder() {
    String s = "Anna blamed Boris for the delay.";
    List<String> f = StanceFeatures.directed(s, List.of(new int[] {0, 4}), List.of(new int[] {12, 17}));
    assertTrue(f.contains("order:pq"));
    assertTrue(f.contains("btw:pq:blame"), f.toString());
    assertTrue(f.contains("b:<P>_blamed"));
    assertTrue(f.contains("b:blamed_<Q>"));
  }

  @Test
  void directedReaderStripsBrackets() throws Exception {
    java.nio.file.Path t = java.nio.file.Files.createTempFile("ds", ".txt");
    java.nio.file.Files.writeString(t, "[Anna] blamed [Boris] for it.\tAnna\tBoris\t3\n");
    List<Example> ex = StanceData.directed(t);
    assertEquals(1, ex.size());
    assertEquals("Anna blamed Boris for it.", ex.get(0).text());
    assertArrayEquals(new int[] {12, 17}, ex.get(0).b().get(0));
    assertEquals(3, ex.get(0).label());
    java.nio.file.Files.delete(t);
  }

  @Test
  void userReaderFindsTargetAndChecksLabels() throws Exception {
    java.nio.file.Path t = java.nio.file.Files.createTempFile("u", ".jsonl");
    java.nio.file.Files.writeString(t, "{\"sentence\": \"Oslo praised Bern twice.\", \"target\": \"Bern\", \"label\": 1}\n");
    List<Example> ex = StanceData.user(t);
    assertEquals(2, ex.get(0).label());
    assertArrayEquals(new int[] {13, 17}, ex.get(0).a().get(0));
    assertEquals("user", StanceData.detectFormat(t));
    java.nio.file.Files.writeString(t, "{\"sentence\": \"x\", \"target\": \"x\", \"label\": 4}\n");
    var e = assertThrows(org.mediastance.config.UsageException.class, () -> StanceData.user(t));
    assertTrue(e.getMessage().contains(":1: key 'label'"));
    java.nio.file.Files.delete(t);
  }
}
