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

  private static final Set<String> OPEN_PAREN = Set.of("(", "-lrb-");
  private static final Set<String> CLOSE_PAREN = Set.of(")", "-rrb-");

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
    // "Obama on Tuesday said", "X earlier this week accused"
    for (int k = skipTime(t, j); k != j; k = skipTime(t, j)) j = skipBeforeCue(t, k + 1);
    if (j < 0) return null;
    Token tj = t.get(j);
    if (quotes.inQuote(tj.begin)) return null;
    if (tj.lower.equals("who") && j >= 1) {
      // "Mahathir Mohamad, who told the assembly that ...": the relative pronoun's antecedent
      int a = t.get(j - 1).lower.equals(",") ? j - 2 : j - 1;
      int[] np = a >= 0 && !quotes.inQuote(t.get(a).begin) ? npEndingAt(s, a) : null;
      if (np != null && np[0] >= 2 && t.get(np[0] - 1).lower.equals(",") && (t.get(np[0]).posStarts("DT") || describes(s, np))) {
        // "Adam Kinzinger, an Illinois Republican who said": the name the description is about
        int[] named = npEndingAt(s, np[0] - 2);
        if (named != null && hasProper(s, named)) return named;
      }
      return np != null && (agentHead(s, np) || hasProper(s, np)) ? np : null;
    }
    if (tj.lower.equals(",")) return beforeAside(s, j);
    if (isDash(tj)) return beforeDash(s, j);
    int[] np = npEndingAt(s, j);
    if (np == null) return null;
    int[] head = Lexicon.PRONOUNS.contains(Lexicon.stripPossessive(t.get(np[1] - 1).lower)) ? null : relativeHead(s, np[0]);
    return head != null ? head : agent(s, np);
  }

  /** Tokens searched back from a subject for the "who" of a relative clause it closes. */
  private static final int RELATIVE_TOKENS = 12;

  /**
   * "Several foreign ministers who have met Tillerson since he took office describe": the NP the
   * relative clause ending before the cue is about (a role or group noun or a name, before "who"),
   * not the clause's last noun ("office"); null when there is no such clause.
   */
  private int[] relativeHead(Sentence s, int from) {
    List<Token> t = s.tokens;
    for (int w = from - 1; w >= 1 && w >= from - RELATIVE_TOKENS; w--) {
      Token x = t.get(w);
      if (quotes.inQuote(x.begin) || x.lower.equals(",") || x.lower.equals(";") || isDash(x)
          || x.lower.equals("which") || x.lower.equals("that")) return null;
      if (x.lower.equals("who")) {
        int[] head = npEndingAt(s, w - 1);
        // not after an apposition ("Patricia Smith, the mother of Sean Smith, an officer who was killed ... will testify")
        if (head == null || head[0] > 0 && t.get(head[0] - 1).lower.equals(",")) return null;
        return agentHead(s, head) ? head : null;
      }
    }
    return null;
  }

  /** Index before a time adverbial ending at {@code j} ("on Tuesday", "earlier this week", "last month"), else j. */
  private static int skipTime(List<Token> t, int j) {
    if (j < 1) return j;
    String w = t.get(j).lower;
    String prev = t.get(j - 1).lower;
    boolean unit = TIME_UNITS.contains(w) || Lexicon.WEEKDAYS_MONTHS.contains(w);
    if (unit && TIME_OPENERS.contains(prev)) return j - 2;
    // "issued a statement Saturday saying"
    if (Lexicon.WEEKDAYS_MONTHS.contains(w) && t.get(j - 1).posStarts("NN") && !t.get(j - 1).posStarts("NNP")) return j - 1;
    return j;
  }

  private static final Set<String> TIME_UNITS = Set.of("week", "month", "year", "weekend", "morning",
      "afternoon", "evening", "night", "day", "days", "weeks", "months");
  private static final Set<String> TIME_OPENERS = Set.of("on", "in", "last", "this", "next", "that",
      "earlier", "later", "previous", "past", "the");

  /** Openers of a time adverbial that may run into a following NP ("On Thursday Kyrgyzstan's ministry"; not "the May government"). */
  private static final Set<String> NP_TIME_OPENERS = Set.of("on", "in", "last", "this", "next", "earlier", "late", "early");

  static boolean isDash(Token x) {
    return x.lower.equals("-") || x.lower.equals("--") || x.lower.equals("\u2013") || x.lower.equals("\u2014");
  }

  /** "X - the first of the delegation to arrive - said": the NP before the dash that opens the aside ending at dash {@code j}. */
  private int[] beforeDash(Sentence s, int j) {
    List<Token> t = s.tokens;
    for (int c = j - 1; c >= 1 && c >= j - 25; c--) {
      if (quotes.inQuote(t.get(c).begin)) return null;
      if (isDash(t.get(c))) {
        int[] np = npEndingAt(s, c - 1);
        return np != null && hasProper(s, np) ? np : null;
      }
    }
    return null;
  }

  /**
   * The agent of a subject NP: "a spokesman for the new administration" and "officials in Baghdad"
   * take the NP before the preposition with them; "a lawmaker investigating election meddling"
   * the NP before the participle; "X issued a statement saying" the subject of "issued" (a document
   * is not the speaker when its issuer is the clause's subject).
   */
  int[] agent(Sentence s, int[] np) {
    List<Token> t = s.tokens;
    int k = np[0];
    if (k >= 2 && !quotes.inQuote(t.get(k - 1).begin)) {
      Token before = t.get(k - 1);
      if (before.lower.equals("in") && Documents.isDocument(t.get(np[1] - 1).lower)) {
        // "Lavrov in a statement said"
        int[] head = npEndingAt(s, k - 2);
        if (head != null) return head;
      }
      if (PP_OF_AGENT.contains(before.lower)) {
        int[] head = npEndingAt(s, k - 2);
        if (head != null && agentHead(s, head)) return new int[] {head[0], np[1]};
        // "A Chinese readout of the call said": the document, whose issuer its words may name
        if (head != null && before.lower.equals("of") && Documents.isDocument(t.get(head[1] - 1).lower)) {
          return new int[] {head[0], np[1]};
        }
        // "East African leaders meeting in Nairobi demanded": who meets, not where
        if (k >= 3 && PLACED.contains(t.get(k - 2).lower)) {
          int[] who = npEndingAt(s, k - 3);
          if (who != null && agentHead(s, who)) return who;
        }
        // "Egypt's ministry of foreign affairs": one institution's name; "the Chinese embassy in
        // Washington": the embassy, placed (not the city it sits in)
        if (head != null && (before.lower.equals("of") || before.lower.equals("in") || before.lower.equals("at"))
            && Lexicon.INSTITUTION_HEADS.contains(t.get(head[1] - 1).lower)) {
          return new int[] {head[0], np[1]};
        }
      }
      if (before.lower.equals("to")) {
        // "China's ambassador to Britain warned", "an adviser to the president said"
        int[] head = npEndingAt(s, k - 2);
        if (head != null && Lexicon.ROLE_NOUNS.contains(Lexicon.stripPossessive(t.get(head[1] - 1).lower))) {
          return new int[] {head[0], np[1]};
        }
      }
      int v = k - 1;
      while (v > 0 && (t.get(v).posStarts("VBN") || t.get(v).posStarts("JJ")) && v >= k - 2) v--;
      if (t.get(v).posStarts("VBG") && v >= 1) {
        int[] head = npEndingAt(s, v - 1);
        if (head != null && agentHead(s, head) && !hasFiniteBefore(t, head[0])) return head;
      }
      if (Documents.isDocument(t.get(np[1] - 1).lower) && before.posStarts("VB") && !before.posStarts("VBG")) {
        int[] issuer = leftSubject(s, k - 1);
        if (issuer != null) return issuer;
      }
      if (Documents.isDocument(t.get(np[1] - 1).lower) && (before.posStarts("NNP") || before.posStarts("PRP"))) {
        // "Lopez Obrador sent Trump a letter saying": past the one it was sent to, the sender
        int sent = k - 1;
        while (sent > 0 && t.get(sent).posStarts("NNP")) sent--;
        if (sent > 0 && t.get(sent).posStarts("VB") && !t.get(sent).posStarts("VBG")) {
          int[] issuer = leftSubject(s, sent);
          if (issuer != null) return issuer;
        }
      }
    }
    return np;
  }

  private static final Set<String> PP_OF_AGENT = Set.of("for", "at", "in", "of", "from", "with");
  /** Participles that place a subject ("leaders meeting in Nairobi", "officials gathered in Vienna"). */
  private static final Set<String> PLACED = Set.of("meeting", "gathered", "gathering", "assembled", "speaking",
      "based", "stationed", "holding", "attending");

  /** An NP that can head a speaker: a role or group noun, or a name. */
  private boolean agentHead(Sentence s, int[] np) {
    Token h = s.tokens.get(np[1] - 1);
    String l = Lexicon.stripPossessive(h.lower);
    if (Lexicon.ROLE_NOUNS.contains(l) || Lexicon.GROUP_NOUNS.contains(l) && !Documents.isDocument(l)) return true;
    if (Lexicon.ROLE_NOUNS.contains(l.endsWith("s") ? l.substring(0, l.length() - 1) : l)) return true;
    if (Lexicon.PRONOUNS.contains(l) || Lexicon.INSTITUTION_HEADS.contains(l)) return false;
    for (int k = np[0]; k < np[1]; k++) {
      Token x = s.tokens.get(k);
      if (!(x.posStarts("NNP") || x.posStarts("DT") || Lexicon.TITLES.contains(x.lower))) return false;
    }
    return h.posStarts("NNP") && !Lexicon.isCountryOrDemonym(l) && !Lexicon.METONYMS.contains(l);
  }

  private static boolean hasFiniteBefore(List<Token> t, int k) {
    for (int x = 0; x < k; x++) if (finite(t.get(x))) return true;
    return false;
  }

  /**
   * "X, a doctor, said" / "X, who ..., said" / "X, R-Texas, chairman of ..., said": the NP before
   * the comma that opens the aside ending at comma {@code j}; "the chairman of the committee, Rep.
   * Y of Ohio, said" and "his attorney, Y of Yale Law School, said": the name in the aside.
   */
  private int[] beforeAside(Sentence s, int j) {
    List<Token> t = s.tokens;
    for (int c = j - 1; c >= 1 && c >= j - 25; c--) {
      if (t.get(c).lower.equals(",")) {
        int[] np = npEndingAt(s, c - 1);
        int[] named = asideName(s, c + 1, j);
        if (np != null && partyTag(s, np) && np[0] >= 2 && t.get(np[0] - 1).lower.equals(",")) {
          np = npEndingAt(s, np[0] - 2);
        } else if (named == null && !opensAside(s, c + 1, j)) {
          return null;
        }
        if (np == null || clause(t, c + 1, j)) return null;
        // "The Dutch prime minister, Mark Rutte, said": a role with no name of its own, then the name
        if (named != null && (describes(s, np) || roleComplement(s, np))) return named;
        if (!hasProper(s, np)) return null;
        return np;
      }
      if (quotes.inQuote(t.get(c).begin)) return null;
    }
    return null;
  }

  /** Tokens [a, e) hold a finite verb before any relative pronoun: a clause, not an aside ("..., the White House said, claiming"). */
  private static boolean clause(List<Token> t, int a, int e) {
    for (int k = a; k < e; k++) {
      String l = t.get(k).lower;
      if (l.equals("who") || l.equals("which") || l.equals("that") || l.equals("whose")) return false;
      if (finite(t.get(k))) return true;
    }
    return false;
  }

  /** "R-Texas", "D-Calif.": a US party-state tag, not a speaker. */
  private static boolean partyTag(Sentence s, int[] np) {
    String w = SpeakerResolver.join(s.tokens, np[0], np[1]).replace(" ", "");
    return w.matches("[RDI][-\u2013][A-Z][A-Za-z.]*");
  }

  /** The aside [a, e) opens with a description, a relative clause or a participle ("Wisconsin Republican", "speaking to ..."). */
  private static boolean opensAside(Sentence s, int a, int e) {
    Token after = s.tokens.get(a);
    if (opensAside(after) || after.posStarts("VBG") || after.posStarts("VBN") || after.posStarts("RB")) return true;
    // a short prepositional aside: ", on the other hand,", ", for his part,", ", in a statement,"
    if (after.posStarts("IN") && e - a <= 5 && !clause(s.tokens, a, e)) return true;
    for (int k = a; k < e; k++) {
      String l = s.tokens.get(k).lower;
      if (Lexicon.ROLE_NOUNS.contains(l) || Lexicon.TITLES.contains(l) && !l.equals("state")) return true;
    }
    return false;
  }

  /** The person named by aside [a, e): "Rep. Jim Jordan of Ohio", "Eugene Fidell of Yale Law School"; else null. */
  private int[] asideName(Sentence s, int a, int e) {
    List<Token> t = s.tokens;
    int k = a;
    while (k < e && Lexicon.TITLES.contains(t.get(k).lower) && t.get(k).isCapitalized()) k++;
    int n = k;
    while (n < e && t.get(n).posStarts("NNP") && !Lexicon.INSTITUTION_HEADS.contains(t.get(n).lower)
        && !Lexicon.ROLE_NOUNS.contains(t.get(n).lower) && !(n == k && Lexicon.isCountryOrDemonym(t.get(n).lower))) n++;
    boolean named = n - k >= 2 || n - k == 1 && k > a;
    if (!named || !(n == e || t.get(n).lower.equals("of"))) return null;
    return new int[] {a, n};
  }

  private static final Set<String> ROLE_PREPS = Set.of("to", "for", "of", "at", "in");

  /**
   * The NP completes a role before it ("Russia's ambassador to the United Nations", "the envoy for
   * Syria", "a spokesman for the ministry"): the role describes the name in apposition after it.
   */
  private static boolean roleComplement(Sentence s, int[] np) {
    List<Token> t = s.tokens;
    int p = np[0] - 1;
    if (p < 1 || !ROLE_PREPS.contains(t.get(p).lower)) return false;
    String role = Lexicon.stripPossessive(t.get(p - 1).lower);
    return Lexicon.ROLE_NOUNS.contains(role) || Lexicon.TITLES.contains(role);
  }

  /** A description rather than a name: a common-noun or institution head ("his attorney", "the House Oversight Committee"). */
  private static boolean describes(Sentence s, int[] np) {
    Token h = s.tokens.get(np[1] - 1);
    String l = Lexicon.stripPossessive(h.lower);
    return !h.posStarts("NNP") || Lexicon.INSTITUTION_HEADS.contains(l) || Lexicon.ROLE_NOUNS.contains(l);
  }

  private static boolean opensAside(Token after) {
    String nx = after.lower;
    return nx.equals("who") || nx.equals("whose") || nx.equals("which") || nx.equals("a") || nx.equals("an") || nx.equals("the")
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
      // "On Thursday Kyrgyzstan's foreign ministry accused": the time adverbial is no part of the NP
      if (k - 2 >= 0 && NP_TIME_OPENERS.contains(t.get(k - 2).lower)
          && (Lexicon.WEEKDAYS_MONTHS.contains(x.lower) || TIME_UNITS.contains(x.lower))) break;
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
      // "Minister of State for Foreign Affairs Adel al-Jubeir": "for" inside a capitalised title
      if (y.lower.equals("for") && e + 1 < n && t.get(e + 1).posStarts("NNP") && e > k && t.get(e - 1).posStarts("NNP")
          && titleIn(t, k, e)) {
        e++;
        continue;
      }
      // a nickname in parentheses inside a name
      if (OPEN_PAREN.contains(y.lower) && e + 3 < n && OPEN_PAREN.contains(y.lower) && CLOSE_PAREN.contains(t.get(e + 2).lower)
          && t.get(e + 1).posStarts("NNP") && t.get(e + 3).posStarts("NNP") && e > k) {
        e += 3;
        continue;
      }
      break;
    }
    // "according to a report by X" / "according to the spokesman of Y": keep the head NP only
    return e > k ? new int[] {k, e} : null;
  }

  private static boolean titleIn(List<Token> t, int from, int to) {
    for (int i = from; i < to; i++) if (Lexicon.TITLES.contains(t.get(i).lower)) return true;
    return false;
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
    for (int j = introEnd(t, i); j < i; j++) {
      // "Nepal on Saturday objected": a past form right after a time adverbial is the finite verb
      boolean afterTime = j >= 2 && t.get(j).posStarts("VBN") && skipTime(t, j - 1) != j - 1;
      if ((finite(t.get(j)) || afterTime) && !quotes.inQuote(t.get(j).begin)) {
        int k = j - 1;
        while (k >= 0 && (t.get(k).posStarts("RB") || SKIP_BEFORE_CUE.contains(t.get(k).lower))) k--;
        // "The Democratic Republic of Congo on Saturday suspended": the subject is before the time
        for (int m = k < 0 ? k : skipTime(t, k); m != k; m = skipTime(t, k)) k = skipBeforeCue(t, m + 1);
        if (k < 0) return null;
        if (t.get(k).lower.equals(",")) return leftSubject(s, j);
        return npEndingAt(s, k);
      }
    }
    // '"...," Trump, speaking to reporters': the name before the comma
    if (i >= 2 && t.get(i - 1).lower.equals(",") && !quotes.inQuote(t.get(i - 2).begin)) {
      int[] np = npEndingAt(s, i - 2);
      if (np != null && hasProper(s, np)) return np;
    }
    return null;
  }

  /**
   * First token after an introductory adverbial clause ending in a comma before token {@code i}
   * ("Hours before X and Y were expected, Z took ...", "But on Saturday, Z ..."), else 0.
   */
  static int introEnd(List<Token> t, int i) {
    int open = -1;
    for (int k = 0; k < Math.min(3, i); k++) {
      Token x = t.get(k);
      // not "of" after a noun ("U.S. Secretary of State Mike Pompeo wrapped up ..."): it continues a
      // name and opens no clause, unlike "Ahead of the holiday, ..."
      boolean nameOf = x.lower.equals("of") && k > 0 && t.get(k - 1).posStarts("NN");
      // nor a time after a name ("Nepal on Saturday objected ..., saying"): the subject came first
      boolean timeAfterName = k > 0 && t.get(k - 1).posStarts("NNP") && k + 1 < t.size()
          && (Lexicon.WEEKDAYS_MONTHS.contains(t.get(k + 1).lower) || TIME_UNITS.contains(t.get(k + 1).lower));
      if (x.posStarts("IN") && !x.lower.equals("that") && !nameOf && !timeAfterName || x.posStarts("WRB")) {
        open = k;
        break;
      }
    }
    if (open < 0) return 0;
    for (int k = open + 1; k < i; k++) {
      if (t.get(k).lower.equals(",")) return k + 1;
    }
    return 0;
  }

  private static boolean finite(Token x) {
    return x.pos != null && (x.pos.equals("VBD") || x.pos.equals("VBZ") || x.pos.equals("VBP") || x.pos.equals("MD"));
  }
}
