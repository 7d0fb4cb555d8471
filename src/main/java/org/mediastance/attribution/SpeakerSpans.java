package org.mediastance.attribution;

import java.util.List;
import java.util.Set;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * Finds the speaker mention of a cue as a token range [start, end) of its sentence: the subject
 * left of the cue (skipping auxiliaries, adverbs and appositions), the NP right of it ("..., said
 * X", "according to X"), or the subject of the main clause for participles and coordinated cues.
 *
 * <p>Rules over tokens and POS tags; tokens inside quotations are never part of a speaker. One
 * instance per document; not thread-safe.
 */
final class SpeakerSpans {
  /** Words that may stand between a subject and its cue ("X has also repeatedly said"). */
  private static final Set<String> SKIP_BEFORE_CUE = Set.of(
      "also", "later", "previously", "repeatedly", "reportedly", "then", "again", "recently",
      "earlier", "once", "publicly", "privately", "bluntly", "flatly", "has", "have", "had",
      "will", "would", "did", "does", "do", "could", "may", "might", "should", "not", "n't",
      "never", "often", "frequently", "first", "subsequently", "further", "last", "separately",
      "simply", "quickly", "angrily", "specifically", "explicitly", "openly", "directly", "even",
      "just", "already", "still", "always", "famously", "initially", "finally", "ultimately",
      "jokingly", "told", "is", "was", "are", "were", "be", "been", "being", "can", "must");

  private final QuoteIndex quotes;

  SpeakerSpans(QuoteIndex quotes) {
    this.quotes = quotes;
  }

  /** Makes token range {@code range} of sentence {@code s} the speaker mention of {@code sp}. */
  static void assign(Span sp, Sentence s, int[] range) {
    sp.speakerSentence = s.index;
    sp.speakerStart = range[0];
    sp.speakerEnd = range[1];
  }

  /** The NP (token range) that is the subject just left of the cue, skipping auxiliaries, adverbs, appositions. */
  int[] leftSubject(Sentence s, int i) {
    List<Token> t = s.tokens;
    int j = skipBeforeCue(t, i);
    // "Obama on Tuesday said", "Lavrov in a statement said"
    if (j >= 1 && Lexicon.WEEKDAYS_MONTHS.contains(t.get(j).lower) && (t.get(j - 1).lower.equals("on") || t.get(j - 1).lower.equals("in") || t.get(j - 1).lower.equals("last"))) j -= 2;
    if (j < 0) return null;
    Token tj = t.get(j);
    if (quotes.inQuote(tj.begin)) return null;
    if (tj.lower.equals(",")) return beforeAside(s, j);
    return npEndingAt(s, j);
  }

  /** "X, a doctor, said" / "X, who ..., said": the NP before the comma that opens the aside ending at comma {@code j}. */
  private int[] beforeAside(Sentence s, int j) {
    List<Token> t = s.tokens;
    for (int c = j - 1; c >= 1 && c >= j - 25; c--) {
      if (t.get(c).lower.equals(",")) {
        if (!opensAside(t.get(c + 1))) return null;
        int[] np = npEndingAt(s, c - 1);
        if (np != null && hasProper(s, np)) return np;
        return null;
      }
      if (quotes.inQuote(t.get(c).begin)) return null;
    }
    return null;
  }

  private static boolean opensAside(Token after) {
    String nx = after.lower;
    return nx.equals("who") || nx.equals("whose") || nx.equals("a") || nx.equals("an") || nx.equals("the")
        || after.posStarts("JJ") || after.posStarts("NN") && !after.posStarts("NNP") || after.posStarts("CD") || Lexicon.TITLES.contains(nx) || Lexicon.isCountryOrDemonym(nx);
  }

  /** Index of the first token left of {@code i} that is not an auxiliary or adverb (a comma stops the skip); may be -1. */
  private static int skipBeforeCue(List<Token> t, int i) {
    int j = i - 1;
    while (j >= 0 && (SKIP_BEFORE_CUE.contains(t.get(j).lower) || t.get(j).posStarts("RB")) && !t.get(j).lower.equals(",")) j--;
    return j;
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
      if (quotes.inQuote(x.begin)) break;
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
    if (!npTok(x) || quotes.inQuote(x.begin)) return null;
    int e = k;
    while (e < n) {
      Token y = t.get(e);
      if (quotes.inQuote(y.begin)) break;
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
    int j = skipBeforeCue(t, i);
    if (j < 1) return -1;
    String w = t.get(j).lower;
    if (!(w.equals("and") || w.equals("but"))) return -1;
    // the first conjunct must have a finite verb of its own before the conjunction
    for (int k = j - 1; k >= 0; k--) {
      if (finite(t.get(k))) return j;
    }
    return -1;
  }

  /** Subject of the main clause before token {@code i}: the first NP followed by a finite verb. */
  int[] mainSubject(Sentence s, int i) {
    List<Token> t = s.tokens;
    for (int j = 0; j < i; j++) {
      if (finite(t.get(j))) {
        int k = j - 1;
        while (k >= 0 && (t.get(k).posStarts("RB") || SKIP_BEFORE_CUE.contains(t.get(k).lower))) k--;
        if (k < 0) return null;
        if (t.get(k).lower.equals(",")) return leftSubject(s, j);
        return npEndingAt(s, k);
      }
    }
    return null;
  }

  private static boolean finite(Token x) {
    return x.pos != null && (x.pos.equals("VBD") || x.pos.equals("VBZ") || x.pos.equals("VBP") || x.pos.equals("MD"));
  }
}
