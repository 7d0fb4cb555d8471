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
  void conditionalFailureIsNoFailureClaim() {
    assertFalse(frames("his country will join a coalition against Syria if the UN fails to act", "said")
        .containsKey("failure"));
    assertFalse(frames("the talks will go on unless they fail", "said").containsKey("failure"));
    assertTrue(frames("the UN has failed to act, and if it acts now it will be too late", "said")
        .containsKey("failure"));
    assertTrue(frames("the deal does not do enough to end Iran's aggression", "said").containsKey("failure"));
  }

  @Test
  void militaryAsInstitutionIsNoThreatButMilitaryForceIs() {
    assertFalse(frames("we have to wait for the military justice system to play out", "said")
        .containsKey("threat"));
    assertFalse(frames("Hagel consulted closely with the military service chiefs", "said")
        .containsKey("threat"));
    assertTrue(frames("his willingness to take military action against North Korea", "said")
        .containsKey("threat"));
  }

  @Test
  void blameCuesForExploitationAndResponsibility() {
    assertTrue(frames("they've really taken advantage of us on trade", "said").containsKey("blame"));
    assertTrue(frames("Britain is convinced Assad was behind the attack", "said").containsKey("blame"));
    assertTrue(frames("he needed to answer for what he did", "said").containsKey("blame"));
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

  private static String cueOf(String text, String frame) {
    return FD.detect(text).stream().filter(h -> h.getFrame().equals(frame)).map(FrameHit::getCue)
        .findFirst().orElse(null);
  }

  @Test
  void eachDevFrameHasGeneralNewsCues() {
    assertEquals("failed", cueOf("The talks failed after a week.", "failure"));
    assertEquals("never been worse", cueOf("Relations have never been worse.", "failure"));
    assertEquals("progress", cueOf("Both sides reported real progress.", "success"));
    assertEquals("airstrikes", cueOf("The army launched airstrikes on the city.", "threat"));
    assertEquals("nuclear weapons", cueOf("It must give up its nuclear weapons.", "threat"));
    assertEquals("summit", cueOf("The two leaders will hold a summit in June.", "cooperation"));
    assertEquals("trade deal", cueOf("A trade deal is close.", "cooperation"));
    assertEquals("international law", cueOf("The strikes broke international law.", "legality"));
    assertEquals("indicted", cueOf("Twelve officers were indicted on Friday.", "legality"));
    assertEquals("genocide", cueOf("They face genocide.", "morality"));
    assertEquals("to blame", cueOf("Moscow is to blame for the crisis.", "blame"));
    assertEquals("sanctions", cueOf("The sanctions hit the banks.", "economic"));
  }

  @Test
  void ambiguousSingleWordsNoLongerFire() {
    assertNull(cueOf("The committee is investigating the leak.", "economic"));
    assertNull(cueOf("The sanctions were announced today.", "legality"));
    assertNull(cueOf("We have a big deal of work to do.", "cooperation"));
    assertNull(cueOf("Senator Warner spoke on Tuesday.", "threat"));
  }

  @Test
  void extraFramesGoToTheirOwnColumn() {
    Statement s = new Statement();
    s.setContent("Refugees are fleeing the shelling and the elections were cancelled amid sanctions");
    s.setCue("said");
    FrameDetector.Split sp = FD.detectSplit(s);
    List<String> main = sp.frames().stream().map(FrameHit::getFrame).toList();
    List<String> extra = sp.extra().stream().map(FrameHit::getFrame).toList();
    assertTrue(extra.containsAll(List.of("humanitarian", "political")), extra.toString());
    assertTrue(main.contains("economic"), main.toString());
    assertTrue(main.stream().noneMatch(f -> FD.codebook().frame(f).extra()), main.toString());
    assertTrue(extra.stream().allMatch(f -> FD.codebook().frame(f).extra()), extra.toString());
  }

  @Test
  void topicalFramesKeepNegatedMatchesButPolarityDoesNot() {
    assertEquals("negotiate", cueOf("He will not negotiate with them.", "cooperation"));
    assertNull(cueOf("The plan will not fail.", "failure"));
    assertTrue(FD.polarity("They will cooperate closely.") > 0);
    assertEquals(0.0, FD.polarity("They will not cooperate."), 1e-9);
  }

  @Test
  void framesWithoutAModelFallBackToCues() {
    // a model for threat only: threat follows the model, every other frame its cues
    org.mediastance.learn.LinearModel m = new org.mediastance.learn.LinearModel("frame:threat", new int[] {0, 1},
        new String[] {"u:loom", "u:calm"}, new double[] {1.0, -1.0},
        new double[][] {{-2.0, 1.0}, {2.0, -1.0}}, null);
    FrameDetector d = new FrameDetector(Codebook.loadDefault(),
        new FrameModel(Map.of("threat", m), Map.of("threat", 0.6)));
    List<FrameHit> h = d.detect("A storm was looming over the coast while trade talks went on.");
    FrameHit threat = h.stream().filter(x -> x.getFrame().equals("threat")).findFirst().orElseThrow();
    assertEquals("loom", threat.getCue(), "no threat cue: the model's strongest word explains it");
    assertTrue(h.stream().anyMatch(x -> x.getFrame().equals("economic") && x.getCue().equals("trade")));
    assertTrue(h.stream().anyMatch(x -> x.getFrame().equals("cooperation")));
    // the cue "threat" matches, but the model (below its threshold) decides for its frame
    assertTrue(d.detect("All is calm, a threat of calm.").stream().noneMatch(x -> x.getFrame().equals("threat")));
    assertTrue(FD.detect("All is calm, a threat of calm.").stream().anyMatch(x -> x.getFrame().equals("threat")));
  }
}
