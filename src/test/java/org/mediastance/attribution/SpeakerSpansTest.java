package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.nlp.Sentence;

/** Speaker mentions as token ranges of hand-tagged sentences. */
class SpeakerSpansTest {
  private Sentence s;
  private SpeakerSpans speakers;

  @SuppressWarnings("unchecked")
  private void parse(String tagged) {
    Object[] d = ExtractorTest.doc(tagged);
    s = ((List<Sentence>) d[1]).get(0);
    speakers = new SpeakerSpans(new QuoteIndex(Quotes.find((String) d[0])));
  }

  @Test
  void leftSubjectSkipsAppositionAuxiliariesAndTime() {
    parse("Mark/NNP Olsen/NNP ,/, a/DT doctor/NN ,/, said/VBD the/DT clinic/NN was/VBD full/JJ ./.");
    assertArrayEquals(new int[] {0, 2}, speakers.leftSubject(s, 6));
    parse("Lavrov/NNP on/IN Tuesday/NNP also/RB said/VBD talks/NNS failed/VBD ./.");
    assertArrayEquals(new int[] {0, 1}, speakers.leftSubject(s, 4));
    parse("Foreign/NNP Minister/NNP Anna/NNP Berg/NNP has/VBZ repeatedly/RB said/VBN it/PRP ./.");
    assertArrayEquals(new int[] {0, 4}, speakers.leftSubject(s, 6));
    parse("He/PRP said/VBD so/RB ./.");
    assertArrayEquals(new int[] {0, 1}, speakers.leftSubject(s, 1));
  }

  @Test
  void leftSubjectRejectsAClauseBeforeAComma() {
    parse("The/DT river/NN rose/VBD ,/, officials/NNS said/VBD ./.");
    assertArrayEquals(new int[] {4, 5}, speakers.leftSubject(s, 5));
    parse("When/WRB it/PRP rained/VBD ,/, said/VBD the/DT mayor/NN ./.");
    assertNull(speakers.leftSubject(s, 4), "no NP with an aside before the comma");
  }

  @Test
  void rightNpKeepsOfInNamesAndStopsAtPunctuation() {
    parse("Taxes/NNS will/MD fall/VB ,/, said/VBD Secretary/NNP of/IN State/NNP John/NNP Kerry/NNP ./.");
    assertArrayEquals(new int[] {5, 10}, speakers.rightNp(s, 5));
    assertNull(speakers.rightNp(s, 10), "a full stop is no NP");
    assertNull(speakers.rightNp(s, 11), "past the end");
  }

  @Test
  void coordinatedCueAndMainSubject() {
    parse("Mayor/NNP Tom/NNP Reyes/NNP visited/VBD the/DT dam/NN and/CC said/VBD the/DT repairs/NNS were/VBD late/JJ ./.");
    assertEquals(6, speakers.coordinated(s, 7));
    assertArrayEquals(new int[] {0, 3}, speakers.mainSubject(s, 6));
    parse("Cats/NNS and/CC said/VBD nothing/NN ./.");
    assertEquals(-1, speakers.coordinated(s, 2), "no finite verb before the conjunction");
    assertNull(speakers.mainSubject(s, 2));
  }

  @Test
  void assignSetsTheMention() {
    parse("He/PRP said/VBD so/RB ./.");
    Span sp = new Span();
    assertFalse(sp.hasSpeaker());
    SpeakerSpans.assign(sp, s, new int[] {0, 1});
    assertTrue(sp.hasSpeaker());
    assertEquals(0, sp.speakerSentence);
    assertEquals(1, sp.speakerEnd);
  }
}
