package org.mediastance.framing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mediastance.config.UsageException;

class CodebookTest {

  @Test
  void shippedCodebookHasTheRequiredFramesMappedToMfc() {
    Codebook cb = Codebook.loadDefault();
    for (String f : Set.of("failure", "success", "threat", "cooperation", "legality", "morality",
        "blame", "economic")) {
      Codebook.Frame fr = cb.frame(f);
      assertNotNull(fr, f);
      assertFalse(fr.definition().isBlank());
      assertFalse(fr.mfc().isEmpty());
      assertTrue(Codebook.MFC_DIMENSIONS.containsAll(fr.mfc()));
    }
    assertEquals(-1, cb.frame("failure").polarity());
    for (Codebook.Frame fr : cb.frames().values()) {
      assertEquals(Set.of("humanitarian", "political", "sovereignty").contains(fr.name()), fr.extra(), fr.name());
    }
    assertTrue(cb.frame("cooperation").keepNegated());
    assertFalse(cb.frame("failure").keepNegated());
  }

  private static String error(String yaml) {
    return assertThrows(UsageException.class, () -> Codebook.parse(yaml, "x.yaml")).getMessage();
  }

  @Test
  void badCodebooksGiveErrorsNamingTheKey() {
    assertTrue(error("frames:\n  failure:\n    mfc: [economic]\n    cues: [fail]\n")
        .contains("frame 'failure': key 'definition'"));
    assertTrue(error("frames:\n  failure:\n    definition: d\n    mfc: [economy]\n    cues: [fail]\n")
        .contains("unknown dimension 'economy'"));
    assertTrue(error("frames:\n  failure:\n    definition: d\n    mfc: [economic]\n    cue: [fail]\n")
        .contains("unknown key 'cue'"));
    assertTrue(error("frames:\n  failure:\n    definition: d\n    mfc: [economic]\n")
        .contains("key 'cues'"));
    assertTrue(error("frames:\n  f:\n    definition: d\n    mfc: [economic]\n    cues: [{cue: x, weight: 3}]\n")
        .contains("key 'cues[0]'"));
    assertTrue(error("frames:\n  f:\n    definition: d\n    mfc: [economic]\n    cues: [x]\n    polarity: 5\n")
        .contains("key 'polarity'"));
    assertTrue(error("framez: {}\n").contains("unknown key 'framez'"));
    assertTrue(error("frames: [\n").contains("not valid YAML"));
    assertTrue(error("frames:\n  f:\n    definition: d\n    mfc: [economic]\n    cues: [x]\n    extra: maybe\n")
        .contains("key 'extra'"));
    assertTrue(error("frames:\n  f:\n    definition: d\n    mfc: [economic]\n    cues: [x]\n    negation: ignore\n")
        .contains("key 'negation'"));
    assertTrue(error("frames:\n  f:\n    definition: d\n    mfc: [economic]\n    cues: [x]\n    conditional: maybe\n")
        .contains("key 'conditional'"));
    assertTrue(error("frames:\n  f:\n    definition: d\n    mfc: [economic]\n    cues: ['... x']\n")
        .contains("must start and end with a word"));
  }

  @Test
  void minimalCodebookParses() {
    Codebook cb = Codebook.parse(
        "version: 1\nframes:\n  fight:\n    definition: d\n    mfc: [security_and_defense]\n    cues: [battle*, {cue: go to war, weight: 0.5}]\n",
        "x.yaml");
    assertEquals(1, cb.frames().size());
    assertEquals(0.5, cb.frame("fight").cues().get(1).weight());
    assertEquals(0.8, cb.frame("fight").cues().get(0).weight());
  }
}
