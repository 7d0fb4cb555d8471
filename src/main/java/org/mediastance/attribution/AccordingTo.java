package org.mediastance.attribution;

import static org.mediastance.attribution.ContentBounds.CONJ;
import static org.mediastance.attribution.ContentBounds.END_PUNCT;
import static org.mediastance.attribution.QuoteIndex.isQuoteTok;

import java.util.List;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/** The {@code according_to} rule of {@link Extractor}. Stateless; thread-safe as its arguments are. */
final class AccordingTo {
  private AccordingTo() {}

  /**
   * The "according to" attribution at token {@code i} of {@code s}, filled into {@code sp} (which
   * holds the cue), or null: the speaker is the NP after "according to"; the content is the clause
   * after it when the phrase opens the sentence, else the clause before it.
   */
  private static final java.util.Set<String> ISSUED = java.util.Set.of("from", "by"); // not "of": "a poll of 2,104 voters"

  static Span span(Sentence s, int i, SpeakerSpans speakers, ContentBounds content, Span sp) {
    List<Token> t = s.tokens;
    int n = t.size();
    int[] np = speakers.rightNp(s, i + 2);
    if (np == null) return null;
    if (Documents.isDocument(Lexicon.stripPossessive(t.get(np[1] - 1).lower)) && np[1] + 1 < n
        && ISSUED.contains(t.get(np[1]).lower)) {
      // "according to a statement from the German foreign office": its issuer speaks
      int[] issuer = speakers.rightNp(s, np[1] + 1);
      if (issuer != null) np = issuer;
    }
    SpeakerSpans.assign(sp, s, np);
    sp.kind = Kind.ACCORDING_TO;
    sp.confidence = 0.8;
    int lead = 0;
    while (lead < i && (CONJ.contains(t.get(lead).lower) || isQuoteTok(t.get(lead)))) lead++;
    if (lead == i) {
      int k = np[1];
      // only after a role: "According to Reuters, Vladimir Putin, who ..., said" keeps Reuters
      boolean role = Lexicon.ROLE_NOUNS.contains(Lexicon.stripPossessive(t.get(np[1] - 1).lower));
      int named = role ? appositiveName(t, k) : -1;
      if (named > 0) {
        // "According to Lithuania's interior minister, Agne Bilotaite, Belarus is ...": the name in
        // apposition is the speaker, the content opens after it
        SpeakerSpans.assign(sp, s, new int[] {k + 1, named});
        k = named;
      }
      while (k < n && (t.get(k).lower.equals(",") || t.get(k).lower.equals("that"))) k++;
      if (k >= n - 1) return null;
      sp.contentBegin = t.get(k).begin;
      sp.contentEnd = content.contentEnd(s, k);
    } else {
      // "X, according to Y, said Z": the content is the clause before
      int e = i - 1;
      while (e > lead && END_PUNCT.contains(t.get(e).lower)) e--;
      if (e - lead < 1) return null;
      sp.contentBegin = t.get(lead).begin;
      sp.contentEnd = content.trimEnd(sp.contentBegin, t.get(e).end);
    }
    return sp.contentEnd > sp.contentBegin ? sp : null;
  }

  /**
   * The end of a name in apposition at token {@code k} (", Agne Bilotaite," : two to four proper
   * nouns between commas, with more of the sentence after), else -1.
   */
  static int appositiveName(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).lower.equals(",")) return -1;
    int e = k + 1;
    while (e < t.size() && e <= k + 4 && t.get(e).posStarts("NNP")) e++;
    return e - k - 1 >= 2 && e + 2 < t.size() && t.get(e).lower.equals(",") ? e : -1;
  }
}
