package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.mediastance.attribution.Quotes.Quote;
import org.mediastance.nlp.Token;

/** Quotation lookups on plain text: which quotation contains, starts at, ends near an offset. */
class QuoteIndexTest {
  private static final String TEXT = "He said \"we will win,\" and then \"maybe not\", later.";
  private final QuoteIndex idx = new QuoteIndex(Quotes.find(TEXT));
  private final Quote first = idx.all().get(0);
  private final Quote second = idx.all().get(1);

  @Test
  void containsOnlyStrictlyInsideTheMarks() {
    int open = TEXT.indexOf("\"we");
    int close = TEXT.indexOf(",\"") + 1;
    assertNull(idx.containing(open), "the opening mark is not inside");
    assertSame(first, idx.containing(open + 1));
    assertSame(first, idx.containing(close - 1), "the comma before the closing mark is inside");
    assertNull(idx.containing(close), "the closing mark is not inside");
    assertFalse(idx.inQuote(0));
    assertTrue(idx.inQuote(TEXT.indexOf("maybe")));
  }

  @Test
  void startingAtTheMarkOrTheFirstInnerCharacter() {
    int open = TEXT.indexOf("\"maybe");
    assertSame(second, idx.startingAt(open));
    assertSame(second, idx.startingAt(open + 1));
    assertNull(idx.startingAt(open + 2));
  }

  @Test
  void firstAfterAndLastBeforeWithinAGap() {
    int open = TEXT.indexOf("\"we");
    assertSame(first, idx.firstAfter(open - 3, 3));
    assertNull(idx.firstAfter(open - 4, 3));
    int end = first.end();
    assertSame(first, idx.lastBefore(end + 3, 3));
    assertNull(idx.lastBefore(end + 4, 3), "the nearest quotation before is too far");
    assertSame(second, idx.lastBefore(TEXT.length(), 10));
  }

  @Test
  void endingNearACommaInsideOrOutsideTheMarks() {
    int commaInside = TEXT.indexOf(",\"");
    assertSame(first, idx.endingNear(commaInside + 1, commaInside), "comma before the closing mark");
    int commaOutside = TEXT.indexOf("\",") + 1;
    assertSame(second, idx.endingNear(commaOutside + 1, commaOutside), "comma after the closing mark");
    assertNull(idx.endingNear(TEXT.indexOf(", later") + 10, TEXT.indexOf(", later") + 9));
  }

  @Test
  void firstWithinARange() {
    assertSame(second, idx.firstWithin(TEXT.indexOf("and"), TEXT.length()));
    assertNull(idx.firstWithin(TEXT.indexOf("and"), TEXT.indexOf("not")));
  }

  @Test
  void quotationMarkTokens() {
    assertTrue(QuoteIndex.isQuoteTok(new Token("``", 0, 2)));
    assertTrue(QuoteIndex.isQuoteTok(new Token("''", 0, 2)));
    assertTrue(QuoteIndex.isQuoteTok(new Token("“", 0, 1)));
    assertTrue(QuoteIndex.isQuoteTok(new Token("\"", 0, 1)));
    assertFalse(QuoteIndex.isQuoteTok(new Token("a", 0, 1)));
    assertFalse(QuoteIndex.isQuoteTok(new Token("\"a", 0, 2)));
  }
}
