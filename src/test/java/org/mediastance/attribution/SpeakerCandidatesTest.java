package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Statement;

/** Who may be a speaker: a claim's possessor, not a place named after "in". Hand-tagged sentences. */
class SpeakerCandidatesTest {

  @Test
  void thePossessorOfARejectedClaimIsItsSpeaker() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Anna/NNP Berg/NNP did/VBD not/RB reject/VB Tom/NNP Hale/NNP 's/POS calls/NNS for/IN new/JJ talks/NNS ./."));
    assertEquals(1, st.size());
    assertEquals("Tom Hale", st.get(0).getSpeaker());
    assertEquals("call", st.get(0).getCueLemma());
  }

  @Test
  void aRoleWordMayStandBeforeThePossessor() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Anna/NNP Berg/NNP rejected/VBD journalist/NN Tom/NNP Hale/NNP \u2019s/POS assertion/NN that/IN facts/NNS matter/VBP ./."));
    assertEquals(1, st.size());
    assertEquals("Tom Hale", st.get(0).getSpeaker());
  }

  @Test
  void aDocumentsPossessorIssuedIt() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Anna/NNP Berg/NNP spoke/VBD on/IN Monday/NNP ./.",
        "Republican/JJ committee/NN members/NNS '/POS notes/NNS said/VBD the/DT talks/NNS failed/VBD ./."));
    assertEquals("Republican committee members", st.get(st.size() - 1).getSpeaker());
  }

  @Test
  void aClaimWithoutAPossessorKeepsTheSpeaker() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Anna/NNP Berg/NNP rejected/VBD the/DT calls/NNS for/IN new/JJ talks/NNS ./."));
    assertEquals(1, st.size());
    assertEquals("Anna Berg", st.get(0).getSpeaker());
  }

  @Test
  void aPlaceAfterInIsNoReferentForHe() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Rand/NNP Paul/NNP spoke/VBD on/IN Monday/NNP ./.",
        "In/IN a/DT speech/NN in/IN New/NNP York/NNP ,/, Paul/NNP laid/VBD out/RP a/DT case/NN ./.",
        "\"/`` We/PRP need/VBP limits/NNS ,/, \"/'' he/PRP said/VBD ./."));
    Statement s = st.get(st.size() - 1);
    assertNotEquals("New York", s.getSpeaker());
    assertEquals("Rand Paul", s.getSpeaker(), "the subject before; a first name's listed gender may be wrong");
  }

  @Test
  void aGuessedGenderStillPrefersAMatchingPerson() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Anna/NNP Berg/NNP spoke/VBD on/IN Monday/NNP ./.",
        "Tom/NNP Hale/NNP agreed/VBD ./.",
        "\"/`` We/PRP need/VBP limits/NNS ,/, \"/'' she/PRP said/VBD ./."));
    assertEquals("Anna Berg", st.get(st.size() - 1).getSpeaker());
  }

  @Test
  void aMemberNamedAfterHerCommitteeIsAPerson() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Chairwoman/NNP of/IN the/DT Senate/NNP Intelligence/NNP Committee/NNP Dianne/NNP Feinstein/NNP ,/, on/IN the/DT other/JJ hand/NN ,/, said/VBD the/DT talks/NNS failed/VBD ./.",
        "She/PRP also/RB said/VBD that/IN Congress/NNP would/MD act/VB ./."));
    assertEquals("Dianne Feinstein", st.get(0).getSpeaker().replace("Senate Intelligence Committee ", ""));
    assertEquals("person", st.get(0).getSpeakerType());
    assertEquals(st.get(0).getSpeaker(), st.get(1).getSpeaker());
  }

  @Test
  void anIndefiniteRoleIsThePersonTheArticleIntroducesLaterWithIt() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "A/DT retired/JJ judge/NN said/VBD the/DT plan/NN was/VBD approved/VBN ./.",
        "The/DT report/NN was/VBD published/VBN on/IN Monday/NNP ./.",
        "Judge/NNP Anna/NNP Berg/NNP said/VBD the/DT inquiry/NN was/VBD over/RB ./."));
    assertEquals("Anna Berg", st.get(0).getSpeaker());
  }

  @Test
  void anIndefiniteRoleStaysUnnamedWhenTwoHoldersFollow() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "A/DT spokesman/NN said/VBD the/DT plan/NN was/VBD approved/VBN ./.",
        "Spokesman/NNP Tom/NNP Hale/NNP said/VBD talks/NNS would/MD resume/VB ./.",
        "Spokesman/NNP Anna/NNP Berg/NNP said/VBD the/DT inquiry/NN was/VBD over/RB ./."));
    assertEquals("spokesman", st.get(0).getSpeaker());
  }
}
