package org.mediastance.attribution;

import java.util.List;
import org.mediastance.attribution.Quotes.Quote;
import org.mediastance.nlp.Token;

/**
 * Lookups over one document's quotations (in text order, as {@link Quotes#find} returns them):
 * which quotation contains, starts at, ends near or lies just before/after an offset.
 *
 * <p>Immutable view of the list it is given; not thread-safe if that list is changed.
 */
final class QuoteIndex {
  private final List<Quote> quotes;

  QuoteIndex(List<Quote> quotes) {
    this.quotes = quotes;
  }

  /** All quotations, in text order. */
  List<Quote> all() {
    return quotes;
  }

  /** True if {@code pos} lies strictly inside a quotation (after its opening mark, before its last character). */
  boolean inQuote(int pos) {
    return containing(pos) != null;
  }

  /** True if token {@code x} is a quotation mark or lies inside a quotation. */
  boolean quoteOrInside(Token x) {
    return isQuoteTok(x) || inQuote(x.begin);
  }

  /** The quotation that {@code pos} lies strictly inside (see {@link #inQuote}), or null. */
  Quote containing(int pos) {
    for (Quote q : quotes) {
      if (q.begin() > pos) break;
      if (pos > q.begin() && pos < q.end() - 1) return q;
    }
    return null;
  }

  /** The quotation whose opening mark or first inner character is at {@code pos}, or null. */
  Quote startingAt(int pos) {
    for (Quote q : quotes) {
      if (q.begin() == pos || q.innerBegin() == pos) return q;
      if (q.begin() > pos) break;
    }
    return null;
  }

  /** The first quotation opening at or after {@code pos}, if it opens within {@code maxGap} characters; else null. */
  Quote firstAfter(int pos, int maxGap) {
    for (Quote q : quotes) {
      if (q.begin() >= pos) return q.begin() - pos <= maxGap ? q : null;
    }
    return null;
  }

  /** The last quotation ending at or before {@code pos}, if it ends within {@code maxGap} characters; else null. */
  Quote lastBefore(int pos, int maxGap) {
    Quote best = null;
    for (Quote q : quotes) {
      if (q.end() <= pos) best = q;
    }
    return best != null && pos - best.end() <= maxGap ? best : null;
  }

  /** A quotation whose closing mark is at or just before the comma ({@code ,"} or {@code ",}). */
  Quote endingNear(int commaEnd, int commaBegin) {
    for (Quote q : quotes) {
      if (q.closed() && (q.end() == commaEnd || q.end() == commaBegin || q.end() == commaBegin - 1 || q.end() == commaEnd + 1)) return q;
      if (!q.closed() && q.end() == commaEnd) return q;
    }
    return null;
  }

  /** The first quotation that opens at or after {@code begin} and closes at or before {@code end + 1}, or null. */
  Quote firstWithin(int begin, int end) {
    for (Quote q : quotes) {
      if (q.begin() >= begin && q.end() <= end + 1) return q;
    }
    return null;
  }

  /** True if the token is a quotation mark (any style, including PTB {@code ``} and {@code ''}). */
  static boolean isQuoteTok(Token t) {
    return t.text.length() == 1 && Quotes.isQuoteChar(t.text.charAt(0)) || t.text.equals("``") || t.text.equals("''");
  }
}
