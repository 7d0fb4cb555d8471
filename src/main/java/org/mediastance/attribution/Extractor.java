package org.mediastance.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mediastance.attribution.Quotes.Quote;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * Finds attributions in tagged sentences by rules over tokens, POS tags and quotation marks:
 * {@code direct} (quotations with a cue; multi-sentence quotations as one statement; interrupted
 * quotations and quoted continuation paragraphs inherit the speaker), {@code indirect} (the clause
 * after a reporting verb, or before a trailing "..., X said"), {@code partial} (an attributed quoted
 * fragment outside a reported clause) and {@code according_to}. Reads only sentences whose
 * {@code tagged} flag is set; others are ignored.
 *
 * <p>Plain Java, no CoreNLP; one instance per document; not thread-safe.
 */
public final class Extractor {
  private static final Set<String> SKIP_BEFORE_CUE = Set.of(
      "also", "later", "previously", "repeatedly", "reportedly", "then", "again", "recently",
      "earlier", "once", "publicly", "privately", "bluntly", "flatly", "has", "have", "had",
      "will", "would", "did", "does", "do", "could", "may", "might", "should", "not", "n't",
      "never", "often", "frequently", "first", "subsequently", "further", "last", "separately",
      "simply", "quickly", "angrily", "specifically", "explicitly", "openly", "directly", "even",
      "just", "already", "still", "always", "famously", "initially", "finally", "ultimately",
      "jokingly", "told", "is", "was", "are", "were", "be", "been", "being", "can", "must");
  private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being", "'s", "’s");
  private static final Set<String> END_PUNCT = Set.of(".", "!", "?", ",", ";", ":", "--", "—", "–", "-");
  private static final Set<String> TIME = Set.of("last", "next", "this", "week", "month", "year", "night", "morning",
      "afternoon", "evening", "weekend", "earlier", "later", "ago", "recently", "dec.", "jan.", "feb.", "mar.", "apr.",
      "jun.", "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "today", "yesterday", "tonight", "tuesday's", "friday's");
  private static final Set<String> CONJ = Set.of("but", "and", "while", "whereas", "although", "though", "yet", "or");
  private static final Set<String> CLAUSE_CONT = Set.of("while", "but", "and", "although", "though", "adding", "noting", "saying", "because", "as");
  private static final Set<String> EXPRESS_OBJ = Set.of("concern", "concerns", "hope", "hopes", "doubt", "doubts", "confidence", "support", "regret", "frustration", "outrage", "skepticism", "optimism", "fear", "fears", "worry", "worries", "opposition", "disappointment", "dismay", "alarm", "interest", "belief");

  private final String text;
  private final List<Sentence> sentences;
  private final List<Quote> quotes;

  public Extractor(String text, List<Sentence> sentences, List<Quote> quotes) {
    this.text = text;
    this.sentences = sentences;
    this.quotes = quotes;
  }

  /** All attributions of the document, sorted by content begin. */
  public List<Span> extract() {
    List<Span> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.tagged) continue;
      List<Span> found = sentence(s);
      cutAtLaterCues(s, found);
      out.addAll(found);
    }
    quotePass(out);
    out.removeIf(sp -> sp.contentEnd - sp.contentBegin < 2);
    out.sort(Comparator.comparingInt((Span sp) -> sp.contentBegin).thenComparingInt(sp -> sp.cueBegin));
    return dedupe(out);
  }

  // ---------------------------------------------------------------- per sentence

  List<Span> sentence(Sentence s) {
    List<Span> found = new ArrayList<>();
    List<Token> t = s.tokens;
    int n = t.size();
    for (int i = 0; i < n; i++) {
      Token tok = t.get(i);
      if (inQuote(tok.begin)) continue;
      if (tok.lower.equals("according") && i + 1 < n && t.get(i + 1).lower.equals("to")) {
        Span sp = accordingTo(s, i);
        if (sp != null) found.add(sp);
        continue;
      }
      String lemma = Cues.lemma(tok.lower);
      if (lemma == null) continue;
      if (tok.pos != null && !tok.pos.startsWith("VB")) continue;
      int cueEnd = i + 1;
      boolean particle = false;
      if (lemma.equals("call")) {
        if (cueEnd < n && (t.get(cueEnd).lower.equals("on") || t.get(cueEnd).lower.equals("for") || t.get(cueEnd).lower.equals("upon"))) {
          cueEnd++;
          particle = true;
        } else if (!quoteWithin(s, i + 1, 8)) {
          continue;
        }
      } else if (lemma.equals("point") ) {
        continue;
      } else if (lemma.equals("express")) {
        int j = i + 1;
        while (j < n && j < i + 4 && !EXPRESS_OBJ.contains(t.get(j).lower)) j++;
        if (j >= n || j >= i + 4) continue;
        cueEnd = j + 1;
      } else if (Cues.NEEDS_EVIDENCE.contains(lemma)) {
        if (!evidenceAfter(s, cueEnd) && !quoteJustBefore(s, i)) continue;
      }
      // passive ("was told") and infinitive ("declined to comment") are not attributions
      int b = i - 1;
      while (b >= 0 && (t.get(b).posStarts("RB") && !BE.contains(t.get(b).lower))) b--;
      if (b >= 0 && BE.contains(t.get(b).lower) && "VBN".equals(tok.pos)) continue;
      if (b >= 0 && t.get(b).lower.equals("to")) continue;
      Span sp = cue(s, i, cueEnd, lemma, particle, found);
      if (sp != null) found.add(sp);
    }
    return found;
  }

  private boolean evidenceAfter(Sentence s, int k) {
    List<Token> t = s.tokens;
    for (int j = k; j < t.size() && j < k + 5; j++) {
      String w = t.get(j).lower;
      if (w.equals("that") || w.equals(":") || w.equals("whether") || w.equals("if")) return true;
      if ((w.equals("why") || w.equals("how") || w.equals("what") || w.equals("when") || w.equals("who"))) return true;
      if (j > k && w.equals("to") && j + 1 < t.size() && "VB".equals(t.get(j + 1).pos)) return true;
      if (inQuote(t.get(j).begin) || isQuoteTok(t.get(j))) return true;
    }
    return false;
  }

  /** A quotation closing within a few tokens before the cue ("'...,' she wrote"), with no clause break between. */
  private boolean quoteJustBefore(Sentence s, int i) {
    List<Token> t = s.tokens;
    for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
      Token x = t.get(j);
      if (isQuoteTok(x) || inQuote(x.begin)) return true;
      if (x.lower.equals(".") || x.lower.equals(";") || x.lower.equals("that") || x.posStarts("VB")) return false;
    }
    return false;
  }

  private boolean quoteWithin(Sentence s, int k, int window) {
    List<Token> t = s.tokens;
    for (int j = k; j < t.size() && j < k + window; j++) {
      if (isQuoteTok(t.get(j)) || inQuote(t.get(j).begin)) return true;
    }
    return false;
  }

  private Span cue(Sentence s, int i, int cueEnd, String lemma, boolean particle, List<Span> sameSentence) {
    List<Token> t = s.tokens;
    int n = t.size();
    Span sp = new Span();
    sp.sentence = s.index;
    sp.cueBegin = t.get(i).begin;
    sp.cueEnd = t.get(cueEnd - 1).end;
    sp.cue = text.substring(sp.cueBegin, sp.cueEnd);
    sp.cueLemma = particle ? lemma + " " + t.get(i + 1).lower : lemma;
    int[] pre = leftSubject(s, i);
    int[] post = null;
    boolean participle = "VBG".equals(t.get(i).pos) || t.get(i).lower.endsWith("ing");
    if (pre == null && participle && i > 0 && t.get(i - 1).lower.equals(",")) {
      // ", saying ..." — the speaker is the subject of the main clause
      if (!sameSentence.isEmpty()) {
        sp.inheritFrom = sameSentence.get(sameSentence.size() - 1);
      } else {
        int[] subj = mainSubject(s, i);
        if (subj != null) setSpeaker(sp, s, subj);
      }
    } else if (pre == null && coordinated(s, i) >= 0) {
      // "... and said ..." / "... but told ...": the elided subject is the first conjunct's
      int c = coordinated(s, i);
      Span last = null;
      for (Span f : sameSentence) if (f.cueEnd <= t.get(c).begin) last = f;
      if (last != null) {
        sp.inheritFrom = last;
      } else {
        int[] subj = mainSubject(s, c);
        if (subj != null) setSpeaker(sp, s, subj);
      }
    } else if (pre != null) {
      setSpeaker(sp, s, pre);
    } else if (i == 0 || isCommaOrQuote(t.get(i - 1))) {
      post = rightNp(s, cueEnd);
      if (post != null) setSpeaker(sp, s, post);
    }
    if (!sp.hasSpeaker() && sp.inheritFrom == null) return null;

    // content after the cue?
    int k = post != null ? post[1] : cueEnd;
    k = skipAfterCue(s, k, lemma, particle);
    boolean trailing = k >= n || isClauseEnd(s, k);
    if (!trailing && sp.inheritFrom == null && quoteBeforeSpeaker(s, post != null ? i : (pre != null ? pre[0] : i))) {
      // '"...," X said on a talk show when asked about it' — the quotation is the statement; the tail
      // is venue or circumstance, unless it opens a reported clause or resumes the quotation after a comma
      int raw = post != null ? post[1] : cueEnd;
      String w = t.get(k).lower;
      boolean resumes = raw < n && t.get(raw).lower.equals(",") && raw + 1 < n && (isQuoteTok(t.get(raw + 1)) || inQuote(t.get(raw + 1).begin));
      if (!resumes && !w.equals("that") && !(k > 0 && t.get(k - 1).lower.equals("that")) && !(k > 0 && t.get(k - 1).lower.equals(":"))) trailing = true;
    }
    if (!trailing) {
      Quote q = quoteStartingAt(t.get(k).begin);
      // a quotation opening the clause is the statement only if it runs to the clause end
      if (q != null && q.innerEnd() < contentEnd(s, k) - 3) q = null;
      if (q != null && !q.overlaps(sp.cueBegin, sp.cueEnd)) {
        sp.kind = "direct";
        sp.contentBegin = q.innerBegin();
        sp.contentEnd = trimEnd(q.innerBegin(), q.innerEnd());
        if (lemma.equals("call") && !particle || Cues.NAMING_VERBS.contains(lemma) && !particle) sp.kind = "partial";
        sp.confidence = 0.9;
        return sp;
      }
      int e = contentEnd(s, k);
      if (e - t.get(k).begin < 3) return null;
      sp.kind = "indirect";
      sp.contentBegin = t.get(k).begin;
      sp.contentEnd = e;
      sp.confidence = 0.8;
      namingPartial(sp, lemma, particle);
      return sp;
    }
    // cue ends its clause: colon + quotation in the next sentence, or content before the cue
    if (k < n && t.get(k).lower.equals(":") || k >= n && t.get(n - 1).lower.equals(":")) {
      Quote q = firstQuoteAfter(t.get(Math.min(k, n - 1)).end, 3);
      if (q != null) {
        return quoted(sp, q, 0.9);
      }
    }
    int before = post != null ? i : (pre != null ? pre[0] : i);
    if (sp.inheritFrom != null) return null;
    // need "CONTENT, X said" — a comma or quote right before the speaker/cue
    int c = before - 1;
    if (c < 0) {
      // "X said." with content in a quotation just before the sentence
      Quote q = lastQuoteBefore(s.begin, 3);
      if (q != null && !coveredLater(q)) {
        return quoted(sp, q, 0.8);
      }
      return null;
    }
    Token ct = t.get(c);
    if (!(ct.lower.equals(",") || isQuoteTok(ct) || ct.lower.equals("--") || ct.lower.equals("—"))) return null;
    // a quotation ending here?
    Quote q = quoteEndingNear(ct.end, ct.begin);
    if (q != null) {
      return quoted(sp, q, 0.9);
    }
    int startTok = 0;
    // start after an earlier cue's clause in this sentence
    for (Span prev : sameSentence) {
      if (prev.contentEnd <= ct.begin && prev.cueEnd <= ct.begin) {
        int j = tokenAtOrAfter(s, Math.max(prev.contentEnd, prev.cueEnd));
        if (j > startTok) startTok = j;
      }
    }
    while (startTok < c && (CONJ.contains(t.get(startTok).lower) || t.get(startTok).lower.equals(",") || isQuoteTok(t.get(startTok)))) startTok++;
    if (c - startTok < 2) return null;
    int cb = t.get(startTok).begin;
    Quote inside = quoteContaining(cb);
    if (inside != null && inside.begin() < s.begin) cb = inside.innerBegin();
    sp.kind = "indirect";
    sp.contentBegin = cb;
    sp.contentEnd = trimEnd(cb, t.get(c - 1).end);
    sp.confidence = 0.75;
    return sp;
  }

  /** If a naming cue ("called the plan 'a disaster'") has a quoted fragment, the fragment is a partial. */
  private void namingPartial(Span sp, String lemma, boolean particle) {
    if (particle || !Cues.NAMING_VERBS.contains(lemma)) return;
    for (Quote q : quotes) {
      if (q.begin() >= sp.contentBegin && q.end() <= sp.contentEnd + 1) {
        sp.kind = "partial";
        sp.contentBegin = q.innerBegin();
        sp.contentEnd = trimEnd(q.innerBegin(), q.innerEnd());
        return;
      }
    }
  }

  private Span accordingTo(Sentence s, int i) {
    List<Token> t = s.tokens;
    int n = t.size();
    int[] np = rightNp(s, i + 2);
    if (np == null) return null;
    Span sp = new Span();
    sp.sentence = s.index;
    sp.cueBegin = t.get(i).begin;
    sp.cueEnd = t.get(i + 1).end;
    sp.cue = text.substring(sp.cueBegin, sp.cueEnd);
    sp.cueLemma = "according to";
    setSpeaker(sp, s, np);
    sp.kind = "according_to";
    sp.confidence = 0.8;
    int lead = 0;
    while (lead < i && (CONJ.contains(t.get(lead).lower) || isQuoteTok(t.get(lead)))) lead++;
    if (lead == i) {
      int k = np[1];
      while (k < n && (t.get(k).lower.equals(",") || t.get(k).lower.equals("that"))) k++;
      if (k >= n - 1) return null;
      sp.contentBegin = t.get(k).begin;
      sp.contentEnd = contentEnd(s, k);
    } else {
      int e = i - 1;
      while (e > lead && END_PUNCT.contains(t.get(e).lower)) e--;
      if (e - lead < 1) return null;
      sp.contentBegin = t.get(lead).begin;
      sp.contentEnd = trimEnd(sp.contentBegin, t.get(e).end);
      // "X, according to Y, said Z": nothing more needed; content is the clause before
    }
    return sp.contentEnd > sp.contentBegin ? sp : null;
  }

  // ---------------------------------------------------------------- speakers

  private void setSpeaker(Span sp, Sentence s, int[] range) {
    sp.speakerSentence = s.index;
    sp.speakerStart = range[0];
    sp.speakerEnd = range[1];
  }

  /** The NP (token range) that is the subject just left of the cue, skipping auxiliaries, adverbs, appositions. */
  int[] leftSubject(Sentence s, int i) {
    List<Token> t = s.tokens;
    int j = i - 1;
    while (j >= 0 && (SKIP_BEFORE_CUE.contains(t.get(j).lower) || t.get(j).posStarts("RB")) && !t.get(j).lower.equals(",")) j--;
    // "Obama on Tuesday said", "Lavrov in a statement said"
    if (j >= 1 && Lexicon.WEEKDAYS_MONTHS.contains(t.get(j).lower) && (t.get(j - 1).lower.equals("on") || t.get(j - 1).lower.equals("in") || t.get(j - 1).lower.equals("last"))) j -= 2;
    if (j < 0) return null;
    Token tj = t.get(j);
    if (inQuote(tj.begin)) return null;
    if (tj.lower.equals(",")) {
      // "X, a doctor, said" / "X, who ..., said": find the NP before the comma that opens the aside
      for (int c = j - 1; c >= 1 && c >= j - 25; c--) {
        if (t.get(c).lower.equals(",")) {
          String nx = t.get(c + 1).lower;
          Token after = t.get(c + 1);
          boolean aside = nx.equals("who") || nx.equals("whose") || nx.equals("a") || nx.equals("an") || nx.equals("the")
              || after.posStarts("JJ") || after.posStarts("NN") && !after.posStarts("NNP") || after.posStarts("CD") || Lexicon.TITLES.contains(nx) || Lexicon.isCountryOrDemonym(nx);
          if (!aside) return null;
          int[] np = npEndingAt(s, c - 1);
          if (np != null && hasProper(s, np)) return np;
          return null;
        }
        if (inQuote(t.get(c).begin)) return null;
      }
      return null;
    }
    return npEndingAt(s, j);
  }

  private boolean hasProper(Sentence s, int[] np) {
    for (int k = np[0]; k < np[1]; k++) {
      Token x = s.tokens.get(k);
      if (x.posStarts("NNP") || x.pos == null && x.isCapitalized() || x.posStarts("PRP")) return true;
    }
    return false;
  }

  static boolean npTok(Token x) {
    if (x.pos == null) return x.isCapitalized() || Lexicon.GROUP_NOUNS.contains(x.lower);
    String p = x.pos;
    return p.startsWith("NN") || p.equals("JJ") || p.equals("JJS") || p.equals("JJR") || p.equals("DT")
        || p.equals("PRP$") || p.equals("POS") || p.equals("CD") || p.equals("HYPH") || p.equals("VBN") && x.lower.equals("unnamed")
        || p.equals("NNPS");
  }

  /** The noun phrase ending at token j (inclusive), as [start, end), or null. */
  int[] npEndingAt(Sentence s, int j) {
    List<Token> t = s.tokens;
    Token tj = t.get(j);
    if (tj.posStarts("PRP") && !tj.pos.equals("PRP$")) {
      return Lexicon.PRONOUNS.contains(tj.lower) ? new int[] {j, j + 1} : null;
    }
    if (tj.pos == null && Lexicon.PRONOUNS.contains(tj.lower)) return new int[] {j, j + 1};
    if (!npTok(tj) || tj.posStarts("DT") || tj.posStarts("JJ") || tj.posStarts("POS")) return null;
    if (tj.posStarts("CD")) return null;
    int k = j;
    while (k - 1 >= 0) {
      Token x = t.get(k - 1);
      if (inQuote(x.begin)) break;
      if (npTok(x)) {
        k--;
        if (x.posStarts("DT")) break;
        continue;
      }
      // "Secretary of State John Kerry", "Bashar al-Assad"
      if ((x.lower.equals("of") || Lexicon.NAME_PARTICLES.contains(x.lower)) && k - 2 >= 0 && t.get(k - 2).posStarts("NNP") && t.get(k).posStarts("NNP")) {
        k--;
        continue;
      }
      break;
    }
    return new int[] {k, j + 1};
  }

  /** The NP starting at token k (after "according to", or ", said X"), as [start, end), or null. */
  int[] rightNp(Sentence s, int k) {
    List<Token> t = s.tokens;
    int n = t.size();
    if (k >= n) return null;
    Token x = t.get(k);
    if (x.posStarts("PRP") && !x.pos.equals("PRP$") || x.pos == null && Lexicon.PRONOUNS.contains(x.lower)) return new int[] {k, k + 1};
    if (!npTok(x) || inQuote(x.begin)) return null;
    int e = k;
    while (e < n) {
      Token y = t.get(e);
      if (inQuote(y.begin)) break;
      if (npTok(y)) {
        e++;
        continue;
      }
      if ((y.lower.equals("of") || Lexicon.NAME_PARTICLES.contains(y.lower)) && e + 1 < n && t.get(e + 1).posStarts("NNP") && e > k && t.get(e - 1).posStarts("NNP")) {
        e++;
        continue;
      }
      break;
    }
    // "according to a report by X" / "according to the spokesman of Y": keep the head NP only
    return e > k ? new int[] {k, e} : null;
  }

  /** Index of "and"/"but" directly before the cue (adverbs and auxiliaries skipped) when the cue's subject is elided, else -1. */
  int coordinated(Sentence s, int i) {
    List<Token> t = s.tokens;
    int j = i - 1;
    while (j >= 0 && (SKIP_BEFORE_CUE.contains(t.get(j).lower) || t.get(j).posStarts("RB")) && !t.get(j).lower.equals(",")) j--;
    if (j < 1) return -1;
    String w = t.get(j).lower;
    if (!(w.equals("and") || w.equals("but"))) return -1;
    // the first conjunct must have a finite verb of its own before the conjunction
    for (int k = j - 1; k >= 0; k--) {
      Token x = t.get(k);
      if (x.pos != null && (x.pos.equals("VBD") || x.pos.equals("VBZ") || x.pos.equals("VBP") || x.pos.equals("MD"))) return j;
    }
    return -1;
  }

  /** Subject of the main clause before token {@code i}: the first NP followed by a finite verb. */
  int[] mainSubject(Sentence s, int i) {
    List<Token> t = s.tokens;
    for (int j = 0; j < i; j++) {
      Token x = t.get(j);
      if (x.pos != null && (x.pos.equals("VBD") || x.pos.equals("VBZ") || x.pos.equals("VBP") || x.pos.equals("MD"))) {
        int k = j - 1;
        while (k >= 0 && (t.get(k).posStarts("RB") || SKIP_BEFORE_CUE.contains(t.get(k).lower))) k--;
        if (k < 0) return null;
        if (t.get(k).lower.equals(",")) {
          int[] ls = leftSubject(s, j);
          return ls;
        }
        return npEndingAt(s, k);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- content

  private int skipAfterCue(Sentence s, int k, String lemma, boolean particle) {
    List<Token> t = s.tokens;
    int n = t.size();
    if (k < n && Cues.OBJECT_VERBS.contains(lemma) && !particle && !lemma.equals("accuse") && !lemma.equals("blame") && !lemma.equals("urge") && !lemma.equals("call")) {
      int[] obj = rightNp(s, k);
      if (obj != null && obj[1] >= n) {
        k = n;
      } else if (obj != null) {
        String nx = t.get(obj[1]).lower;
        if (nx.equals("that") || nx.equals(":") || nx.equals(",") || isClauseEnd(s, obj[1]) || isQuoteTok(t.get(obj[1])) || inQuote(t.get(obj[1]).begin)
            || t.get(obj[1]).posStarts("PRP") || t.get(obj[1]).posStarts("NN") || t.get(obj[1]).posStarts("DT") || nx.equals("the") || nx.equals("to") && !lemma.equals("tell")) {
          k = obj[1];
        }
      }
    }
    // "said in a statement that", "told reporters on Tuesday that": jump to a near "that" with no verb between
    for (int j = k; j < n && j < k + 10; j++) {
      String w = t.get(j).lower;
      if (w.equals("that") && j > k) {
        boolean verb = false;
        for (int m = k; m < j; m++) if (t.get(m).posStarts("VB") || t.get(m).posStarts("MD")) verb = true;
        if (!verb) k = j;
        break;
      }
      if (t.get(j).posStarts("VB") || w.equals(",") && j > k || inQuote(t.get(j).begin)) break;
    }
    while (k < n && (t.get(k).lower.equals("that") || t.get(k).lower.equals(":")
        || t.get(k).lower.equals(",") && k + 1 < n && (isQuoteTok(t.get(k + 1)) || inQuote(t.get(k + 1).begin)))) k++;
    return k;
  }

  /** True if a closed quotation ends right before token {@code before} ('"...," X said' / '"..." X said'). */
  private boolean quoteBeforeSpeaker(Sentence s, int before) {
    int c = before - 1;
    if (c < 0) return false;
    Token ct = s.tokens.get(c);
    if (!(ct.lower.equals(",") || isQuoteTok(ct) || ct.lower.equals("--") || ct.lower.equals("—"))) return false;
    Quote q = quoteEndingNear(ct.end, ct.begin);
    return q != null && q.closed() && q.innerEnd() - q.innerBegin() > 2;
  }

  private boolean isClauseEnd(Sentence s, int k) {
    List<Token> t = s.tokens;
    int n = t.size();
    String w = t.get(k).lower;
    // "said Monday." / "said Dec. 6." / "said last week, adding ..." — a time expression then the clause end
    if (TIME.contains(w) || Lexicon.WEEKDAYS_MONTHS.contains(w)) {
      int m = k;
      while (m < n && (TIME.contains(t.get(m).lower) || Lexicon.WEEKDAYS_MONTHS.contains(t.get(m).lower) || t.get(m).posStarts("CD"))) m++;
      return m >= n || m > k && isClauseEnd(s, m);
    }
    if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";")) return true;
    if (w.equals(",") || w.equals("--") || w.equals("—")) return true;
    if (isQuoteTok(t.get(k)) && k + 1 >= n) return true;
    // "Lavrov said on Tuesday." / "said in a statement." — a PP then end
    if (t.get(k).posStarts("IN") && !w.equals("that")) {
      for (int j = k + 1; j < n; j++) {
        Token x = t.get(j);
        if (x.posStarts("VB") || x.posStarts("MD") || x.lower.equals("that") || inQuote(x.begin)) return false;
        if (x.lower.equals(",") || x.lower.equals(".")) return true;
      }
      return true;
    }
    return false;
  }

  /** End offset of a reported clause starting at token k: the sentence end, minus final punctuation. */
  private int contentEnd(Sentence s, int k) {
    List<Token> t = s.tokens;
    int e = t.size() - 1;
    while (e > k && (END_PUNCT.contains(t.get(e).lower) || isQuoteTok(t.get(e)) && !inQuote(t.get(e).begin - 1))) e--;
    int end = t.get(e).end;
    // keep a closing quotation mark that closes a quote opened inside the clause
    Quote q = quoteContaining(t.get(e).begin);
    if (q != null && q.begin() >= t.get(k).begin && q.end() > end) end = Math.min(q.end(), s.end);
    return trimEnd(t.get(k).begin, end);
  }

  /** Cuts a reported clause where a later cue in the same sentence starts its own clause. */
  private void cutAtLaterCues(Sentence s, List<Span> found) {
    for (Span a : found) {
      if (!a.kind.equals("indirect") && !a.kind.equals("according_to")) continue;
      for (Span b : found) {
        if (b == a || b.cueBegin <= a.contentBegin || b.cueBegin >= a.contentEnd) continue;
        int cutTok = -1;
        if (b.speakerSentence == s.index && b.speakerStart >= 0 && s.tokens.get(b.speakerStart).begin > a.contentBegin) {
          cutTok = b.speakerStart;
        } else if (b.inheritFrom == a) {
          cutTok = tokenAtOrAfter(s, b.cueBegin);
        }
        if (cutTok < 0) continue;
        int e = cutTok - 1;
        while (e >= 0 && (CONJ.contains(s.tokens.get(e).lower) || END_PUNCT.contains(s.tokens.get(e).lower))) e--;
        if (e >= 0 && s.tokens.get(e).end > a.contentBegin + 2) {
          a.contentEnd = Math.min(a.contentEnd, trimEnd(a.contentBegin, s.tokens.get(e).end));
        }
      }
    }
  }

  // ---------------------------------------------------------------- quotations without a cue

  private void quotePass(List<Span> out) {
    out.sort(Comparator.comparingInt(sp -> sp.contentBegin));
    List<Span> added = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.innerEnd() - q.innerBegin() < 8) continue;
      boolean covered = false;
      for (Span sp : out) if (sp.contentBegin < q.end() && sp.contentEnd > q.begin() || sp.cueBegin >= q.begin() && sp.cueBegin < q.end()) covered = true;
      for (Span sp : added) if (sp.contentBegin < q.end() && sp.contentEnd > q.begin()) covered = true;
      if (covered) continue;
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
        if (s.paragraph != ps.paragraph && !(prev.kind.equals("direct") || prev.kind.equals("partial"))) continue;
        if (namesBetween(ps, s, prev, q)) continue;
        added.add(inherited("direct", s.index, q, prev, s.paragraph == ps.paragraph ? 0.75 : 0.6));
      } else if (!sentenceInitial && prev.sentence == s.index && words >= 2) {
        added.add(inherited("partial", s.index, q, prev, 0.6));
      }
    }
    out.addAll(added);
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
        if (inQuote(tk.begin)) continue;
        if (tk.posStarts("NNP") && k > 0 && Lexicon.country(tk.lower) == null && !Lexicon.WEEKDAYS_MONTHS.contains(tk.lower)) return true;
      }
    }
    return false;
  }

  private Span lastBefore(List<Span> a, List<Span> b, int pos) {
    Span best = null;
    for (List<Span> l : List.of(a, b)) {
      for (Span sp : l) {
        int key = Math.max(sp.contentBegin, sp.cueBegin);
        if (key < pos && (best == null || key > Math.max(best.contentBegin, best.cueBegin))) best = sp;
      }
    }
    return best;
  }

  private List<Span> dedupe(List<Span> in) {
    List<Span> out = new ArrayList<>();
    for (Span sp : in) {
      boolean dup = false;
      for (Span o : out) {
        if (o.contentBegin == sp.contentBegin && o.contentEnd == sp.contentEnd) {
          dup = true;
          break;
        }
        if (o.cueBegin == sp.cueBegin && o.contentBegin < sp.contentEnd && sp.contentBegin < o.contentEnd && o.inheritFrom == null && sp.inheritFrom == null) {
          dup = true;
          break;
        }
      }
      if (!dup) out.add(sp);
    }
    return out;
  }

  // ---------------------------------------------------------------- helpers

  boolean inQuote(int pos) {
    return quoteContaining(pos) != null;
  }

  Quote quoteContaining(int pos) {
    for (Quote q : quotes) {
      if (q.begin() > pos) break;
      if (pos > q.begin() && pos < q.end() - 1 || pos == q.begin() && false) return q;
    }
    return null;
  }

  private Quote quoteStartingAt(int pos) {
    for (Quote q : quotes) {
      if (q.begin() == pos || q.innerBegin() == pos) return q;
      if (q.begin() > pos) break;
    }
    return null;
  }

  private Quote firstQuoteAfter(int pos, int maxGap) {
    for (Quote q : quotes) {
      if (q.begin() >= pos) return q.begin() - pos <= maxGap ? q : null;
    }
    return null;
  }

  private Quote lastQuoteBefore(int pos, int maxGap) {
    Quote best = null;
    for (Quote q : quotes) {
      if (q.end() <= pos) best = q;
    }
    return best != null && pos - best.end() <= maxGap ? best : null;
  }

  private boolean coveredLater(Quote q) {
    return false;
  }

  /** A quotation whose closing mark is at or just before the comma ({@code ,"} or {@code ",}). */
  private Quote quoteEndingNear(int commaEnd, int commaBegin) {
    for (Quote q : quotes) {
      if (q.closed() && (q.end() == commaEnd || q.end() == commaBegin || q.end() == commaBegin - 1 || q.end() == commaEnd + 1)) return q;
      if (!q.closed() && q.end() == commaEnd) return q;
    }
    return null;
  }

  private boolean precededByColon(int pos) {
    int j = pos - 1;
    while (j >= 0 && text.charAt(j) == ' ') j--;
    return j >= 0 && text.charAt(j) == ':';
  }

  static boolean isQuoteTok(Token t) {
    return t.text.length() == 1 && Quotes.isQuoteChar(t.text.charAt(0)) || t.text.equals("``") || t.text.equals("''");
  }

  private static boolean isCommaOrQuote(Token t) {
    return t.lower.equals(",") || isQuoteTok(t) || t.lower.equals("--") || t.lower.equals("—");
  }

  private int tokenAtOrAfter(Sentence s, int pos) {
    for (int k = 0; k < s.tokens.size(); k++) if (s.tokens.get(k).begin >= pos) return k;
    return s.tokens.size();
  }

  Sentence sentenceAt(int pos) {
    for (Sentence s : sentences) if (pos >= s.begin - 1 && pos < s.end) return s;
    return null;
  }

  /** Trims trailing whitespace and sentence punctuation (not quotation marks) from [b, e). */
  int trimEnd(int b, int e) {
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",;:.".indexOf(text.charAt(e - 1)) >= 0 && !(e >= 2 && text.startsWith("U.S", e - 4)))) e--;
    return e;
  }

  /** A quotation that takes its speaker and cue from an earlier attribution {@code prev}. */
  private Span inherited(String kind, int sentence, Quotes.Quote q, Span prev, double confidence) {
    Span sp = new Span();
    sp.kind = kind;
    sp.sentence = sentence;
    sp.contentBegin = q.innerBegin();
    sp.contentEnd = trimEnd(q.innerBegin(), q.innerEnd());
    sp.inheritFrom = prev;
    sp.cue = prev.cue;
    sp.cueLemma = prev.cueLemma;
    sp.cueBegin = prev.cueBegin;
    sp.cueEnd = prev.cueEnd;
    sp.confidence = confidence;
    return sp;
  }

  /** Makes {@code sp} a direct statement whose content is the inside of quotation {@code q}. */
  private Span quoted(Span sp, Quote q, double confidence) {
    sp.kind = "direct";
    sp.contentBegin = q.innerBegin();
    sp.contentEnd = trimEnd(q.innerBegin(), q.innerEnd());
    sp.confidence = confidence;
    return sp;
  }
}
