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
 * {@code partial} (a one-word fragment only after a partial: 'called him a "sick puppy" and a
 * "wacko"'). A capitalized name between the two blocks the inheritance (a new speaker may
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
      boolean shortQuote = q.innerEnd() - q.innerBegin() < 8;
      if (q.innerEnd() - q.innerBegin() < 3) continue;
      if (covered(q, out, added)) continue;
      Sentence s = sentenceAt(q.begin());
      if (s == null) continue;
      String inner = text.substring(q.innerBegin(), q.innerEnd()).trim();
      int words = inner.split("\\s+").length;
      boolean sentenceInitial = q.begin() <= s.begin + 1 || precededByColon(q.begin());
      Span next = cueRightAfter(out, q, s);
      if (next != null && words >= 2) {
        // '"first part," X said, "second part"': the first part is the same speaker's
        added.add(inherited(Kind.DIRECT, s.index, q, next, 0.8));
        continue;
      }
      if (!q.closed() && sentenceInitial && words >= 4) {
        // a quotation paragraph left open continues in the next paragraph's attributed quotation
        Span following = openParagraphTarget(out, q, s);
        if (following != null) {
          added.add(inherited(Kind.DIRECT, s.index, q, following, 0.6));
          continue;
        }
      }
      Span prev = lastBefore(out, added, q.begin());
      if (prev == null) continue;
      if (prev.kind == Kind.ACCORDING_TO) prev = directOfSentence(out, prev);
      Sentence ps = sentences.get(prev.sentence);
      // a short fragment continues only a partial of its own sentence ('called him a "sick puppy" and a "wacko"')
      if (shortQuote && !(prev.kind == Kind.PARTIAL && prev.sentence == s.index && !sentenceInitial)) continue;
      if (sentenceInitial && words >= 4) {
        // interrupted quotation (same paragraph) or continuation paragraph (next paragraph)
        if (s.paragraph - ps.paragraph > 1) continue;
        if (s.index - prev.sentence > 4) continue;
        if (s.paragraph != ps.paragraph && !(prev.kind == Kind.DIRECT || prev.kind == Kind.PARTIAL)) continue;
        if (namesBetween(ps, s, prev, q)) continue;
        added.add(inherited(Kind.DIRECT, s.index, q, prev, s.paragraph == ps.paragraph ? 0.75 : 0.6));
      } else if (!sentenceInitial && prev.sentence == s.index && (words >= 2 || prev.kind == Kind.PARTIAL)) {
        added.add(inherited(Kind.PARTIAL, s.index, q, prev, 0.6));
      }
    }
    out.addAll(added);
  }

  /** An attribution of sentence {@code s} whose speaker and cue follow {@code q} with only a comma between and whose content comes after. */
  private Span cueRightAfter(List<Span> out, Quote q, Sentence s) {
    for (Span sp : out) {
      if (sp.sentence != s.index || sp.kind != Kind.DIRECT || sp.contentBegin <= q.end() || sp.speakerSentence != s.index) continue;
      int spk = s.tokens.get(sp.speakerStart).begin;
      int from = Math.min(spk, sp.cueBegin);
      if (from < q.end() || from - q.end() > 3) continue;
      String gap = text.substring(q.end(), from);
      if (gap.isBlank() || gap.trim().equals(",")) return sp;
    }
    return null;
  }

  /** The direct attribution whose content is the quotation opening the paragraph after {@code s}'s, or null. */
  private Span openParagraphTarget(List<Span> out, Quote q, Sentence s) {
    for (Span sp : out) {
      if (sp.kind != Kind.DIRECT || sp.contentBegin <= q.end()) continue;
      Sentence ss = sentences.get(sp.sentence);
      Sentence cs = sentenceAt(sp.contentBegin);
      if (cs == null || cs.paragraph != s.paragraph + 1) continue;
      if (sp.contentBegin - cs.begin > 1 || ss.paragraph != cs.paragraph) continue;
      return sp;
    }
    return null;
  }

  /** For an "according to" attribution, the direct attribution of the same sentence if there is one (the quotation's own speaker). */
  private static Span directOfSentence(List<Span> out, Span acc) {
    for (Span sp : out) if (sp.sentence == acc.sentence && sp.kind == Kind.DIRECT) return sp;
    return acc;
  }

  /** True if an attribution's content overlaps {@code q}, or its cue lies inside {@code q}. */
  private static boolean covered(Quote q, List<Span> found, List<Span> added) {
    for (Span sp : found) {
      boolean nested = sp.cueBegin > q.begin() && sp.cueBegin < q.end() && sp.contentBegin >= q.begin() && sp.contentEnd <= q.end();
      if (nested) continue; // an attribution reported inside the quotation does not cover it
      if (sp.contentBegin < q.end() && sp.contentEnd > q.begin() || sp.cueBegin >= q.begin() && sp.cueBegin < q.end()) return true;
    }
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
