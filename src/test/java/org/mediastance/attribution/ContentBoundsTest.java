package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.nlp.Sentence;

/** Content bounds on hand-tagged sentences: where a reported clause starts and ends. */
class ContentBoundsTest {
  private String text;
  private List<Sentence> sentences;
  private Sentence s;
  private ContentBounds bounds;

  @SuppressWarnings("unchecked")
  private void parse(String... tagged) {
    Object[] d = ExtractorTest.doc(tagged);
    text = (String) d[0];
    sentences = (List<Sentence>) d[1];
    s = sentences.get(0);
    QuoteIndex q = new QuoteIndex(Quotes.find(text));
    bounds = new ContentBounds(text, q, new SpeakerSpans(q));
  }

  private String word(int k) {
    return s.tokens.get(k).text;
  }

  @Test
  void clauseStartsPastAddresseeTimeAndThat() {
    parse("Ada/NNP Moss/NNP told/VBD reporters/NNS on/IN Tuesday/NNP that/IN the/DT fund/NN was/VBD empty/JJ ./.");
    assertEquals("the", word(bounds.skipAfterCue(s, 3, "tell", false)));
    parse("Ada/NNP Moss/NNP said/VBD in/IN a/DT statement/NN that/IN the/DT fund/NN was/VBD empty/JJ ./.");
    assertEquals("the", word(bounds.skipAfterCue(s, 3, "say", false)));
    parse("Ada/NNP Moss/NNP said/VBD the/DT fund/NN was/VBD empty/JJ ./.");
    assertEquals(3, bounds.skipAfterCue(s, 3, "say", false), "nothing to skip");
    parse("Ada/NNP Moss/NNP told/VBD a/DT news/NN conference/NN in/IN Beijing/NNP that/WDT the/DT fund/NN was/VBD empty/JJ ./.");
    assertEquals("the", word(bounds.skipAfterCue(s, 3, "tell", false)), "a 'that' tagged relative, then a subject");
  }

  @Test
  void addresseeOfTellBeforeAnInfinitiveIsNotSkipped() {
    parse("Ada/NNP Moss/NNP told/VBD voters/NNS to/TO stay/VB home/NN ./.");
    assertEquals(3, bounds.skipAfterCue(s, 3, "tell", false));
    parse("Ada/NNP Moss/NNP warned/VBD voters/NNS to/TO stay/VB home/NN ./.");
    assertEquals("to", word(bounds.skipAfterCue(s, 3, "warn", false)));
  }

  @Test
  void clauseEndsAtPunctuationTimeOrATrailingPhrase() {
    parse("Ron/NNP Hale/NNP said/VBD Dec./NNP 6/CD ./.");
    assertTrue(bounds.isClauseEnd(s, 3));
    parse("Ron/NNP Hale/NNP said/VBD in/IN a/DT statement/NN ./.");
    assertTrue(bounds.isClauseEnd(s, 3));
    parse("Ron/NNP Hale/NNP said/VBD in/IN May/NNP that/IN mills/NNS close/VBP ./.");
    assertFalse(bounds.isClauseEnd(s, 3));
    parse("Ron/NNP Hale/NNP said/VBD mills/NNS close/VBP ./.");
    assertFalse(bounds.isClauseEnd(s, 3));
  }

  @Test
  void contentEndDropsFinalPunctuationButKeepsUsAbbreviation() {
    parse("Ann/NNP Lee/NNP said/VBD the/DT talks/NNS had/VBD failed/VBN ./.");
    assertEquals("the talks had failed", text.substring(s.tokens.get(3).begin, bounds.contentEnd(s, 3)));
    parse("Ann/NNP Lee/NNP said/VBD troops/NNS left/VBD the/DT U.S./NNP");
    assertEquals("troops left the U.S.", text.substring(s.tokens.get(3).begin, bounds.contentEnd(s, 3)));
  }

  @Test
  void contentEndDropsATrailingAccordingTo() {
    parse("Ann/NNP Lee/NNP accused/VBD the/DT West/NNP of/IN hypocrisy/NN ,/, according/VBG to/TO");
    assertEquals("the West of hypocrisy", text.substring(s.tokens.get(3).begin, bounds.trimEnd(s.tokens.get(3).begin, text.length())));
  }

  @Test
  void trimEndDropsTrailingSpacePunctuationNotQuotationMarks() {
    parse("Ann/NNP Lee/NNP said/VBD no/DT ./.");
    assertEquals("Ann Lee said no", text.substring(0, bounds.trimEnd(0, text.length())));
    text = "It is fine ,; \n";
    assertEquals("It is fine", text.substring(0, new ContentBounds(text, null, null).trimEnd(0, text.length())));
    text = "It is “fine.”";
    assertEquals(text, text.substring(0, new ContentBounds(text, null, null).trimEnd(0, text.length())));
    text = "troops left the U.S.";
    assertEquals(text, text.substring(0, new ContentBounds(text, null, null).trimEnd(0, text.length())));
  }

  @Test
  void laterCueCutsTheEarlierClause() {
    parse("Ida/NNP Kron/NNP said/VBD the/DT deal/NN was/VBD dead/JJ ,/, while/IN Tom/NNP Reyes/NNP said/VBD it/PRP was/VBD alive/JJ ./.");
    Extractor ex = new Extractor(text, sentences, Quotes.find(text));
    List<Span> found = ex.sentence(s);
    assertEquals(2, found.size());
    assertEquals("the deal was dead, while Tom Reyes said it was alive", content(found.get(0)));
    bounds.cutAtLaterCues(s, found);
    assertEquals("the deal was dead", content(found.get(0)));
    assertEquals("it was alive", content(found.get(1)));
  }

  private String content(Span sp) {
    return text.substring(sp.contentBegin, sp.contentEnd);
  }
}
