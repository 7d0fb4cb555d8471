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

  @Test
  void timeAdverbialsAndDashAsidesAreNotSpeakers() {
    parse("Pyongyang/NNP 's/POS foreign/JJ minister/NN earlier/RBR this/DT week/NN accused/VBD the/DT U.S./NNP ./.");
    assertArrayEquals(new int[] {0, 4}, speakers.leftSubject(s, 7));
    parse("Secretary/NNP Ann/NNP Lee/NNP -/HYPH the/DT first/JJ to/TO arrive/VB in/IN Davos/NNP -/HYPH said/VBD taxes/NNS rose/VBD ./.");
    assertArrayEquals(new int[] {0, 3}, speakers.leftSubject(s, 11));
  }

  @Test
  void prepositionalAndParticipialModifiersKeepTheAgent() {
    parse("Officials/NNS in/IN Baghdad/NNP conceded/VBD defeat/NN ./.");
    assertArrayEquals(new int[] {0, 3}, speakers.leftSubject(s, 3));
    parse("A/DT spokesman/NN for/IN the/DT new/JJ administration/NN said/VBD it/PRP ./.");
    assertArrayEquals(new int[] {0, 6}, speakers.leftSubject(s, 6));
    parse("A/DT US/NNP lawmaker/NN investigating/VBG alleged/JJ election/NN meddling/NN says/VBZ an/DT aide/NN should/MD testify/VB ./.");
    assertArrayEquals(new int[] {0, 3}, speakers.leftSubject(s, 7));
    parse("The/DT hotel/NN group/NN released/VBD a/DT statement/NN saying/VBG guests/NNS were/VBD safe/JJ ./.");
    assertArrayEquals(new int[] {0, 3}, speakers.leftSubject(s, 6), "the issuer, not the document");
    parse("Lavrov/NNP in/IN a/DT statement/NN said/VBD talks/NNS failed/VBD ./.");
    assertArrayEquals(new int[] {0, 1}, speakers.leftSubject(s, 4));
    parse("East/NNP African/JJ leaders/NNS meeting/VBG in/IN Nairobi/NNP on/IN Friday/NNP demanded/VBD a/DT ceasefire/NN ./.");
    assertArrayEquals(new int[] {0, 3}, speakers.leftSubject(s, 8), "who meets, not where");
    parse("A/DT Chinese/JJ readout/NN of/IN the/DT call/NN said/VBD Wang/NNP urged/VBD restraint/NN ./.");
    assertArrayEquals(new int[] {0, 6}, speakers.leftSubject(s, 6), "the document, not what it records");
  }

  @Test
  void asidesWithPartyTagsRolesParticiplesAndNames() {
    parse("Rep./NNP Tom/NNP Hale/NNP ,/, R-Texas/NNP ,/, chairman/NN of/IN the/DT panel/NN ,/, warned/VBD of/IN cuts/NNS ./.");
    assertArrayEquals(new int[] {0, 3}, speakers.leftSubject(s, 11));
    parse("Sen./NNP Ron/NNP Hale/NNP ,/, Wisconsin/NNP Republican/NNP ,/, told/VBD CNN/NNP that/IN it/PRP failed/VBD ./.");
    assertArrayEquals(new int[] {0, 3}, speakers.leftSubject(s, 7));
    parse("Pence/NNP ,/, expressing/VBG impatience/NN ,/, said/VBD talks/NNS failed/VBD ./.");
    assertArrayEquals(new int[] {0, 1}, speakers.leftSubject(s, 5));
    parse("The/DT chairman/NN of/IN the/DT Oversight/NNP Committee/NNP ,/, Rep./NNP Jim/NNP Hale/NNP of/IN Ohio/NNP ,/, said/VBD it/PRP failed/VBD ./.");
    assertArrayEquals(new int[] {7, 10}, speakers.leftSubject(s, 13), "the name in the aside, not the committee");
    parse("But/CC on/IN Saturday/NNP ,/, the/DT White/NNP House/NNP threw/VBD water/NN on/IN it/PRP ,/, claiming/VBG errors/NNS ./.");
    assertNull(speakers.leftSubject(s, 12), "a clause is no aside");
    assertArrayEquals(new int[] {4, 7}, speakers.mainSubject(s, 12), "the subject after the introductory phrase");
  }

  @Test
  void shortPrepositionalAsidesAreSkipped() {
    parse("Senator/NNP Ann/NNP Hale/NNP ,/, on/IN the/DT other/JJ hand/NN ,/, expressed/VBD confidence/NN that/IN it/PRP worked/VBD ./.");
    assertArrayEquals(new int[] {0, 3}, speakers.leftSubject(s, 9));
    parse("Ann/NNP Hale/NNP ,/, for/IN her/PRP$ part/NN ,/, said/VBD it/PRP worked/VBD ./.");
    assertArrayEquals(new int[] {0, 2}, speakers.leftSubject(s, 7));
    parse("The/DT river/NN rose/VBD ,/, in/IN a/DT way/NN that/WDT flooded/VBD towns/NNS ,/, said/VBD the/DT mayor/NN ./.");
    assertNull(speakers.leftSubject(s, 11), "a long aside with a clause is no aside");
  }
}
