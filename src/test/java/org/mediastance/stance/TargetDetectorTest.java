package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.actors.Resolver;
import org.mediastance.model.Statement;

class TargetDetectorTest {
  static final Resolver R = RegistryResolver.shipped();

  static Statement st(String content, String sentence, String cue, String gov) {
    Statement s = new Statement();
    s.setContent(content);
    s.setSentence(sentence);
    s.setCue(cue);
    s.setGovernment(gov);
    s.setPublished(LocalDate.of(2016, 3, 1));
    return s;
  }

  static List<String> keys(List<TargetDetector.Mention> ms) {
    return ms.stream().map(TargetDetector.Mention::key).collect(Collectors.toList());
  }

  @Test
  void namedPossessiveAndMetonym() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("Beijing's policy is reckless and the Kremlin knows it", null, "said", "USA"), null, R);
    assertEquals(List.of("CHN", "RUS"), keys(ms));
    assertEquals("Beijing's policy", ms.get(0).mention());
    assertEquals(TargetDetector.Via.NAMED, ms.get(0).via());
  }

  @Test
  void placesAreNotTargets() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("talks in Moscow went well for Iran", null, "said", "USA"), null, R);
    assertEquals(List.of("IRN"), keys(ms));
  }

  @Test
  void usBodiesAreKeyedWithTheCountryAsTheGoldWritesThem() {
    assertEquals(List.of("u-s-state-department", "russian-foreign-ministry"), keys(TargetDetector.detect(
        st("the State Department failed, and the Russian Foreign Ministry lied", null, "said", "GBR"), null, R)));
    assertEquals(List.of("FBI"), keys(TargetDetector.detect(st("the FBI failed", null, "said", "GBR"), null, R)));
  }

  @Test
  void aDemonymBeforeAStateActionIsTheState() {
    assertEquals(List.of("TUR"), keys(TargetDetector.detect(
        st("the Turkish offensive in northern Syria", null, "condemned", "FRA"), null, R)));
    assertEquals(List.of(), keys(TargetDetector.detect(
        st("Turkish citizens were evacuated on Monday", null, "said", "FRA"), null, R)));
  }

  @Test
  void toNamesAnAddresseeUnlessAfterMotion() {
    assertEquals(List.of("KOR"), keys(TargetDetector.detect(
        st("the American commitment to South Korea is iron-clad", null, "said", "USA"), null, R)));
    assertEquals(List.of("PRK"), keys(TargetDetector.detect(
        st("the administration is speaking to North Korea directly", null, "said", "USA"), null, R)));
    assertEquals(List.of("RUS"), keys(TargetDetector.detect(
        st("we must not go on as usual when it comes to Russia", null, "said", "POL"), null, R)));
    assertEquals(List.of(), keys(TargetDetector.detect(
        st("the delegation travelled to China last week and sent troops to Syria", null, "said", "USA"), null, R)));
    assertTrue(TargetDetector.isPlace("a trip to the "));
    assertFalse(TargetDetector.isPlace("a threat to "));
    assertTrue(TargetDetector.isPlace("talks in "));
    assertTrue(TargetDetector.isPlace("a military operation in northern "), "a compass word between");
    assertTrue(TargetDetector.isPlace("attacks across the eastern "));
    assertFalse(TargetDetector.isPlace("sanctions on northern "));
  }

  @Test
  void unresolvedNamesNeedTwoWordsAndNoLocative() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("Western-backed groups and the Blue Lantern Society met in the Upper Valley", null, "said", "USA"), null, R);
    assertEquals(List.of("Blue Lantern Society"), keys(ms), ms.toString());
    assertEquals("other", ms.get(0).type());
  }

  @Test
  void cueObject() {
    String sent = "Tehran accused Washington of sabotaging the deal.";
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("sabotaging the deal", sent, "accused", "IRN"), null, R);
    assertTrue(ms.stream().anyMatch(m -> m.via() == TargetDetector.Via.CUE_OBJECT && m.key().equals("USA")), ms.toString());
  }

  @Test
  void pronounFromContextSkipsSpeakersGovernmentAndPersons() {
    String article = "The minister met reporters. Berlin and Paris have sent warships to the region, "
        + "Chancellor Angela Merkel confirmed. Then a British official spoke. \"What they are doing is unwise,\" he said.";
    String content = "What they are doing is unwise,";
    Statement s = st(content, null, "said", "GBR");
    s.setContentBegin(article.indexOf(content));
    List<TargetDetector.Mention> ms = TargetDetector.detect(s, article, R);
    assertEquals(1, ms.size(), ms.toString());
    assertEquals(TargetDetector.Via.PRONOUN, ms.get(0).via());
    assertEquals("FRA", ms.get(0).key(), "nearest collective before, not the person Merkel");
  }

  @Test
  void pronounAfterLocalPluralIsLeftAlone() {
    String article = "Canada said so. \"Our diplomats talk often. They agree,\" she said.";
    String content = "Our diplomats talk often. They agree,";
    Statement s = st(content, null, "said", "USA");
    s.setContentBegin(article.indexOf(content));
    assertTrue(TargetDetector.detect(s, article, R).isEmpty());
  }

  @Test
  void partialQuoteFallsBackToTheSentence() {
    String sent = "Secretary Smith warned that Beijing's plan is \"a gamble.\"";
    Statement s = st("a gamble.", sent, "warned", "USA");
    s.setSpeakerMention("Secretary Smith");
    List<TargetDetector.Mention> ms = TargetDetector.detect(s, null, R);
    assertEquals(List.of("CHN"), keys(ms), ms.toString());
    assertEquals(TargetDetector.Via.SENTENCE, ms.get(0).via());
  }

  static List<String> keysOf(String content, String gov) {
    return keys(TargetDetector.detect(st(content, null, "said", gov), null, R));
  }

  @Test
  void institutionsAreKeyedByTheSlugOfTheirCanonicalName() {
    assertEquals(List.of("european-union"), keysOf("the EU is difficult", "USA"));
    assertEquals(List.of("democratic-party"), keysOf("Democrats keep pursuing phony investigations", "USA"));
    assertEquals(List.of("un-security-council"), keysOf("the divided Security Council failed", "GBR"));
    assertEquals(List.of("FBI"), keysOf("I don't trust the FBI", "USA"), "an acronym keeps its capitals");
    List<TargetDetector.Mention> ms = TargetDetector.detect(st("the EU is difficult", null, "said", "USA"), null, R);
    assertEquals("institution", ms.get(0).type());
    assertEquals("the EU", ms.get(0).mention(), "the mention stays as written");
  }

  @Test
  void aLeadersRegimeIsTheGovernment() {
    assertEquals(List.of("SYR"), keysOf("it was the Assad regime that carried out this attack", "GBR"));
    assertEquals(List.of("PRK"), keysOf("now is not the time to engage with Kim Jong Un's government", "JPN"));
  }

  @Test
  void theSpeakersOwnGovernmentIsNotATargetUnlessALegislatorSpeaks() {
    assertEquals(List.of("CHN"), keysOf("the US will not accept what China is doing", "USA"));
    Statement s = st("the White House is still withholding documents", null, "said", "USA");
    s.setActorCategory("legislature");
    assertEquals(List.of("USA"), keys(TargetDetector.detect(s, null, R)));
  }

  @Test
  void loneDemonymsAreTheStateOnlyBeforeStateNouns() {
    assertEquals(List.of(), keysOf("we ought to bomb militants but not arm Syrian rebels", "USA"));
    assertEquals(List.of(), keysOf("the truck belonged to an Irish citizen", "GBR"));
    assertEquals(List.of("RUS"), keysOf("indictments of 12 Russian intelligence agents", "USA"));
  }

  @Test
  void possessivesOfPersonsBeforeOtherNounsAreNotTargets() {
    assertEquals(List.of(), keysOf("Mueller's team and Trump's personal lawyers were working it out", "USA"));
    assertEquals(List.of("RUS"), keysOf("Moscow's aggression must stop", "USA"));
  }

  @Test
  void aPossessiveHerAfterTheCueIsNoObjectPronoun() {
    String art = "British Prime Minister Theresa May backed the strikes. German Chancellor Angela Merkel said her country supported the action.";
    Statement s = st("her country supported the action", "German Chancellor Angela Merkel said her country supported the action.", "said", "DEU");
    s.setContentBegin(art.indexOf("her country"));
    s.setContentEnd(art.indexOf("her country") + "her country supported the action".length());
    s.setSentenceBegin(art.indexOf("German"));
    s.setSpeaker("Angela Merkel");
    s.setKind("indirect");
    assertEquals(List.of(), keys(TargetDetector.detect(s, art, R)));
  }

  @Test
  void placesListedAfterALocativeAndFacilitiesAreNotTargets() {
    assertEquals(List.of(), keysOf("In the wake of recent events in Libya and Egypt, protests are possible", "USA"));
    assertEquals(List.of(), keysOf("journalists from the United States, South Korea, China and Britain will be invited", "PRK"));
    assertEquals(List.of("IRN"), keysOf("protests in Libya and Iran's support for the militias", "USA"), "a possessive is no place");
    assertEquals(List.of(), keysOf("the smaller airstrike, on the Damascus International Airport, had a similar target", "USA"));
    assertEquals(List.of("CHN"), keysOf("China's construction in the South China Sea is illegal", "USA"));
    assertEquals(List.of("Iraq War"), keysOf("the run-up to the Iraq war was a mistake", "USA"), "an event, lower case or not");
  }

  @Test
  void aPersonsOwnWordsAndDeedsMakeThePersonTheTopic() {
    assertEquals(List.of("emmanuel-macron"), keysOf("Macron's comments were very nasty", "USA"));
    assertEquals(List.of("john-kerry"), keysOf("Kerry's remarks did not square with the goal", "USA"));
    assertEquals(List.of(), keysOf("Kerry's lawyers did not comment", "USA"), "what the person employs is no conduct");
    assertEquals(List.of("nancy-pelosi"), keysOf("Pelosi's visit to the island was a serious violation", "CHN"),
        "a possessor whose noun phrase is judged");
  }

  @Test
  void outletsAsSourcesAndPlacesAreNotTargets() {
    assertEquals(List.of(), keysOf("he told Fox News that the plan was fine", "USA"));
    assertEquals(List.of("NATO"), keysOf("NATO members agreed after a summit in Brussels", "USA"));
  }

  @Test
  void linkingIsExactAboutGivenNames() {
    assertEquals(List.of("Paul Manafort"), keysOf("Paul Manafort gave polling data away", "USA"));
    assertEquals(List.of("Chris Wallace"), keysOf("he spoke with Chris Wallace on Sunday", "USA"));
    assertEquals(List.of("rand-paul", "RUS"), keysOf("Senator Rand Paul is wrong about Russia", "USA"));
    assertFalse(keysOf("the Rigged Witch Hunt goes on", "USA").contains("jeremy-hunt"));
    assertEquals(List.of("donald-trump"), keysOf("No one can turn that back, not Mr. Trump", "IRN"));
    assertEquals(List.of("Robert Mueller"), keysOf("he would be interviewed by Special Counsel Robert Mueller", "USA"));
    Statement wagner = dated("any deal with Wagner would be incompatible with a French presence", "FRA", LocalDate.of(2021, 9, 20));
    assertEquals(List.of("wagner-group"), keys(TargetDetector.detect(wagner, null, R)),
        "a surname that is a body's name too is the body (not Brazil's former minister Jaques Wagner)");
    assertEquals(List.of("g7"), keysOf("the Group of Seven has failed the Amazon", "BRA"));
  }

  @Test
  void aLoneSurnameTakesTheArticlesFullName() {
    String article = "Rep. Elijah Cummings of Maryland wrote to the White House.\n"
        + "Chairman Cummings' investigation is a partisan attack, Jordan said.";
    String content = "Chairman Cummings' investigation is a partisan attack";
    Statement s = st(content, null, "said", "USA");
    s.setContentBegin(article.indexOf(content));
    assertEquals(List.of("Elijah Cummings"), keys(TargetDetector.detect(s, article, R)));
  }

  @Test
  void pronounsReadOnlyTheParagraphBeforeAndSkipDatelines() {
    String article = "HELSINKI (Reuters) - The summit with Finland's host was brief.\n\n"
        + "Officials met at length. \"They will discuss everything,\" Trump said.";
    String content = "They will discuss everything,";
    Statement s = st(content, null, "said", "USA");
    s.setContentBegin(article.indexOf(content));
    assertTrue(TargetDetector.detect(s, article, R).isEmpty(), "Finland is in another paragraph");
  }

  @Test
  void pronounInTheContentTakesTheNamedBody() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(st(
        "he will not work with Democrats until they stop the investigations", null, "said", "USA"), null, R);
    assertEquals(List.of("democratic-party", "democratic-party"), keys(ms), ms.toString());
  }

  @Test
  void theRegimeResolvesToTheCountryBefore() {
    String article = "Syria denied the attack. Russia backed Syria.\n\nIran's minister spoke. He said there is no proof the regime did it.";
    String content = "there is no proof the regime did it";
    Statement s = st(content, null, "said", "IRN");
    s.setContentBegin(article.indexOf(content));
    assertEquals(List.of("SYR"), keys(TargetDetector.detect(s, article, R)));
  }

  @Test
  void thePresidentIsTheSpeakersCountrysOfficeHolder() {
    assertEquals(List.of("barack-obama"), keysOf("the president misled the public about the attack", "USA"));
    Statement s = st("the president misled the public", null, "said", "USA");
    s.setActorId("barack-obama");
    assertEquals(List.of(), keys(TargetDetector.detect(s, null, R)), "not the speaker himself");
    assertEquals(List.of(), keysOf("the president's plan is fine", null));
  }

  static Statement dated(String content, String gov, LocalDate date) {
    Statement s = st(content, null, "said", gov);
    s.setPublished(date);
    return s;
  }

  @Test
  void theRegimeOfALeaderIsHisGovernment() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        dated("the massacre's origin comes from the regime of Bashar al-Assad", "FRA", LocalDate.of(2013, 8, 25)), null, R);
    assertEquals(List.of("SYR"), keys(ms), ms.toString());
  }

  @Test
  void theRegimeReadsLeadersNamedBefore() {
    String article = "Assad denied it. Assad's army shelled the suburbs, the opposition said.\n"
        + "Iran said there is not enough proof that the regime was behind the attack.";
    Statement s = dated("there is not enough proof that the regime was behind the attack", "IRN", LocalDate.of(2013, 8, 25));
    s.setContentBegin(article.indexOf(s.getContent()));
    assertEquals(List.of("SYR"), keys(TargetDetector.detect(s, article, R)));
  }

  @Test
  void unresolvedThingsAfterTheAreNoTargets() {
    assertEquals(List.of(), keys(TargetDetector.detect(st("the Rigged Witch Hunt goes on and the World Cup was great", null, "said", "USA"), null, R)));
    assertEquals(List.of("Crown Prosecution Service"), keys(TargetDetector.detect(
        st("the Crown Prosecution Service failed", null, "said", "RUS"), null, R)));
  }

  @Test
  void demonymBeforeEconomicNounIsTheCountry() {
    assertEquals(List.of("CHN"), keys(TargetDetector.detect(st("further tariffs on Chinese products", null, "said", "USA"), null, R)));
    assertEquals(List.of("RUS"), keys(TargetDetector.detect(st("sanctions would harm the Russian economy", null, "said", "USA"), null, R)));
  }

  @Test
  void aLoneSurnameTakesTheFullNameTheArticleUses() {
    String article = "Gotabaya Rajapaksa won the vote. The party said: we respect the mandate received by Mr Rajapaksa.";
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("we respect the mandate received by Mr Rajapaksa", null, "said", "LKA"), article, R);
    assertEquals(List.of("Gotabaya Rajapaksa"), keys(ms), ms.toString());
    assertEquals(List.of(), keys(TargetDetector.detect(st("the Muslim world is watching", null, "said", "USA"), article, R)),
        "a lone word without a fuller name in the article names nothing");
  }

  @Test
  void theAdministrationIsTheOwnGovernmentForLegislatorsOnly() {
    Statement s = st("the administration of making the case more difficult", null, "accused", "USA");
    s.setActorCategory("legislature");
    assertEquals(List.of("USA"), keys(TargetDetector.detect(s, null, R)));
    s.setActorCategory("government");
    assertEquals(List.of(), keys(TargetDetector.detect(s, null, R)), "an executive speaker's own side");
    s = st("the administration of Nicolas Maduro is failing", null, "said", "USA");
    s.setActorCategory("legislature");
    assertFalse(keys(TargetDetector.detect(s, null, R)).contains("USA"), "someone else's administration");
  }

  @Test
  void subjectsOfAVerbOfSayingVoiceTheContent() {
    assertEquals(List.of("USA"), keysOf(
        "France, Germany and Britain regretted the U.S. decision to impose tariffs", "FRA"));
    assertEquals(List.of("RUS"), keysOf("Japan and Canada have also condemned Russia's annexation", "GBR"));
    assertEquals(List.of("RUS", "UKR"), keysOf("Russia is arming the rebels and Ukraine is resisting", "USA"),
        "subjects of other verbs stay");
    assertEquals(List.of("TUR"), keysOf("a military operation in northern Syria by Turkey was reckless", "USA"),
        "a place after a compass word");
  }

  @Test
  void aDemonymBeforeTariffsIsTheState() {
    assertEquals(List.of("USA"), keysOf("Canada would not be pushed around by the American tariffs", "CAN"));
  }

  @Test
  void aNamedAgreementIsItsOwnTargetNotTheCountryItIsNamedAfter() {
    assertEquals(List.of("iran-nuclear-deal"), keysOf("the Iran nuclear deal was the worst deal ever", "USA"));
    assertEquals(List.of("iran-nuclear-deal"), keysOf("the JCPOA is working", "FRA"));
    assertEquals(List.of("paris-climate-agreement"), keysOf("the Paris climate accord is a disaster", "USA"));
    assertEquals(List.of("IRN"), keysOf("Iran must not get a nuclear weapon", "USA"));
    assertEquals(List.of(), keysOf("No deal means a greater chance of war", "USA"), "'No deal' names nobody");
  }

  @Test
  void aCountrysOfficeIsItsHolderThatDay() {
    // published 2016-03-01 (see st): Enda Kenny, François Hollande
    assertEquals(List.of("enda-kenny"), keysOf("Ireland's prime minister was right", "GBR"));
    assertEquals(List.of("vladimir-putin"), keysOf("the Russian president is a bully", "USA"));
    assertEquals(List.of("RUS"), keysOf("Russia's ministers are wrong", "USA"), "no single office");
    assertFalse(keysOf("former Iranian president Mohammad Khatami was barred", "USA").contains("hassan-rouhani"));
    assertEquals(List.of("vladimir-putin"), keysOf("he waited to greet the Russian president", "USA"));
  }

  @Test
  void victimsAndPlacesOfAnotherPartysActionAreNoTargets() {
    assertEquals(List.of("RUS"), keysOf("Russia's dangerous actions against Ukraine are illegal", "USA"));
    assertEquals(List.of("RUS"), keysOf("Russia's involvement in the violence in eastern Ukraine is indisputable", "USA"));
    assertEquals(List.of("IRN"), keysOf("the United States will impose new sanctions on Iran", "USA"),
        "the speaker's own side acts: Iran is the target");
    assertEquals(List.of("SYR"), keysOf("we will act against Syria", "GBR"));
    assertEquals(List.of("RUS", "UKR"), keysOf("Russia must pay Ukraine for the damage", "USA"),
        "no preposition: both named");
    assertEquals(List.of("RUS"), keysOf("Russia's invasion of Ukraine had caused the energy crisis", "GBR"));
    assertEquals(List.of(), keysOf("Navalny had been poisoned with a nerve agent", "DEU"), "a passive of harm: the victim");
    assertEquals(List.of(), keysOf("Navalny was the victim of a crime", "DEU"), "a victim, whatever the crime");
    assertEquals(List.of("RUS"), keysOf("Navalny was poisoned by Russia", "DEU"));
  }

  @Test
  void victimsOfSeizureExclusionAndSanctionsAgainstAPersonAreNoTargets() {
    assertEquals(List.of("POL"), keysOf("Poland was preparing to seize western Ukraine", "BLR"));
    assertEquals(List.of("DEU"), keysOf("Germany's decision to send tanks to Ukraine was a dangerous escalation", "RUS"),
        "whom the tanks are sent to receives them");
    assertEquals(List.of(), keysOf("the exclusion of Cuba, Venezuela and Nicaragua from the summit was a mistake", "MEX"),
        "the excluded, the whole list: victims");
    assertEquals(List.of("taliban"), keysOf("the Taliban takeover of Afghanistan was bitter, dramatic and terrifying", "DEU"),
        "the country taken over suffers it");
    Statement kremlin = st("new U.S. sanctions against President Vladimir Putin would be politically destructive", null, "said", "RUS");
    kremlin.setPublished(LocalDate.of(2022, 1, 20));
    assertEquals(List.of("USA"), keys(TargetDetector.detect(kremlin, null, R)), "the sanctioned person is their victim");
  }

  @Test
  void whoIsAskedToActOnAnotherIsNoTarget() {
    String content = "the European Union to impose the toughest possible sanctions on Russia";
    Statement s = st(content, "Morawiecki called on " + content + ".", "called on", "POL");
    assertEquals(List.of("RUS"), keys(TargetDetector.detect(s, null, R)), "the addressee is asked, Russia is the target");
    String own = "Iran to return to full compliance";
    Statement urged = st(own, "Macron urged " + own + ".", "urged", "FRA");
    urged.setCueLemma("urge");
    assertTrue(keys(TargetDetector.detect(urged, null, R)).contains("IRN"), "asked to change its own conduct: evaluated");
    String end = "Russia to end support for Syria";
    Statement ended = st(end, "Washington called on " + end + ".", "called on", "USA");
    assertEquals(List.of("RUS"), keys(TargetDetector.detect(ended, null, R)).stream().distinct().collect(Collectors.toList()),
        "asked to end its own conduct: evaluated; the one it supports is no target");
    String action = "Prime Minister David Cameron to take action against Putin and Russia";
    Statement wish = st(action, "She urged " + action + ".", "urged", "USA");
    wish.setCueLemma("urge");
    assertEquals(List.of("vladimir-putin", "RUS"), keys(TargetDetector.detect(wish, null, R)),
        "whom the one asked should act against are the speaker's targets");
    String g7 = "G7 countries to impose \"devastating\" new sanctions";
    Statement members = st(g7, "Kuleba urged " + g7 + ".", "urged", "UKR");
    members.setCueLemma("urge");
    assertFalse(keys(TargetDetector.detect(members, null, R)).contains("g7"),
        "asked, through its members, to act on a party it need not name");
  }

  @Test
  void aDemonymBeforeABanIsTheState() {
    assertEquals(List.of("RUS"), keysOf("Japan strongly protested the Russian ban on Japanese fishing", "JPN"));
    assertEquals(List.of(), keysOf("the Saudi weapons sales", "USA"), "weapons a state buys or makes: no target");
  }

  @Test
  void anAgreementWithACountryIsItsNamedAgreement() {
    assertEquals(List.of("iran-nuclear-deal"), keysOf("the nuclear agreement with Iran is a historic mistake", "ISR"));
    assertEquals(List.of("MEX"), keysOf("the pending trade agreement with Mexico is good", "USA"),
        "no such named agreement: the country");
  }

  @Test
  void aCountrysOwnActAfterAgainstIsItsAct() {
    assertEquals(List.of("UKR", "RUS"), keysOf("Europe must support Ukraine against Russian aggression", "ITA"),
        "'Russian aggression' is Russia's act, not a victim of Ukraine's");
    assertEquals(List.of("RUS"), keysOf("what happened in Bucha was committed by Russian troops", "POL"));
  }

  /** A statement whose content follows an earlier clause of its sentence (cue between them). */
  static Statement afterClause(String sentence, String content, String cue, String gov) {
    Statement s = st(content, sentence, cue, gov);
    s.setSentenceBegin(0);
    s.setContentBegin(sentence.lastIndexOf(content));
    s.setKind("indirect");
    return s;
  }

  @Test
  void itIsWhatTheEarlierClauseOfTheSentenceNamed() {
    String khan = "Prime Minister Imran Khan condemned India's decision to revoke Kashmir's status, calling it illegal.";
    assertEquals(List.of("IND"), keys(TargetDetector.detect(afterClause(khan, "it illegal", "calling", "PAK"), khan, R)));
    String deal = "Trump criticized a deal Germany struck with Russia on the Nord Stream 2 pipeline project, calling it \u201cnot fair.\u201d";
    assertEquals(List.of("nord-stream-2"), keys(TargetDetector.detect(afterClause(deal, "not fair", "calling", "USA"), deal, R))
        .stream().distinct().collect(Collectors.toList()),
        "the object is a deal: its named agreement, not the parties");
    String blamed = "Tillerson blamed North Korea for the tensions, saying that if it would stop testing missiles, things would calm down.";
    assertEquals(List.of("PRK"), keys(TargetDetector.detect(
        afterClause(blamed, "if it would stop testing missiles, things would calm down", "saying", "USA"), blamed, R)));
    String expletive = "Taylor criticized Russia, saying it is crazy to withhold the aid.";
    assertEquals(List.of(), keys(TargetDetector.detect(afterClause(expletive, "it is crazy to withhold the aid", "saying", "USA"), expletive, R)),
        "'it is crazy to': no one");
    String object = "Trump criticized Turkey, saying he'd done it once before.";
    assertEquals(List.of(), keys(TargetDetector.detect(afterClause(object, "he'd done it once before", "saying", "USA"), object, R)),
        "an object 'it' is what was done, not the country");
    String would = "Trump criticized China, saying it would be a mistake to jeopardise the deal.";
    assertEquals(List.of(), keys(TargetDetector.detect(afterClause(would, "it would be a mistake to jeopardise the deal", "saying", "USA"), would, R)));
    String said = "Tillerson met North Korea's envoy, saying that it was a good meeting.";
    assertEquals(List.of(), keys(TargetDetector.detect(afterClause(said, "it was a good meeting", "saying", "USA"), said, R)),
        "no evaluating verb before: 'it' is not the envoy's country");
  }

  @Test
  void aPersonsDecisionPastAnAdjectiveMakesThePersonTheTopic() {
    assertEquals(List.of("donald-trump"), keysOf("Trump's courageous decision to confront the regime", "ISR"));
    assertEquals(List.of(), keysOf("Trump's personal lawyers met on Monday", "ISR"));
  }

  @Test
  void aCueObjectOfAnEarlierClauseIsNoObjectOfALaterContent() {
    String sentence = "Linde said Turkey's demands were unreasonable but that Stockholm was ready to talk.";
    Statement later = afterClause(sentence, "Stockholm was ready to talk", "said", "SWE");
    assertEquals(List.of(), keys(TargetDetector.detect(later, sentence, R)));
    Statement first = afterClause(sentence, "Turkey's demands were unreasonable", "said", "SWE");
    first.setContentBegin(sentence.indexOf("Turkey's"));
    assertEquals("TUR", keys(TargetDetector.detect(first, sentence, R)).get(0));
  }

  @Test
  void aGenericBodyOfNoCountryIsNoTarget() {
    assertEquals(List.of(), keysOf("the State of the Union is off", "USA"));
    assertEquals(List.of(), keysOf("the Cabinet has failed us", "USA"));
    assertEquals(List.of("RUS"), keysOf("the Russian government has failed", "USA"));
  }

  /** Target keys of a statement of {@code content} in {@code article} ({@link #inArticle}). */
  static List<String> keysIn(String article, String content, String kind, String speaker, String gov) {
    return keys(TargetDetector.detect(inArticle(article, content, kind, speaker, gov), article, R));
  }

  static Statement inArticle(String article, String content, String kind, String speaker, String gov) {
    Statement s = st(content, null, "said", gov);
    s.setKind(kind);
    s.setSpeaker(speaker);
    s.setContentBegin(article.indexOf(content));
    return s;
  }

  @Test
  void aThirdPersonInAQuoteIsThePersonNamedBeforeNotTheSpeaker() {
    String article = "Donald Trump met Vladimir Putin in Helsinki.\n\n\u201cHe never spoke ill about Russia,\u201d Mr. Warner told CNN.";
    Statement s = inArticle(article, "He never spoke ill about Russia", "direct", "Mark Warner", "USA");
    assertEquals(List.of("RUS", "vladimir-putin"), keys(TargetDetector.detect(s, article, R)),
        "the nearest person before the quote that is not the speaker");
    String reported = "Donald Trump met Vladimir Putin in Helsinki.\n\nMark Warner said he would hold hearings.";
    assertEquals(List.of(), keys(TargetDetector.detect(
        inArticle(reported, "he would hold hearings", "indirect", "Mark Warner", "USA"), reported, R)),
        "in reported speech 'he' is mostly the speaker");
    String self = "Mark Warner spoke on Sunday.\n\n\u201cHe is wrong,\u201d Mr. Warner said.";
    assertEquals(List.of(), keys(TargetDetector.detect(inArticle(self, "He is wrong", "direct", "Mark Warner", "USA"), self, R)));
  }

  @Test
  void himAfterAnAccusingCueIsThePersonBefore() {
    String article = "Donald Trump walked out of the meeting. He was angry that Pelosi accused him of engaging in a cover-up.";
    Statement s = inArticle(article, "engaging in a cover-up", "indirect", "Nancy Pelosi", "USA");
    s.setCue("accused");
    s.setSentence("He was angry that Pelosi accused him of engaging in a cover-up.");
    List<TargetDetector.Mention> ms = TargetDetector.detect(s, article, R);
    assertEquals(List.of("donald-trump"), keys(ms));
    assertEquals(TargetDetector.Via.CUE_OBJECT, ms.get(0).via());
  }

  @Test
  void theDealOfAPersonsCountryIsThatCountrysAgreement() {
    String article = "Iranian President Hassan Rouhani defended the nuclear deal with Western powers on Saturday.";
    assertEquals(List.of("iran-nuclear-deal"),
        keysIn(article, "the nuclear deal with Western powers", "indirect", "Hassan Rouhani", "IRN"),
        "the country of the person named before the content");
  }

  @Test
  void aLoneUnknownNameIsKeptWhenAChargingCueNamesIt() {
    String article = "Poland weighs Huawei's role.\n\nThe U.S. accuses Huawei of facilitating Chinese spying.";
    Statement s = inArticle(article, "Huawei of facilitating Chinese spying", "indirect", "U.S. government", "USA");
    s.setCue("accuses");
    s.setCueLemma("accuse");
    assertEquals(List.of("Huawei", "CHN"), keys(TargetDetector.detect(s, article, R)));
    String once = "The U.S. accuses Huawei of facilitating Chinese spying.";
    Statement t = inArticle(once, "Huawei of facilitating Chinese spying", "indirect", "U.S. government", "USA");
    t.setCue("accuses");
    t.setCueLemma("accuse");
    assertEquals(List.of("Huawei", "CHN"), keys(TargetDetector.detect(t, once, R)), "a one-sentence item names it once");
    String god = "The minister thanked God for the rescue of the miners.";
    Statement g = inArticle(god, "God for the rescue of the miners", "indirect", "minister", "CHL");
    g.setCue("thanked");
    g.setCueLemma("thank");
    assertEquals(List.of(), keys(TargetDetector.detect(g, god, R)), "no deity is a target");
    Statement said = inArticle(article, "Huawei of facilitating Chinese spying", "indirect", "U.S. government", "USA");
    said.setCueLemma("say");
    assertEquals(List.of("CHN"), keys(TargetDetector.detect(said, article, R)), "no charging cue");
  }

  @Test
  void aUnionOfStatesAfterAgainstIsAVictimOfAnothersAct() {
    assertEquals(List.of("BLR"), keysOf("Belarus is using migrants as a weapon against the European Union", "LTU"));
    assertTrue(keysOf("the European Union's sanctions against Russia are illegal", "RUS").contains("european-union"),
        "the union acting is evaluated");
  }

  @Test
  void whoSuffersAKillingOrAnArrestIsAVictim() {
    assertEquals(List.of("SAU"), keysOf("the killing of journalist Jamal Khashoggi was planned days in advance, "
        + "contradicting Saudi Arabia's account", "TUR"));
    assertTrue(TargetDetector.sufferedOf("the arrest of Meng", "the arrest of ".length()));
    assertFalse(TargetDetector.sufferedOf("the statement of Meng", "the statement of ".length()));
    String ivanovic = "the killing of Kosovo Serb politician Oliver Ivanovic";
    assertTrue(TargetDetector.sufferedOf(ivanovic, ivanovic.indexOf("Oliver")), "named describing words with a common noun");
    assertTrue(TargetDetector.sufferedOf("the shooting of Shinzo Abe", "the shooting of ".length()));
    assertEquals(List.of(), keysOf("it had detained Aung San Suu Kyi because of election fraud", "MMR"), "the one detained");
    assertEquals(List.of("CHN"), keysOf("Chinese vessels at Whitsun Reef were a clear provocation", "PHL"));
    String names = "the killing of Kosovo Serb Oliver Ivanovic";
    assertFalse(TargetDetector.sufferedOf(names, names.indexOf("Oliver")), "only names before it: maybe one name");
  }

  @Test
  void aDemonymBeforeAMissileStrikeIsTheStateAndResolutionsAreNotTheirBody() {
    assertEquals(List.of("IRN"), keysOf("the Iranian missile strikes were a violation of Iraq's sovereignty", "IRQ"));
    assertEquals(List.of("PRK"), keysOf("North Korea's launches violated U.N. Security Council resolutions", "JPN"));
  }

  @Test
  void membersAndApplicantsOfAnOrganisationAreNotTheOrganisation() {
    assertEquals(List.of("RUS"), keysOf("Europe must prepare for the possibility that Russia would attack a NATO member", "POL"));
    assertEquals(List.of("SWE", "FIN"), keysOf("Sweden and Finland had to stop supporting terrorist organisations "
        + "before Ankara could approve their NATO bids", "TUR").stream().distinct().toList());
    assertEquals(List.of("NATO"), keysOf("NATO expansion is a threat to Russia", "RUS"), "the body's own conduct is evaluated");
  }

  @Test
  void whomOneTellsIsTheAudience() {
    String content = "rich countries had failed to deliver the climate finance they promised";
    Statement lula = st(content, "Lula told the U.N. General Assembly that " + content + ".", "told", "BRA");
    assertEquals(List.of(), keys(TargetDetector.detect(lula, null, R)), "the assembly hears it, it is not evaluated");
    String order = "to withdraw its troops from Syria";
    Statement told = st(order, "Erdogan told Russia " + order + ".", "told", "TUR");
    assertEquals(List.of("RUS"), keys(TargetDetector.detect(told, null, R)).stream().distinct().toList(),
        "told to act: asked to change course");
    String warning = "it will be held to account for any strike";
    Statement tell = st(warning, "Washington should tell China " + warning + ".", "tell", "USA");
    assertEquals(List.of("CHN"), keys(TargetDetector.detect(tell, null, R)).stream().distinct().toList(),
        "the one told is the subject of what it is told");
  }

  @Test
  void partnersOfTheActionAreNotTargets() {
    assertEquals(List.of("IRN"), keysOf("we will pursue this effort with the Iranian government, in close coordination with "
        + "the European Union, the United Kingdom, France, Germany, Russia and China", "USA"));
    assertEquals(List.of("RUS"), keysOf("Today's actions, taken in close coordination with the [European Union], will "
        + "increase the impact on Russia's economy", "USA"));
  }

  @Test
  void beneficiariesOfAnotherCountrysSupportAreNotTargets() {
    assertEquals(List.of("USA"), keysOf("Americans are running a war operation by supporting the UAE and Saudi Arabia", "IRN"));
    assertEquals(List.of("RUS"), keysOf("Russia has to end support for Syria", "USA"));
    assertEquals(List.of("UKR"), keysOf("our support for Ukraine will not waver", "USA"), "the speaker's own side's support");
  }

  @Test
  void theCouncilIsTheBodyOfThatNameNamedBefore() {
    String article = "The UN Security Council met on Syria again.\n\nHague said the divided council had failed to act.";
    assertEquals(List.of("un-security-council"),
        keysIn(article, "the divided council had failed to act", "indirect", "William Hague", "GBR"));
    String none = "Ministers met in Brussels.\n\nHague said the council had failed to act.";
    assertEquals(List.of(), keysIn(none, "the council had failed to act", "indirect", "William Hague", "GBR"),
        "no council named before");
  }

  @Test
  void aSeatOfGovernmentIsItsStaffAfterInOrFromButAVenueAfterAt() {
    Statement in = st("the high-ups in the White House were not behind it", null, "said", "USA");
    in.setActorCategory("legislature");
    assertEquals(List.of("USA"), keys(TargetDetector.detect(in, null, R)));
    Statement from = st("he wants more information from the White House about the clearances", null, "said", "USA");
    from.setActorCategory("legislature");
    assertEquals(List.of("USA"), keys(TargetDetector.detect(from, null, R)));
    Statement at = st("he spoke at the White House on Monday", null, "said", "USA");
    at.setActorCategory("legislature");
    assertEquals(List.of(), keys(TargetDetector.detect(at, null, R)), "a venue");
    assertEquals(List.of(), keysOf("the attack in the Damascus suburb of Douma used sarin", "USA"),
        "a city naming a suburb is a place");
  }

  @Test
  void theDealIsTheNamedAgreementOfTheArticle() {
    String article = "Iran agreed to limit its nuclear programme in 2015. Trump has called it the worst deal ever negotiated.";
    assertEquals(List.of("iran-nuclear-deal"), keys(TargetDetector.detect(
        inArticle(article, "the worst deal ever negotiated", "partial", "Donald Trump", "USA"), article, R)),
        "the Iran nuclear deal, from the country named before");
    String paris = "Leaders met to discuss the Paris climate accord. Macron said the accord must survive.";
    assertEquals(List.of("paris-climate-agreement"), keys(TargetDetector.detect(
        inArticle(paris, "the accord must survive", "indirect", "Emmanuel Macron", "FRA"), paris, R)));
    assertEquals(List.of(), keys(TargetDetector.detect(
        inArticle(article, "a deal with anyone is possible", "indirect", "Donald Trump", "USA"), article, R)), "any deal");
    String agreed = "Iran agreed to limit its nuclear programme. Hague said there was agreement on the need to act.";
    assertEquals(List.of(), keys(TargetDetector.detect(
        inArticle(agreed, "there was agreement on the need to act", "indirect", "William Hague", "GBR"), agreed, R)));
    String violated = "Iran agreed to limit its nuclear programme. Rouhani said America violated the deal.";
    assertEquals(List.of("USA"), keys(TargetDetector.detect(
        inArticle(violated, "America violated the deal", "indirect", "Hassan Rouhani", "IRN"), violated, R)),
        "the deal is what America violated, not what is evaluated");
  }

  @Test
  void aNumberIsPartOfAnAgreementsName() {
    assertEquals(List.of("DEU", "nord-stream-2"), keys(TargetDetector.detect(
        st("Germany backed the Nord Stream 2 pipeline project", null, "said", "USA"), null, R)));
  }

  @Test
  void theVictimOfAKillingIsNoTarget() {
    assertEquals(List.of("nikolai-patrushev"), keys(TargetDetector.detect(
        st("the operation to kill Mr. Litvinenko was probably approved by Mr. Patrushev", null, "said", "GBR"), null, R)));
  }

  @Test
  void aPossessorWithANegativeAdjectiveIsEvaluated() {
    assertEquals(List.of("donald-trump", "vladimir-putin"), keys(TargetDetector.detect(
        st("hearings on Trump's bizarre relationship with Putin", null, "said", "USA"), null, R)));
    assertEquals(List.of("PRK"), keys(TargetDetector.detect(
        st("Trump's threat to destroy North Korea", null, "said", "USA"), null, R)), "a noun after the possessive describes");
  }

  @Test
  void anEpithetBeforeAGivenNameIsThePersonTheArticleNames() {
    java.time.LocalDate d = java.time.LocalDate.of(2016, 3, 1);
    assertEquals("hillary-clinton", TargetDetector.nicknamed("Crooked Hillary",
        "Hillary Clinton spoke in Iowa. Trump called her Crooked Hillary.", R, d).actorId());
    assertNull(TargetDetector.nicknamed("Crooked Hillary", "Trump called her Crooked Hillary.", R, d));
    assertNull(TargetDetector.nicknamed("Senator Hillary", "Hillary Clinton spoke.", R, d), "a title is no epithet");
  }

  @Test
  void aCountryAttackedOrViolatedByAnotherIsItsVictim() {
    assertEquals(List.of("RUS"), keys(TargetDetector.detect(st("Russia violated Ukraine's sovereignty", null, "said", "USA"), null, R)));
    assertEquals(List.of("IRN"), keys(TargetDetector.detect(
        st("Iran launched missiles, 11 of which hit Iraq's al-Asad air base", null, "said", "USA"), null, R)));
    assertEquals(List.of("IRN"), keys(TargetDetector.detect(
        st("the United States will strike Iran if needed", null, "said", "USA"), null, R)), "the speaker's side acts: Iran is evaluated");
    assertEquals(List.of("USA"), keysOf("the U.S. decision to exclude Cuba from the Summit of the Americas", "MEX"),
        "excluded by another: the victim");
    assertEquals(List.of("CHN"), keysOf("Taiwan would not bow to pressure from Beijing", "TWN"),
        "pressure from: its source, not a place");
    assertEquals(List.of(), keysOf("journalists from Russia attended", "USA"), "from: a place");
    assertEquals(List.of(), keysOf("Kazakhstan would not recognise the breakaway regions of eastern Ukraine", "KAZ"),
        "a part of a country is a place");
    assertEquals(List.of("UKR"), keysOf("the government of Ukraine is corrupt", "RUS"), "its government is no part");
    assertEquals(List.of("USA"), keysOf("the aggressive acts of war on the part of the United States are reckless", "PRK"),
        "'on the part of': the agent");
    assertEquals(List.of("XKX"), keysOf("the authorities in Kosovo were provoking violence", "SRB"),
        "the authorities in a place are its government");
    assertEquals(List.of(), keysOf("Russian forces in Syria", "USA").stream().filter("SYR"::equals).toList(),
        "forces in a place are no government of it");
    assertEquals(List.of("IRN"), keysOf("the Iranian missile strikes on bases hosting U.S. troops", "IRQ"),
        "those hosted where another strikes are where it strikes");
    assertEquals(List.of("PRK"), keysOf("North Korea's missile launch over Japan was a grave provocation", "KOR"),
        "what a launch flies over is where, not whom the speaker evaluates");
    assertEquals(List.of("RUS"), keysOf("Russia should be sanctioned over Ukraine", "USA"), "the topic of a dispute");
    assertEquals(List.of("TWN"), keysOf("Beijing would never renounce the use of force over Taiwan", "CHN"),
        "the speaker's own side's force over it: what it threatens");
    assertEquals(List.of(), keysOf("his resignation as Conservative Party leader", "GBR"), "an office held");
    assertEquals(List.of("IRN"), keysOf("Iran remained the greatest threat to Israel", "USA"), "the threatened");
    assertEquals(List.of("RUS"), keysOf("Russia's invasion was a violation of Ukraine's territorial integrity", "GBR"),
        "whose integrity is violated suffers it");
    assertEquals(List.of("TUR"), keysOf("Turkey was sending mercenaries to Azerbaijan", "ARM"), "the one supplied");
    assertEquals(List.of(), keysOf("Western calls to free Alexei Navalny", "RUS"), "the one held");
    assertEquals(List.of("RUS"), keysOf("we must isolate Russia", "GBR"), "the speaker's side isolates: evaluated");
  }

  @Test
  void aPossessiveInsideAnOrganisationsNameKeepsTheNameWhole() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(st("the Tigray People's Liberation Front attacked a base",
        null, "said", "ETH"), null, R);
    assertEquals(List.of("Tigray People's Liberation Front"), ms.stream().map(m -> m.ref().name()).toList());
    assertEquals(List.of("CHN"), keysOf("the People's Republic of China was a threat", "USA"), "not the Republic of China");
    assertTrue(keysOf("Russia's Vladimir Putin is to blame", "USA").contains("vladimir-putin"),
        "a country's possessive before a person joins no name with it");
  }

  @Test
  void aPronounAfterTheContentsOwnPersonIsThatPerson() {
    String article = "Rod Rosenstein briefed the committee.\n\n\u201cThe president can't distinguish allegations against his campaign and Russia continuing to interfere,\u201d Schiff said.";
    Statement s = inArticle(article, "The president can't distinguish allegations against his campaign and Russia continuing to interfere",
        "direct", "Adam Schiff", "USA");
    s.setActorCategory("legislature");
    s.setPublished(LocalDate.of(2018, 8, 5));
    assertEquals(List.of("RUS", "donald-trump"), keys(TargetDetector.detect(s, article, R)),
        "'his' is the president the content names, not the person named before the quote");
  }

  @Test
  void bordersTitlesCompaniesAndEventsNamedAfterACountryAreNotTheCountry() {
    assertEquals(List.of(), keys(TargetDetector.detect(
        st("Ankara will clamp down on border crossings with Iraq and Syria", null, "said", "TUR"), null, R)));
    assertEquals(List.of("RUS"), keys(TargetDetector.detect(
        st("Russia is moving rocket systems closer to the Ukraine border", null, "said", "USA"), null, R)));
    assertEquals(List.of("barack-obama"), keys(TargetDetector.detect(
        dated("the red line that the president of the United States drew was written in disappearing ink", "USA",
            LocalDate.of(2013, 5, 5)), null, R)), "the country in the title is the holder's, not a target");
    assertEquals(List.of(), keys(TargetDetector.detect(
        st("two citizens died in an Ethiopian Airlines crash", null, "said", "ISR"), null, R)));
    List<TargetDetector.Mention> war = TargetDetector.detect(
        st("Johnson misled the Joint Chiefs during the Vietnam War", null, "wrote", "USA"), null, R);
    assertEquals("Vietnam War", war.get(war.size() - 1).ref().name());
    assertEquals(List.of("Cuban Missile Crisis"), TargetDetector.detect(
        st("the situation could mirror the Cuban Missile Crisis", null, "said", "USA"), null, R).stream()
        .map(m -> m.ref().name()).toList());
    assertEquals(List.of("CHN"), keys(TargetDetector.detect(
        st("Huawei's ties to China pose a serious risk to U.S. national security and U.S. interests", null, "said", "GBR"), null, R)),
        "the country whose security is harmed is not evaluated");
    List<TargetDetector.Mention> probe = TargetDetector.detect(
        st("Mueller will issue findings on his Russia probe soon", null, "said", "USA"), null, R);
    assertEquals(List.of("Russia investigation"), probe.stream().map(m -> m.ref().name()).filter(x -> x.startsWith("Russia")).toList());
  }

  @Test
  void aSurnameIsTheBearerTheArticleNames() {
    String article = "McMaster wrote a book on how Lyndon B. Johnson bamboozled the Joint Chiefs. Johnson lied.";
    Statement s = dated("Johnson lied", "USA", LocalDate.of(2017, 4, 9));
    assertEquals(List.of("Lyndon B. Johnson"), TargetDetector.detect(s, article, R).stream().map(m -> m.ref().name()).toList(),
        "not Boris Johnson, foreign secretary that day");
    String boris = "Foreign Secretary Boris Johnson spoke in London. Johnson lied.";
    assertEquals(List.of("boris-johnson"), keys(TargetDetector.detect(dated("Johnson lied", "RUS", LocalDate.of(2017, 4, 9)), boris, R)));
    assertEquals(List.of("Lyndon B. Johnson"), TargetDetector.detect(
        dated("how Lyndon B. Johnson bamboozled the Joint Chiefs", "USA", LocalDate.of(2017, 4, 9)), null, R)
        .stream().map(m -> m.ref().name()).toList(), "a middle initial is part of the name");
  }

  @Test
  void theRegimeIsNotTheSpeakersCoSpeakerNamedInTheAttribution() {
    String article = "Inspectors visited the site of an alleged chemical attack in Syria. Whether the Assad regime gassed "
        + "its people is disputed. Russia and Iran insist there is not enough proof that the regime was behind the attack.";
    String content = "there is not enough proof that the regime was behind the attack";
    Statement s = inArticle(article, content, "indirect", "Iran", "IRN");
    s.setSentenceBegin(article.indexOf("Russia and Iran"));
    s.setPublished(LocalDate.of(2013, 8, 27));
    assertEquals(List.of("SYR"), keys(TargetDetector.detect(s, article, R)),
        "Russia, named with the speaker before the content, is not what 'the regime' stands for");
  }

  @Test
  void aDemonymWithAQualifierBeforeItsStateNounIsTheState() {
    assertEquals(List.of("AFG"), keysOf("the Afghan political leadership had failed", "NOR"));
    assertEquals(List.of("IRN"), keysOf("Iranian security forces fired on the crowd", "GBR"));
    assertEquals(List.of(), keysOf("Afghan political parties met in Doha", "NOR"), "people or things of the country");
  }

  @Test
  void whomOneBreaksWithOrDemandsAnswersFromIsNoPlace() {
    assertEquals(List.of("USA"), keysOf("his separation from the United States", "PHL"));
    assertEquals(List.of("RUS"), keysOf("answers from the Russian government", "DEU"));
    assertEquals(List.of(), keysOf("journalists from Russia arrived", "DEU"), "still a place of origin");
  }

  @Test
  void theNameOpeningTheContentAfterTheCueKeepsItsVictimReading() {
    String sent = "German Chancellor Angela Merkel said Alexei Navalny had been poisoned with a nerve agent.";
    Statement s = st("Alexei Navalny had been poisoned with a nerve agent", sent, "said", "DEU");
    s.setPublished(LocalDate.of(2020, 9, 2));
    assertEquals(List.of(), keys(TargetDetector.detect(s, null, R)));
  }

  @Test
  void itAfterASecondCueIsTheSubjectOfTheEarlierClause() {
    String sent = "Brazil's president said the World Health Organization had lost credibility and accused it of acting like a party.";
    Statement s = st("it of acting like a party", sent, "accused", "BRA");
    assertEquals(List.of("world-health-organization"), keys(TargetDetector.detect(s, null, R)));
    String none = "Brazil's president said the talks in Geneva were over and called it a day.";
    assertEquals(List.of(), keys(TargetDetector.detect(st("it a day", none, "called", "BRA"), null, R)),
        "no named subject with a finite verb before the cue");
  }

  @Test
  void armedGroupsOfManyCountriesAreKnownByTheirNames() {
    assertEquals(List.of("FARC"), keysOf("the FARC had chosen peace", "COL"), "an acronym keeps its letters (the scorer compares slugs)");
    assertEquals(List.of("boko-haram"), keysOf("Boko Haram had been technically defeated", "NGA"));
    assertEquals(List.of("al-shabaab"), keysOf("al-Shabab fighters attacked the base", "KEN"), "a lower-case particle opens the name");
    assertEquals(List.of("al-qaeda"), keysOf("al-Qaeda was behind the attack", "USA"));
    assertEquals(List.of("tigray-people-s-liberation-front"), keysOf("the TPLF had crossed a red line", "ETH"));
  }

  @Test
  void aJudgedClaimOrActIsTheLastOtherGovernmentsNamedBefore() {
    String article = "Canberra scrapped a submarine contract with a French shipbuilder on Thursday. "
        + "French Foreign Minister Jean-Yves Le Drian called the decision \"a stab in the back\".";
    String sentence = "French Foreign Minister Jean-Yves Le Drian called the decision \"a stab in the back\".";
    Statement s = st("a stab in the back", sentence, "called", "FRA");
    s.setCueLemma("call");
    s.setContentBegin(article.indexOf("a stab"));
    assertEquals(List.of("AUS"), keys(TargetDetector.detect(s, article, R)), "Canberra's decision; France is the speaker's own");
    Statement named = st("a stab in the back", "Le Drian called the decision to scrap the deal \"a stab in the back\".",
        "called", "FRA");
    named.setCueLemma("call");
    assertNull(TargetDetector.actObject(named.getSentence(), named), "the decision to ...: what it is said in the sentence");
    Statement told = st("it was a mistake", "Le Drian said the decision was a mistake.", "said", "FRA");
    told.setCueLemma("say");
    assertNull(TargetDetector.actObject(told.getSentence(), told), "only judging cues");
  }

  /** A statement of {@code gov} whose content is the last occurrence of {@code content} in {@code article}. */
  static Statement inArticle(String article, String content, String gov, LocalDate date) {
    Statement s = dated(content, gov, date);
    s.setContentBegin(article.lastIndexOf(content));
    return s;
  }

  /** Target keys of the statement {@link #inArticle} builds, detected in that article. */
  static List<String> keysIn(String article, String content, String gov, LocalDate date) {
    return keys(TargetDetector.detect(inArticle(article, content, gov, date), article, R));
  }

  @Test
  void aHostileContentNamingNoOneIsAimedAtTheCountryTheTextBeforeNamesMost() {
    LocalDate d = LocalDate.of(2019, 2, 27);
    String article = "India said its jets struck a camp near Balakot. Indian officials said the camp was destroyed.\n"
        + "Islamabad denied that India hit anything. Pakistan's foreign minister said Pakistan reserved the right to respond.";
    Statement s = inArticle(article, "Pakistan reserved the right to respond", "PAK", d);
    List<TargetDetector.Mention> ms = TargetDetector.detect(s, article, R);
    assertEquals(List.of("IND"), keys(ms), ms.toString());
    assertEquals(TargetDetector.Via.CONTEXT, ms.get(0).via());
    // no hostile word: nothing is aimed at anyone
    Statement calm = inArticle(article + " He said the talks would go on.", "the talks would go on", "PAK", d);
    assertEquals(List.of(), keys(TargetDetector.detect(calm, article + " He said the talks would go on.", R)));
  }

  @Test
  void theTopicCountryBeatsTheVenueOfTheLastSentence() {
    LocalDate d = LocalDate.of(2017, 9, 26);
    String article = "North Korea threatened to shoot down bombers. The United States said North Korea must stop.\n"
        + "At a news conference with Spanish Prime Minister Mariano Rajoy, Trump said it will be devastating.";
    Statement s = inArticle(article, "it will be devastating", "USA", d);
    assertEquals(List.of("PRK"), keys(TargetDetector.detect(s, article, R)));
  }

  @Test
  void theNorthOfAKoreanStoryIsNorthKorea() {
    LocalDate d = LocalDate.of(2020, 6, 16);
    String korean = "Pyongyang blew up the liaison office. South Korea said Seoul would respond strongly if the North took further steps.";
    Statement s = inArticle(korean, "Seoul would respond strongly if the North took further steps", "KOR", d);
    assertEquals(List.of("PRK"), keys(TargetDetector.detect(s, korean, R)));
    String other = "Floods hit the country. The minister said aid would reach the North soon.";
    Statement t = inArticle(other, "aid would reach the North soon", "GBR", d);
    assertEquals(List.of(), keys(TargetDetector.detect(t, other, R)));
  }

  @Test
  void restraintAndResponsesOfNoOneAimAtNoOne() {
    LocalDate d = LocalDate.of(2019, 2, 27);
    String ctx = "India said its jets struck a camp near Balakot. Indian officials said the camp was destroyed.\n";
    for (String calm : List.of("the action does not further escalate tensions", "all sides should de-escalate",
        "a task force would oversee the response to the attacks", "the army must be able to quickly respond to floods",
        "to my great regret, the data came late", "all steps short of a military option are open",
        "there is no threat to the city", "the extremist threat will not go away soon", "we will deal with that threat")) {
      String article = ctx + "Pakistan's foreign minister said " + calm + ".";
      assertEquals(List.of(), keysIn(article, calm, "PAK", d), calm);
    }
    for (String hostile : List.of("Pakistan would respond strongly", "Pakistan will make a necessary response",
        "this is an escalation", "Pakistan does not accept provocations", "Pakistan will not tolerate it",
        "Islamabad's response would be swift", "Pakistan is totally prepared for a military option")) {
      String article = ctx + "Pakistan's foreign minister said " + hostile + ".";
      assertEquals(List.of("IND"), keysIn(article, hostile, "PAK", d), hostile);
    }
  }

  @Test
  void aShortJudgementNamingNoOneJudgesThePartyTheTextBeforeIsAbout() {
    LocalDate d = LocalDate.of(2022, 2, 1);
    String ctx = "Mali's junta expelled the French ambassador and extended its rule by five years.\n";
    for (String judged : List.of("its decisions were \"irresponsible\"", "a grave mistake", "deeply offensive",
        "the measures were unjustified", "a lie")) {
      String article = ctx + "France's foreign minister said " + judged + ".";
      assertEquals(List.of("MLI"), keysIn(article, judged, "FRA", d), judged);
    }
    for (String calm : List.of("the decision was not wrong", "we made a mistake", "a video insulting Islam caused it",
        "the talks were useful", "it would be a mistake to walk away", "the decisions of the transitional authorities, announced on state television on Monday,"
            + " were irresponsible and would isolate the country")) {
      String article = ctx + "France's foreign minister said " + calm + ".";
      assertEquals(List.of(), keysIn(article, calm, "FRA", d), calm);
    }
  }

  @Test
  void anActTheContentOpposesIsItsAuthors() {
    LocalDate d = LocalDate.of(2016, 1, 6);
    String article = "North Korea said it had tested a hydrogen bomb. A spokeswoman said China firmly opposes the test.";
    assertEquals(List.of("PRK"), keysIn(article, "China firmly opposes the test", "CHN", d));
    String threat = "North Korea said it had tested a hydrogen bomb. Abe said the test posed a serious threat to Japan.";
    assertEquals(List.of("PRK"), keysIn(threat, "the test posed a serious threat to Japan", "JPN", d));
  }

  @Test
  void whereAnAttackComesFromIsItsAgentAndPassiveRefusalIsNoRestraint() {
    LocalDate d = LocalDate.of(2013, 8, 29);
    String shelling = "A bomb killed a woman in Rubavu. Rwanda said it would no longer tolerate shelling from neighbouring Congo.";
    assertEquals(List.of("COD"), keysIn(shelling, "it would no longer tolerate shelling from neighbouring Congo", "RWA", d));
    String greece = "Turkey sent a survey ship near Kastellorizo. Turkey said it would go on. Mitsotakis said Greece would not be provoked.";
    assertEquals(List.of("TUR"), keysIn(greece, "Greece would not be provoked", "GRC", LocalDate.of(2020, 8, 12)));
  }

  @Test
  void natoWrittenAsAWordIsNato() {
    assertEquals(List.of("NATO"), keys(TargetDetector.detect(st("Nato was expanding right up to our borders", null, "said", "RUS"), null, R)));
  }

  @Test
  void whomAnAccusedGovernmentAidsIsNoTarget() {
    // the beneficiary of the act charged, with the rest of its list and its leader
    List<String> k = keysOf("Nicolas Maduro's government was sheltering ELN guerrillas and FARC dissidents on Venezuelan soil", "COL");
    assertTrue(k.contains("VEN"), k.toString());
    assertFalse(k.contains("ELN") || k.contains("FARC"), k.toString());
    k = keysOf("Madrid should have considered the consequences before admitting Polisario Front leader Brahim Ghali", "MAR");
    assertEquals(List.of("ESP"), k.stream().distinct().toList());
    // with no government named before it, the group stays: it is what the content is about
    k = keysOf("supporting the ELN is a crime against the Colombian people", "COL");
    assertTrue(k.contains("ELN"), k.toString());
  }

  /** A statement whose sentence is the article's last one, with its cue. */
  static Statement cued(String article, String content, String cue, String cueLemma, String gov, LocalDate date) {
    Statement s = inArticle(article, content, gov, date);
    int sb = article.lastIndexOf('\n') + 1;
    s.setSentence(article.substring(sb));
    s.setSentenceBegin(sb);
    s.setCue(cue);
    s.setCueLemma(cueLemma);
    return s;
  }

  @Test
  void aJudgedActOrBodyWhoseParagraphNamesNoOtherGovernmentIsTheOneTheParagraphsBeforeNameMost() {
    LocalDate d = LocalDate.of(2022, 2, 1);
    String article = "Mali's transitional government said on Monday it had given the French ambassador 72 hours to leave.\n\n"
        + "Last week French Foreign Minister Jean-Yves Le Drian called the junta \"illegitimate\".";
    Statement s = cued(article, "illegitimate", "called", "call", "FRA", d);
    s.setKind("partial");
    assertEquals(List.of("MLI"), keys(TargetDetector.detect(s, article, R)));
    // the act's noun phrase as the content is not judged by a government of another paragraph
    String article2 = "Mali's transitional government expelled the French ambassador.\n\nParis dismissed the claim.";
    Statement c = cued(article2, "the claim", "dismissed", "dismiss", "FRA", d);
    assertEquals(List.of(), keys(TargetDetector.detect(c, article2, R)));
  }

  @Test
  void aCountrysEntrenchmentOrPresenceIsTheStatesAndWhereItIsAPlace() {
    assertEquals(List.of("IRN"), keysOf("We will not tolerate Iranian entrenchment in Syria", "ISR"));
    assertTrue(keysOf("the Russian military presence in Syria must end", "USA").contains("RUS"));
  }

  @Test
  void aBodysCharterOrResolutionIsANormNotTheBody() {
    assertFalse(keysOf("the action runs contrary to the principles of the United Nations charter", "CHN").contains("united-nations"));
    assertEquals(List.of("united-nations"),
        keysOf("the strikes violated UN Security Council resolutions and the United Nations failed to act", "RUS"));
  }

  @Test
  void aGroupNounStandsForTheArmedGroupNamedBefore() {
    LocalDate d = LocalDate.of(2015, 3, 1);
    String article = "Nigeria's army said it had freed 97 captives held by Boko Haram.\n\n"
        + "A spokesman said the insurgents were on the run and accused the group of using human shields.";
    assertEquals(List.of("boko-haram"), keysIn(article, "the insurgents were on the run", "NGA", d));
    assertEquals(List.of("boko-haram"), keysIn(article, "the group of using human shields", "NGA", d));
    String kenya = "Al-Shabaab claimed the attack on the university in Garissa.\n\n"
        + "Interior minister Joseph Nkaissery said these criminals will be hunted down wherever they hide.";
    assertEquals(List.of("al-shabaab"), keysIn(kenya, "these criminals will be hunted down wherever they hide", "KEN", d));
    String ngo = "Boko Haram attacked Baga. Amnesty International published satellite images.\n\n"
        + "The army said the group was spreading lies.";
    assertEquals(List.of(), keysIn(ngo, "the group was spreading lies", "NGA", d), "the nearer organisation is the group");
    String none = "Flooding hit Borno state.\n\nThe governor said the militants had left.";
    assertEquals(List.of(), keysIn(none, "the militants had left", "NGA", d), "no armed group named before");
    String kurds = "The Islamic State lost Raqqa.\n\nTrump said Turkey would launch an offensive targeting Kurdish fighters.";
    assertEquals(List.of("TUR"), keysIn(kurds, "Turkey would launch an offensive targeting Kurdish fighters", "USA", d),
        "Kurdish fighters are another group");
    Statement own = inArticle(article, "the insurgents were on the run", "NGA", d);
    own.setGovernment(null);
    assertEquals(List.of(), keys(TargetDetector.detect(own, article, R)), "targets are a government voice's");
  }

  @Test
  void aPossessorTheRegistryLacksIsJudgedByItsFullName() {
    LocalDate d = LocalDate.of(2017, 1, 13);
    String article = "West African leaders flew to Banjul to press Gambian President Yahya Jammeh to accept his defeat.\n\n"
        + "Senegal's foreign minister warned that Jammeh's refusal was a threat to the stability of the region.";
    assertEquals(List.of("yahya-jammeh"), keysIn(article, "Jammeh's refusal was a threat to the stability of the region", "SEN", d)
        .stream().map(k -> k.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')).collect(Collectors.toList()));
    String plain = article.replace("was a threat to the stability of the region", "came after the count");
    assertEquals(List.of(), keysIn(plain, "Jammeh's refusal came after the count", "SEN", d), "named, not judged");
  }

  @Test
  void friendsInACapitalAreItsGovernmentNotAPlace() {
    LocalDate d = LocalDate.of(2017, 6, 6);
    String article = "Saudi Arabia cut ties with Qatar.\n\nErdogan said Ankara would continue to stand by its friends in Doha.";
    assertEquals(List.of("QAT"), keysIn(article, "Ankara would continue to stand by its friends in Doha", "TUR", d));
    String venue = "Saudi Arabia cut ties with Qatar.\n\nErdogan said ministers would meet in Doha.";
    assertEquals(List.of(), keysIn(venue, "ministers would meet in Doha", "TUR", d), "a meeting place");
  }
}
