package org.mediastance.attribution;

import java.util.List;
import java.util.Set;
import org.mediastance.attribution.Quotes.Quote;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * Where the content of an attribution begins and ends: the start of the reported clause after a
 * cue (past an addressee, "in a statement", "that" or a colon), whether the cue ends its clause
 * ("said on Tuesday."), the end of a clause (minus final punctuation), and cutting a clause where a
 * later cue in the same sentence begins its own.
 *
 * <p>Offsets are into the article text. One instance per document; not thread-safe.
 */
final class ContentBounds {
  static final Set<String> END_PUNCT = Set.of(".", "!", "?", ",", ";", ":", "--", "—", "–", "-");
  static final Set<String> CONJ = Set.of("but", "and", "while", "whereas", "although", "though", "yet", "or");
  private static final Set<String> TIME = Set.of("last", "next", "this", "week", "month", "year", "night", "morning",
      "afternoon", "evening", "weekend", "earlier", "later", "ago", "recently", "dec.", "jan.", "feb.", "mar.", "apr.",
      "jun.", "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "today", "yesterday", "tonight", "tuesday's", "friday's");

  private static final Set<String> CIRCUMSTANCE = Set.of("amid", "after", "despite", "following", "ahead");

  private final String text;
  private final QuoteIndex quotes;
  private final SpeakerSpans speakers;

  ContentBounds(String text, QuoteIndex quotes, SpeakerSpans speakers) {
    this.text = text;
    this.quotes = quotes;
    this.speakers = speakers;
  }

  /**
   * Trims trailing whitespace and sentence punctuation (not quotation marks) from [b, e), and a
   * trailing "according to" that introduces the report's source ("... over Ukraine, according to").
   */
  int trimEnd(int b, int e) {
    e = trimPunct(b, e);
    String tail = "according to";
    if (e - b > tail.length() && text.regionMatches(true, e - tail.length(), tail, 0, tail.length())
        && Character.isWhitespace(text.charAt(e - tail.length() - 1))) {
      int cut = trimPunct(b, e - tail.length());
      if (cut > b) e = cut;
    }
    return e;
  }

  private int trimPunct(int b, int e) {
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",;:.".indexOf(text.charAt(e - 1)) >= 0 && !(e >= 2 && text.startsWith("U.S", e - 4)))) e--;
    return e;
  }

  /** Sets the content of {@code sp} to the inside of quotation {@code q}. */
  void setQuoted(Span sp, Quote q) {
    sp.contentBegin = q.innerBegin();
    sp.contentEnd = trimEnd(q.innerBegin(), q.innerEnd());
  }

  /**
   * The token where the reported clause of a cue starts, from token {@code k} right after the cue
   * (or its post-cue speaker): past an addressee object ("told reporters"), a short phrase before
   * "that" ("said in a statement that"), and a leading "that", colon or comma before a quotation.
   */
  int skipAfterCue(Sentence s, int k, String lemma, boolean particle) {
    k = skipObject(s, k, lemma, particle);
    List<Token> t = s.tokens;
    int n = t.size();
    // "said in a statement that", "told reporters on Tuesday that": jump to a near "that" with no verb between
    // ... but not past a content noun ("denied conclusions by agencies that ...") or a determiner "that"
    boolean nounFirst = k < n && !Cues.OBJECT_VERBS.contains(lemma) && startsContentNoun(t.get(k));
    for (int j = k; j < n && j < k + 10 && !nounFirst; j++) {
      String w = t.get(j).lower;
      // a "that" the tagger reads as relative ("told a news conference in Beijing that U.S.
      // politicians were lying") is the clause's when a subject, not a verb, follows it
      boolean relative = "DT".equals(t.get(j).pos) || "WDT".equals(t.get(j).pos);
      if (relative && Cues.OBJECT_VERBS.contains(lemma) && j + 2 < n && !t.get(j + 1).posStarts("VB")
          && !t.get(j + 1).posStarts("MD") && !t.get(j + 1).posStarts("RB")) {
        relative = false;
      }
      if (w.equals("that") && j > k && !relative) {
        boolean verb = false;
        for (int m = k; m < j; m++) if (t.get(m).posStarts("VB") || t.get(m).posStarts("MD")) verb = true;
        if (!verb) k = j;
        break;
      }
      if (t.get(j).posStarts("VB") || w.equals(",") && j > k || quotes.inQuote(t.get(j).begin)) break;
    }
    // "said on Wednesday it would ...": a day before a clause with no "that" is not the content
    if (k + 2 < n && t.get(k).lower.equals("on") && Lexicon.WEEKDAYS_MONTHS.contains(t.get(k + 1).lower)) {
      int c = k + 2;
      if (c < n && t.get(c).posStarts("CD")) c++; // "on March 3"
      if (c < n && clauseStarts(s, c)) k = c;
    }
    // "said, however, that ..."
    if (k + 3 < n && t.get(k).lower.equals(",") && t.get(k + 1).posStarts("RB") && t.get(k + 2).lower.equals(",") && t.get(k + 3).lower.equals("that")) k += 3;
    while (k < n && (t.get(k).lower.equals("that") || t.get(k).lower.equals(":")
        || t.get(k).lower.equals(",") && k + 1 < n && quotes.quoteOrInside(t.get(k + 1)))) k++;
    return k;
  }

  /** True if only conjunctions, adverbs, commas and a leading "as" precede token {@code b}. */
  static boolean nothingBefore(Sentence s, int b) {
    for (int j = 0; j < b; j++) {
      Token x = s.tokens.get(j);
      // "As writer X told NPR in 2013, ...": a sentence-initial "as" frames the report
      if (!(CONJ.contains(x.lower) || x.lower.equals(",") || x.posStarts("RB") || j == 0 && x.lower.equals("as"))) return false;
    }
    return true;
  }

  /** The first comma at or within 8 tokens after token {@code k}; the sentence size if none. */
  int commaFrom(Sentence s, int k) {
    for (int c = k; c < s.tokens.size() && c < k + 8; c++) if (s.tokens.get(c).lower.equals(",")) return c;
    return s.tokens.size();
  }

  /** "As X wrote for The Telegraph in 2009, CONTENT": a sentence-initial "as" clause whose cue is followed by a comma. */
  boolean asFrame(Sentence s, int i) {
    List<Token> t = s.tokens;
    if (t.isEmpty() || !t.get(0).lower.equals("as") || i < 2) return false;
    for (int j = i + 1; j < t.size() && j < i + 9; j++) {
      Token x = t.get(j);
      if (x.lower.equals(",")) return j + 3 < t.size();
      if (x.posStarts("VB") || x.posStarts("MD") || quotes.quoteOrInside(x)) return false;
    }
    return false;
  }

  static boolean isTimeWord(String lower) {
    return TIME.contains(lower) || Lexicon.WEEKDAYS_MONTHS.contains(lower) || lower.equals("weeks") || lower.equals("days") || lower.equals("months") || lower.equals("years");
  }

  /** True if a clause starts at token {@code k}: a short subject (determiner, pronoun, names, nouns) then a finite verb. */
  boolean clauseStarts(Sentence s, int k) {
    List<Token> t = s.tokens;
    for (int j = k; j < t.size() && j < k + 7; j++) {
      Token x = t.get(j);
      if (quotes.inQuote(x.begin)) return false;
      if (finite(x)) return j > k;
      if (!(x.posStarts("NN") || x.posStarts("DT") || x.posStarts("JJ") || x.posStarts("PRP") || x.posStarts("CD") || x.posStarts("POS"))) return false;
    }
    return false;
  }

  private static boolean startsContentNoun(Token x) {
    if (TIME.contains(x.lower) || Lexicon.WEEKDAYS_MONTHS.contains(x.lower)) return false;
    return x.posStarts("DT") || x.posStarts("PRP$") || x.posStarts("JJ") || "NN".equals(x.pos) || "NNS".equals(x.pos);
  }

  /**
   * End offset of a noun-phrase content starting at token {@code k} and running at most to
   * {@code e} ("denied any knowledge of the meeting, which ..." → "any knowledge of the meeting"):
   * the first comma, semicolon or dash outside quotations, or a coordinated finite verb ("... and
   * said"), minus trailing time words. If a finite verb comes first the content is a clause and
   * {@code e} is returned.
   */
  int npEnd(Sentence s, int k, int e) {
    List<Token> t = s.tokens;
    int n = t.size();
    for (int j = k; j < n && t.get(j).begin < e; j++) {
      Token x = t.get(j);
      if (quotes.inQuote(x.begin) || QuoteIndex.isQuoteTok(x)) continue;
      boolean coordinated = CONJ.contains(x.lower) && j + 1 < n && finite(t.get(j + 1)) && j > k;
      boolean brk = (x.lower.equals(";") || x.lower.equals("--") || x.lower.equals("—")) && j > k
          || x.lower.equals(",") && j > k && j + 1 < n && opensNewPart(s, j + 1);
      // "pledged to fight corruption in the wake of the bombings": a circumstance after the object
      boolean circumstance = j > k + 1 && (CIRCUMSTANCE.contains(x.lower) && x.posStarts("IN")
          || x.lower.equals("in") && j + 2 < n && t.get(j + 1).lower.equals("the") && t.get(j + 2).lower.equals("wake"));
      if (coordinated || brk || circumstance) {
        int m = j - 1;
        while (m > k && (TIME.contains(t.get(m).lower) || Lexicon.WEEKDAYS_MONTHS.contains(t.get(m).lower))) m--;
        return Math.min(e, trimEnd(t.get(k).begin, t.get(m).end));
      }
      if (finite(x)) return e;
    }
    return e;
  }

  /** After a comma: a relative pronoun, a participle, a conjunction, a quotation, or a new clause (subject then finite verb). */
  private boolean opensNewPart(Sentence s, int j) {
    List<Token> t = s.tokens;
    Token x = t.get(j);
    if (x.posStarts("W") || x.posStarts("VBG") || x.posStarts("VBN") || CONJ.contains(x.lower) || quotes.quoteOrInside(x)) return true;
    for (int m = j; m < t.size() && m < j + 5; m++) {
      Token y = t.get(m);
      if (finite(y)) return true;
      if (!(y.posStarts("NN") || y.posStarts("PRP") || y.posStarts("DT") || y.posStarts("JJ") || y.posStarts("POS"))) return false;
    }
    return false;
  }

  private static boolean finite(Token x) {
    return "VBD".equals(x.pos) || "VBZ".equals(x.pos) || "VBP".equals(x.pos) || "MD".equals(x.pos);
  }

  /** Cues whose object is what they evaluate, not an addressee ("criticized X for Y", "criticized X's plan to"). */
  private static final java.util.Set<String> FOR_OBJECT = java.util.Set.of("criticize", "criticise", "praise", "thank", "fault",
      "congratulate");

  /** Past the addressee of an object verb ("told reporters", "warned the EU"), where one is followed by a clause. */
  private int skipObject(Sentence s, int k, String lemma, boolean particle) {
    List<Token> t = s.tokens;
    int n = t.size();
    if (k < n && Cues.OBJECT_VERBS.contains(lemma) && !particle && !lemma.equals("accuse") && !lemma.equals("blame") && !lemma.equals("urge") && !lemma.equals("call")) {
      int[] obj = speakers.rightNp(s, k);
      if (obj != null && obj[1] >= n) {
        k = n;
      } else if (obj != null) {
        // "told the Iranian Labour News Agency (ILNA) on Saturday": past a bracketed short name
        if (t.get(obj[1]).lower.equals("-lrb-") || t.get(obj[1]).lower.equals("(")) {
          int r = obj[1];
          while (r < n && r < obj[1] + 6 && !(t.get(r).lower.equals("-rrb-") || t.get(r).lower.equals(")"))) r++;
          if (r + 1 >= n) return n;
          if (r < obj[1] + 6) obj[1] = r + 1;
        }
        // "told reporters on Monday: ..." / "... on Monday that ...": past the day to the colon or "that"
        int day = obj[1];
        if (day + 1 < n && t.get(day).lower.equals("on") && Lexicon.WEEKDAYS_MONTHS.contains(t.get(day + 1).lower)) {
          day += 2;
          if (day < n && t.get(day).posStarts("CD")) day++;
          if (day < n && (t.get(day).lower.equals(":") || t.get(day).lower.equals("that") || quotes.quoteOrInside(t.get(day)))) {
            obj[1] = day;
          }
        }
        Token o = t.get(obj[1]);
        String nx = o.lower;
        // "criticized the United States for its tariffs", "praised Bern for": the object is what the content evaluates
        // and "criticized Ethiopia's plan to fill the dam": the object heads the content unless a clause or quote follows it
        if (FOR_OBJECT.contains(lemma) && !(nx.equals("that") || nx.equals(":") || nx.equals(",")
            || quotes.quoteOrInside(o))) return k;
        if (nx.equals("that") || nx.equals(":") || nx.equals(",") || isClauseEnd(s, obj[1]) || quotes.quoteOrInside(o)
            || o.posStarts("PRP") || o.posStarts("NN") || o.posStarts("DT") || nx.equals("the") || nx.equals("to") && !lemma.equals("tell")) {
          k = obj[1];
        }
      }
    }
    return k;
  }

  /** True if a closed quotation ends right before token {@code before} ('"...," X said' / '"..." X said'). */
  boolean quoteBeforeSpeaker(Sentence s, int before) {
    int c = before - 1;
    if (c < 0) return false;
    Token ct = s.tokens.get(c);
    if (!isCommaOrQuote(ct)) return false;
    Quote q = quotes.endingNear(ct.end, ct.begin);
    return q != null && q.closed() && q.innerEnd() - q.innerBegin() > 2;
  }

  /** True if the clause ends at token {@code k}: punctuation, a time expression or a prepositional phrase then the end. */
  boolean isClauseEnd(Sentence s, int k) {
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
    if (QuoteIndex.isQuoteTok(t.get(k)) && k + 1 >= n) return true;
    // "Lavrov said on Tuesday." / "said in a statement." — a PP then end
    if (t.get(k).posStarts("IN") && !w.equals("that")) {
      for (int j = k + 1; j < n; j++) {
        Token x = t.get(j);
        if (x.posStarts("VB") || x.posStarts("MD") || x.lower.equals("that") || quotes.inQuote(x.begin)) return false;
        if (x.lower.equals(",") || x.lower.equals(".")) return true;
      }
      return true;
    }
    return false;
  }

  /** End offset of a reported clause starting at token k: the sentence end, minus final punctuation. */
  int contentEnd(Sentence s, int k) {
    List<Token> t = s.tokens;
    int e = t.size() - 1;
    while (e > k && (END_PUNCT.contains(t.get(e).lower) || QuoteIndex.isQuoteTok(t.get(e)) && !closesQuoteFrom(t.get(e), t.get(k).begin))) e--;
    int end = t.get(e).end;
    // keep a closing quotation mark that closes a quote opened inside the clause
    Quote q = quotes.containing(t.get(e).begin);
    if (q != null && q.begin() >= t.get(k).begin && q.end() > end) end = Math.min(q.end(), s.end);
    return trimEnd(t.get(k).begin, end);
  }

  /** True if quotation mark {@code x} closes a quotation that opened at or after {@code from}. */
  private boolean closesQuoteFrom(Token x, int from) {
    Quote q = quotes.containing(x.begin - 1);
    return q != null && q.begin() >= from;
  }

  /** Cuts a reported clause where a later cue in the same sentence starts its own clause. */
  void cutAtLaterCues(Sentence s, List<Span> found) {
    for (Span a : found) {
      if (a.kind != Kind.INDIRECT && a.kind != Kind.ACCORDING_TO) continue;
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

  /**
   * Splits a reported clause at "... and that ..." / "..., but that ..." into two attributions with
   * the same cue and speaker ("said Britain is convinced X and that there was agreement on Y").
   */
  void splitAtAndThat(Sentence s, List<Span> found) {
    List<Token> t = s.tokens;
    List<Span> added = new java.util.ArrayList<>();
    for (Span a : found) {
      if (a.kind != Kind.INDIRECT) continue;
      for (int j = 1; j + 2 < t.size(); j++) {
        Token c = t.get(j);
        if (c.begin <= a.contentBegin + 2 || t.get(j + 1).end >= a.contentEnd) continue;
        if (!(c.lower.equals("and") || c.lower.equals("but")) || !t.get(j + 1).lower.equals("that") || "DT".equals(t.get(j + 1).pos) || "WDT".equals(t.get(j + 1).pos)) continue;
        // "and that sore spot is ...": a determiner, not a complementizer
        if (quotes.inQuote(c.begin) || "NN".equals(t.get(j + 2).pos) || "NNS".equals(t.get(j + 2).pos) || t.get(j + 2).posStarts("JJ")) continue;
        Span b = copy(a);
        b.contentBegin = t.get(j + 2).begin;
        b.contentEnd = a.contentEnd;
        int e = j - 1;
        if (t.get(e).lower.equals(",")) e--;
        a.contentEnd = trimEnd(a.contentBegin, t.get(e).end);
        added.add(b);
        break;
      }
    }
    found.addAll(added);
  }

  private static Span copy(Span a) {
    Span b = new Span();
    b.kind = a.kind;
    b.sentence = a.sentence;
    b.cueBegin = a.cueBegin;
    b.cueEnd = a.cueEnd;
    b.cue = a.cue;
    b.cueLemma = a.cueLemma;
    b.speakerSentence = a.speakerSentence;
    b.speakerStart = a.speakerStart;
    b.speakerEnd = a.speakerEnd;
    b.inheritFrom = a.inheritFrom;
    b.confidence = a.confidence;
    return b;
  }

  /** Index of the first token of {@code s} beginning at or after {@code pos}; the sentence size if none. */
  static int tokenAtOrAfter(Sentence s, int pos) {
    for (int k = 0; k < s.tokens.size(); k++) if (s.tokens.get(k).begin >= pos) return k;
    return s.tokens.size();
  }

  /** A comma, dash or quotation mark: what separates content from a trailing "X said". */
  static boolean isCommaOrQuote(Token t) {
    return t.lower.equals(",") || QuoteIndex.isQuoteTok(t) || t.lower.equals("--") || t.lower.equals("—");
  }
}
