package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mediastance.actors.ActorRef;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.actors.Resolver;
import org.mediastance.framing.FrameDetector;
import org.mediastance.model.Statement;
import org.mediastance.model.TargetStance;

/** The scorer's target rules over the shipped model: which targets a statement keeps. */
class StanceScorerTest {
  static final Resolver R = RegistryResolver.shipped();
  static final StanceScorer SCORER = StanceScorer.forModel(null);
  static final FrameDetector FRAMES = FrameDetector.forCodebook(null);

  static Statement st(String content, String sentence, String cue, String gov, LocalDate date) {
    Statement s = new Statement();
    s.setContent(content);
    s.setSentence(sentence);
    s.setCue(cue);
    s.setGovernment(gov);
    s.setPublished(date);
    return s;
  }

  static Map<String, TargetStance> targets(Statement s) {
    return SCORER.score(s, null, R, FRAMES::polarity).stream()
        .collect(Collectors.toMap(TargetStance::getTarget, t -> t));
  }

  @Test
  void onlyGovernmentsAreKeptWithoutEvaluation() {
    assertTrue(StanceScorer.keepsNeutral("government"));
    for (String type : List.of("person", "institution", "other")) assertFalse(StanceScorer.keepsNeutral(type), type);
  }

  @Test
  void aPersonNamedInPassingIsNoTarget() {
    Statement s = st("the talks with Sergei Lavrov will continue on Tuesday in Geneva", null, "said", "USA",
        LocalDate.of(2016, 3, 1));
    Map<String, TargetStance> t = targets(s);
    for (TargetStance x : t.values()) {
      assertFalse(!"government".equals(x.getTargetType()) && x.getLabel() == 0, t.toString());
    }
  }

  static Statement by(String category, String gov) {
    Statement s = st("x", null, "said", gov, LocalDate.of(2018, 3, 1));
    s.setActorCategory(category);
    return s;
  }

  @Test
  void anExecutiveSpeakersColleaguesAreTheirOwnSide() {
    ActorRef trump = R.resolveTarget("Donald Trump", LocalDate.of(2018, 3, 1));
    assertTrue(StanceScorer.sameSide(by("government", "USA"), trump), trump.toString());
    assertFalse(StanceScorer.sameSide(by("legislature", "USA"), trump), "a legislator evaluates the executive");
    assertFalse(StanceScorer.sameSide(by("government", "RUS"), trump));
    Statement s = st("President Donald Trump was determined to deal with unfair foreign competition", null, "said", "USA",
        LocalDate.of(2018, 3, 1));
    s.setActorCategory("government");
    assertFalse(targets(s).containsKey("donald-trump"), targets(s).toString());
  }

  @Test
  void theSpeakersPrincipalIsTheirOwnSide() {
    ActorRef guterres = R.resolveTarget("Antonio Guterres", LocalDate.of(2021, 2, 1));
    assertTrue(StanceScorer.principalOf("Antonio Guterres's spokesman", guterres), guterres.toString());
    assertTrue(StanceScorer.principalOf("Guterres's spokesman", guterres));
    assertFalse(StanceScorer.principalOf("Jacob Zuma's spokesman", guterres));
    assertFalse(StanceScorer.principalOf("Antonio Guterres", guterres), "no possessive: the speaker rule decides");
    ActorRef north = R.resolveTarget("North Korea", LocalDate.of(2018, 6, 1));
    assertFalse(StanceScorer.principalOf("South Korea's unification ministry", north), "a country shares no surname");
  }

  @Test
  void aLegislatorsOwnChamberIsNoTarget() {
    ActorRef congress = R.resolveTarget("Congress", LocalDate.of(2018, 3, 1));
    assertTrue(StanceScorer.ownChamber(by("legislature", "USA"), congress), congress.toString());
    assertFalse(StanceScorer.ownChamber(by("government", "USA"), congress));
    assertFalse(StanceScorer.ownChamber(by("legislature", "USA"), R.resolveTarget("Russia", LocalDate.of(2018, 3, 1))));
  }

  @Test
  void aCallToRestoreMilitaryContactsIsNotHostile() {
    String c = "That is why the United States and Russia need to re-establish communication between their "
        + "military commanders that was cut off in the wake of the Ukraine crisis last year";
    Statement s = st(c, null, "said", "RUS", LocalDate.of(2015, 9, 30));
    assertEquals(java.util.Set.of("USA"), TargetDetector.partnersOfOwn(s, R));
    TargetStance usa = targets(s).get("USA");
    assertTrue(usa != null && usa.getLabel() >= 0, String.valueOf(usa));
  }

  @Test
  void aPartnerNeedsTheSpeakersOwnSideJoinedToIt() {
    Statement s = st("Russia and Iran are arming the regime", null, "said", "USA", LocalDate.of(2015, 9, 30));
    assertEquals(java.util.Set.of(), TargetDetector.partnersOfOwn(s, R));
  }

  @Test
  void aClaimAgainstATargetNeedsWordsNotOnlyALabel() {
    assertTrue(StanceScorer.explicitlyAgainst("the United States of \"hurling\" its hardware", null, "accuse", "the United States", "threat"),
        "the object of an accusing cue");
    assertTrue(StanceScorer.explicitlyAgainst("the aggressive acts of the United States are getting increasingly reckless", null, "say",
        "the United States", "threat"), "a negative predicate");
    assertTrue(StanceScorer.explicitlyAgainst("it is the U.S. strategy in Syria that is doomed to fail", null, "say", "the U.S. strategy", "failure"),
        "a failure frame");
    assertFalse(StanceScorer.explicitlyAgainst("the human error happened as Iran was anticipating U.S. retaliation", null, "say", "U.S.", "threat"),
        "a label alone");
    assertFalse(StanceScorer.explicitlyAgainst("We do not want to attack the U.S.", null, "say", "the U.S.", "threat"), "a negated attack");
    assertTrue(StanceScorer.explicitlyAgainst("of pushing the country to war", "Zarif accused Washington of pushing the country to war",
        "accuse", "Washington", "threat"), "the cue's object in the sentence");
  }

  static boolean about(String content, String mention, String frame) {
    return StanceScorer.frameAbout(content, mention, frame,
        org.mediastance.framing.FrameDetector.forCodebook(null).cueSpans(content, frame));
  }

  @Test
  void aTopicalFramesCueMustBeAboutTheTarget() {
    String far = "Russia of failing to ensure Syrian President Bashar Assad's commitment to a 2013 deal for the destruction of Assad's chemical weapons arsenal";
    assertFalse(about(far, "Russia", "threat"), "the weapons are another party's");
    assertTrue(about(far, "Russia", "failure"), "failure and blame speak for themselves");
    assertTrue(about("The aggressive acts of war on the part of the United States are getting reckless", "the United States", "threat"));
    assertTrue(about("The United States also launched cyber attacks against Iran", "Iran", "threat"));
    assertTrue(about("the U.S. doesn't want to take military action against North Korea, but all of the options are on the table if a serious threat arises",
        "North Korea", "threat"), "any of the frame's cues may be the near one");
    assertTrue(about("of pushing the country to war", "Washington", "threat"), "the cue's object in the sentence");
    assertTrue(about("Iran must stop now", "Iran", "threat"), "no cue in the content: the attribution verb");
  }

  @Test
  void theSpeakerNamedByTheArticleIsNoTargetWithoutARegistryLink() {
    org.mediastance.actors.ActorRef king = new org.mediastance.actors.ActorRef("peter-king", "Peter King", "representative", "USA", "legislature", 0.9);
    assertTrue(StanceScorer.namesSpeaker("King, R-New York", king));
    assertTrue(StanceScorer.namesSpeaker("Peter King", king));
    org.mediastance.actors.ActorRef bill = new org.mediastance.actors.ActorRef("bill-clinton", "Bill Clinton", null, null, "other", 0.9);
    assertFalse(StanceScorer.namesSpeaker("Hillary Clinton", bill), "another bearer of the surname");
    assertFalse(StanceScorer.namesSpeaker("King", new org.mediastance.actors.ActorRef("USA", "United States", "government", "USA", "government", 0.9)));
  }

  @Test
  void coordinatedMentionsShareAnEvaluation() {
    Map<String, TargetStance> t = targets(st("the operation to kill Mr. Litvinenko was probably approved by Mr. Patrushev, "
        + "then head of the FSB, and also by President Putin", null, "said", "GBR", LocalDate.of(2016, 1, 21)));
    assertEquals(-1, t.get("nikolai-patrushev").getLabel(), t.toString());
    assertEquals(-1, t.get("vladimir-putin").getLabel(), "the second agent of the same predicate: " + t);
    String text = "approved by Patrushev and by Putin, then met Lavrov";
    org.mediastance.actors.ActorRef ref = new org.mediastance.actors.ActorRef("x-y", "X Y", null, "RUS", "government", 0.9);
    List<TargetDetector.Mention> ms = List.of(
        new TargetDetector.Mention("Patrushev", text, 12, 21, ref, TargetDetector.Via.NAMED),
        new TargetDetector.Mention("Putin", text, 29, 34, ref, TargetDetector.Via.NAMED),
        new TargetDetector.Mention("Lavrov", text, 45, 51, ref, TargetDetector.Via.NAMED));
    double[][] p = {{0.8, 0.1, 0.1}, {0.2, 0.7, 0.1}, {0.1, 0.8, 0.1}};
    StanceScorer.sharedAcrossCoordination(ms, p);
    assertArrayEquals(new double[] {0.8, 0.1, 0.1}, p[1], "'and by' joins the agents");
    assertArrayEquals(new double[] {0.1, 0.8, 0.1}, p[2], "'then met' does not");
  }

  @Test
  void denyingTheEvidenceAgainstATargetDefendsIt() {
    String c = "there is not enough proof that the regime was behind the chemical weapons attack";
    assertTrue(StanceScorer.exculpated(c, c.indexOf("regime"), c.indexOf("regime") + 6));
    String n = "it was used not by the Syrian Army, but by opposition forces";
    assertTrue(StanceScorer.exculpated(n, n.indexOf("Syrian Army") - 4, n.indexOf("Syrian Army") + 11), "denied agency");
    String d = "there is no evidence that Syria used chemical weapons";
    assertTrue(StanceScorer.exculpated(d, d.indexOf("Syria"), d.indexOf("Syria") + 5));
    assertEquals(1, targets(st(d, null, "said", "RUS", LocalDate.of(2013, 8, 27))).get("SYR").getLabel());
    String f = "there is little evidence of a response from the Trump administration";
    assertFalse(StanceScorer.exculpated(f, f.indexOf("the Trump"), f.indexOf("the Trump") + 9), "no evidence of a good deed is no defence");
    String fired = "there was no evidence that the missile that hit Poland was fired by Russia";
    assertTrue(StanceScorer.agentUnproven(fired, fired.indexOf("Russia")), "the agent the evidence lacks");
    String shown = "there was clear evidence that the missile was fired by Russia";
    assertFalse(StanceScorer.agentUnproven(shown, shown.indexOf("Russia")));
    String e = "there is clear evidence that Syria used chemical weapons";
    assertFalse(StanceScorer.exculpated(e, e.indexOf("Syria"), e.indexOf("Syria") + 5));
    String w = "the high-ups in the White House in fact weren't behind pushing a wedge";
    assertTrue(StanceScorer.exculpated(w, w.indexOf("the White"), w.indexOf(" in fact")), "responsibility denied after it");
    String r = "Russia was not behind the attack";
    assertTrue(StanceScorer.exculpated(r, 0, 6));
    String k = "Russia was behind the attack and was not sorry";
    assertFalse(StanceScorer.exculpated(k, 0, 6), "an admitted role is no defence");
  }

  @Test
  void theSpeakerIsNeverItsOwnTargetNorTheAddresseeOfTold() {
    Statement s = st("They're trying to convince people to go against Donald Trump and he is a terrible loser", null, "insisted", "USA",
        LocalDate.of(2019, 1, 10));
    s.setActorId("donald-trump");
    assertFalse(targets(s).containsKey("donald-trump"), "however negative the words about him");
    Statement told = st("Fox News that China is cheating and will pay", null, "told", "USA", LocalDate.of(2019, 1, 10));
    assertEquals(java.util.Set.of("CHN"), targets(told).keySet(), "the outlet told is the addressee");
    Statement subject = st("Germany is totally controlled by Russia", null, "told", "USA", LocalDate.of(2018, 7, 11));
    assertTrue(targets(subject).containsKey("DEU"), "the reported clause's own subject stays");
  }

  /** A statement placed in its sentence: the cue at its first occurrence, the content after it. */
  static Statement placed(String content, String sentence, String cue, String gov, LocalDate date) {
    Statement s = st(content, sentence, cue, gov, date);
    s.setSentenceBegin(100);
    s.setCueBegin(100 + sentence.indexOf(cue));
    s.setContentBegin(100 + sentence.indexOf(content, sentence.indexOf(cue)));
    return s;
  }

  @Test
  void whatAContentThatIsTheCuesObjectNamesTakesTheCuesPolarity() {
    String sent = "Trump criticized a recent deal Germany struck with Russia on the planned Nord Stream 2 pipeline project.";
    Statement s = placed("a recent deal Germany struck with Russia on the planned Nord Stream 2 pipeline project", sent,
        "criticized", "USA", LocalDate.of(2018, 7, 11));
    assertTrue(StanceScorer.contentIsCueObject(s));
    TargetStance ns = targets(s).get("nord-stream-2");
    assertNotNull(ns, targets(s).toString());
    assertEquals(-1, ns.getLabel());
    String that = "Trump criticized that Germany struck a deal on the Nord Stream 2 pipeline project.";
    assertFalse(StanceScorer.contentIsCueObject(placed("Germany struck a deal on the Nord Stream 2 pipeline project", that,
        "criticized", "USA", LocalDate.of(2018, 7, 11))), "a reported clause after 'that' is no object");
    String charge = "Obama for nominating a Republican with a questionable record";
    assertEquals(charge.indexOf(" for "), StanceScorer.chargeStart(charge), "the charge is not the object");
  }

  @Test
  void aDemonymsPredicateIsReadAfterItsStateNounAndAWordAroundAMentionDecidesItsTarget() {
    Statement shelled = st("Armenian forces had shelled Azerbaijani villages", null, "said", "AZE", LocalDate.of(2016, 4, 2));
    assertEquals(-1, targets(shelled).get("ARM").getLabel());
    Statement fled = st("the Afghan army had collapsed and Afghan political leaders had given up and fled the country", null,
        "said", "USA", LocalDate.of(2021, 8, 16));
    assertEquals(-1, targets(fled).get("AFG").getLabel(), "the mention a negative word follows wins over the model's reading of another");
    Statement possessor = st("Somalia's decision to recall its ambassador was regrettable", null, "said", "KEN", LocalDate.of(2020, 11, 16));
    assertEquals(-1, targets(possessor).get("SOM").getLabel(), "a possessor is read from its 's");
  }

  @Test
  void polarWordsCountPraiseAndCriticismWithNegationFlipped() {
    assertArrayEquals(new int[] {0, 1}, StanceScorer.polarWords("Finland is a great country"));
    assertArrayEquals(new int[] {1, 0}, StanceScorer.polarWords("the deal was a failure"));
    assertArrayEquals(new int[] {1, 0}, StanceScorer.polarWords("it was not helpful"));
    // descriptive words of news text praise no one
    assertArrayEquals(new int[] {0, 0}, StanceScorer.polarWords("the Belarusian leader was using people like shields"));
    assertArrayEquals(new int[] {0, 1}, StanceScorer.polarWords("the American commitment to South Korea is iron-clad"));
  }

  @Test
  void aPlusOneNeedsAWordThatPraises() {
    // the linear model reads these +1; nothing in them praises or supports anyone
    Statement shields = st("the Belarusian leader, Alexander Lukashenko, was using desperate people as \"human shields\"",
        null, "said", "POL", LocalDate.of(2021, 11, 10));
    for (TargetStance t : targets(shields).values()) assertNotEquals(1, t.getLabel(), t.toString());
    Statement owes = st("the president owes the American people a better, fuller explanation of the scope and strategy",
        null, "said", "USA", LocalDate.of(2014, 8, 9));
    owes.setActorCategory("legislature");
    for (TargetStance t : targets(owes).values()) assertNotEquals(1, t.getLabel(), t.toString());
    // a word of praise keeps the model's +1
    Statement great = st("We think Finland's a great country", null, "said", "USA", LocalDate.of(2018, 7, 16));
    assertEquals(1, targets(great).get("FIN").getLabel());
  }

  @Test
  void aGovernmentIsAgainstTheArmedGroupItReportsOn() {
    Statement s = st("Indian aircraft struck a training camp of the Jaish-e-Mohammed group in Balakot early on Tuesday",
        null, "said", "IND", LocalDate.of(2019, 2, 26));
    TargetStance jem = targets(s).get("jaish-e-mohammed");
    assertTrue(jem != null && jem.getLabel() == -1, targets(s).toString());
    Statement prisoners = st("a deal's call for the release of up to 5,000 Taliban prisoners", null, "said", "AFG",
        LocalDate.of(2020, 3, 1));
    assertFalse(targets(prisoners).containsKey("taliban"), "the prisoners are meant, not the group: " + targets(prisoners));
    assertTrue(StanceScorer.armedGroup(R.resolveTarget("Boko Haram", LocalDate.of(2015, 1, 1))));
    assertFalse(StanceScorer.armedGroup(R.resolveTarget("Amnesty International", LocalDate.of(2015, 1, 1))));
  }
}
