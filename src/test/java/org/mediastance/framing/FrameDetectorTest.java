package org.mediastance.framing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mediastance.model.FrameHit;
import org.mediastance.model.Statement;

class FrameDetectorTest {
  private static final FrameDetector FD = FrameDetector.forCodebook(null);

  private static Map<String, FrameHit> frames(String content, String cue) {
    Statement s = new Statement();
    s.setContent(content);
    s.setCue(cue);
    return FD.detect(s).stream().collect(Collectors.toMap(FrameHit::getFrame, h -> h));
  }

  @Test
  void seedObamaFailureClaims() {
    Map<String, FrameHit> f = frames(
        "Moscow's efforts to prop up the embattled Assad regime are \"doomed to failure.\"", "warned");
    assertTrue(f.containsKey("failure"), f.toString());
    assertEquals("doomed to failure", f.get("failure").getCue());
    assertEquals(1.0, f.get("failure").getScore(), 1e-9);
    f = frames("We are going to be engaging Russia to let them know that you can't continue to "
        + "double-down on a strategy that is doomed to failure.", "said");
    assertTrue(f.containsKey("failure"));
    f = frames("The strategy they're pursuing right now of doubling down on Assad is a mistake", "said");
    assertEquals("mistake", f.get("failure").getCue());
  }

  @Test
  void seedLavrovFailureAndCooperation() {
    Map<String, FrameHit> f = frames(
        "it is the U.S. strategy in Syria that lacks savvy and is doomed to fail", "insisted");
    assertTrue(f.containsKey("failure"));
    assertEquals("doomed to fail", f.get("failure").getCue());
    f = frames("We are always in favor of military people talking to each other in a professional "
        + "way. They understand each other very well. It is important to avoid undesirable "
        + "unintended incidents,", "said");
    assertTrue(f.containsKey("cooperation"), f.toString());
    assertFalse(f.containsKey("failure"));
  }

  @Test
  void cueVerbCountsAndNegationBlocks() {
    Map<String, FrameHit> f = frames("the rebels of shelling the town", "accused");
    assertEquals("accused", f.get("blame").getCue());
    f = frames("the plan is not doomed to fail and will never fail", "said");
    assertFalse(f.containsKey("failure"), f.toString());
  }

  @Test
  void lemmasMatchInflectedForms() {
    List<FrameHit> h = FD.detect("Both ministries were cooperating closely on trade.");
    assertTrue(h.stream().anyMatch(x -> x.getFrame().equals("cooperation") && x.getCue().equals("cooperating")));
    assertTrue(h.stream().anyMatch(x -> x.getFrame().equals("economic")));
    assertTrue(FD.detect("nothing of note here").isEmpty());
  }

  @Test
  void replacementCodebookIsUsed() {
    FrameDetector d = new FrameDetector(Codebook.parse(
        "frames:\n  war:\n    definition: d\n    mfc: [security_and_defense]\n    cues: [go ... to war]\n", "t"));
    List<FrameHit> h = d.detect("They may go straight to war.");
    assertEquals(1, h.size());
    assertEquals("go straight to war", h.get(0).getCue());
  }
}
