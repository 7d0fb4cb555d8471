package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediastance.eval.AttributionScorer;
import org.mediastance.eval.GoldDoc;
import org.mediastance.eval.MediastanceGoldReader;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;

/** Extraction + attribution with the real CoreNLP models (one shared pipeline per test JVM). */
class AttributorIT {
  static List<Statement> run(String text) {
    Article a = new Article();
    a.setId("it");
    a.setText(text);
    return Attributor.get().extract(a);
  }

  static Statement find(List<Statement> st, String contentPart) {
    return st.stream().filter(s -> s.getContent().contains(contentPart)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement containing '" + contentPart + "' in " + st));
  }

  @Test
  void seedArticleEveryGovernmentStatementWithRightSpeaker() throws Exception {
    GoldDoc gold = MediastanceGoldReader.readOne(Path.of("src/test/resources/gold/seed/rferl-2015-09-11-russia-us-syria.json"));
    List<Statement> st = run(gold.text());
    for (Statement s : st) {
      assertEquals(s.getContent(), gold.text().substring(s.getContentBegin(), s.getContentEnd()));
    }
    AttributionScorer.Result r = AttributionScorer.score(List.of(gold), Map.of(gold.id(), st), 0.3);
    assertEquals(r.all.gold, r.all.matchedGold, "every gold statement found");
    assertEquals(1.0, r.all.speakerAccuracy(), 1e-9, "every speaker right");
    assertEquals("Sergei Lavrov", find(st, "doomed to fail").getSpeaker().equals("Sergei Lavrov") ? "Sergei Lavrov" : find(st, "U.S. strategy in Syria").getSpeaker());
    assertEquals("Barack Obama", find(st, "Moscow's efforts").getSpeaker());
    assertEquals("Sergei Lavrov", find(st, "You cannot defeat Islamic State").getSpeaker());
    assertEquals("Sergei Lavrov", find(st, "Coordination is also important").getSpeaker());
    assertEquals("U.S. officials", find(st, "Russia may strike").getSpeaker());
    assertEquals("group", find(st, "Russia may strike").getSpeakerType());
    assertEquals("Russia", find(st, "reopen channels").getSpeaker());
    assertEquals("U.S. President Barack Obama", find(st, "Moscow's efforts").getSpeakerDescription());
    assertTrue(find(st, "all sides").getSpeakerDescription().contains("Foreign Minister Sergei Lavrov"));
  }

  @Test
  void oneSentenceBriefsWithTheRealTagger() {
    Statement churkin = find(run("Russia's ambassador to the United Nations, Vitaly Churkin, said Moscow was ready to "
        + "work with the new U.S. administration."), "Moscow was ready");
    assertEquals("Vitaly Churkin", churkin.getSpeaker());
    List<Statement> zuma = run("South African President Jacob Zuma has rejected calls to resign, his spokesman said on Tuesday.");
    assertEquals("Jacob Zuma's spokesman", find(zuma, "has rejected calls to resign").getSpeaker(), zuma.toString());
    List<Statement> deal = run("Israeli Prime Minister Benjamin Netanyahu said the framework deal with Iran would threaten "
        + "the survival of Israel.");
    assertEquals(1, deal.size(), deal.toString());
    assertEquals("the framework deal with Iran would threaten the survival of Israel", deal.get(0).getContent());
    Statement geng = find(run("Chinese foreign ministry spokesman Geng Shuang told a news conference in Beijing that "
        + "U.S. politicians were lying about the virus."), "lying");
    assertEquals("U.S. politicians were lying about the virus", geng.getContent());
    Statement may = find(run("British Prime Minister Theresa May said Russia was culpable for the attack."), "culpable");
    assertEquals("Theresa May", may.getSpeaker());
    List<Statement> west = run("Russian Foreign Minister Sergei Lavrov accused the West of hypocrisy over Ukraine, "
        + "according to state media.");
    assertTrue(west.stream().anyMatch(x -> x.getSpeaker().equals("Sergei Lavrov")
        && x.getContent().equals("the West of hypocrisy over Ukraine")), west.toString());
  }

  @Test
  void criticizedXForYKeepsTheObjectInTheContent() {
    List<Statement> li = run("Chinese Premier Li Keqiang criticized the United States for its protectionist trade measures.");
    assertEquals("the United States for its protectionist trade measures", find(li, "protectionist").getContent(), li.toString());
  }

  @Test
  void kindsAndHardSpeakerCases() {
    String text = String.join("\n\n",
        "Health Minister Clara Jensen visited the hospital on Monday. Peter Holm, a doctor, said the wards were full.",
        "\"We need more beds,\" Jensen said. \"And we need them this winter.\"",
        "\"The waiting lists are the longest in a decade. Nurses are leaving,\" she said.",
        "\"We will publish a plan in May.\"",
        "According to the ministry, 300 nurses resigned last year. Hospital costs rose by 8 percent, according to Statistics Denmark.",
        "Opposition leader Martin Dahl accused the government of neglecting rural clinics. He called on Jensen to resign.",
        "The minister described the criticism as \"cheap politics\" in a radio interview.");
    List<Statement> st = run(text);
    Statement appos = find(st, "the wards were full");
    assertEquals("Peter Holm", appos.getSpeaker());
    assertEquals("indirect", appos.getKind());
    Statement q1 = find(st, "We need more beds");
    Statement q2 = find(st, "And we need them this winter");
    assertEquals("direct", q1.getKind());
    assertEquals("direct", q2.getKind());
    assertNotEquals(q1.getContentBegin(), q2.getContentBegin(), "an interrupted quotation is two statements");
    assertEquals("Clara Jensen", q1.getSpeaker());
    assertEquals("Clara Jensen", q2.getSpeaker());
    Statement multi = find(st, "The waiting lists are the longest");
    assertTrue(multi.getContent().contains("Nurses are leaving"), "a multi-sentence quotation is one statement");
    assertEquals("Clara Jensen", multi.getSpeaker());
    Statement cont = find(st, "We will publish a plan in May");
    assertEquals("direct", cont.getKind());
    assertEquals("Clara Jensen", cont.getSpeaker(), "a continuation paragraph keeps the speaker");
    Statement acc1 = find(st, "300 nurses resigned");
    assertEquals("according_to", acc1.getKind());
    assertEquals("ministry", acc1.getSpeaker());
    Statement acc2 = find(st, "Hospital costs rose");
    assertEquals("according_to", acc2.getKind());
    assertEquals("Statistics Denmark", acc2.getSpeaker());
    Statement accused = find(st, "neglecting rural clinics");
    assertEquals("Martin Dahl", accused.getSpeaker());
    assertEquals("accuse", accused.getCueLemma());
    Statement calledOn = find(st, "to resign");
    assertEquals("Martin Dahl", calledOn.getSpeaker());
    assertEquals("call on", calledOn.getCueLemma());
    Statement partial = find(st, "cheap politics");
    assertEquals("partial", partial.getKind());
    assertEquals("Clara Jensen", partial.getSpeaker(), "'the minister' is the health minister");
  }
}
