package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;
import static org.mediastance.attribution.ExtractorTest.doc;
import static org.mediastance.attribution.ExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Statement;

/** Noun-phrase contents after a cue, trailing report cues and adjectival cue forms (hand-tagged sentences). */
class NounContentTest {

  private static Statement only(List<Statement> st) {
    assertEquals(1, st.size(), st.toString());
    return st.get(0);
  }

  @Test
  void deniedNounPhraseEndsBeforeRelativeClause() {
    Statement s = only(run(doc(
        "The/DT Kremlin/NNP has/VBZ denied/VBN any/DT knowledge/NN of/IN that/DT meeting/NN ,/, which/WDT has/VBZ become/VBN a/DT focus/NN ./.")));
    assertEquals("indirect", s.getKind());
    assertEquals("any knowledge of that meeting", s.getContent());
  }

  @Test
  void contentNounWithThatClauseIsKeptWhole() {
    Statement s = only(run(doc(
        "The/DT Kremlin/NNP denied/VBD conclusions/NNS by/IN U.S./NNP agencies/NNS that/IN Russia/NNP interfered/VBD ./.")));
    assertEquals("conclusions by U.S. agencies that Russia interfered", s.getContent());
  }

  @Test
  void rejectedObjectIsEvidenceEnough() {
    Statement s = only(run(doc(
        "Other/JJ leaders/NNS rejected/VBD Mr./NNP Trump/NNP 's/POS assertion/NN ./.")));
    assertEquals("Mr. Trump's assertion", s.getContent());
    assertEquals("reject", s.getCueLemma());
  }

  @Test
  void coordinatedVerbEndsTheObject() {
    Statement s = run(doc(
        "Rouhani/NNP defended/VBD the/DT nuclear/JJ deal/NN Saturday/NNP and/CC said/VBD Trump/NNP could/MD not/RB undermine/VB it/PRP ./.")).get(0);
    assertEquals("the nuclear deal", s.getContent());
    assertEquals("defend", s.getCueLemma());
  }

  @Test
  void commaBeforePrepositionalPhraseDoesNotEndTheObject() {
    Statement s = only(run(doc(
        "Hagel/NNP defended/VBD the/DT cuts/NNS ,/, as/IN a/DT trade-off/NN for/IN new/JJ forces/NNS ./.")));
    assertEquals("the cuts, as a trade-off for new forces", s.getContent());
  }

  @Test
  void trailingReportCue() {
    Statement s = only(run(doc(
        "More/JJR than/IN 20/CD officials/NNS have/VBP given/VBN interviews/NNS ,/, Fox/NNP News/NNP reported/VBD on/IN Wednesday/NNP ./.")));
    assertEquals("indirect", s.getKind());
    assertEquals("More than 20 officials have given interviews", s.getContent());
    assertEquals("Fox News", s.getSpeaker());
  }

  @Test
  void studyFound() {
    Statement s = only(run(doc(
        "Tariffs/NNS raised/VBD costs/NNS for/IN most/JJS firms/NNS ,/, the/DT study/NN found/VBD ./.")));
    assertEquals("Tariffs raised costs for most firms", s.getContent());
    assertEquals("find", s.getCueLemma());
  }

  @Test
  void participleAfterPossessiveIsNoCue() {
    assertTrue(run(doc(
        "Iran/NNP agreed/VBD to/TO limit/VB its/PRP$ disputed/VBN programme/NN ./.")).isEmpty());
  }

  @Test
  void trailingCueNeedsAClauseBefore() {
    assertTrue(run(doc(
        "By/IN signing/VBG up/RP ,/, you/PRP agree/VBP to/TO our/PRP$ terms/NNS ./.")).isEmpty());
  }

  @Test
  void calledForAfterAdverbials() {
    Statement s = only(run(doc(
        "Hagel/NNP called/VBD Monday/NNP for/IN shrinking/VBG the/DT Army/NNP ./.")));
    assertEquals("shrinking the Army", s.getContent());
    assertEquals("call for", s.getCueLemma());
  }

  @Test
  void expressedReservations() {
    Statement s = only(run(doc(
        "Duda/NNP expressed/VBD serious/JJ reservations/NNS about/IN the/DT plan/NN ./.")));
    assertEquals("serious reservations about the plan", s.getContent());
  }

  @Test
  void calledItANounPhrase() {
    Statement s = only(run(doc(
        "Beauchamp/NNP called/VBD it/PRP one/CD of/IN the/DT best/JJS speeches/NNS in/IN decades/NNS ./.")));
    assertTrue(s.getContent().contains("one of the best speeches"), s.getContent());
  }

  @Test
  void reportingABareClause() {
    Statement s = only(run(doc(
        "Fox/NNP News/NNP is/VBZ reporting/VBG the/DT emails/NNS were/VBD sent/VBN to/IN officials/NNS ./.")));
    assertEquals("the emails were sent to officials", s.getContent());
  }

  @Test
  void pledgedObjectEndsBeforeACircumstance() {
    Statement s = only(run(doc(
        "The/DT president/NN has/VBZ pledged/VBN to/TO fight/VB corruption/NN in/IN the/DT wake/NN of/IN the/DT bombings/NNS ./.")));
    assertEquals("to fight corruption", s.getContent());
  }
}
