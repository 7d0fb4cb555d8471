package org.mediastance.attribution;

import java.util.List;
import java.util.Set;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * A fallback speaker span for a cue whose subject the stricter rules of {@link SpeakerSpans} do not
 * read: a longer noun group between a comma and the cue ("..., a lawyer for the company said",
 * "..., U.S. and South Korean officials said", "..., a whistleblower working inside the agency has
 * told Congress"), or a sentence-initial noun phrase followed by an aside ("The operative, who
 * helped launch the campaign, said ..."; "Senator X, Democrat of Connecticut, also said ...").
 *
 * <p>Pure function of the tagged sentence; thread-safe.
 */
final class LooseSpeaker {
  private LooseSpeaker() {}

  private static final Set<String> AUX = Set.of("has", "have", "had", "will", "would", "could", "may", "might",
      "also", "later", "then", "again", "not", "never", "reportedly", "previously", "repeatedly");
  private static final int MAX_GROUP = 10;

  /** Token range [b, e) of a speaker for the cue at token {@code i}, or null. */
  static int[] find(Sentence s, int i) {
    List<Token> t = s.tokens;
    int j = i - 1;
    while (j >= 0 && (AUX.contains(t.get(j).lower) || t.get(j).posStarts("RB"))) j--;
    if (j < 0) return null;
    if (t.get(j).lower.equals(",")) return beforeAside(t, j);
    int b = j;
    while (b > 0 && j - b < MAX_GROUP && groupToken(t.get(b - 1))) b--;
    if (b > 0 && !t.get(b - 1).lower.equals(",")) return null;
    if (b == 0 && j >= 6) return null;
    return nominal(t, b, j + 1) ? new int[] {b, j + 1} : null;
  }

  /** "NP , aside , said": the sentence-initial noun phrase before the first comma. */
  private static int[] beforeAside(List<Token> t, int comma) {
    int c = 0;
    while (c < comma && !t.get(c).lower.equals(",")) c++;
    if (c == comma || c == 0 || c > 6) return null;
    for (int k = 0; k < c; k++) {
      Token x = t.get(k);
      if (!(x.posStarts("NN") || x.posStarts("DT") || x.posStarts("JJ") || x.posStarts("POS") || x.posStarts("CD"))) return null;
    }
    // the aside holds no other quotation or speech
    for (int k = c + 1; k < comma; k++) if (QuoteIndex.isQuoteTok(t.get(k)) || Cues.lemma(t.get(k).lower) != null && t.get(k).posStarts("VB")) return null;
    return nominal(t, 0, c) ? new int[] {0, c} : null;
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
