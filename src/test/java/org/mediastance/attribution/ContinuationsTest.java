package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.nlp.Sentence;

/** Cue-less quotations that continue an earlier attribution, on hand-tagged sentences. */
class ContinuationsTest {
  private static final String OPENING = "“/`` We/PRP can/MD win/VB this/DT race/NN ,/, ”/'' Nora/NNP Diaz/NNP said/VBD ./.";
  private static final String NEXT = "“/`` The/DT count/NN is/VBZ not/RB over/RB yet/RB ./. ”/''";
  private String text;

  /** The cue attributions of each sentence, then the continuations added to them. */
  @SuppressWarnings("unchecked")
  private List<Span> spans(String... tagged) {
    Object[] d = ExtractorTest.doc(tagged);
    text = (String) d[0];
    List<Sentence> sentences = (List<Sentence>) d[1];
    Extractor ex = new Extractor(text, sentences, Quotes.find(text));
    List<Span> out = new ArrayList<>();
    for (Sentence s : sentences) out.addAll(ex.sentence(s));
    QuoteIndex q = new QuoteIndex(Quotes.find(text));
    new Continuations(text, sentences, q, new ContentBounds(text, q, new SpeakerSpans(q))).addTo(out);
    return out;
  }

  private String content(Span sp) {
    return text.substring(sp.contentBegin, sp.contentEnd);
  }

  @Test
  void interruptedQuotationInTheSameParagraphInherits() {
    List<Span> sp = spans(OPENING, NEXT);
    assertEquals(2, sp.size());
    Span cont = sp.get(1);
    assertEquals(Kind.DIRECT, cont.kind);
    assertEquals("The count is not over yet", content(cont));
    assertSame(sp.get(0), cont.inheritFrom);
    assertEquals("said", cont.cue);
    assertEquals(sp.get(0).cueBegin, cont.cueBegin);
    assertEquals(0.75, cont.confidence);
  }

  @Test
  void continuationParagraphInheritsWithLowerConfidence() {
    List<Span> sp = spans(OPENING, "||", NEXT);
    assertEquals(2, sp.size());
    assertEquals(Kind.DIRECT, sp.get(1).kind);
    assertEquals(0.6, sp.get(1).confidence);
  }

  @Test
  void nextParagraphContinuesOnlyAQuotation() {
    List<Span> sp = spans("Nora/NNP Diaz/NNP said/VBD the/DT race/NN was/VBD close/JJ ./.", "||", NEXT);
    assertEquals(1, sp.size());
    assertEquals(Kind.INDIRECT, sp.get(0).kind);
  }

  @Test
  void aNameBetweenBlocksTheInheritance() {
    List<Span> sp = spans(OPENING, "Her/PRP$ rival/NN Tom/NNP Reyes/NNP disagreed/VBD ./.", NEXT);
    assertEquals(1, sp.size());
  }

  @Test
  void quotedFragmentLaterInTheSentenceIsPartial() {
    List<Span> sp = spans("“/`` We/PRP can/MD win/VB this/DT race/NN ,/, ”/'' Nora/NNP Diaz/NNP said/VBD after/IN the/DT “/`` very/RB long/JJ night/NN ”/'' ended/VBD ./.");
    assertEquals(2, sp.size());
    assertEquals("We can win this race", content(sp.get(0)));
    assertEquals(Kind.PARTIAL, sp.get(1).kind);
    assertEquals("very long night", content(sp.get(1)));
    assertSame(sp.get(0), sp.get(1).inheritFrom);
  }
}
