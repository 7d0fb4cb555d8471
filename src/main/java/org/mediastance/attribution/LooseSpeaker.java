package org.mediastance.attribution;

import java.util.List;
import java.util.Set;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * A fallback speaker span for a cue whose subject the stricter rules of {@link SpeakerSpans} do not
 * read: a longer noun group between a comma and the cue ("..., a lawyer for the company said",
 * "..., U.S. and South Korean officials said", "..., a whistleblower working inside the agency has
 * told Congress"), the antecedent of a relative pronoun ("Trump, who has called ..."), or a
 * sentence-initial noun phrase followed by an aside ("The operative, who
 * helped launch the campaign, said ..."; "Senator X, Democrat of Connecticut, also said ...").
 *
 * <p>Pure function of the tagged sentence; thread-safe.
 */
final class LooseSpeaker {
  private LooseSpeaker() {}

  private static final Set<String> AUX = Set.of("has", "have", "had", "will", "would", "could", "may", "might",
      "also", "later", "then", "again", "not", "never", "reportedly", "previously", "repeatedly");
  private static final int MAX_GROUP = 10;
  private static final Set<String> THIRD = Set.of("he", "she", "they");

  /** Token range [b, e) of a speaker for the cue at token {@code i}, or null. */
  static int[] find(Sentence s, int i) {
    List<Token> t = s.tokens;
    int j = i - 1;
    while (j >= 0 && (AUX.contains(t.get(j).lower) || t.get(j).posStarts("RB"))) j--;
    if (j < 0) return null;
    if (t.get(j).lower.equals(",")) return beforeAside(t, j);
    // "Trump, who has called the pact ...": the noun group before ", who"
    if ((t.get(j).lower.equals("who") || t.get(j).lower.equals("which")) && j >= 2 && t.get(j - 1).lower.equals(",")) j -= 2;
    int b = j;
    while (b > 0 && j - b < MAX_GROUP && groupToken(t.get(b - 1))) b--;
    boolean openingQuote = b == 1 && QuoteIndex.isQuoteTok(t.get(0));
    if (b > 0 && !t.get(b - 1).lower.equals(",") && !closingQuote(t, b - 1) && !openingQuote) return null;
    // a lone third-person pronoun after an opening quotation mark ('"He told the paper that ...')
    if (openingQuote && j == b && THIRD.contains(t.get(b).lower)) return new int[] {b, b + 1};
    if (b == 0 && j >= 6) return null;
    return nominal(t, b, j + 1) ? new int[] {b, j + 1} : null;
  }

  /**
   * "NP , aside , said": the noun phrase before the first comma, at the sentence start or right
   * after a sentence-initial quotation ('"...," Mieke Eoyang, director of ..., told the Journal').
   */
  private static int[] beforeAside(List<Token> t, int comma) {
    int start = 0;
    if (QuoteIndex.isQuoteTok(t.get(0))) {
      start = 1;
      while (start < comma && !closingQuote(t, start)) start++;
      start++;
    }
    int c = start;
    while (c < comma && !t.get(c).lower.equals(",")) c++;
    if (c >= comma || c == start || c - start > MAX_GROUP) return null;
    for (int k = start; k < c; k++) {
      Token x = t.get(k);
      if (!(x.posStarts("NN") || x.posStarts("DT") || x.posStarts("JJ") || x.posStarts("POS") || x.posStarts("CD")
          || (x.posStarts("CC") || x.lower.equals("of")) && k > start)) return null;
    }
    // the aside holds no other quotation or speech
    for (int k = c + 1; k < comma; k++) if (QuoteIndex.isQuoteTok(t.get(k)) || Cues.lemma(t.get(k).lower) != null && t.get(k).posStarts("VB")) return null;
    return nominal(t, start, c) ? new int[] {start, c} : null;
  }

  /** A quotation mark right after sentence punctuation: the close of a quotation. */
  private static boolean closingQuote(List<Token> t, int k) {
    if (k < 1 || !QuoteIndex.isQuoteTok(t.get(k))) return false;
    String p = t.get(k - 1).lower;
    return p.equals(",") || p.equals(".") || p.equals("?") || p.equals("!");
  }

  /** Tokens that can be inside a long noun group: nouns, determiners, adjectives, prepositions, coordination, participles. */
  private static boolean groupToken(Token x) {
    if (QuoteIndex.isQuoteTok(x) || x.lower.equals(",")) return false;
    return x.posStarts("NN") || x.posStarts("DT") || x.posStarts("JJ") || x.posStarts("POS") || x.posStarts("CD")
        || x.posStarts("PRP$") || x.posStarts("IN") && !x.lower.equals("that") || x.posStarts("CC") || x.posStarts("VBG");
  }

  /** The group starts like a noun phrase and has a noun head at its end. */
  private static boolean nominal(List<Token> t, int b, int e) {
    Token first = t.get(b);
    Token last = t.get(e - 1);
    boolean starts = first.posStarts("NN") || first.posStarts("DT") || first.posStarts("JJ") || first.posStarts("CD") || first.posStarts("PRP$");
    // "a charge the company denies": two noun phrases in a row are a reduced relative clause, not one group
    for (int k = b + 1; k < e; k++) if (t.get(k).posStarts("DT") && t.get(k - 1).posStarts("NN")) return false;
    return starts && last.posStarts("NN");
  }
}
