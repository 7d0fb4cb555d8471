package org.mediastance.framing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediastance.model.FrameHit;
import org.mediastance.learn.LinearModel;

class FrameModelTest {

  @Test
  void modelHitsAddFramesTheCuesMissAndNameTheirEvidence() {
    // binary model for "threat": the word "menacing" pushes towards the frame, "calm" away
    LinearModel m = new LinearModel("frame:threat", new int[] {0, 1},
        new String[] {"u:menace", "u:calm"}, new double[] {1.0, -1.0},
        new double[][] {{-2.0, 1.0}, {2.0, -1.0}}, null);
    FrameModel fm = new FrameModel(Map.of("threat", m));
    List<FrameHit> hits = fm.detect("The fleet was menacing the coast.");
    assertEquals(1, hits.size());
    assertEquals("threat", hits.get(0).getFrame());
    assertEquals("menace", hits.get(0).getCue());
    double p = 1 / (1 + Math.exp(-(-1.0 + 2.0 - (1.0 - 2.0))));
    assertEquals(Math.round(p * 1000) / 1000.0, hits.get(0).getScore(), 1e-9);
    assertTrue(fm.detect("All is calm.").isEmpty());

    FrameDetector fd = new FrameDetector(Codebook.parse(
        "frames:\n  threat:\n    definition: d\n    mfc: [security_and_defense]\n    cues: [threat*]\n", "t"), fm);
    List<FrameHit> both = fd.detect("A threat, and the fleet was menacing.");
    assertEquals(1, both.size(), "codebook hit wins, no duplicate frame");
    assertEquals("threat", both.get(0).getCue());
  }
}
