package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/** Extraction and speaker rules on hand-built, hand-tagged sentences (no CoreNLP). */
class ExtractorTest {

  /** Builds sentences from "word/TAG" strings; "||" starts a new paragraph. */
  static Object[] doc(String... sents) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    int para = 0;
    for (String s : sents) {
      if (s.equals("||")) {
        para++;
        text.append("\n");
        continue;
      }
      if (text.length() > 0) text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : " ");
      List<Token> toks = new ArrayList<>();
      int b = text.length();
      for (String wt : s.split(" ")) {
        int slash = wt.lastIndexOf('/');
        String w = wt.substring(0, slash);
        String pos = wt.substring(slash + 1);
        boolean noSpace = !toks.isEmpty() && (w.matches("[,.:”’]|'s|’s") || w.equals("\"") && closing(text));
        boolean afterOpen = !toks.isEmpty() && (toks.get(toks.size() - 1).text.equals("“") || toks.get(toks.size() - 1).text.equals("\"") && !closing(text, toks.size() - 1 >= 0 ? text.length() - 1 : 0));
        if (!toks.isEmpty() && !noSpace && !afterOpen) text.append(' ');
        int tb = text.length();
        text.append(w);
        toks.add(new Token(w, tb, text.length(), pos));
      }
      out.add(new Sentence(out.size(), b, text.length(), para, toks));
    }
    return new Object[] {text.toString(), out};
  }

  private static boolean closing(StringBuilder text) {
    return text.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  private static boolean closing(StringBuilder text, int upTo) {
    return text.substring(0, upTo).chars().filter(c -> c == '"').count() % 2 == 1;
  }

  @SuppressWarnings("unchecked")
  static List<Statement> run(Object[] d) {
    String text = (String) d[0];
    List<Sentence> s = (List<Sentence>) d[1];
    Article a = new Article();
    a.setId("t");
    a.setText(text);
    return Attributor.attribute(a, text, s, Quotes.find(text));
  }

  @Test
  void indirectWithThatAndTitleDescription() {
    List<Statement> st = run(doc(
        "Foreign/NNP Minister/NNP Anna/NNP Berg/NNP said/VBD that/IN the/DT talks/NNS had/VBD failed/VBN ./."));
    assertEquals(1, st.size());
    Statement s = st.get(0);
    assertEquals("indirect", s.getKind());
    assertEquals("the talks had failed", s.getContent());
    assertEquals("Anna Berg", s.getSpeaker());
    assertEquals("person", s.getSpeakerType());
    assertEquals("Foreign Minister Anna Berg", s.getSpeakerDescription());
    assertEquals("say", s.getCueLemma());
  }

  @Test
  void anArabicNameWithItsArticleIsOnePersonAfterItsTitle() {
    // tags as the tagger gives them: NNP, though the words start in lower case
    List<Statement> st = run(doc(
        "Sudan/NNP 's/POS foreign/JJ minister/NN ,/, Nadia/NNP al-Hadi/NNP al-Amin/NNP ,/, said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Nadia al-Hadi al-Amin", st.get(0).getSpeaker());
    assertEquals("person", st.get(0).getSpeakerType());
    assertEquals("Sudan's foreign minister, Nadia al-Hadi al-Amin", st.get(0).getSpeakerDescription());
  }

  @Test
  void modalThreatenWithAnObjectEndangersAndIsNoStatement() {
    List<Statement> st = run(doc(
        "Prime/NNP Minister/NNP Karl/NNP Weber/NNP said/VBD the/DT deal/NN with/IN Iran/NNP would/MD threaten/VB the/DT survival/NN of/IN Israel/NNP ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("the deal with Iran would threaten the survival of Israel", st.get(0).getContent());
    assertEquals("Karl Weber", st.get(0).getSpeaker());
    // an uttered threat stays a statement
    List<Statement> t = run(doc(
        "Iran/NNP threatened/VBD to/TO close/VB the/DT strait/NN ./."));
    assertEquals(1, t.size(), t.toString());
    assertEquals("threaten", t.get(0).getCueLemma());
  }

  @Test
  void aNegatedCueReportsNoStatement() {
    assertEquals(0, run(doc("Earnest/NNP did/VBD not/RB say/VB if/IN Obama/NNP would/MD seek/VB repeal/NN ./.")).size());
    assertEquals(0, run(doc("Officials/NNS did/VBD not/RB immediately/RB confirm/VB the/DT report/NN ./.")).size());
    List<Statement> only = run(doc("Mattis/NNP not/RB only/RB said/VBD that/IN Russia/NNP attempted/VBD to/TO interfere/VB ./."));
    assertEquals(1, only.size(), "'not only said' reports a statement: " + only);
  }

  @Test
  void threatenWithAnEndangeredObjectIsNoStatement() {
    List<Statement> st = run(doc(
        "President/NNP Karl/NNP Weber/NNP said/VBD the/DT war/NN in/IN Tigray/NNP threatened/VBD the/DT stability/NN of/IN the/DT region/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("the war in Tigray threatened the stability of the region", st.get(0).getContent());
    List<Statement> t = run(doc(
        "Iran/NNP threatened/VBD retaliation/NN ./."));
    assertEquals(1, t.size(), "a threat uttered stays a statement: " + t);
    List<Statement> named = run(doc(
        "Erdogan/NNP said/VBD Greece/NNP 's/POS militarisation/NN of/IN the/DT islands/NNS threatened/VBD Turkey/NNP ./."));
    assertEquals(1, named.size(), "a name ending the clause is endangered, not threatened with words: " + named);
    assertEquals("Greece's militarisation of the islands threatened Turkey", named.get(0).getContent());
    List<Statement> with = run(doc(
        "Trump/NNP threatened/VBD Iran/NNP with/IN sanctions/NNS ./."));
    assertEquals(1, with.size(), "'threatened Iran with' is a threat uttered: " + with);
  }

  @Test
  void nameInAppositionAfterARoleToAnOrganisation() {
    List<Statement> st = run(doc(
        "Russia/NNP 's/POS ambassador/NN to/TO the/DT United/NNP Nations/NNPS ,/, Vitaly/NNP Churkin/NNP ,/, said/VBD Moscow/NNP was/VBD ready/JJ ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Vitaly Churkin", st.get(0).getSpeaker());
    assertEquals("Moscow was ready", st.get(0).getContent());
    // a person the registry does not know keeps the role as description: it gives the government
    List<Statement> w = run(doc(
        "Iran/NNP 's/POS ambassador/NN to/TO the/DT United/NNP Nations/NNPS ,/, Karl/NNP Weber/NNP ,/, said/VBD the/DT drone/NN was/VBD hostile/JJ ./."));
    assertEquals("Karl Weber", w.get(0).getSpeaker());
    assertEquals("Iran's ambassador to the United Nations, Karl Weber", w.get(0).getSpeakerDescription());
    // "a spokesman for" a lower-case institution: the role and its country describe the name too
    List<Statement> sp = run(doc(
        "A/DT spokesman/NN for/IN the/DT Indian/JJ foreign/JJ ministry/NN ,/, Karl/NNP Weber/NNP ,/, said/VBD the/DT claims/NNS were/VBD baseless/JJ ./."));
    assertEquals("Karl Weber", sp.get(0).getSpeaker());
    assertEquals("spokesman for the Indian foreign ministry, Karl Weber", sp.get(0).getSpeakerDescription());
    List<Statement> un = run(doc(
        "The/DT U.N./NNP special/JJ representative/NN for/IN Iraq/NNP ,/, Karl/NNP Weber/NNP ,/, said/VBD the/DT vote/NN was/VBD fair/JJ ./."));
    assertFalse(un.get(0).getSpeakerDescription() != null && un.get(0).getSpeakerDescription().contains("Iraq"),
        "a representative for a country is no official of it: " + un.get(0).getSpeakerDescription());
  }

  @Test
  void trailingCueAfterAClauseThatHoldsACue() {
    List<Statement> st = run(doc(
        "On/IN Monday/NNP ,/, President/NNP Karl/NNP Weber/NNP has/VBZ rejected/VBN calls/NNS to/TO resign/VB ,/, his/PRP$ spokesman/NN said/VBD on/IN Tuesday/NNP ./."));
    assertTrue(st.stream().anyMatch(x -> x.getContent().equals("President Karl Weber has rejected calls to resign")
        && x.getSpeakerMention().equals("his spokesman")), st.toString());
  }

  @Test
  void aPossessivePronounsRoleIsSomeoneWorkingForThePossessor() {
    List<Statement> st = run(doc(
        "President/NNP Karl/NNP Weber/NNP said/VBD the/DT plan/NN was/VBD sound/JJ ./.",
        "His/PRP$ spokesman/NN said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
    Statement last = st.get(st.size() - 1);
    assertEquals("the talks had failed", last.getContent());
    assertEquals("Karl Weber's spokesman", last.getSpeaker());
  }

  @Test
  void faultThankAndCiteTakeTheirObject() {
    List<Statement> st = run(doc(
        "Weber/NNP faulted/VBD President/NNP Karl/NNP Olsen/NNP for/IN not/RB stopping/VBG the/DT attacks/NNS ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("President Karl Olsen for not stopping the attacks", st.get(0).getContent());
    List<Statement> idiom = run(doc(
        "Anna/NNP Berg/NNP can/MD probably/RB thank/VB luck/NN for/IN her/PRP$ clearance/NN ./."));
    assertEquals(0, idiom.size(), idiom.toString());
  }

  @Test
  void aTitleWithForBeforeTheNameAfterTheCue() {
    List<Statement> st = run(doc(
        "“/`` We/PRP want/VBP peace/NN ,/, ”/'' said/VBD Minister/NNP of/IN State/NNP for/IN Foreign/NNP Affairs/NNP Anna/NNP Berg/NNP ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Anna Berg", st.get(0).getSpeaker());
  }

  @Test
  void aTitlesPluralComplementIsNoPartOfTheName() {
    List<Statement> st = run(doc(
        "U.N./NNP High/NNP Commissioner/NNP for/IN Refugees/NNPS Filippo/NNP Grandi/NNP said/VBD the/DT camps/NNS were/VBD full/JJ ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Filippo Grandi", st.get(0).getSpeaker());
  }

  @Test
  void criticizedForTakesItsObject() {
    List<Statement> st = run(doc(
        "Chinese/JJ Premier/NNP Li/NNP Keqiang/NNP criticized/VBD the/DT United/NNP States/NNPS for/IN its/PRP$ protectionist/JJ trade/NN measures/NNS ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("the United States for its protectionist trade measures", st.get(0).getContent());
    // recalling an ambassador is no statement; recalling that something happened is
    assertEquals(0, run(doc("Anna/NNP Berg/NNP recalled/VBD the/DT ambassador/NN to/TO Israel/NNP ./.")).size());
    assertEquals(1, run(doc("Anna/NNP Berg/NNP recalled/VBD that/IN the/DT talks/NNS had/VBD failed/VBN ./.")).size());
  }

  @Test
  void aRoleWithoutANameThenTheNameInApposition() {
    // the speaker is the name, not the country after the cue ("said the Netherlands would")
    List<Statement> st = run(doc(
        "The/DT Dutch/JJ prime/JJ minister/NN ,/, Mark/NNP Rutte/NNP ,/, said/VBD the/DT Netherlands/NNP would/MD not/RB give/VB in/RP ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Mark Rutte", st.get(0).getSpeaker());
    assertEquals("the Netherlands would not give in", st.get(0).getContent());
  }

  @Test
  void theRoleBeforeToOrAMinistryOfIsTheSpeaker() {
    List<Statement> amb = run(doc(
        "China/NNP 's/POS ambassador/NN to/TO Britain/NNP warned/VBD that/IN Beijing/NNP would/MD respond/VB ./."));
    assertEquals(1, amb.size(), amb.toString());
    assertEquals("China's ambassador to Britain", amb.get(0).getSpeakerMention());
    List<Statement> min = run(doc(
        "Egypt/NNP 's/POS ministry/NN of/IN foreign/JJ affairs/NNS said/VBD that/IN the/DT talks/NNS had/VBD failed/VBN ./."));
    assertEquals(1, min.size(), min.toString());
    assertEquals("Egypt's ministry of foreign affairs", min.get(0).getSpeakerMention());
    List<Statement> body = run(doc(
        "China/NNP 's/POS commerce/NN ministry/NN said/VBD that/IN the/DT talks/NNS had/VBD failed/VBN ./."));
    assertEquals(1, body.size(), body.toString());
    assertEquals("China's commerce ministry", body.get(0).getSpeaker(), "the body, not its country");
  }

  @Test
  void aReducedPassiveIsNoCue() {
    List<Statement> st = run(doc(
        "Mexico/NNP said/VBD the/DT wall/NN proposed/VBN by/IN Washington/NNP was/VBD offensive/JJ ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("say", st.get(0).getCueLemma());
    // a finite verb before "by" is no passive: "responded by saying ..."
    assertEquals(1, run(doc("Adam/NNP Schiff/NNP responded/VBD by/IN saying/VBG the/DT panel/NN needs/VBZ "
        + "to/TO explore/VB it/PRP ./.")).stream().filter(x -> x.getCueLemma().equals("respond")).count());
  }

  @Test
  void criticizedAPlanKeepsThePlanInTheContent() {
    List<Statement> st = run(doc(
        "Egypt/NNP criticized/VBD Ethiopia/NNP 's/POS plan/NN to/TO fill/VB the/DT dam/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Ethiopia's plan to fill the dam", st.get(0).getContent());
  }

  @Test
  void calledAnObjectAnAdjective() {
    List<Statement> st = run(doc(
        "Abbas/NNP Mousavi/NNP called/VBD the/DT U.S./NNP accusations/NNS meaningless/JJ ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("the U.S. accusations meaningless", st.get(0).getContent());
    assertEquals(0, run(doc("Karl/NNP Weber/NNP called/VBD the/DT new/JJ president/NN last/JJ week/NN ./.")).size());
  }

  @Test
  void theNameMayIsNoModal() {
    // the modal rule ("Trump may claim") had dropped every statement of Theresa May
    List<Statement> st = run(doc(
        "Prime/NNP Minister/NNP Theresa/NNP May/MD said/VBD Russia/NNP was/VBD culpable/JJ ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Russia was culpable", st.get(0).getContent());
    assertEquals(0, run(doc("Karl/NNP Weber/NNP may/MD claim/VB that/IN the/DT vote/NN was/VBD rigged/VBN ./.")).size());
  }

  @Test
  void aClaimTalkedAboutIsNotTheClaimantsStatement() {
    List<Statement> st = run(doc(
        "Khawaja/NNP Asif/NNP said/VBD Trump/NNP 's/POS accusations/NNS of/IN deceit/NN were/VBD absurd/JJ ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Khawaja Asif", st.get(0).getSpeaker());
    List<Statement> claim = run(doc(
        "Anna/NNP Berg/NNP rejected/VBD Trump/NNP 's/POS calls/NNS for/IN Russia/NNP to/TO return/VB ./."));
    assertEquals("Trump", claim.get(0).getSpeaker(), claim.toString());
  }

  @Test
  void aQuoteBeforeASubordinateClauseIsNoEvidence() {
    List<Statement> st = run(doc(
        "Karl/NNP Weber/NNP warned/VBD that/IN Norway/NNP would/MD face/VB ``/`` fire/NN ''/'' if/IN it/PRP "
            + "continued/VBD to/TO threaten/VB Sweden/NNP ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("warn", st.get(0).getCueLemma());
  }

  @Test
  void congratulatedXOnYIsAStatementAboutX() {
    List<Statement> st = run(doc(
        "Shinzo/NNP Abe/NNP congratulated/VBD Donald/NNP Trump/NNP on/IN his/PRP$ victory/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Donald Trump on his victory", st.get(0).getContent());
  }

  @Test
  void calledAnObjectAName() {
    List<Statement> st = run(doc(
        "Prime/NNP Minister/NNP Karl/NNP Weber/NNP called/VBD South/NNP Korea/NNP 's/POS decision/NN a/DT breach/NN of/IN trust/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("South Korea's decision a breach of trust", st.get(0).getContent());
    assertEquals(0, run(doc("Karl/NNP Weber/NNP called/VBD the/DT police/NN on/IN Monday/NNP ./.")).size());
    List<Statement> of = run(doc("Minister/NNP Karl/NNP Weber/NNP called/VBD the/DT killing/NN of/IN Olaf/NNP Berg/NNP "
        + "an/DT act/NN of/IN terrorism/NN ./."));
    assertEquals(1, of.size(), "a prepositional phrase inside the object: " + of);
    assertEquals("the killing of Olaf Berg an act of terrorism", of.get(0).getContent());
    List<Statement> the = run(doc("Chancellor/NNP Karl/NNP Weber/NNP called/VBD the/DT escalating/VBG rhetoric/NN "
        + "between/IN Oslo/NNP and/CC Bern/NNP the/DT wrong/JJ answer/NN ./."));
    assertEquals(1, the.size(), "a second noun phrase opened by 'the': " + the);
    List<Statement> inf = run(doc("Minister/NNP Karl/NNP Weber/NNP called/VBD Norway/NNP 's/POS decision/NN to/TO scrap/VB "
        + "the/DT submarine/NN deal/NN a/DT stab/NN in/IN the/DT back/NN ./."));
    assertEquals(1, inf.size(), "an infinitive inside the object: " + inf);
    assertEquals("Norway's decision to scrap the submarine deal a stab in the back", inf.get(0).getContent());
    assertEquals(0, run(doc("Karl/NNP Weber/NNP called/VBD his/PRP$ wife/NN to/TO say/VB goodbye/NN ./.")).size(), "a phone call");
    List<Statement> as = run(doc("Karl/NNP Weber/NNP called/VBD the/DT recognition/NN of/IN Olaf/NNP Berg/NNP as/IN Norway/NNP "
        + "'s/POS president/NN a/DT usurpation/NN of/IN power/NN ./."));
    assertEquals(1, as.size(), "a named 'as' inside the object: " + as);
    assertEquals(0, run(doc("Karl/NNP Weber/NNP called/VBD Olaf/NNP Berg/NNP as/IN a/DT witness/NN ./.")).size(), "a witness summoned");
    assertEquals(0, run(doc("Karl/NNP Weber/NNP called/VBD his/PRP$ wife/NN the/DT next/JJ day/NN ./.")).size(), "a time");
    assertEquals(0, run(doc("No/DT one/NN in/IN Norway/NNP calls/VBZ Olaf/NNP Berg/NNP the/DT chairman/NN of/IN Europe/NNP ./.")).size(),
        "nobody said it");
    List<Statement> misread = run(doc("Karl/NNP Weber/NNP called/VBD the/DT AUKUS/NNP submarine/NN deal/VB a/DT stab/NN "
        + "in/IN the/DT back/NN ./."));
    assertEquals(1, misread.size(), "a noun tagged as a verb before 'a': " + misread);
    List<Statement> about = run(doc("Karl/NNP Weber/NNP called/VBD Olaf/NNP Berg/NNP 's/POS remarks/NNS about/IN Europe/NNP "
        + "unforgivable/JJ ./."));
    assertEquals(1, about.size(), "'about' inside the object: " + about);
    List<Statement> adverb = run(doc("Karl/NNP Weber/NNP called/VBD the/DT ceasefire/NN deal/NN incredibly/RB painful/JJ ./."));
    assertEquals(1, adverb.size(), "an adverb before the closing adjective: " + adverb);
  }

  @Test
  void quotedAsSayingIsTheSubjectsStatement() {
    List<Statement> st = run(doc("Prime/NNP Minister/NNP Karl/NNP Weber/NNP was/VBD quoted/VBN as/IN saying/VBG that/IN "
        + "Norway/NNP could/MD not/RB stop/VB the/DT dam/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Karl Weber", st.get(0).getSpeaker());
    assertEquals("Norway could not stop the dam", st.get(0).getContent());
    List<Statement> by = run(doc("Karl/NNP Weber/NNP was/VBD quoted/VBN by/IN Interfax/NNP as/IN saying/VBG that/IN "
        + "the/DT talks/NNS had/VBD failed/VBN ./."));
    assertEquals(1, by.size(), by.toString());
    assertEquals("Karl Weber", by.get(0).getSpeaker());
  }

  @Test
  void unOfKimJongUnIsANameNotTheUnitedNations() {
    List<Statement> st = run(doc("North/JJ Korean/JJ leader/NN Kim/NNP Jong/NNP Un/NNP said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Kim Jong Un", st.get(0).getSpeaker());
  }

  @Test
  void aDayAfterTheCueIsNotContent() {
    List<Statement> st = run(doc("Tokyo/NNP said/VBD on/IN Wednesday/NNP it/PRP would/MD tighten/VB export/NN controls/NNS ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("it would tighten export controls", st.get(0).getContent());
  }

  @Test
  void aStatementFromABodyIsTheBodys() {
    List<Statement> st = run(doc("The/DT troop/NN buildup/NN was/VBD unacceptable/JJ ,/, according/VBG to/TO a/DT statement/NN "
        + "from/IN the/DT Norwegian/JJ foreign/JJ office/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertTrue(st.get(0).getSpeaker().contains("foreign office"), st.get(0).getSpeaker());
  }

  @Test
  void anEmbassyInACapitalSpeaksNotTheCapital() {
    List<Statement> st = run(doc("The/DT Norwegian/JJ embassy/NN in/IN Washington/NNP said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
    assertEquals(1, st.size(), st.toString());
    assertTrue(st.get(0).getSpeaker().contains("embassy"), st.get(0).getSpeaker());
  }

  @Test
  void aNameInAppositionAfterAccordingToARoleIsTheSpeaker() {
    List<Statement> st = run(doc("According/VBG to/TO Norway/NNP 's/POS interior/JJ minister/NN ,/, Karl/NNP Weber/NNP ,/, "
        + "Sweden/NNP is/VBZ using/VBG migrants/NNS as/IN a/DT weapon/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Karl Weber", st.get(0).getSpeaker());
    assertEquals("Sweden is using migrants as a weapon", st.get(0).getContent());
    List<Statement> outlet = run(doc("According/VBG to/TO Reuters/NNP ,/, Karl/NNP Weber/NNP ,/, who/WP spoke/VBD in/IN Oslo/NNP ,/, "
        + "said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
    assertTrue(outlet.stream().anyMatch(x -> x.getSpeaker().equals("Reuters")), outlet.toString());
  }

  @Test
  void aCueAfterAModalOfObligationReportsNothingSaid() {
    List<Statement> st = run(doc(
        "President/NNP Karl/NNP Weber/NNP said/VBD Norway/NNP must/MD reveal/VB who/WP ordered/VBD the/DT killing/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Karl Weber", st.get(0).getSpeaker());
  }

  @Test
  void trailingCueAppositiveAndSurname() {
    List<Statement> st = run(doc(
        "Mark/NNP Olsen/NNP ,/, a/DT doctor/NN ,/, said/VBD the/DT clinic/NN was/VBD full/JJ ./.",
        "The/DT beds/NNS ran/VBD out/RP on/IN Monday/NNP ,/, Olsen/NNP added/VBD ./."));
    assertEquals(2, st.size());
    assertEquals("Mark Olsen", st.get(0).getSpeaker());
    assertEquals("the clinic was full", st.get(0).getContent());
    assertEquals("Mark Olsen", st.get(1).getSpeaker());
    assertEquals("The beds ran out on Monday", st.get(1).getContent());
    assertEquals("Olsen", st.get(1).getSpeakerMention());
  }

  @Test
  void pronounGoesToLastSpeakerNotNearestName() {
    List<Statement> st = run(doc(
        "President/NNP Karl/NNP Weber/NNP said/VBD the/DT plan/NN would/MD fail/VB ./.",
        "Prime/NNP Minister/NNP Sergei/NNP Volkov/NNP insisted/VBD that/IN the/DT plan/NN was/VBD sound/JJ ./.",
        "“/`` It/PRP will/MD work/VB ,/, ”/'' he/PRP said/VBD ./."));
    Statement last = st.get(st.size() - 1);
    assertEquals("direct", last.getKind());
    assertEquals("It will work", last.getContent());
    assertEquals("Sergei Volkov", last.getSpeaker());
  }

  @Test
  void groupsMetonymsAndAccordingTo() {
    List<Statement> st = run(doc(
        "U.S./NNP officials/NNS warned/VBD that/IN the/DT deal/NN was/VBD at/IN risk/NN ./.",
        "The/DT Kremlin/NNP said/VBD it/PRP would/MD respond/VB ./.",
        "According/VBG to/TO the/DT ministry/NN ,/, prices/NNS rose/VBD sharply/RB ./."));
    assertEquals(3, st.size());
    assertEquals("group", st.get(0).getSpeakerType());
    assertEquals("U.S. officials", st.get(0).getSpeaker());
    assertEquals("institution", st.get(1).getSpeakerType());
    assertEquals("Kremlin", st.get(1).getSpeaker());
    assertEquals("according_to", st.get(2).getKind());
    assertEquals("prices rose sharply", st.get(2).getContent());
  }

  @Test
  void noCueNoStatement() {
    assertTrue(run(doc("The/DT river/NN rose/VBD two/CD meters/NNS ./.")).isEmpty());
  }

  @Test
  void writtenAfterQuotationNeedsNoClauseAfterCue() {
    List<Statement> st = run(doc(
        "“/`` The/DT vote/NN was/VBD rigged/VBN ,/, ”/'' Lena/NNP Ortiz/NNP wrote/VBD on/IN her/PRP$ blog/NN ./."));
    assertEquals(1, st.size());
    assertEquals("direct", st.get(0).getKind());
    assertEquals("The vote was rigged", st.get(0).getContent());
    assertEquals("Lena Ortiz", st.get(0).getSpeaker());
    assertEquals("write", st.get(0).getCueLemma());
    // without a quotation or clause, "wrote" is not a cue
    assertTrue(run(doc("Lena/NNP Ortiz/NNP wrote/VBD a/DT book/NN ./.")).isEmpty());
  }

  @Test
  void coordinatedCueTakesTheFirstConjunctsSubject() {
    List<Statement> st = run(doc(
        "Mayor/NNP Tom/NNP Reyes/NNP visited/VBD the/DT dam/NN and/CC said/VBD the/DT repairs/NNS were/VBD late/JJ ./."));
    assertEquals(1, st.size());
    assertEquals("Tom Reyes", st.get(0).getSpeaker());
    assertEquals("the repairs were late", st.get(0).getContent());
    List<Statement> two = run(doc(
        "Ida/NNP Kron/NNP said/VBD she/PRP had/VBD met/VBN him/PRP once/RB but/CC said/VBD the/DT talks/NNS went/VBD nowhere/RB ./."));
    assertEquals(2, two.size());
    assertEquals("Ida Kron", two.get(1).getSpeaker());
    assertEquals("the talks went nowhere", two.get(1).getContent());
  }

  @Test
  void continuationQuoteAfterCueNamingTheOutlet() {
    List<Statement> st = run(doc(
        "“/`` We/PRP can/MD win/VB ,/, ”/'' Nora/NNP Diaz/NNP told/VBD The/NNP Daily/NNP Ledger/NNP on/IN Friday/NNP ./.",
        "“/`` The/DT count/NN is/VBZ not/RB over/RB and/CC every/DT ballot/NN matters/VBZ ./. ”/''"));
    assertEquals(2, st.size());
    assertEquals("The count is not over and every ballot matters", st.get(1).getContent());
    assertEquals("Nora Diaz", st.get(1).getSpeaker());
  }

  @Test
  void quotationThenCueWithVenueAndTimeTail() {
    List<Statement> st = run(doc(
        "“/`` Taxes/NNS will/MD fall/VB ,/, ”/'' Ron/NNP Hale/NNP told/VBD Channel/NNP 9/CD after/IN he/PRP was/VBD asked/VBN about/IN the/DT budget/NN ./."));
    assertEquals(1, st.size());
    assertEquals("direct", st.get(0).getKind());
    assertEquals("Taxes will fall", st.get(0).getContent());
    assertEquals("Ron Hale", st.get(0).getSpeaker());
    List<Statement> t = run(doc(
        "The/DT mill/NN will/MD reopen/VB in/IN spring/NN ,/, Ron/NNP Hale/NNP said/VBD Dec./NNP 6/CD ./."));
    assertEquals(1, t.size());
    assertEquals("The mill will reopen in spring", t.get(0).getContent());
  }

  @Test
  void askedWithQuestionWordOrRequest() {
    List<Statement> st = run(doc(
        "Senator/NNP Ada/NNP Moss/NNP asked/VBD how/WRB the/DT fund/NN would/MD be/VB spent/VBN ./."));
    assertEquals(1, st.size());
    assertEquals("how the fund would be spent", st.get(0).getContent());
    List<Statement> r = run(doc(
        "Ada/NNP Moss/NNP asked/VBD voters/NNS to/TO reject/VB the/DT levy/NN ./."));
    assertEquals(1, r.size());
    assertTrue(r.get(0).getContent().contains("reject the levy"));
    assertTrue(run(doc("Ada/NNP Moss/NNP asked/VBD for/IN water/NN ./.")).isEmpty());
  }

  @Test
  void describedAnObjectAsSomethingAndARelativeClauseInsideANamingObject() {
    List<Statement> as = run(doc("President/NNP Karl/NNP Weber/NNP described/VBD the/DT protesters/NNS as/IN terrorists/NNS "
        + "trained/VBN abroad/RB ./."));
    assertEquals(1, as.size(), as.toString());
    assertEquals("Karl Weber", as.get(0).getSpeaker());
    assertEquals(0, run(doc("Karl/NNP Weber/NNP described/VBD the/DT scene/NN in/IN detail/NN ./.")).size(), "no 'as'");
    List<Statement> rel = run(doc("Minister/NNP Karl/NNP Weber/NNP called/VBD the/DT U.S./NNP strike/NN that/WDT killed/VBD "
        + "Olaf/NNP Berg/NNP a/DT violation/NN of/IN Norwegian/JJ sovereignty/NN ./."));
    assertEquals(1, rel.size(), "a relative clause inside the object: " + rel);
    assertEquals("the U.S. strike that killed Olaf Berg a violation of Norwegian sovereignty", rel.get(0).getContent());
  }

  @Test
  void aParticipleAfterATimeSpeaksForTheMainSubject() {
    List<Statement> st = run(doc("Minister/NNP Karl/NNP Weber/NNP wrapped/VBD up/RP his/PRP$ visit/NN to/TO Norway/NNP on/IN "
        + "Sunday/NNP ,/, saying/VBG his/PRP$ talks/NNS were/VBD productive/JJ ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Karl Weber", st.get(0).getSpeaker());
    List<Statement> of = run(doc("Secretary/NNP of/IN State/NNP Karl/NNP Weber/NNP wrapped/VBD up/RP his/PRP$ visit/NN on/IN "
        + "Sunday/NNP ,/, saying/VBG his/PRP$ talks/NNS were/VBD productive/JJ ./."));
    assertEquals(1, of.size(), of.toString());
    assertTrue(of.get(0).getSpeaker().endsWith("Karl Weber"), "'of' in a title opens no introductory clause: " + of);
    List<Statement> ahead = run(doc("Ahead/RB of/IN the/DT holiday/NN ,/, Minister/NNP Karl/NNP Weber/NNP visited/VBD a/DT "
        + "station/NN ,/, saying/VBG prices/NNS were/VBD too/RB high/JJ ./."));
    assertEquals(1, ahead.size(), ahead.toString());
    assertEquals("Karl Weber", ahead.get(0).getSpeaker(), "'Ahead of ...,' is an introductory clause");
    List<Statement> rel = run(doc("Several/JJ ministers/NNS who/WP have/VBP met/VBN Olaf/NNP Berg/NNP since/IN he/PRP took/VBD "
        + "office/NN say/VBP he/PRP is/VBZ a/DT serious/JJ man/NN ./."));
    assertEquals(1, rel.size(), rel.toString());
    assertEquals("ministers", rel.get(0).getSpeaker().replaceFirst("^Several ", ""));
  }

  @Test
  void dismissingAnOfficeHolderIsAnAct() {
    assertEquals(0, run(doc("President/NNP Karl/NNP Weber/NNP dismissed/VBD the/DT prime/JJ minister/NN ./.")).size());
    assertTrue(Extractor.officeObject(List.of(new Token("the", 0, 3, "DT"), new Token("government", 4, 14, "NN")), 0));
    assertFalse(Extractor.officeObject(List.of(new Token("the", 0, 3, "DT"), new Token("reports", 4, 11, "NNS")), 0),
        "a claim rejected is a statement");
  }

  @Test
  void theOneWarnedAfterASentenceInitialCueIsNoSpeaker() {
    List<Statement> st = run(doc("warned/VBD Norway/NNP that/IN \"/`` they/PRP act/VBP at/IN their/PRP$ own/JJ peril/NN ./. \"/''"));
    for (Statement x : st) assertNotEquals("Norway", x.getSpeaker(), st.toString());
  }

  @Test
  void aTimeAfterTheSubjectIsNoPartOfIt() {
    List<Statement> st = run(doc("Norway/NNP on/IN Saturday/NNP objected/VBD to/IN the/DT road/NN through/IN the/DT "
        + "Lipulekh/NNP pass/NN ,/, saying/VBG the/DT area/NN belongs/VBZ to/IN Norway/NNP ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Norway", st.get(0).getSpeaker());
    List<Statement> acc = run(doc("The/DT Kingdom/NNP of/IN Norway/NNP on/IN Saturday/NNP suspended/VBD flights/NNS ,/, "
        + "accusing/VBG Sweden/NNP of/IN supporting/VBG rebels/NNS ./."));
    assertEquals(1, acc.size(), acc.toString());
    assertNotEquals("Saturday", acc.get(0).getSpeaker());
    List<Statement> on = run(doc("On/IN Thursday/NNP Norway/NNP 's/POS foreign/JJ ministry/NN accused/VBN Swedish/JJ "
        + "forces/NNS of/IN opening/VBG fire/NN ./."));
    assertEquals(1, on.size(), on.toString());
    assertFalse(on.get(0).getSpeakerMention().contains("Thursday"), on.toString());
  }

  @Test
  void aRelativeClauseSpeaksForItsAntecedent() {
    List<Statement> st = run(doc("Norway/NNP rejected/VBD remarks/NNS by/IN Prime/NNP Minister/NNP Karl/NNP Weber/NNP ,/, "
        + "who/WP told/VBD the/DT assembly/NN that/IN Sweden/NNP had/VBD invaded/VBN the/DT islands/NNS ./."));
    Statement told = st.stream().filter(x -> "told".equals(x.getCue())).findFirst().orElseThrow(() -> new AssertionError(st));
    assertEquals("Karl Weber", told.getSpeaker());
    List<Statement> ap = run(doc("That/DT view/NN is/VBZ shared/VBN by/IN Karl/NNP Weber/NNP ,/, an/DT Oslo/NNP Republican/NNP "
        + "who/WP said/VBD he/PRP backed/VBD the/DT strikes/NNS ./."));
    assertEquals(1, ap.size(), ap.toString());
    assertEquals("Karl Weber", ap.get(0).getSpeaker());
  }

  @Test
  void aCountryWhoseNameLooksLikeAPersonsIsACountry() {
    List<Statement> st = run(doc("The/DT Central/NNP African/NNP Republic/NNP said/VBD it/PRP would/MD respond/VB ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Central African Republic", st.get(0).getSpeaker());
    assertEquals("institution", st.get(0).getSpeakerType());
  }

  @Test
  void anAdjectivalParticipleIsNoCue() {
    List<Statement> st = run(doc("The/DT ministry/NN said/VBD Oslo/NNP \"/`` will/MD not/RB tolerate/VB \"/'' repeated/VBN "
        + "violations/NNS and/CC demanded/VBD that/IN Sweden/NNP withdraw/VB ./."));
    for (Statement x : st) assertNotEquals("repeated", x.getCue(), st.toString());
    for (Statement x : st) assertEquals("ministry", x.getSpeaker(), st.toString());
    assertTrue(Extractor.attributive(List.of(new Token("the", 0, 3, "DT"), new Token("repeated", 4, 12, "VBN"),
        new Token("warnings", 13, 21, "NNS")), 1));
    assertFalse(Extractor.attributive(List.of(new Token("Weber", 0, 5, "NNP"), new Token("repeated", 6, 14, "VBD"),
        new Token("claims", 15, 21, "NNS")), 1), "a verb after its subject");
  }

  @Test
  void aQuotationAfterTheAddresseeAndTheDayIsTheContent() {
    List<Statement> st = run(doc("General/NNP Karl/NNP Weber/NNP told/VBD reporters/NNS on/IN Monday/NNP :/: \"/`` I/PRP am/VBP "
        + "a/DT happy/JJ man/NN ./. \"/''"));
    assertEquals(1, st.size(), st.toString());
    assertTrue(st.get(0).getContent().startsWith("I am"), st.toString());
  }

  @Test
  void aLetterSentToSomeoneSpeaksForItsSender() {
    List<Statement> st = run(doc("President/NNP Karl/NNP Weber/NNP sent/VBD Olaf/NNP Berg/NNP a/DT letter/NN saying/VBG "
        + "Norway/NNP would/MD not/RB respond/VB ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Karl Weber", st.get(0).getSpeaker());
  }

  @Test
  void aRankedNameInAnAsideIsTheSpeaker() {
    List<Statement> st = run(doc("A/DT spokesman/NN for/IN the/DT junta/NN ,/, Brigadier/NNP General/NNP Karl/NNP Weber/NNP ,/, "
        + "said/VBD security/NN forces/NNS had/VBD shown/VBN restraint/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Karl Weber", st.get(0).getSpeaker());
  }

  @Test
  void aBodysStatementSpeaksForTheBody() {
    List<Statement> st = run(doc("A/DT Norwegian/JJ foreign/JJ ministry/NN statement/NN said/VBD the/DT remarks/NNS were/VBD "
        + "interference/NN ./."));
    assertEquals(1, st.size(), st.toString());
    assertEquals("Norwegian foreign ministry", st.get(0).getSpeaker());
    List<Statement> news = run(doc("Local/JJ news/NN reports/NNS said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
    for (Statement x : news) assertNotEquals("news", x.getSpeaker(), "a news report is no body's statement");
  }
}
