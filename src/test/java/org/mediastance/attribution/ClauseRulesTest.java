package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;
import static org.mediastance.attribution.ExtractorTest.doc;
import static org.mediastance.attribution.ExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Statement;

/** Reported-clause rules: "and that" splits, ", however, that", mid-sentence ", he said,", loose speaker groups. */
class ClauseRulesTest {

  @Test
  void andThatSplitsIntoTwoStatements() {
    List<Statement> st = run(doc(
        "Hague/NNP said/VBD Britain/NNP is/VBZ convinced/VBN Assad/NNP was/VBD behind/IN the/DT attack/NN and/CC that/IN there/EX was/VBD agreement/NN on/IN a/DT response/NN ./."));
    assertEquals(2, st.size(), st.toString());
    assertEquals("Britain is convinced Assad was behind the attack", st.get(0).getContent());
    assertEquals("there was agreement on a response", st.get(1).getContent());
    assertEquals(st.get(0).getSpeaker(), st.get(1).getSpeaker());
  }

  @Test
  void andThatDeterminerDoesNotSplit() {
    List<Statement> st = run(doc(
        "Lee/NNP said/VBD he/PRP has/VBZ a/DT sore/JJ spot/NN ,/, and/CC that/IN sore/JJ spot/NN is/VBZ Russia/NNP ./."));
    assertEquals(1, st.size(), st.toString());
  }

  @Test
  void howeverBetweenCommasBeforeThat() {
    Statement s = run(doc(
        "Trump/NNP said/VBD ,/, however/RB ,/, that/IN a/DT date/NN would/MD be/VB set/VBN later/RB ./.")).get(0);
    assertEquals("a date would be set later", s.getContent());
  }

  @Test
  void midSentenceSpeakerWithNothingBefore() {
    Statement s = run(doc(
        "But/CC ,/, he/PRP said/VBD ,/, you/PRP can/MD not/RB question/VB prior/JJ conduct/NN ./.")).get(0);
    assertEquals("you can not question prior conduct", s.getContent());
  }

  @Test
  void longGroupAfterCommaIsTheSpeaker() {
    Statement s = run(doc(
        "The/DT lawsuit/NN was/VBD settled/VBN out/IN of/IN court/NN ,/, a/DT lawyer/NN for/IN the/DT Trump/NNP Organization/NNP said/VBD at/IN the/DT time/NN ./.")).get(0);
    assertEquals("The lawsuit was settled out of court", s.getContent());
    assertTrue(s.getSpeakerMention().startsWith("a lawyer"), s.getSpeakerMention());
  }

  @Test
  void sentenceInitialSubjectBeforeAnAside() {
    Statement s = run(doc(
        "Senator/NNP Richard/NNP Blumenthal/NNP ,/, Democrat/NNP of/IN Connecticut/NNP ,/, also/RB said/VBD that/IN Obama/NNP must/MD explain/VB the/DT goal/NN ./.")).get(0);
    assertEquals("Obama must explain the goal", s.getContent());
    assertEquals("Richard Blumenthal", s.getSpeaker());
  }

  @Test
  void reducedRelativeIsNotOneGroup() {
    List<Statement> st = run(doc(
        "Officials/NNS accuse/VBP Huawei/NNP of/IN spying/VBG ,/, a/DT charge/NN the/DT company/NN denies/VBZ ./."));
    for (Statement s : st) assertNotEquals("a charge the company", s.getSpeakerMention());
  }

  @Test
  void asFramedReportGivesTheClauseAfterTheComma() {
    Statement s = run(doc(
        "As/IN a/DT former/JJ officer/NN wrote/VBD for/IN The/DT Telegraph/NNP in/IN 2009/CD ,/, the/DT clashes/NNS go/VBP back/RB to/TO 1998/CD ./.")).get(0);
    assertEquals("the clashes go back to 1998", s.getContent());
    assertEquals("write", s.getCueLemma());
  }
}
