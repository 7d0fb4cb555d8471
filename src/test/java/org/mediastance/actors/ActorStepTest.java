package org.mediastance.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;

/** Unit tests of the actor step's context-country policy: no Spark, no CoreNLP. */
class ActorStepTest {
  static final RegistryResolver R = RegistryResolver.shipped();
  static final LocalDate DAY = LocalDate.of(2015, 9, 11);
  /** Names France three times (country, capital metonym, demonym), Germany once. */
  static final String FRENCH_STORY = "France said on Friday it would act. Paris has long argued "
      + "for talks, and French diplomats met a German delegation. The president said so.";

  private static Article article(String text) {
    Article a = new Article();
    a.setText(text);
    a.setPublished(DAY);
    return a;
  }

  private static Statement speaker(String name) {
    Statement s = new Statement();
    s.setSpeaker(name);
    s.setSpeakerType("person");
    return s;
  }

  @Test
  void theMostNamedCountryIsTheContext() {
    ActorStep step = new ActorStep(R, null);
    assertEquals("FRA", step.contextCountry(FRENCH_STORY, DAY));
    // the other way round, Germany wins
    assertEquals("DEU", step.contextCountry(
        "Germany said so. Berlin agreed, and German officials met a French envoy.", DAY));
    assertNull(step.contextCountry("Nothing here names a country.", DAY));
  }

  @Test
  void homeCountryWins() {
    ActorStep step = new ActorStep(R, "USA");
    assertEquals("USA", step.contextCountry(FRENCH_STORY, DAY));
  }

  @Test
  void aTitleWithoutCountryIsReadInTheContext() {
    List<Statement> st = new ArrayList<>(List.of(speaker("the president")));
    new ActorStep(R, null).resolve(article(FRENCH_STORY), st);
    assertEquals("FRA", st.get(0).getGovernment());
    assertEquals("president", st.get(0).getRole());
    assertEquals("francois-hollande", st.get(0).getActorId());

    List<Statement> home = new ArrayList<>(List.of(speaker("the president")));
    new ActorStep(R, "USA").resolve(article(FRENCH_STORY), home);
    assertEquals("USA", home.get(0).getGovernment());
    assertEquals("barack-obama", home.get(0).getActorId());
  }

  @Test
  void fillsEveryActorColumnAsTheResolverDoes() {
    Statement s = speaker("Sergei Lavrov");
    s.setSpeakerDescription("Russian Foreign Minister Sergei Lavrov");
    new ActorStep(R, null).resolve(article(FRENCH_STORY), List.of(s));
    ActorRef want = R.resolveSpeaker("Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov",
        "person", DAY, "FRA");
    assertEquals(want.actorId(), s.getActorId());
    assertEquals(want.role(), s.getRole());
    assertEquals(want.government(), s.getGovernment());
    assertEquals(want.category(), s.getActorCategory());
    assertEquals(want.confidence(), s.getActorConfidence());
    assertEquals("RUS", s.getGovernment());
  }

  @Test
  void abbreviationsAndBareTitlesAreNamed() {
    ActorStep step = new ActorStep(R, null);
    Statement nyt = speaker("NYT");
    nyt.setSpeakerType("institution");
    Statement fm = speaker("North Korea\u2019s foreign minister");
    Statement named = speaker("Congressman Smith");
    List<Statement> st = new ArrayList<>(List.of(nyt, fm, named));
    Article a = article("North Korea said so. Pyongyang and the U.S. argued.");
    a.setPublished(LocalDate.of(2017, 9, 26));
    step.resolve(a, st);
    assertEquals("The New York Times", nyt.getSpeaker());
    assertEquals("Ri Yong Ho", fm.getSpeaker());
    assertEquals("PRK", fm.getGovernment());
    assertEquals("Congressman Smith", named.getSpeaker(), "a speaker with a name keeps it");
  }

  private static Statement at(String name, int begin, String gov) {
    Statement s = speaker(name);
    s.setContentBegin(begin);
    s.setGovernment(gov);
    return s;
  }

  @Test
  void aPersonReadFromTheWordsAroundKeepsTheCountryOfTheirFirstStatement() {
    Statement intro = at("Lambert Mende", 120, "COD");
    Statement later = at("Lambert Mende", 480, "RWA");
    Statement other = at("Louise Mushikiwabo", 300, "RWA");
    Statement registry = at("Lambert Mende", 600, "RWA");
    registry.setActorId("someone-in-the-registry");
    ActorStep.sameSpeakerSameCountry(new ArrayList<>(List.of(later, other, intro, registry)));
    assertEquals("COD", later.getGovernment(), "the country read where the article introduces him");
    assertEquals("COD", intro.getGovernment());
    assertEquals("RWA", other.getGovernment(), "another speaker keeps hers");
    assertEquals("RWA", registry.getGovernment(), "a registry person is left as resolved");
  }

  @Test
  void aCapitalIsNamedAsItsCountryAndASeatKeepsItsName() {
    Statement minsk = speaker("Minsk");
    minsk.setSpeakerType("institution");
    Statement kremlin = speaker("the Kremlin");
    kremlin.setSpeakerType("institution");
    List<Statement> st = new ArrayList<>(List.of(minsk, kremlin));
    Article a = article("Poland closed a border crossing. Minsk rejected the accusations and the Kremlin backed it.");
    a.setPublished(LocalDate.of(2021, 11, 10));
    new ActorStep(R, null).resolve(a, st);
    assertEquals("Belarus", minsk.getSpeaker());
    assertEquals("BLR", minsk.getGovernment());
    assertEquals("the Kremlin", kremlin.getSpeaker(), "a seat of government is an institution of its own");
    assertEquals("RUS", kremlin.getGovernment());
  }

  @Test
  void aForeignBackbencherIsTakenWhenTheArticleNamesTheirCountry() {
    LocalDate d = LocalDate.of(2015, 6, 1);
    Article a = article("The United States said on Monday that U.S. aid would continue. Washington "
        + "and Nairobi agreed. Kenya will host the talks.");
    a.setPublished(d);
    Statement s = shebesh("Kenya will host the talks, Rachel Shebesh said.");
    Statement far = shebesh("The talks will go on, Shebesh said.");
    new ActorStep(R, null).resolve(a, List.of(s, far));
    assertNull(far.getGovernment(), "Kenya named elsewhere in the article is not enough");
    assertNull(R.resolveSpeaker("Rachel Shebesh", "Rachel Shebesh", "person", d, "USA").government(),
        "by name alone in U.S. news: not taken");
    assertEquals("KEN", s.getGovernment(), "but her sentence names Kenya");
    Article elsewhere = article("The United States said on Monday that U.S. aid would continue. "
        + "France agreed.");
    elsewhere.setPublished(d);
    Statement t = shebesh("France will host the talks, Rachel Shebesh said.");
    new ActorStep(R, null).resolve(elsewhere, List.of(t));
    assertNull(t.getGovernment(), "a sentence naming another country");
  }

  @Test
  void aTieBetweenCountriesGoesToTheOneNamedFirst() {
    ActorStep step = new ActorStep(R, null);
    assertEquals("RUS", step.contextCountry("Russia was open to talks with Japan.", DAY));
    assertEquals("JPN", step.contextCountry("Japan was open to talks with Russia.", DAY));
  }

  /** The one statement of a one-sentence article, resolved; the sentence opens with the mention. */
  private static Statement resolvedAlone(String sentence, String speaker, String description, String mention) {
    Article a = article(sentence);
    a.setPublished(LocalDate.of(2019, 10, 9));
    Statement s = speaker(speaker);
    s.setSpeakerDescription(description);
    s.setSpeakerMention(mention);
    s.setSentence(sentence);
    new ActorStep(R, null).resolve(a, List.of(s));
    return s;
  }

  @Test
  void theMentionSaysWhatATruncatedDescriptionDropped() {
    Statement former = resolvedAlone("Former U.S. ambassador to Russia Michael McFaul said the decision was a gift to Russia.",
        "Michael McFaul", "Russia Michael McFaul", "Former U.S. ambassador to Russia Michael McFaul");
    Statement rebel = resolvedAlone("Houthi spokesman Yahya Saree said the group had launched the drones at the Saudi oil plants.",
        "Yahya Saree", "spokesman Yahya Saree", "Houthi spokesman Yahya Saree");
    assertNull(former.getGovernment(), "a former ambassador, not the country Russia: " + former.getRole());
    assertEquals("former ambassador", former.getRole());
    assertNull(rebel.getGovernment(), "a rebel group's spokesman speaks for no government");
  }

  @Test
  void everyStatementOfASpeakerReadsItsFullestMention() {
    LocalDate d = LocalDate.of(2019, 3, 10);
    Article a = article("British ambassador to Ethiopia Alastair McPhail said staff were working. "
        + "McPhail also sent condolences.");
    a.setPublished(d);
    List<Statement> st = new ArrayList<>();
    for (String mention : List.of("British ambassador to Ethiopia Alastair McPhail", "McPhail")) {
      Statement s = speaker("Alastair McPhail");
      s.setSpeakerDescription("Ethiopia Alastair McPhail");
      s.setSpeakerMention(mention);
      st.add(s);
    }
    new ActorStep(R, null).resolve(a, st);
    assertEquals("GBR", st.get(0).getGovernment());
    assertEquals("GBR", st.get(1).getGovernment(), "the later surname is the same ambassador");
  }

  /** A Kenyan MP in 2013–2017 (generated registry), named in full without title, in a sentence. */
  private static Statement shebesh(String sentence) {
    Statement s = speaker("Rachel Shebesh");
    s.setSpeakerDescription("Rachel Shebesh");
    s.setSentence(sentence);
    return s;
  }

  /** The official's statement and the one read inside it, offsets as the extractor gives them. */
  private static List<Statement> officialAndCapital(String text, String official, String capital) {
    Statement outer = speaker(official);
    outer.setSpeakerDescription("Egyptian Foreign Minister " + official);
    int said = text.indexOf(" said ") + 1;
    outer.setCueBegin(said);
    outer.setContentBegin(said + 5);
    outer.setContent(text.substring(said + 5, text.length() - 1));
    Statement inner = speaker(capital);
    inner.setSpeakerType("institution");
    inner.setSpeakerDescription(capital);
    int cue = text.indexOf(" rejected ") + 1;
    inner.setCueBegin(cue);
    inner.setContentBegin(cue + 9);
    inner.setContent(text.substring(cue + 9, text.length() - 1));
    return new ArrayList<>(List.of(outer, inner));
  }

  @Test
  void aCapitalInsideItsOwnOfficialsStatementIsNoSecondVoice() {
    String own = "Egyptian Foreign Minister Sameh Shoukry said Cairo rejected Ethiopia's unilateral filling of the dam.";
    Article a = article(own);
    a.setPublished(LocalDate.of(2021, 7, 6));
    List<Statement> st = officialAndCapital(own, "Sameh Shoukry", "Cairo");
    new ActorStep(R, null).resolve(a, st);
    assertEquals(1, st.size(), "only Shoukry's statement stays");
    assertEquals("Sameh Shoukry", st.get(0).getSpeaker());
    assertEquals("EGY", st.get(0).getGovernment());

    String foreign = "Egyptian Foreign Minister Sameh Shoukry said Addis Ababa rejected every proposal on the dam.";
    Article b = article(foreign);
    b.setPublished(LocalDate.of(2021, 7, 6));
    List<Statement> st2 = officialAndCapital(foreign, "Sameh Shoukry", "Addis Ababa");
    new ActorStep(R, null).resolve(b, st2);
    assertEquals(2, st2.size(), "another government's capital is a voice of its own");
    assertEquals("ETH", st2.get(1).getGovernment());
  }

  /** A statement of a speaker of the given type, description and mention at this place of the text. */
  private static Statement said(String name, String type, String description, String mention) {
    Statement s = speaker(name);
    s.setSpeakerType(type);
    s.setSpeakerDescription(description);
    s.setSpeakerMention(mention);
    return s;
  }

  /** Places a statement's cue and content (both as written) in {@code text}. */
  private static Statement at(Statement s, String text, String cue, String content) {
    s.setCueBegin(text.indexOf(cue));
    s.setContentBegin(text.indexOf(content));
    s.setContent(content);
    return s;
  }

  @Test
  void aPronounForTheOuterSpeakerInsideItsStatementIsNoSecondStatement() {
    String text = "Pakistan's foreign ministry said it strongly condemned the decision.";
    Article a = article(text);
    a.setPublished(LocalDate.of(2019, 8, 5));
    String ministry = "Pakistan's foreign ministry";
    Statement outer = at(said(ministry, "institution", ministry, ministry), text, "said", "it strongly condemned the decision");
    Statement inner = at(said(ministry, "institution", ministry, "it"), text, "condemned", "the decision");
    List<Statement> st = new ArrayList<>(List.of(outer, inner));
    new ActorStep(R, null).resolve(a, st);
    assertEquals(List.of(outer), st);
  }

  @Test
  void hisOfficeSpeaksForThePersonNamedBeforeIt() {
    String text = "Sudan's ousted Prime Minister Abdalla Hamdok was returned to his home, his office said.";
    Article a = article(text);
    a.setPublished(LocalDate.of(2021, 10, 26));
    Statement s = at(said("his office", "group", "his office", "his office"), text, "said", ".");
    s.setSentence(text);
    s.setSentenceBegin(0);
    new ActorStep(R, null).resolve(a, List.of(s));
    assertEquals("SDN", s.getGovernment());
    assertEquals("his office", s.getSpeaker(), "the office keeps its words, it is not the prime minister");
    String other = text.replace("his office", "his lawyer");
    Statement lawyer = at(said("his lawyer", "group", "his lawyer", "his lawyer"), other, "said", ".");
    lawyer.setSentence(other);
    lawyer.setSentenceBegin(0);
    new ActorStep(R, null).resolve(a, List.of(lawyer));
    assertNull(lawyer.getGovernment(), "a lawyer speaks for no government");
  }

  @Test
  void anOfficeDescribedIsItsHolderTheArticleNames() {
    String text = "Zelensky said Russia was committing war crimes. The Ukrainian leader called on the West to close the skies.";
    Article a = article(text);
    a.setPublished(LocalDate.of(2022, 3, 1));
    Statement named = at(said("Zelensky", "person", "Zelensky", "Zelensky"), text, "said", "Russia was committing war crimes");
    Statement leader = at(said("Ukrainian leader", "person", "Ukrainian leader", "The Ukrainian leader"), text,
        "called on", "the West to close the skies");
    new ActorStep(R, null).resolve(a, List.of(named, leader));
    assertEquals("UKR", leader.getGovernment());
    assertEquals(named.getActorId(), leader.getActorId(), "the leader is the president named before");
    assertEquals("Zelensky", leader.getSpeaker());

    String two = "Representative Adam Kinzinger said the strikes were right. Representative C. A. (Dutch) Ruppersberger said so too.";
    Article b = article(two);
    b.setPublished(LocalDate.of(2014, 9, 10));
    Statement k = at(said("Adam Kinzinger", "person", "Representative Adam Kinzinger", "Representative Adam Kinzinger"), two,
        "said", "the strikes were right");
    Statement r = at(said("C. A. ( Dutch ) Ruppersberger", "person", "Representative C. A. ( Dutch ) Ruppersberger",
        "Representative C. A. (Dutch) Ruppersberger"), two, "said so", "so too");
    new ActorStep(R, null).resolve(b, List.of(k, r));
    assertEquals("C. A. ( Dutch ) Ruppersberger", r.getSpeaker(), "a name the registry lacks is no description");
  }

  /**
   * The one statement of {@code text} published on {@code day}, resolved with {@code home} as the
   * configured home country (null: none); its sentence starts at {@code sentence} in the text.
   */
  private static Statement resolvedIn(String text, LocalDate day, String home, String sentence, String speaker,
      String description, String mention) {
    Article a = article(text);
    a.setPublished(day);
    Statement s = speaker(speaker);
    s.setSpeakerDescription(description);
    s.setSpeakerMention(mention);
    int b = text.indexOf(sentence);
    s.setSentenceBegin(b);
    s.setSpeakerBegin(text.indexOf(speaker, b));
    s.setSentence(sentence);
    new ActorStep(R, home).resolve(a, List.of(s));
    return s;
  }

  /** "A spokesman for the foreign ministry, Ahmed Hafez, said" in {@code text}, resolved. */
  private static Statement hafez(String text, String home) {
    return resolvedIn(text, LocalDate.of(2020, 7, 15), home, "A spokesman for the foreign ministry", "Ahmed Hafez",
        "spokesman for the foreign ministry, Ahmed Hafez", "A spokesman for the foreign ministry, Ahmed Hafez");
  }

  @Test
  void aGenericTitleBelongsToTheCountryTheSentenceBeforeOpensWith() {
    // Ethiopia is named more, but the spokesman follows a sentence about Egypt
    String text = "Egypt demanded clarification from Ethiopia on Wednesday about the Ethiopian dam. "
        + "A spokesman for the foreign ministry, Ahmed Hafez, said the filling was illegal. Ethiopia denied it.";
    assertEquals("EGY", hafez(text, null).getGovernment());

    // the sentence before names the other country only inside it: the context stays
    String inside = "Egypt said so. Egypt agreed. Cairo waited. Speaking alongside Ethiopian officials, the envoy "
        + "urged calm. A spokesman for the foreign ministry, Ahmed Hafez, said the filling was illegal.";
    assertEquals("EGY", hafez(inside, null).getGovernment());
    assertEquals("ETH", hafez(text, "ETH").getGovernment(), "a configured home country is not second-guessed");
  }

  @Test
  void theMentionsOwnCountryBeatsTheContext() {
    String text = "Israel and Gaza. Gaza said so. Gaza again. Gaza and Gaza. "
        + "Israeli police spokesman Micky Rosenfeld called it a terror attack.";
    Statement s = resolvedIn(text, LocalDate.of(2014, 8, 4), null, "Israeli police spokesman", "Micky Rosenfeld",
        "spokesman Micky Rosenfeld", "Israeli police spokesman Micky Rosenfeld");
    assertEquals("ISR", s.getGovernment());

    String yemen = "Yemen said so. Yemen and Yemen. Houthi military spokesman Yahya Saree warned of more attacks.";
    Statement h = resolvedIn(yemen, LocalDate.of(2019, 9, 16), null, "Houthi military spokesman", "Yahya Saree",
        "spokesman Yahya Saree", "Houthi military spokesman Yahya Saree");
    assertNull(h.getGovernment(), "the rebels' spokesman is no voice of the context country's government");
  }

  @Test
  void aGenericTitleBelongsToTheCapitalItSpeaksIn() {
    // Azerbaijan is named most, and the sentence before opens with the OSCE's Minsk Group (no Belarus)
    String text = "Azerbaijan said Armenian forces shelled Ganja. Azerbaijan's army advanced. Baku said so. "
        + "The Minsk Group of the OSCE has mediated since the 1990s. In Yerevan, Defence Ministry spokeswoman "
        + "Shushan Stepanyan said Armenian forces had repelled attacks.";
    Statement s = resolvedIn(text, LocalDate.of(2020, 10, 5), null, "In Yerevan, Defence Ministry spokeswoman",
        "Shushan Stepanyan", "Defence Ministry spokeswoman Shushan Stepanyan",
        "Defence Ministry spokeswoman Shushan Stepanyan");
    assertEquals("ARM", s.getGovernment());
  }

  @Test
  void aTitleSetOffBeforeTheNameSaysWhoseVoiceItIs() {
    String text = "Saudi Arabia struck Houthi positions in Yemen. Iran condemned the strikes. Iran said so. "
        + "A Houthi spokesman, Mohammed Abdulsalam, called the operation an aggression.";
    Statement s = resolvedIn(text, LocalDate.of(2015, 3, 26), null, "A Houthi spokesman", "Mohammed Abdulsalam",
        "spokesman, Mohammed Abdulsalam", "Mohammed Abdulsalam");
    assertNull(s.getGovernment(), "the rebels' spokesman, named after his title, is no voice of Iran");
  }

  @Test
  void aLonePossessorIsThePersonTheArticleNamesInFull() {
    String text = "Ethiopian Prime Minister Abiy Ahmed said the deadline had expired. "
        + "Abiy\u2019s office accused the TPLF of destroying bridges.";
    Article a = article(text);
    a.setPublished(LocalDate.of(2020, 11, 17));
    Statement s = speaker("Abiy\u2019s office");
    s.setSpeakerType("institution");
    s.setSpeakerDescription("Abiy\u2019s office");
    s.setSpeakerMention("Abiy\u2019s office");
    s.setSentenceBegin(text.indexOf("Abiy\u2019s"));
    s.setSpeakerBegin(text.indexOf("Abiy\u2019s"));
    new ActorStep(R, null).resolve(a, List.of(s));
    assertEquals("ETH", s.getGovernment());
    assertEquals("Abiy Ahmed's office", ActorStep.possessorInFull("Abiy's office", text).replace('\u2019', '\''));
    assertNull(ActorStep.possessorInFull("the office", text));
  }

  @Test
  void anUnnamedBodyGoesOnWithTheVoiceQuotedBefore() {
    String text = "Brazil's president postponed a visit to Washington after reports that U.S. intelligence "
        + "monitored her. Washington said so. The U.S. said it would explain. "
        + "\u201cNo,\u201d Foreign Minister Luiz Alberto Figueiredo told reporters in Brasilia. "
        + "The presidency said the surveillance was wrong.";
    Article a = article(text);
    a.setPublished(LocalDate.of(2013, 9, 17));
    Statement fm = speaker("Luiz Alberto Figueiredo");
    fm.setSpeakerDescription("Foreign Minister Luiz Alberto Figueiredo");
    fm.setSpeakerMention("Foreign Minister Luiz Alberto Figueiredo");
    fm.setSentenceBegin(text.indexOf("\u201cNo"));
    fm.setSpeakerBegin(text.indexOf("Foreign Minister"));
    Statement p = speaker("presidency");
    p.setSpeakerType("unknown");
    p.setSpeakerDescription("presidency");
    p.setSpeakerMention("The presidency");
    p.setSentenceBegin(text.indexOf("The presidency"));
    p.setSpeakerBegin(text.indexOf("The presidency"));
    new ActorStep(R, null).resolve(a, new java.util.ArrayList<>(List.of(fm, p)));
    assertEquals("BRA", fm.getGovernment());
    assertEquals("BRA", p.getGovernment(), "the presidency of the minister quoted just before, not the most named USA");
  }

  @Test
  void aSpokesmanForAGroupOfNoGovernmentSpeaksForNone() {
    assertNull(R.resolveSpeaker("spokesman", "A spokesman for the protest movement", "person",
        LocalDate.of(2022, 7, 14), "LKA").government());
    assertEquals("LKA", R.resolveSpeaker("spokesman", "A spokesman for the ministry", "person",
        LocalDate.of(2022, 7, 14), "LKA").government());
    assertEquals("TUR", R.resolveSpeaker("Fahrettin Altun", "Erdogan's communications director Fahrettin Altun",
        "person", LocalDate.of(2019, 3, 20), null).government());
    assertEquals("CHN", R.resolveSpeaker("Chinese readout", "A Chinese readout of the call", "unknown",
        LocalDate.of(2020, 6, 17), "IND").government());
    assertNull(R.resolveSpeaker("Chinese report", "A Chinese report", "unknown", LocalDate.of(2020, 6, 17), "IND").government(),
        "whose report it is, the words do not say");
    assertEquals("KWT", R.resolveSpeaker("KUNA", "state news agency KUNA", "institution",
        LocalDate.of(2017, 6, 6), null).government());
  }
}
