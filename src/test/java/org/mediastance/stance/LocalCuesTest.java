package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Coercive words before and negative predicates after a target mention ({@link LocalCues}). */
class LocalCuesTest {
  static boolean neg(String text, String mention) {
    int at = text.indexOf(mention);
    return LocalCues.negativeAround(text, at, at + mention.length());
  }

  @Test
  void coerciveWordsBefore() {
    assertTrue(neg("the sanctions on Iran's shipping sectors", "Iran"));
    assertTrue(neg("the U.S. is prepared to take action against Russia", "Russia"));
    assertTrue(neg("the sanctions are intended to compel Russia to deescalate", "Russia"));
    assertFalse(neg("we will work with Russia on the talks", "Russia"));
    assertTrue(neg("Berlin regretted the U.S. withdrawal from the pact", "U.S."));
    assertTrue(neg("the government rejected Russia's proposal", "Russia"));
    assertFalse(neg("sanctions were lifted, and Russia agreed", "Russia"), "a clause break stops the look-back");
  }

  @Test
  void theAgentOfAHarmAndOneToBeRemoved() {
    assertTrue(neg("the Philippines would not be bullied by China in the South China Sea", "China"));
    assertTrue(neg("Canada would not be pushed around by the United States", "the United States"));
    assertTrue(neg("Taiwan would not bow to pressure from Beijing", "Beijing"));
    String bow = "Taiwan would not bow to pressure from Beijing";
    assertFalse(LocalCues.coercionRefusedBefore(bow, bow.indexOf("Beijing")), "not a refusal to pressure Beijing");
    assertFalse(neg("Kyiv received help from Washington", "Washington"), "help is no harm");
    assertFalse(neg("the plan was drafted by Germany", "Germany"));
    assertTrue(neg("Vladimir Putin cannot remain in power", "Vladimir Putin"));
    assertTrue(neg("Maduro must step down", "Maduro"));
    assertFalse(neg("Macron will remain in power", "Macron"));
    assertTrue(neg("the World Bank treated African countries unfairly", "the World Bank"));
    assertFalse(neg("Russia was unfairly blamed", "Russia"), "done to it");
    assertTrue(neg("the IMF and the World Bank treated African countries unfairly", "the IMF"), "a shared predicate");
    assertFalse(neg("the IMF and the World Bank met in Washington", "the IMF"));
    assertTrue(neg("the joint U.S.-South Korean military drills were a provocation", "U.S."),
        "the modifier of a judged subject");
    assertTrue(neg("the U.S. strategy is reckless", "U.S."));
    assertFalse(neg("the U.S. troops were attacked", "U.S."), "a passive: done to them");
    assertFalse(neg("Russian officials were in Geneva", "Russian"));
    assertFalse(neg("His office was investigating Trump's phony declaration", "His"), "a pronoun's noun: no attributive read");
    assertEquals(-1, LocalCues.complementPolarity("Colombian President Ivan Duque a puppet of Washington",
        "Colombian President Ivan Duque".length()));
  }

  static boolean supported(String text, String mention) {
    return LocalCues.supportedBefore(text, text.indexOf(mention));
  }

  @Test
  void wordsOfSupportBefore() {
    assertTrue(supported("Europe must stand united in supporting Ukraine against Russian aggression", "Ukraine"));
    assertTrue(supported("we stand with Taiwan", "Taiwan"));
    assertTrue(supported("The United States stands firmly with the United Kingdom", "the United Kingdom"));
    assertTrue(supported("our support for the Syrian government", "the Syrian government"));
    assertFalse(supported("the United States will stop supporting Saudi Arabia", "Saudi Arabia"), "support ended");
    assertFalse(supported("we will not support Russia", "Russia"), "negated");
    assertFalse(supported("the troops will push back ISIS", "ISIS"), "'back' is no support");
    assertFalse(supported("the stand Russia took", "Russia"), "a bare 'stand' needs 'with'");
    assertTrue(supported("Germany stood by Ukraine", "Ukraine"));
    assertFalse(supported("the deal was backed by Russia", "Russia"), "'by' only after 'stand'");
  }

  static boolean pos(String text, String mention) {
    return LocalCues.positiveAfter(text, text.indexOf(mention) + mention.length());
  }

  @Test
  void positiveCopularPredicatesAfter() {
    assertTrue(pos("Pakistan has been a reliable partner in the fight", "Pakistan"));
    assertTrue(pos("Germany was very helpful", "Germany"));
    assertTrue(pos("Japan's support has been excellent", "Japan"), "the possessor's conduct");
    assertFalse(pos("Iran is not a good partner", "Iran"), "negated");
    assertFalse(pos("the U.S. attacked a good target", "U.S."), "no copula: not a predicate about it");
    assertFalse(pos("Steele had already been dropped as a reliable source", "Steele"), "a passive: done to it");
  }

  @Test
  void castAsLosingOrFailing() {
    assertTrue(neg("Russia's proxies are losing the war", "Russia"));
    assertTrue(neg("North Korea failed to launch the missile", "North Korea"));
  }

  @Test
  void restrainedOrDemandedToStop() {
    assertTrue(neg("Iran will never be allowed to have a nuclear weapon", "Iran"));
    assertTrue(neg("He called on Moscow to change course", "Moscow"));
    assertTrue(neg("Myanmar's military to release Aung San Suu Kyi immediately", "Myanmar"));
    assertTrue(neg("Pakistan must stop supporting terrorism", "Pakistan"));
    assertFalse(neg("Japan was allowed to join the talks", "Japan"));
    assertFalse(neg("Japan wants to release its report", "Japan"), "no demand");
  }

  @Test
  void warAndConflictWithIt() {
    assertTrue(neg("we could end up having a major conflict with North Korea", "North Korea"));
    assertTrue(neg("we are at war with ISIL", "ISIL"));
  }

  @Test
  void theAgentOfANegativeNoun() {
    assertTrue(neg("the free world must triumph over the new tyranny of the Chinese Communist Party", "the Chinese Communist Party"));
    assertTrue(neg("the crimes of the regime", "the regime"));
    assertFalse(neg("a violation of Ukraine's sovereignty", "Ukraine"), "the 'of' of a violation suffers it");
    assertTrue(neg("Trump and his supporters must accept the decision of American voters", "Trump"));
  }

  @Test
  void agentNounsOfSabotageAndActsOfSeizure() {
    assertTrue(neg("the United States was the biggest saboteur of peace in the Taiwan Strait", "the United States"));
    assertTrue(neg("Poland was preparing to seize western Ukraine", "Poland"));
    assertTrue(neg("Japan strongly protested the Russian ban on fishing", "Russian"));
    assertFalse(neg("Poland was preparing to host the summit", "Poland"));
    assertTrue(neg("Azerbaijan had occupied Armenian territory", "Azerbaijan"), "a perfect: the mention did it");
    assertFalse(neg("Armenia has been occupied for years", "Armenia"), "a passive: done to the mention");
  }

  @Test
  void theComplementOfANamingCueJudgesItsObject() {
    String t = "North Korea's demolition of the liaison office senseless";
    assertEquals(-1, LocalCues.complementPolarity(t, "North Korea".length()));
    String u = "the U.S. missile strike an act of aggression";
    assertEquals(-1, LocalCues.complementPolarity(u, u.indexOf("U.S.") + 4));
    String v = "Japan a reliable partner";
    assertEquals(1, LocalCues.complementPolarity(v, 5));
    String w = "Japan's decision not a mistake";
    assertEquals(0, LocalCues.complementPolarity(w, 5), "a negated complement says nothing");
  }

  @Test
  void aWarningNotToActIsAgainstItsAddressee() {
    assertTrue(neg("North Korea best not make any more threats to the United States", "North Korea"));
    assertTrue(neg("Iran should not underestimate our resolve", "Iran"));
    assertFalse(neg("Ukraine must not be abandoned", "Ukraine"), "a passive: done to it");
  }

  @Test
  void aRefusedCoercionIsNoHostility() {
    String t = "Georgia would not join the sanctions against Russia";
    assertFalse(neg(t, "Russia"));
    assertTrue(LocalCues.coercionRefusedBefore(t, t.indexOf("Russia")));
    String n = "the sanctions were intended not only to punish North Korea";
    assertFalse(LocalCues.coercionRefusedBefore(n, n.indexOf("North")), "'not only' negates nothing");
    String u = "Serbia will impose sanctions on Russia";
    assertFalse(LocalCues.coercionRefusedBefore(u, u.indexOf("Russia")));
    assertTrue(neg(u, "Russia"));
  }

  @Test
  void negativeNounsOfViolence() {
    assertTrue(neg("Putin had chosen a path of bloodshed and destruction", "Putin"));
    assertTrue(neg("Russian soldiers committed genocide", "Russian soldiers"));
  }

  @Test
  void aNegatedCoerciveWordSaysNothingAgainst() {
    assertFalse(neg("Mexico would not impose sanctions on Russia", "Russia"));
    assertFalse(neg("we won't impose sanctions on Russia", "Russia"));
    assertFalse(neg("we won’t impose sanctions on Russia", "Russia"));
    assertFalse(neg("Paris will never pressure Beijing", "Beijing"));
    assertTrue(neg("it is not enough, so we impose sanctions on Russia", "Russia"), "a negation further back is another clause");
  }

  @Test
  void anEmbeddedMentionIsNotWhatThePredicateJudges() {
    assertFalse(neg("the vote to leave the European Union was democratically unacceptable", "the European Union"));
    assertFalse(neg("the U.S. decision to halt WHO funding was irresponsible", "WHO"));
    assertTrue(neg("the sanctions on Iran are a mistake", "Iran"), "the coercive word still counts");
    assertTrue(neg("the aggressive acts of the United States are getting increasingly reckless", "the United States"), "'of' may mark the agent");
    assertTrue(neg("we say the European Union is a foe", "the European Union"));
  }

  @Test
  void aPossessorIsJudgedByItsNounPhrasePredicate() {
    assertTrue(neg("Russia's troop buildup near Ukraine was unacceptable", "Russia"));
    assertTrue(neg("Russia’s troop buildup near Ukraine was unacceptable", "Russia"));
    assertFalse(neg("Russia's troop buildup near Ukraine was announced", "Russia"));
    assertFalse(neg("Russia's troop buildup near Ukraine was not unacceptable", "Russia"));
    assertFalse(neg("Russia's offer, he said, and the talks were a mistake", "Russia"), "punctuation ends the noun phrase");
  }

  @Test
  void negativePredicatesAfter() {
    assertTrue(neg("I think the European Union is a foe, what they do to us", "the European Union"));
    assertTrue(neg("Russia's dangerous and inflammatory actions", "Russia"));
    assertFalse(neg("China is a partner. It is a foe of terror", "China"), "a sentence break stops the look-ahead");
    assertFalse(neg("Poland is a great friend of ours and a very good ally", "Poland"));
    assertTrue(neg("where Hamas control endangers the lives of citizens", "Hamas"));
    assertTrue(neg("he looks at them all, but the EU is \u201cdifficult.\u201d", "the EU"), "a quoted adjective");
    assertTrue(neg("Trump's phony declaration of an emergency", "Trump"));
    assertTrue(neg("he wants to subpoena the White House", "the White House"));
    assertTrue(neg("the expulsion of Russian diplomats was a sign of solidarity", "Russian"));
  }

  @Test
  void aCopulaOpensTheWholePredicateUpToANegation() {
    assertTrue(neg("Iran was the world's leading sponsor of terrorism", "Iran"));
    assertTrue(neg("Venezuela's Nicolas Maduro was a dictator who must go", "Nicolas Maduro"));
    assertTrue(neg("South Korea's decision a breach of trust", "South Korea"));
    assertFalse(neg("Getting along with Russia is a good thing, not a bad thing", "Russia"));
    assertFalse(neg("Russia is not a threat to anyone in Europe", "Russia"));
  }

  @Test
  void aNegativeAdjectiveBeforeTheMentionIsItsAttribute() {
    assertTrue(neg("the worst deal ever negotiated", "deal"));
    assertTrue(neg("horrible, one-sided deal that allowed Iran", "deal"));
    assertFalse(neg("it was bad for the deal", "deal"), "a determiner ends the attribute");
    assertFalse(neg("the deal was negotiated", "deal"));
  }

  @Test
  void misconductOfTheMentionButNotWhatItSuffers() {
    assertTrue(neg("the United States was meddling in Central America", "the United States"));
    assertTrue(neg("the U.S. accusations meaningless", "U.S."));
    assertFalse(neg("Ukraine was invaded by its neighbour", "Ukraine"), "the victim of a passive");
    assertFalse(neg("Vietnam was violated by the drills", "Vietnam"));
    assertTrue(neg("Russia's meddling in the election", "Russia"));
    assertFalse(neg("he was informed by the FBI about Russian meddling", "FBI"), "misconduct words only right after");
  }

  @Test
  void commonJudgingWordsAndComparisonsToWrongdoers() {
    assertTrue(neg("Australia's deportation policy was corrosive to the relationship", "Australia"));
    assertTrue(neg("China's actions in Galwan were premeditated and planned", "China"));
    assertTrue(neg("Putin was behaving like Hitler", "Putin"));
    String rude = "the South Korean ambassador's remarks extremely rude";
    assertEquals(-1, LocalCues.complementPolarity(rude, rude.indexOf("South Korean") + "South Korean".length()));
    assertFalse(neg("Australia's policy was not corrosive", "Australia"), "a negation ends the predicate");
    assertTrue(LocalCues.positiveAfter("Poland has been a steadfast ally", "Poland".length()));
    assertTrue(neg("Nancy Pelosi's visit to Taiwan seriously undermined peace", "Nancy Pelosi"),
        "a possessor's noun phrase and its verb are read as far as a copula's predicate");
    assertFalse(neg("Nancy Pelosi visited Taiwan on Monday and the trip undermined peace", "Nancy Pelosi"));
    assertTrue(neg("called on the international community to stop Ankara", "Ankara"), "to stop it is to act against it");
    assertTrue(neg("the United States had been fueling tensions in Ukraine", "the United States"));
    assertTrue(neg("Armenian forces had shelled Azerbaijani villages", "Armenian forces"), "misconduct after an auxiliary");
    assertFalse(neg("Armenian villages were shelled by the army", "Armenian villages"), "done to it");
    assertTrue(neg("the Afghan army had collapsed", "the Afghan army"));
    assertTrue(neg("Jaish-e-Mohammed would pay a heavy price for the attack", "Jaish-e-Mohammed"), "a threat to it");
    assertTrue(neg("the regime will be held accountable", "the regime"));
    assertTrue(neg("Boko Haram had been technically defeated", "Boko Haram"), "cast as beaten");
    assertFalse(neg("Ukraine was invaded by its neighbour", "Ukraine"), "a harm suffered is no failure");
  }

  @Test
  void demandsCutTiesAndShelterAreAgainstTheirObject() {
    assertTrue(neg("demanded an apology from Beijing", "Beijing"), "an apology is owed by who wronged");
    assertTrue(neg("China to recall some 220 vessels moored at the reef", "China"));
    assertTrue(neg("Iran must apologise for the remarks", "Iran"));
    assertTrue(neg("he was breaking off diplomatic relations with Washington", "Washington"));
    assertTrue(neg("it was severing ties with Qatar", "Qatar"));
    assertTrue(neg("this will be painful for Ukraine in the future", "Ukraine"), "a cost promised to it");
    assertFalse(neg("it was restoring ties with Qatar", "Qatar"));
    assertTrue(neg("a gang of narco-terrorists sheltered by the regime of Nicolas Maduro", "Nicolas Maduro"),
        "the ruler's name stands for its regime");
    assertTrue(neg("Turkey's deployment of the survey ship Oruc Reis in the eastern Mediterranean was illegal", "Turkey"),
        "a long possessed noun phrase is read to its copula");
  }

  @Test
  void aNameThatQualifiesANounIsAModifier() {
    String t = "the release of 5,000 Taliban prisoners";
    int b = t.indexOf("Taliban");
    assertTrue(LocalCues.modifierMention(t, b, b + 7));
    String deal = "a U.S.-Taliban deal's call";
    int db = deal.indexOf("Taliban");
    assertTrue(LocalCues.modifierMention(deal, db, db + "Taliban deal".length()), "a possessor's span holds its noun");
    String subj = "the Taliban would not attack cities";
    int sb = subj.indexOf("Taliban");
    assertFalse(LocalCues.modifierMention(subj, sb, sb + 7));
  }
}
