package org.mediastance.attribution;

import java.util.ArrayList;
import java.util.List;
import org.mediastance.attribution.Quotes.Quote;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * Attributions marked by a source rather than a reporting verb: a short quotation followed by
 * "from" and a name ('"alternative facts" from Kellyanne Conway': {@code partial}), and an embedded
 * post signed "— Name (@handle) Date" (the paragraph before the signature: {@code direct}).
 *
 * <p>Reads capitalization only, so it works on sentences that were not tagged. One instance per
 * document; not thread-safe.
 */
final class SourceMarks {
  private static final int MAX_NAME = 4;

  private final String text;
  private final List<Sentence> sentences;
  private final QuoteIndex quotes;
  private final ContentBounds content;

  SourceMarks(String text, List<Sentence> sentences, QuoteIndex quotes, ContentBounds content) {
    this.text = text;
    this.sentences = sentences;
    this.quotes = quotes;
    this.content = content;
  }

  /** The source-marked attributions of the document, in text order. */
  List<Span> find() {
    List<Span> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens;
      for (int k = 1; k + 1 < t.size(); k++) {
        String w = t.get(k).lower;
        if (w.equals("from") && QuoteIndex.isQuoteTok(t.get(k - 1))) quoteFrom(s, k, out);
      }
      if (!t.isEmpty() && isDash(t.get(0).lower)) signature(s, 0, out);
    }
    return out;
  }

  private static boolean isDash(String w) {
    return w.equals("—") || w.equals("--") || w.equals("–");
  }

  /** '"short quotation" from First Last': a partial whose speaker is the name. */
  private void quoteFrom(Sentence s, int k, List<Span> out) {
    List<Token> t = s.tokens;
    Quote q = null;
    for (Quote x : quotes.all()) if (x.closed() && x.end() == t.get(k - 1).end) q = x;
    if (q == null) return;
    int words = text.substring(q.innerBegin(), q.innerEnd()).trim().split("\\s+").length;
    if (words > 6) return;
    int e = nameEnd(t, k + 1);
    if (e - (k + 1) < 2) return;
    Span sp = span(s, k, k + 1, "from", Kind.PARTIAL, k + 1, e);
    content.setQuoted(sp, q);
    out.add(sp);
  }

  /** "— First Last (@handle) Date" opening a sentence: the paragraph's text before it is the post. */
  private void signature(Sentence s, int d, List<Span> out) {
    List<Token> t = s.tokens;
    int e = nameEnd(t, d + 1);
    if (e - (d + 1) < 1 || e + 1 >= t.size()) return;
    String open = t.get(e).text;
    if (!(open.equals("(") || open.equals("-LRB-")) || !t.get(e + 1).text.startsWith("@")) return;
    int first = s.index;
    while (first > 0 && sentences.get(first - 1).paragraph == s.paragraph) first--;
    int b = sentences.get(first).begin;
    int end = content.trimEnd(b, t.get(d).begin);
    if (end - b < 10 || quotes.inQuote(b)) return;
    Span sp = span(s, e + 1, e + 2, "tweet", Kind.DIRECT, d + 1, e);
    sp.sentence = first;
    sp.contentBegin = b;
    sp.contentEnd = end;
    out.add(sp);
  }

  /** End of a run of up to four capitalized words starting at {@code k} (a name), not countries. */
  private static int nameEnd(List<Token> t, int k) {
    int e = k;
    while (e < t.size() && e - k < MAX_NAME && t.get(e).isCapitalized() && Character.isLetter(t.get(e).text.charAt(0))
        && Lexicon.country(t.get(e).lower) == null && !Lexicon.NOT_NAME.contains(t.get(e).lower)) e++;
    return e;
  }

  private Span span(Sentence s, int cueB, int cueE, String lemma, Kind kind, int spkB, int spkE) {
    Span sp = new Span();
    sp.kind = kind;
    sp.sentence = s.index;
    sp.cueBegin = s.tokens.get(cueB).begin;
    sp.cueEnd = s.tokens.get(cueE - 1).end;
    sp.cue = text.substring(sp.cueBegin, sp.cueEnd);
    sp.cueLemma = lemma;
    sp.speakerSentence = s.index;
    sp.speakerStart = spkB;
    sp.speakerEnd = spkE;
    sp.confidence = 0.6;
    return sp;
  }
}
