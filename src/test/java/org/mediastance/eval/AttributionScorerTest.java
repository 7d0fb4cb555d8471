package org.mediastance.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Statement;

class AttributionScorerTest {
  static Statement pred(String text, String content, String speaker) {
    Statement s = new Statement();
    int b = text.indexOf(content);
    s.setContentBegin(b);
    s.setContentEnd(b + content.length());
    s.setContent(content);
    s.setKind("indirect");
    s.setSpeaker(speaker);
    s.setCue("said");
    s.setCueLemma("say");
    return s;
  }

  @Test
  void overlapThresholdsAndOneToOne() {
    String text = "Ann Lee said the port will close next week because of the storm. Bo said no.";
    GoldDoc.Gold g = new GoldDoc.Gold(List.of(new int[] {13, 64}), null, "indirect", null, "said", null, null, "Ann Lee", true);
    GoldDoc d = new GoldDoc("d", text, List.of(g));
    // covers 5 of 11 gold words: matched at 0.3, not at 0.8
    Statement half = pred(text, "the port will close next", "Lee");
    Statement dup = pred(text, "the port will close next week", "Bo");
    var r3 = AttributionScorer.score(List.of(d), Map.of("d", List.of(half, dup)), 0.3);
    assertEquals(1, r3.all.matchedGold);
    assertEquals(0.5, r3.all.precision(), 1e-9);
    assertEquals(1.0, r3.all.recall(), 1e-9);
    var r8 = AttributionScorer.score(List.of(d), Map.of("d", List.of(half)), 0.8);
    assertEquals(0, r8.all.matchedGold);
  }

  @Test
  void speakerBySurnameAndSpeechActSubsetExcludesOtherGold() {
    String text = "Ann Lee said the port will close. Critics believe the plan is poor.";
    GoldDoc.Gold said = new GoldDoc.Gold(List.of(new int[] {13, 32}), null, null, new int[] {8, 12}, "said", new int[] {0, 7}, "Ann Lee", null, true);
    GoldDoc.Gold believe = new GoldDoc.Gold(List.of(new int[] {49, 66}), null, null, null, "believe", null, "Critics", null, false);
    GoldDoc d = new GoldDoc("d", text, List.of(said, believe));
    Statement a = pred(text, "the port will close", "Ann Lee");
    Statement b = pred(text, "the plan is poor", "Critics");
    var r = AttributionScorer.score(List.of(d), Map.of("d", List.of(a, b)), 0.3);
    assertEquals(1.0, r.all.speakerAccuracy(), 1e-9);
    assertEquals(1, r.speechAct.gold);
    assertEquals(1.0, r.speechAct.precision(), 1e-9);
    assertTrue(PolnearReader.isSpeechAct("has also called on"));
    assertFalse(PolnearReader.isSpeechAct("believe"));
  }

  @Test
  void secondPieceOfInterruptedQuotationIsNeitherHitNorFalsePositive() {
    String text = "\"The bridge is safe,\" Ann Lee said. \"We checked every bolt twice last week.\" Bo said no.";
    int a1 = text.indexOf("The bridge"), a2 = text.indexOf(",\" Ann");
    int b1 = text.indexOf("We checked"), b2 = text.indexOf(".\" Bo");
    GoldDoc.Gold g = new GoldDoc.Gold(List.of(new int[] {a1, a2}, new int[] {b1, b2}), null, null, null, "said", null, "Ann Lee", null, true);
    GoldDoc d = new GoldDoc("d", text, List.of(g));
    Statement first = pred(text, "The bridge is safe", "Ann Lee");
    Statement second = pred(text, "We checked every bolt twice last week", "Ann Lee");
    Statement other = pred(text, "no", "Bo");
    var r = AttributionScorer.score(List.of(d), Map.of("d", List.of(first, second, other)), 0.3);
    assertEquals(1, r.all.matchedGold);
    assertEquals(1, r.all.predExcluded, "the unmatched piece of the matched gold is excluded");
    assertEquals(0.5, r.all.precision(), 1e-9, "the unrelated prediction is still a false positive");
    assertEquals(0.5, r.speechAct.precision(), 1e-9);
    // a contiguous gold content gives no such exemption
    GoldDoc.Gold one = new GoldDoc.Gold(List.of(new int[] {b1, b2}), null, null, null, "said", null, "Ann Lee", null, true);
    var r2 = AttributionScorer.score(List.of(new GoldDoc("d", text, List.of(one))), Map.of("d", List.of(second, second)), 0.3);
    assertEquals(0.5, r2.all.precision(), 1e-9);
  }
}
