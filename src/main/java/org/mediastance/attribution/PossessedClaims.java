package org.mediastance.attribution;

import java.util.List;
import java.util.Map;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * A content that is someone's claim ("Duda did not reject Trump's calls for Russia to be allowed
 * back"): the words reported are the possessor's, so the possessor is the speaker and the claim
 * noun the cue, not the person who rejects or repeats it.
 *
 * <p>Plain Java over tagged tokens; stateless.
 */
final class PossessedClaims {
  private PossessedClaims() {}

  /** Claim nouns and their lemma. */
  private static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("call", "call"), Map.entry("calls", "call"), Map.entry("claim", "claim"),
      Map.entry("claims", "claim"), Map.entry("demand", "demand"), Map.entry("demands", "demand"),
      Map.entry("accusation", "accusation"), Map.entry("accusations", "accusation"),
      Map.entry("assertion", "assertion"), Map.entry("assertions", "assertion"),
      Map.entry("allegation", "allegation"), Map.entry("allegations", "allegation"),
      Map.entry("warning", "warning"), Map.entry("warnings", "warning"),
      Map.entry("threat", "threat"), Map.entry("threats", "threat"),
      Map.entry("insistence", "insistence"), Map.entry("pledge", "pledge"),
      Map.entry("pledges", "pledge"), Map.entry("promise", "promise"),
      Map.entry("promises", "promise"), Map.entry("proposal", "proposal"),
      Map.entry("proposals", "proposal"), Map.entry("suggestion", "suggestion"),
      Map.entry("charge", "charge"), Map.entry("charges", "charge"));

  /** Gives each span whose content opens with "Name's claim-noun" the possessor as speaker. */
  static void apply(List<Span> spans, List<Sentence> sentences) {
    for (Span sp : spans) {
      if (sp.kind != Kind.INDIRECT || sp.inheritFrom != null) {
        continue;
      }
      Sentence s = sentences.get(sp.sentence);
      List<Token> t = s.tokens;
      int a = 0;
      while (a < t.size() && t.get(a).begin < sp.contentBegin) {
        a++;
      }
      int k = a;
      // "journalist Chris Cuomo's assertion": a lower-case role word may stand before the name
      while (k < t.size() && k < a + 2 && !t.get(k).isCapitalized()
          && (Lexicon.ROLE_NOUNS.contains(t.get(k).lower) || Lexicon.TITLES.contains(t.get(k).lower))) {
        k++;
      }
      int name = k;
      while (k < t.size() && t.get(k).posStarts("NNP")) {
        k++;
      }
      if (k == name || k + 1 >= t.size() || !isPossessive(t.get(k).lower)) {
        continue;
      }
      String lemma = NOUNS.get(t.get(k + 1).lower);
      if (lemma == null || k + 2 >= t.size() || !t.get(k + 2).lower.matches("for|that|to|of|about")) {
        continue;
      }
      if (subjectOfClause(t, k + 2, sp.contentEnd)) {
        continue; // "said Trump's accusations of deceit were incomprehensible": the claim is talked about
      }
      sp.speakerSentence = s.index;
      sp.speakerStart = a;
      sp.speakerEnd = k;
      sp.cue = t.get(k + 1).text;
      sp.cueLemma = lemma;
      sp.cueBegin = t.get(k + 1).begin;
      sp.cueEnd = t.get(k + 1).end;
    }
  }

  /** A finite verb after the claim, before a "that" of its own: the claim noun is a clause's subject. */
  private static boolean subjectOfClause(List<Token> t, int from, int contentEnd) {
    for (int k = from; k < t.size() && t.get(k).end <= contentEnd; k++) {
      Token x = t.get(k);
      if (x.lower.equals("that") || x.lower.equals("which") || x.lower.equals("who")) return false;
      if (x.posStarts("VBD") || x.posStarts("VBZ") || x.posStarts("VBP") || x.posStarts("MD")) return true;
    }
    return false;
  }

  private static boolean isPossessive(String lower) {
    return lower.equals("'s") || lower.equals("\u2019s") || lower.equals("'");
  }
}
