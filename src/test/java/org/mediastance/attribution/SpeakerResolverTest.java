package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Statement;

/** Speaker resolution rules on short hand-tagged articles: one rule in, one speaker out. */
class SpeakerResolverTest {

  private static Statement withCue(List<Statement> st, String cue, int nth) {
    int seen = 0;
    for (Statement s : st) {
      if (s.getCue().equals(cue) && seen++ == nth) return s;
    }
    fail("no statement with cue " + cue + " #" + nth + " in " + st.stream().map(Statement::getCue).toList());
    return null;
  }

  @Test
  void nameAfterTheLastTitleOfARunAndHonorificsWithoutFullStop() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "US/NNP Commerce/NNP Secretary/NNP Wilbur/NNP Ross/NNP said/VBD tariffs/NNS were/VBD fair/JJ ./.",
        "But/CC Mr/NNP Ross/NNP said/VBD talks/NNS would/MD go/VB on/RP ./."));
    assertEquals("Wilbur Ross", withCue(st, "said", 0).getSpeaker());
    assertEquals("person", withCue(st, "said", 0).getSpeakerType());
    assertEquals("Wilbur Ross", withCue(st, "said", 1).getSpeaker());
    assertEquals("Mr Ross", withCue(st, "said", 1).getSpeakerMention());
  }

  @Test
  void surnameSpelledLikeACountryAndFirstNames() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Rep./NNP Jim/NNP Jordan/NNP and/CC Sen./NNP Rand/NNP Paul/NNP met/VBD ./.",
        "Jordan/NNP said/VBD the/DT probe/NN was/VBD partisan/JJ ./.",
        "Rand/NNP says/VBZ the/DT war/NN must/MD end/VB ./."));
    assertEquals("Jim Jordan", withCue(st, "said", 0).getSpeaker(), "the person named before, not the country");
    assertEquals("Rand Paul", withCue(st, "says", 0).getSpeaker());
  }

  @Test
  void documentsSpeakForTheirIssuer() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "The/DT Senate/NNP Intelligence/NNP Committee/NNP released/VBD a/DT report/NN on/IN Monday/NNP ./.",
        "The/DT report/NN says/VBZ the/DT attack/NN was/VBD preventable/JJ ./."));
    Statement s = withCue(st, "says", 0);
    assertEquals("Senate Intelligence Committee", s.getSpeaker());
    assertEquals("The report", s.getSpeakerMention(), "the mention stays as written");
  }

  @Test
  void firstPersonInsideAQuotationIsTheQuotationsSpeaker() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "President/NNP Donald/NNP Trump/NNP spoke/VBD on/IN Wednesday/NNP ./.",
        "“/`` I/PRP would/MD do/VB it/PRP under/IN oath/NN ,/, ”/'' Trump/NNP ,/, speaking/VBG to/TO reporters/NNS ,/, said/VBD ./."));
    for (Statement s : st) assertEquals("Donald Trump", s.getSpeaker(), s.getCue());
    assertFalse(st.isEmpty());
  }

  @Test
  void pronounsPreferTheSubjectOverAnObject() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Sam/NNP Nunberg/NNP told/VBD CNN/NNP that/IN he/PRP would/MD not/RB testify/VB ./.",
        "While/IN he/PRP thought/VBD investigators/NNS had/VBD something/NN on/IN Mr/NNP Trump/NNP ,/, he/PRP argued/VBD that/IN the/DT subpoena/NN was/VBD unfair/JJ ./."));
    assertEquals("Sam Nunberg", withCue(st, "argued", 0).getSpeaker());
  }

  @Test
  void roleNominalsAndPercentages() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Sen./NNP Mark/NNP Warner/NNP said/VBD Russia/NNP interfered/VBD ./.",
        "The/DT senator/NN said/VBD more/JJR hearings/NNS would/MD follow/VB ./.",
        "Fifty-nine/CD percent/NN said/VBD they/PRP opposed/VBD the/DT plan/NN ./."));
    assertEquals("Mark Warner", withCue(st, "said", 1).getSpeaker(), "the senator who spoke last");
    assertEquals("poll respondents", withCue(st, "said", 2).getSpeaker());
  }

  @Test
  void groupsKeepTheirHeadAndCountryAbbreviationsAreWrittenOut() {
    List<Statement> st = ExtractorTest.run(ExtractorTest.doc(
        "Officials/NNS in/IN Baghdad/NNP said/VBD the/DT army/NN had/VBD fled/VBN ./.",
        "The/DT US/NNP said/VBD it/PRP was/VBD considering/VBG options/NNS ./."));
    Statement g = withCue(st, "said", 0);
    assertEquals("Officials", g.getSpeaker());
    assertEquals("Officials in Baghdad", g.getSpeakerDescription());
    assertEquals("United States", withCue(st, "said", 1).getSpeaker());
  }
}
