package org.mediastance.attribution;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * Documents as speakers ("the report says", "the statement said"): a document speaks for whoever
 * issued it. Finds where the issuer is named: the possessor or name modifier in the mention itself
 * ("the committee's report", "a Federal Reserve study"), "by"/"from" after it ("an assessment by
 * U.S. intelligence officials"), or an earlier mention of a document of the same family in the
 * article with its issuer ("X released a report", "the report by X", "X said in a statement").
 *
 * <p>Plain Java over tokens; works on untagged sentences (words and capitals only). Stateless.
 */
final class Documents {
  private Documents() {}

  /** Document nouns by family: a mention of one refers back to an earlier one of its family. */
  private static final Map<String, String> FAMILY = Map.ofEntries(
      Map.entry("report", "report"), Map.entry("findings", "report"), Map.entry("review", "report"),
      Map.entry("assessment", "report"), Map.entry("study", "report"), Map.entry("analysis", "report"),
      Map.entry("inquiry", "report"), Map.entry("survey", "poll"), Map.entry("poll", "poll"),
      Map.entry("statement", "statement"), Map.entry("release", "statement"), Map.entry("communique", "statement"),
      Map.entry("declaration", "statement"), Map.entry("readout", "statement"), Map.entry("transcript", "statement"),
      Map.entry("letter", "letter"), Map.entry("memo", "letter"),
      Map.entry("memorandum", "letter"),
      Map.entry("notes", "letter"), Map.entry("reports", "report"), Map.entry("text", "statement"), Map.entry("document", "report"),
      Map.entry("filing", "report"), Map.entry("complaint", "report"), Map.entry("indictment", "report"));

  /** Verbs of issuing a document ("X released a statement"). */
  private static final Set<String> ISSUE = Set.of("issued", "issues", "released", "releases", "published",
      "publishes", "unveiled", "produced", "sent", "posted", "put", "wrote", "drafted", "compiled",
      "delivered", "filed", "commissioned");

  static boolean isDocument(String lower) {
    return FAMILY.containsKey(lower);
  }

  /** Where an issuer is named: a token range of a sentence, or a resolved speaker to take over. */
  record Issuer(int sentence, int start, int end, Span.Resolved resolved) {}

  /** Token ranges that name an entity of the article, looked up by sentence and start. */
  interface Names {
    /** The [start, end) of an entity mention of sentence {@code si} covering token {@code k} (not a country), or null. */
    int[] nameAt(int si, int k);

    /** The resolved speaker of an attribution whose cue lies in sentence {@code si} before token {@code k}, or null. */
    Span.Resolved speakerBefore(int si, int k);
  }

  /**
   * The issuer of the document named by tokens [a, b) of sentence {@code si} (head at b - 1),
   * searching the mention, the words after it and earlier sentences; null when none is found.
   */
  static Issuer issuer(List<Sentence> sentences, Names names, int si, int a, int b) {
    Sentence s = sentences.get(si);
    String family = FAMILY.get(s.tokens.get(b - 1).lower);
    Issuer own = at(s, names, a, b - 1);
    if (own != null) return own;
    for (int x = si - 1; x >= 0 && x >= si - 30; x--) {
      List<Token> t = sentences.get(x).tokens;
      for (int k = t.size() - 1; k >= 0; k--) {
        if (!family.equals(FAMILY.get(t.get(k).lower))) continue;
        int start = k;
        while (start > 0 && !t.get(start - 1).lower.equals(",") && k - start < 6
            && !t.get(start - 1).lower.equals("the") && !t.get(start - 1).lower.equals("a")) start--;
        Issuer i = at(sentences.get(x), names, start, k);
        if (i == null) i = issuedBy(sentences.get(x), names, k);
        if (i != null) return i;
      }
    }
    return null;
  }

  /** The issuer named with the document whose words are [a, head] of {@code s}: modifier, possessor, "by X", or null. */
  private static Issuer at(Sentence s, Names names, int a, int head) {
    List<Token> t = s.tokens;
    for (int k = a; k < head; k++) {
      int[] r = names.nameAt(s.index, k);
      if (r != null && r[1] <= head) return new Issuer(s.index, r[0], r[1], null);
    }
    // "the report released today by Sir X", "an assessment by U.S. intelligence officials"
    for (int k = head + 1; k < t.size() && k <= head + 4; k++) {
      String w = t.get(k).lower;
      if (w.equals(",") || w.equals(".")) break;
      if ((w.equals("by") || w.equals("from")) && k + 1 < t.size()) {
        for (int x = k + 1; x < t.size() && x <= k + 2; x++) {
          int[] r = names.nameAt(s.index, x);
          if (r != null) return new Issuer(s.index, r[0], r[1], null);
        }
        int e = k + 1;
        while (e < t.size() && SpeakerSpans.npTok(t.get(e)) && !t.get(e).posStarts("VB")) e++;
        if (e > k + 1 && Lexicon.GROUP_NOUNS.contains(t.get(e - 1).lower)) return new Issuer(s.index, k + 1, e, null);
        break;
      }
    }
    return null;
  }

  /** "X released a report", "X said in a statement": the issuer of the document at token {@code k}, or null. */
  private static Issuer issuedBy(Sentence s, Names names, int k) {
    List<Token> t = s.tokens;
    if (k >= 2 && t.get(k - 2).lower.equals("in")) {
      Span.Resolved r = names.speakerBefore(s.index, k - 2);
      if (r != null) return new Issuer(s.index, -1, -1, r);
      // "X said in a statement" without an attribution found there: the nearest name before it
      for (int x = k - 3; x >= 0; x--) {
        int[] n = names.nameAt(s.index, x);
        if (n != null) return new Issuer(s.index, n[0], n[1], null);
      }
    }
    int v = k - 1;
    while (v >= 0 && k - v <= 4 && !ISSUE.contains(t.get(v).lower)) v--;
    if (v < 0 || k - v > 4) return null;
    for (int x = v - 1; x >= 0; x--) {
      int[] r = names.nameAt(s.index, x);
      if (r != null) return new Issuer(s.index, r[0], r[1], null);
    }
    return null;
  }
}
