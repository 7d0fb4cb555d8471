package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CuesTest {
  @Test
  void inflectionsMapToLemmas() {
    assertEquals("say", Cues.lemma("said"));
    assertEquals("say", Cues.lemma("Says"));
    assertEquals("tell", Cues.lemma("told"));
    assertEquals("admit", Cues.lemma("admitted"));
    assertEquals("deny", Cues.lemma("denies"));
    assertEquals("deny", Cues.lemma("denied"));
    assertEquals("argue", Cues.lemma("arguing"));
    assertEquals("tweet", Cues.lemma("tweeted"));
    assertNull(Cues.lemma("table"));
  }

  @Test
  void speechActListAndCandidates() {
    assertTrue(Cues.isSpeechAct("according to"));
    assertTrue(Cues.isSpeechAct("warn"));
    assertFalse(Cues.isSpeechAct("think"));
    assertTrue(Cues.isCueSurface("according"));
    assertEquals(List.of("pushes", "pushed", "pushing"), Cues.inflect("push"));
  }
}
