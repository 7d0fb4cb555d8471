package org.mediastance.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mediastance.attribution.Quotes.Quote;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * Quotations without a cue of their own that continue an earlier attribution and inherit its
 * speaker and cue: the second half of an interrupted quotation and a quoted continuation paragraph
 * become {@code direct}; a quoted fragment later in the attribution's own sentence becomes
 * {@code partial}. A capitalized name between the two blocks the inheritance (a new speaker may
 * be meant).
 *
 * <p>One instance per document; not thread-safe.
 */
final class Continuations {
  private final String text;
  private final List<Sentence> sentences;
  private final QuoteIndex quotes;
  private final ContentBounds content;

  Continuations(String text, List<Sentence> sentences, QuoteIndex quotes, ContentBounds content) {
    this.text = text;
    this.sentences = sentences;
    this.quotes = quotes;
    this.content = content;
  }

  /** Sorts {@code out} by content begin and adds the continuations of its attributions. */
  void addTo(List<Span> out) {
    out.sort(Comparator.comparingInt(sp -> sp.contentBegin));
    List<Span> added = new ArrayList<>();
    for (Quote q : quotes.all()) {
      if (q.innerEnd() - q.innerBegin() < 8) continue;
      if (covered(q, out, added)) continue;
      Sentence s = sentenceAt(q.begin());
      if (s == null) continue;
      String inner = text.substring(q.innerBegin(), q.innerEnd()).trim();
      int words = inner.split("\\s+").length;
      boolean sentenceInitial = q.begin() <= s.begin + 1 || precededByColon(q.begin());
      Span prev = lastBefore(out, added, q.begin());
      if (prev == null) continue;
      Sentence ps = sentences.get(prev.sentence);
      if (sentenceInitial && words >= 4) {
        // interrupted quotation (same paragraph) or continuation paragraph (next paragraph)
        if (s.paragraph - ps.paragraph > 1) continue;
        if (s.index - prev.sentence > 4) continue;
        if (s.paragraph != ps.paragraph && !(prev.kind == Kind.DIRECT || prev.kind == Kind.PARTIAL)) continue;
        if (namesBetween(ps, s, prev, q)) continue;
        added.add(inherited(Kind.DIRECT, s.index, q, prev, s.paragraph == ps.paragraph ? 0.75 : 0.6));
      } else if (!sentenceInitial && prev.sentence == s.index && words >= 2) {
        added.add(inherited(Kind.PARTIAL, s.index, q, prev, 0.6));
      }
    }
    out.addAll(added);
  }

  /** True if an attribution's content overlaps {@code q}, or its cue lies inside {@code q}. */
  private static boolean covered(Quote q, List<Span> found, List<Span> added) {
    for (Span sp : found) if (sp.contentBegin < q.end() && sp.contentEnd > q.begin() || sp.cueBegin >= q.begin() && sp.cueBegin < q.end()) return true;
    for (Span sp : added) if (sp.contentBegin < q.end() && sp.contentEnd > q.begin()) return true;
    return false;
  }

  /** True if a capitalized name outside quotations occurs between the previous attribution and the quotation (a new speaker may be meant). */
  private boolean namesBetween(Sentence ps, Sentence s, Span prev, Quote q) {
    int from = Math.max(prev.contentEnd, prev.cueEnd);
    // names after the cue in the attribution's own sentence are its addressee or venue, not a new speaker
    Sentence cueSentence = sentenceAt(prev.cueBegin);
    if (cueSentence != null && cueSentence.end <= q.begin()) from = Math.max(from, cueSentence.end);
    for (int si = ps.index; si <= s.index; si++) {
      Sentence x = sentences.get(si);
      for (int k = 0; k < x.tokens.size(); k++) {
        Token tk = x.tokens.get(k);
        if (tk.begin < from || tk.begin >= q.begin()) continue;
        if (quotes.inQuote(tk.begin)) continue;
        if (tk.posStarts("NNP") && k > 0 && Lexicon.country(tk.lower) == null && !Lexicon.WEEKDAYS_MONTHS.contains(tk.lower)) return true;
      }
    }
    return false;
  }

  /** The attribution (of either list) whose content or cue, whichever is later, begins last before {@code pos}. */
  private static Span lastBefore(List<Span> a, List<Span> b, int pos) {
    Span best = null;
    for (List<Span> l : List.of(a, b)) {
      for (Span sp : l) {
        int key = Math.max(sp.contentBegin, sp.cueBegin);
        if (key < pos && (best == null || key > Math.max(best.contentBegin, best.cueBegin))) best = sp;
      }
    }
    return best;
  }

  private boolean precededByColon(int pos) {
    int j = pos - 1;
    while (j >= 0 && text.charAt(j) == ' ') j--;
    return j >= 0 && text.charAt(j) == ':';
  }

  /** The sentence holding offset {@code pos} (or starting right after it), or null. */
  private Sentence sentenceAt(int pos) {
    for (Sentence s : sentences) if (pos >= s.begin - 1 && pos < s.end) return s;
    return null;
  }

  /** A quotation that takes its speaker and cue from an earlier attribution {@code prev}. */
  private Span inherited(Kind kind, int sentence, Quote q, Span prev, double confidence) {
    Span sp = new Span();
    sp.kind = kind;
    sp.sentence = sentence;
    content.setQuoted(sp, q);
    sp.inheritFrom = prev;
    sp.cue = prev.cue;
    sp.cueLemma = prev.cueLemma;
    sp.cueBegin = prev.cueBegin;
    sp.cueEnd = prev.cueEnd;
    sp.confidence = confidence;
    return sp;
  }
}
