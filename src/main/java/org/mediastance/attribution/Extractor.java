package org.mediastance.attribution;

import static org.mediastance.attribution.ContentBounds.CONJ;
import static org.mediastance.attribution.ContentBounds.isCommaOrQuote;
import static org.mediastance.attribution.QuoteIndex.isQuoteTok;

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
 * <p>The cue rules live here; speaker mentions ({@link SpeakerSpans}), content bounds
 * ({@link ContentBounds}), quotation lookups ({@link QuoteIndex}) and cue-less continuation
 * quotations ({@link Continuations}) in their own classes.
 *
 * <p>Plain Java, no CoreNLP; one instance per document; not thread-safe.
 */
public final class Extractor {
  private static final Set<String> ABOUT = Set.of("about", "of", "against");
  private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being", "'s", "’s");
  private static final Set<String> EXPRESS_OBJ = Set.of("concern", "hope", "doubt", "confidence", "support", "regret", "frustration", "outrage", "skepticism", "optimism", "fear", "worry", "worrie", "opposition", "disappointment", "dismay", "alarm", "interest", "belief", "reservation", "openness", "anger", "sympathy", "condolence", "gratitude", "solidarity", "reluctance", "willingness", "readines", "impatience", "displeasure", "surprise", "satisfaction", "criticism", "objection");

  private final String text;
  private final List<Sentence> sentences;
  private final QuoteIndex quotes;
  private final SpeakerSpans speakers;
  private final ContentBounds content;

  public Extractor(String text, List<Sentence> sentences, List<Quote> quotes) {
    this.text = text;
    this.sentences = sentences;
    this.quotes = new QuoteIndex(quotes);
    this.speakers = new SpeakerSpans(this.quotes);
    this.content = new ContentBounds(text, this.quotes, speakers);
  }

  /** All attributions of the document, sorted by content begin. */
  public List<Span> extract() {
    List<Span> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.tagged) continue;
      List<Span> found = sentence(s);
      content.cutAtLaterCues(s, found);
      content.splitAtAndThat(s, found);
      out.addAll(found);
    }
    PossessedClaims.apply(out, sentences);
    out.addAll(new SourceMarks(text, sentences, quotes, content).find());
    new Continuations(text, sentences, quotes, content).addTo(out);
    out.removeIf(sp -> sp.contentEnd - sp.contentBegin < 2);
    out.sort(Comparator.comparingInt((Span sp) -> sp.contentBegin).thenComparingInt(sp -> sp.cueBegin));
    return dedupe(out);
  }

  /** True if {@code pos} lies inside a quotation of the document. */
  boolean inQuote(int pos) {
    return quotes.inQuote(pos);
  }

  // ---------------------------------------------------------------- per sentence

  List<Span> sentence(Sentence s) {
    List<Span> found = new ArrayList<>();
    List<Token> t = s.tokens;
    int n = t.size();
    for (int i = 0; i < n; i++) {
      Token tok = t.get(i);
      if (quotes.inQuote(tok.begin) && !nestedReport(tok)) continue;
      if (tok.lower.equals("according") && i + 1 < n && t.get(i + 1).lower.equals("to")) {
        Span sp = AccordingTo.span(s, i, speakers, content, cueSpan(s, i, i + 2, "according to"));
        if (sp != null) found.add(sp);
        continue;
      }
      int saying = quotedAsSaying(t, i);
      if (saying > 0) {
        // "Abiy Ahmed was quoted as saying that ...": the subject of "was" said it
        Span sp = cue(s, i - 1, saying + 1, "say", false, found);
        if (sp != null) found.add(sp);
        i = saying;
        continue;
      }
      String lemma = Cues.lemma(tok.lower);
      if (lemma == null) continue;
      if (tok.pos != null && !tok.pos.startsWith("VB")) continue;
      // "its disputed programme", "the reported attack": an adjective, not a cue
      if (i > 0 && (t.get(i - 1).posStarts("PRP$") || t.get(i - 1).posStarts("DT")) && !"VBZ".equals(tok.pos) && !"VBD".equals(tok.pos)) continue;
      int cueEnd = i + 1;
      boolean particle = false;
      if (lemma.equals("call")) {
        int p = particleAfter(t, cueEnd);
        if (p >= 0) {
          cueEnd = p + 1;
          particle = true;
        } else if (!quoteWithin(s, i + 1, 8) && !namingObject(t, cueEnd)) {
          continue;
        }
      } else if (lemma.equals("express")) {
        int j = i + 1;
        while (j < n && j < i + 4 && !EXPRESS_OBJ.contains(Lexicon.stripPossessive(t.get(j).lower).replaceAll("s$", ""))) j++;
        // the feeling is part of the content ("expressed serious reservations about ...")
        if (j >= n || j >= i + 4) continue;
      } else if (Cues.QUOTE_ONLY.contains(lemma)) {
        if (!quoteWithin(s, cueEnd, 10)) continue;
      } else if (Cues.NEEDS_EVIDENCE.contains(lemma)) {
        if (!evidenceAfter(s, cueEnd) && !quoteJustBefore(s, i) && !trailingAfterComma(s, i) && !content.asFrame(s, i)
            && !(Cues.NAMING_VERBS.contains(lemma) && quoteWithin(s, cueEnd, 10))
            && !(AS_NAMING.contains(lemma) && describedAs(t, cueEnd))
            && !(Cues.NP_EVIDENCE.contains(lemma) && npStarts(s, cueEnd) && !(lemma.equals("dismiss") && officeObject(t, cueEnd)))
            && !(Cues.BARE_CLAUSE.contains(lemma) && content.clauseStarts(s, cueEnd))) continue;
      }
      if (passiveOrInfinitive(t, i)) continue;
      if (attributive(t, i)) continue; // "will not tolerate repeated violations": an adjective
      if (lemma.equals("threaten") && endangers(t, i)) continue;
      if (lemma.equals("thank") && afterModal(t, i)) continue; // "Kushner can probably thank nepotism for": credit, no thanks said
      if (obligedOrPossible(t, i)) continue; // "Saudi Arabia must reveal who ordered": nothing was said yet
      if (nobodySays(t, i)) continue; // "no one in the United States calls Trump the chairman": nobody said it
      if (SILENT_WHEN_NEGATED.contains(lemma) && negatedCue(t, i)) continue; // "did not say whether": nothing was said
      Span sp = cue(s, i, cueEnd, lemma, particle, found);
      if (sp != null) found.add(sp);
    }
    return found;
  }

  /**
   * The index of "saying" when token {@code i} is "quoted" right after a form of "be" and followed,
   * within eight tokens, by "as saying" ("was quoted as saying", "was quoted by Interfax as
   * saying"), else -1.
   */
  static int quotedAsSaying(List<Token> t, int i) {
    if (i < 1 || !t.get(i).lower.equals("quoted") || !BE.contains(t.get(i - 1).lower)) return -1;
    for (int j = i + 1; j + 1 < t.size() && j <= i + 8; j++) {
      if (t.get(j).lower.equals("as") && t.get(j + 1).lower.equals("saying")) return j + 1;
      if (t.get(j).lower.matches("[.;:!?]")) return -1;
    }
    return -1;
  }

  /**
   * True when the cue's subject is "no one", "nobody" or "none" (read back to a punctuation mark or
   * another verb): "no one in the United States calls Trump the chairman of America" is no statement.
   */
  private static boolean nobodySays(List<Token> t, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
      Token x = t.get(j);
      if (x.lower.matches("[.,;:!?]") || x.posStarts("VB") || x.posStarts("MD")) return false;
      if (x.lower.equals("nobody") || x.lower.equals("none") || x.lower.equals("noone")
          || x.lower.equals("one") && j > 0 && t.get(j - 1).lower.equals("no")) return true;
    }
    return false;
  }

  /**
   * Cues that report nothing when negated ("did not say", "has not commented", "did not blame");
   * "did not reject X's calls" still reports X's calls.
   */
  static final java.util.Set<String> SILENT_WHEN_NEGATED = java.util.Set.of("say", "comment", "confirm", "respond",
      "announce", "disclose", "reveal", "indicate", "specify", "elaborate", "state", "explain", "claim", "admit",
      "acknowledge", "mention", "blame", "concede", "detail", "address", "discuss", "answer", "reply", "identify",
      "tell", "accuse", "criticize", "criticise", "demand", "agree", "remark", "speak", "talk");

  /**
   * True when the cue is negated ("did not say whether", "has not commented", "would not
   * immediately confirm", "never admitted"): no statement is reported. "not only said" is one.
   */
  static boolean negatedCue(List<Token> t, int i) {
    int j = i - 1;
    while (j >= 0 && t.get(j).lower.endsWith("ly") && !t.get(j).lower.equals("only")) j--; // "did not immediately respond"
    if (j < 0) return false;
    String w = t.get(j).lower;
    return w.equals("not") || w.equals("n't") || w.equals("n’t") || w.equals("never");
  }

  /** Modal verbs, also when untagged ("would threaten", "can probably thank"). */
  private static final java.util.Set<String> MODALS = java.util.Set.of("would", "could", "might", "may",
      "can", "cannot", "will", "should", "must", "ought", "'d", "wo");
  /** Modals of obligation or possibility: what follows has not been said yet. */
  private static final java.util.Set<String> NOT_YET = java.util.Set.of("must", "should", "could", "might", "may",
      "can", "cannot", "ought");

  /** The modal right before token {@code i}, past adverbs and "not" (lower case), or null. */
  private static String modalBefore(List<Token> t, int i) {
    int j = i - 1;
    while (j >= 0 && (t.get(j).posStarts("RB") || t.get(j).lower.endsWith("ly") || t.get(j).lower.equals("not"))) j--;
    // "Theresa May praised": a capitalised "May" inside the sentence is a name, not a modal
    if (j > 0 && t.get(j).isCapitalized()) return null;
    return j >= 0 && (t.get(j).posStarts("MD") || MODALS.contains(t.get(j).lower)) ? t.get(j).lower : null;
  }

  static boolean afterModal(List<Token> t, int i) {
    return modalBefore(t, i) != null;
  }

  /** A modal of obligation or possibility right before the cue: no speech act reported. */
  static boolean obligedOrPossible(List<Token> t, int i) {
    String m = modalBefore(t, i);
    return m != null && NOT_YET.contains(m);
  }

  /**
   * "the deal would threaten the survival of Israel": a modal "threaten" with a noun-phrase object
   * means endanger, not a threat someone utters ("threatened to leave", "threatened that ...").
   */
  static boolean endangers(List<Token> t, int i) {
    if (endangeredObject(t, i) || namedObjectOnly(t, i)) return true;
    if (!afterModal(t, i)) return false;
    if (i + 1 >= t.size()) return true;
    String next = t.get(i + 1).lower;
    return !next.equals("to") && !next.equals("that") && !t.get(i + 1).posStarts("``") && !next.equals("\"");
  }

  /**
   * "Greece's militarisation of the islands threatened Turkey": a name or pronoun object that ends
   * the clause, with nothing threatened ("with sanctions", "to leave", "that ...") after it: a
   * danger the subject poses, not a threat uttered.
   */
  static boolean namedObjectOnly(List<Token> t, int i) {
    int j = i + 1;
    boolean named = false;
    while (j < t.size() && (t.get(j).posStarts("NNP") || t.get(j).posStarts("PRP") || t.get(j).posStarts("DT")
        || t.get(j).posStarts("POS"))) {
      named |= t.get(j).posStarts("NNP") || t.get(j).posStarts("PRP");
      j++;
    }
    if (!named || j == i + 1) return false;
    if (j >= t.size()) return true;
    String next = t.get(j).lower;
    return next.matches("[.;:!?]") || next.equals(",") && !quoteWithinTokens(t, j, 3) || next.equals("and") || next.equals("but");
  }

  private static boolean quoteWithinTokens(List<Token> t, int from, int k) {
    for (int j = from; j < t.size() && j <= from + k; j++) {
      if (t.get(j).posStarts("``") || t.get(j).lower.equals("\"") || t.get(j).lower.equals("“")) return true;
    }
    return false;
  }

  /** What can be endangered but not threatened with words: "threatened the stability of the region". */
  private static final java.util.Set<String> ENDANGERED = java.util.Set.of("stability", "security",
      "survival", "existence", "peace", "safety", "future", "lives", "life", "livelihoods", "health",
      "economy", "recovery", "integrity", "independence", "sovereignty", "unity", "ceasefire", "truce");

  /**
   * "the conflict threatened the stability of the Horn of Africa": a noun-phrase object (a
   * determiner, possessive or adjectives at most before its head) that is something endangered,
   * not a threat uttered ("threatened retaliation", "threatened North Korea with ...").
   */
  static boolean endangeredObject(List<Token> t, int i) {
    for (int j = i + 1; j < t.size() && j <= i + 4; j++) {
      Token x = t.get(j);
      if (ENDANGERED.contains(x.lower)) return true;
      if (!(x.posStarts("DT") || x.posStarts("JJ") || x.posStarts("PRP$") || x.posStarts("POS") || x.posStarts("NNP"))) return false;
    }
    return false;
  }

  /** "called on", "called for", "called Monday for", "has called repeatedly in recent weeks for": the particle's index, or -1. */
  private static int particleAfter(List<Token> t, int k) {
    for (int j = k; j < t.size() && j < k + 6; j++) {
      String w = t.get(j).lower;
      if (w.equals("on") && j == k || w.equals("for") || w.equals("upon")) return j;
      Token x = t.get(j);
      boolean adverbial = x.posStarts("RB") || x.posStarts("IN") || x.posStarts("JJ") || x.posStarts("CD") || x.posStarts("DT")
          || ContentBounds.isTimeWord(w);
      if (!adverbial) return -1;
    }
    return -1;
  }

  /** Tokens read for a naming object and its complement ("called the killing of Qassem Soleimani an act of ..."). */
  private static final int NAMED_OBJECT_TOKENS = 12;
  /** Prepositions inside a naming verb's object noun phrase. */
  private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("of", "for", "between", "with", "against", "on", "by",
      "about", "over", "in", "from", "toward", "towards", "into");
  /** Words after "the" that make a time or a sequence, not a characterisation ("called him the next day"). */
  private static final java.util.Set<String> NOT_A_NAMING = java.util.Set.of("day", "week", "night", "morning",
      "evening", "afternoon", "month", "year", "next", "following", "same", "previous", "other", "first", "last");

  /**
   * "dismissed the prime minister", "dismissed the government": the object is an office or body
   * removed from it (an act), not a claim rejected ("dismissed the reports as fake").
   */
  static boolean officeObject(List<Token> t, int k) {
    for (int j = k; j < t.size() && j < k + 5; j++) {
      Token y = t.get(j);
      if (y.posStarts("DT") || y.posStarts("JJ") || y.posStarts("PRP$") || y.posStarts("POS")) continue;
      if (!y.posStarts("NN")) return false;
      int e = j;
      while (e + 1 < t.size() && t.get(e + 1).posStarts("NN")) e++;
      String head = Lexicon.stripPossessive(t.get(e).lower);
      return Lexicon.ROLE_NOUNS.contains(head) || Lexicon.ROLE_NOUNS.contains(head.replaceAll("s$", ""))
          || head.equals("government") || head.equals("cabinet") || head.equals("parliament");
    }
    return false;
  }

  /** Verbs that characterise an object with "as" ("described the protesters as terrorists"). */
  private static final java.util.Set<String> AS_NAMING = java.util.Set.of("describe", "characterize", "characterise");

  /**
   * "described the protesters as terrorists trained abroad": a short noun phrase object (pronoun,
   * names, nouns, with "of"/"in" phrases inside) then "as" and a noun phrase or adjective. Not
   * "described how ..." (no object) or "described the scene in detail" (no "as").
   */
  static boolean describedAs(List<Token> t, int k) {
    boolean object = false;
    for (int j = k; j < t.size() && j < k + NAMED_OBJECT_TOKENS; j++) {
      Token y = t.get(j);
      if (y.lower.equals("as")) {
        return object && j + 1 < t.size() && (t.get(j + 1).posStarts("DT") || t.get(j + 1).posStarts("JJ")
            || t.get(j + 1).posStarts("NN") || t.get(j + 1).posStarts("RB") || t.get(j + 1).posStarts("VBN"));
      }
      if (y.posStarts("NN") || y.posStarts("PRP")) object = true;
      else if (object && OBJECT_PREPOSITIONS.contains(y.lower)) continue;
      else if (!(y.posStarts("DT") || y.posStarts("JJ") || y.posStarts("POS") || y.posStarts("CD") || y.posStarts("PRP$"))) return false;
    }
    return false;
  }

  /**
   * "called it one of the most important speeches": a pronoun object then a noun phrase; "called
   * South Korea's decision a breach of trust": a short noun phrase object then "a"/"an".
   */
  private static boolean namingObject(List<Token> t, int k) {
    if (k + 1 >= t.size()) return false;
    String o = t.get(k).lower;
    Token x = t.get(k + 1);
    boolean pron = o.equals("it") || o.equals("him") || o.equals("her") || o.equals("them") || o.equals("this");
    if (pron) return x.posStarts("DT") || x.posStarts("JJ") || x.posStarts("CD") || x.lower.equals("one");
    boolean noun = false;
    for (int j = k; j < t.size() && j < k + NAMED_OBJECT_TOKENS; j++) {
      Token y = t.get(j);
      String w = y.lower;
      if (j > k && (w.equals("a") || w.equals("an")) && j + 1 < t.size()
          && (t.get(j + 1).posStarts("NN") || t.get(j + 1).posStarts("JJ"))) return true;
      // "called the rhetoric between Washington and Pyongyang the wrong answer": a second noun
      // phrase opened by "the" right after a noun (not a time: "called him the next day")
      if (noun && w.equals("the") && t.get(j - 1).posStarts("NN") && j + 1 < t.size()
          && (t.get(j + 1).posStarts("NN") || t.get(j + 1).posStarts("JJ"))
          && !NOT_A_NAMING.contains(t.get(j + 1).lower) && !(j + 2 < t.size() && NOT_A_NAMING.contains(t.get(j + 2).lower))) return true;
      // a prepositional phrase inside the object: "the U.S. support for Juan Guaido", "the killing of Qassem Soleimani"
      if (noun && OBJECT_PREPOSITIONS.contains(w) && j + 1 < t.size()
          && (t.get(j + 1).posStarts("NN") || t.get(j + 1).posStarts("DT") || t.get(j + 1).posStarts("JJ"))) continue;
      if (noun && w.equals("and") && j + 1 < t.size() && t.get(j + 1).posStarts("NNP")) continue;
      // a relative clause inside the object: "called the U.S. strike that killed Qassem Soleimani a violation"
      if (noun && (w.equals("that") || w.equals("which")) && j + 2 < t.size() && t.get(j + 1).posStarts("VBD")) {
        j++;
        continue;
      }
      // an infinitive inside the object: "called Australia's decision to scrap the submarine deal a stab in the back"
      if (noun && w.equals("to") && j + 1 < t.size() && t.get(j + 1).posStarts("VB")) continue;
      // "called the recognition of Juan Guaido as Venezuela's interim president a usurpation": a named "as"
      if (noun && w.equals("as") && j + 1 < t.size() && t.get(j + 1).posStarts("NNP")) continue;
      if (noun && y.posStarts("VB") && t.get(j - 1).lower.equals("to")) continue;
      // "called the ceasefire deal incredibly painful": an adverb before that adjective
      if (noun && y.posStarts("RB") && y.lower.endsWith("ly") && j + 1 < t.size() && t.get(j + 1).posStarts("JJ")) continue;
      // "called the U.S. accusations meaningless": an adjective after the object ends the naming
      if (noun && y.posStarts("JJ") && (j + 1 == t.size() || t.get(j + 1).posStarts("CC")
          || t.get(j + 1).posStarts("IN") || t.get(j + 1).posStarts("TO")
          || t.get(j + 1).lower.matches("[.,;:]"))) return true;
      // "the AUKUS submarine deal a stab in the back": a noun the tagger read as a verb, then "a"
      if (noun && y.posStarts("VB") && j + 2 < t.size() && (t.get(j + 1).lower.equals("a") || t.get(j + 1).lower.equals("an"))
          && (t.get(j + 2).posStarts("NN") || t.get(j + 2).posStarts("JJ"))) return true;
      noun |= y.posStarts("NN");
      if (y.posStarts("VBG") && j > k && t.get(j - 1).posStarts("DT")) continue; // "the escalating rhetoric"
      if (!(y.posStarts("NN") || y.posStarts("DT") || y.posStarts("JJ") || y.posStarts("POS") || y.posStarts("PRP$"))) return false;
    }
    return false;
  }

  /**
   * A cue inside a long quotation of a report ('As the AP writes, "President Hollande said his
   * country ..."'): a nested attribution, read when its speaker is not the quoted voice itself.
   */
  private boolean nestedReport(Token tok) {
    Quote q = quotes.containing(tok.begin);
    return q != null && q.innerEnd() - q.innerBegin() >= 80 && tok.begin - q.innerBegin() >= 3;
  }

  /** The speaker span names someone: a proper noun, a role or a group noun (not a pronoun). */
  private static boolean namedSpeaker(Sentence s, Span sp) {
    if (!sp.hasSpeaker()) return false;
    for (int k = sp.speakerStart; k < sp.speakerEnd; k++) {
      Token x = s.tokens.get(k);
      if (x.posStarts("NNP") || Lexicon.ROLE_NOUNS.contains(x.lower) || Lexicon.GROUP_NOUNS.contains(x.lower)) return true;
    }
    return false;
  }

  /**
   * A participle used as an adjective before its noun, after a quotation, determiner or adjective
   * ('"will not tolerate" repeated violations', "the repeated warnings"): no cue.
   */
  static boolean attributive(List<Token> t, int i) {
    Token x = t.get(i);
    if (!("VBN".equals(x.pos) || "JJ".equals(x.pos)) || i + 1 >= t.size() || i == 0) return false;
    Token next = t.get(i + 1);
    Token prev = t.get(i - 1);
    boolean noun = next.posStarts("NN") && !next.posStarts("NNP");
    return noun && (prev.posStarts("DT") || prev.posStarts("JJ") || prev.posStarts("PRP$") || QuoteIndex.isQuoteTok(prev));
  }

  /** Passive ("was told", "proposed by") and infinitive ("declined to comment") cues are not attributions. */
  private static boolean passiveOrInfinitive(List<Token> t, int i) {
    int b = i - 1;
    while (b >= 0 && (t.get(b).posStarts("RB") && !BE.contains(t.get(b).lower))) b--;
    if (b >= 0 && BE.contains(t.get(b).lower) && "VBN".equals(t.get(i).pos)) return true;
    // a reduced passive: "the wall proposed by Washington was offensive"
    if (i + 1 < t.size() && t.get(i + 1).lower.equals("by") && "VBN".equals(t.get(i).pos)) return true;
    return b >= 0 && t.get(b).lower.equals("to");
  }

  private boolean evidenceAfter(Sentence s, int k) {
    List<Token> t = s.tokens;
    for (int j = k; j < t.size() && j < k + 5; j++) {
      String w = t.get(j).lower;
      if (w.equals("that") || w.equals(":") || w.equals("whether") || w.equals("if")) return true;
      if (w.equals("why") || w.equals("how") || w.equals("what") || w.equals("when") || w.equals("who")) return true;
      if (j > k && w.equals("to") && j + 1 < t.size() && "VB".equals(t.get(j + 1).pos)) return true;
      if (quotes.quoteOrInside(t.get(j))) return true;
    }
    return false;
  }

  /** "CONTENT, Fox News reported on Wednesday.": a subject right after a comma, and the cue ends the clause. */
  private boolean trailingAfterComma(Sentence s, int i) {
    List<Token> t = s.tokens;
    int[] pre = speakers.leftSubject(s, i);
    if (pre == null || pre[0] < 4 || !isCommaOrQuote(t.get(pre[0] - 1))) return false;
    return i + 1 >= t.size() || !t.get(i + 1).lower.equals("to") && content.isClauseEnd(s, i + 1);
  }

  /** True if a noun phrase (not a pronoun subject of a clause) starts at token {@code k}. */
  private boolean npStarts(Sentence s, int k) {
    if (k >= s.tokens.size()) return false;
    Token x = s.tokens.get(k);
    if (quotes.inQuote(x.begin)) return false;
    return x.posStarts("DT") || x.posStarts("PRP$") || x.posStarts("JJ") || x.posStarts("NN") || x.posStarts("CD") || x.posStarts("POS");
  }

  /** A quotation closing within a few tokens before the cue ("'...,' she wrote"), with no clause break between. */
  private boolean quoteJustBefore(Sentence s, int i) {
    List<Token> t = s.tokens;
    for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
      Token x = t.get(j);
      if (quotes.quoteOrInside(x)) return true;
      if (x.lower.equals(".") || x.lower.equals(";") || x.lower.equals("that") || x.posStarts("VB")
          || SUBORDINATORS.contains(x.lower)) return false; // '"fire and fury" if it continued to threaten'
    }
    return false;
  }

  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("if", "when", "unless",
      "because", "while", "although", "though", "until", "whether");

  private boolean quoteWithin(Sentence s, int k, int window) {
    List<Token> t = s.tokens;
    for (int j = k; j < t.size() && j < k + window; j++) {
      if (quotes.quoteOrInside(t.get(j))) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- one cue

  /**
   * Token positions around a cue's speaker: {@code before} is the first token of the speaker-cue
   * group (the subject, or the cue when the speaker follows it), {@code after} the token right
   * after the group (after the cue, or after a post-cue speaker).
   */
  private record Anchor(int before, int after) {}

  /** The attribution of the cue tokens [i, cueEnd) of {@code s}, or null if it has no speaker or content. */
  private Span cue(Sentence s, int i, int cueEnd, String lemma, boolean particle, List<Span> sameSentence) {
    Span sp = cueSpan(s, i, cueEnd, particle ? lemma + " " + s.tokens.get(cueEnd - 1).lower : lemma);
    Anchor at = attachSpeaker(sp, s, i, cueEnd, sameSentence);
    if (!sp.hasSpeaker() && sp.inheritFrom == null) return null;
    if (quotes.inQuote(sp.cueBegin) && !namedSpeaker(s, sp)) return null;
    int k = content.skipAfterCue(s, at.after(), lemma, particle);
    // "expressed concern about X", "complained about X": the object follows the preposition
    if (Cues.NP_CONTENT.contains(lemma) && k + 1 < s.tokens.size() && ABOUT.contains(s.tokens.get(k).lower)) k++;
    boolean trailing = k >= s.tokens.size() || content.isClauseEnd(s, k);
    if (!trailing && sp.inheritFrom == null && content.quoteBeforeSpeaker(s, at.before())) {
      trailing = onlyCircumstanceAfter(s, k, at.after());
    }
    // colon + quotation right after the sentence ("texted him with his concerns:"), or content after the cue
    Span colon = colonQuotation(sp, s, k);
    if (colon != null) return colon;
    if (!trailing) return contentAfter(sp, s, k, lemma, particle);
    if (quotes.inQuote(sp.cueBegin)) return null; // a nested report has its clause after the cue
    // cue ends its clause: content before the cue
    if (sp.inheritFrom != null) return null;
    Span before = contentBefore(sp, s, at.before(), sameSentence);
    // "But, he said, you can't ...": nothing before the speaker, the clause follows the comma
    int comma = content.commaFrom(s, k);
    if (before == null && comma + 3 < s.tokens.size() && ContentBounds.nothingBefore(s, at.before())) {
      return contentAfter(sp, s, comma + 1, lemma, particle);
    }
    return before;
  }

  /** A new attribution with the cue tokens [i, cueEnd) of {@code s}. */
  private Span cueSpan(Sentence s, int i, int cueEnd, String cueLemma) {
    Span sp = new Span();
    sp.sentence = s.index;
    sp.cueBegin = s.tokens.get(i).begin;
    sp.cueEnd = s.tokens.get(cueEnd - 1).end;
    sp.cue = text.substring(sp.cueBegin, sp.cueEnd);
    sp.cueLemma = cueLemma;
    return sp;
  }

  /**
   * Sets the speaker of the cue at token {@code i}: the subject left of it; for ", saying ..." and
   * "... and said ..." the previous attribution of the sentence (inherited) or the main clause's
   * subject; or the NP right after a sentence-initial or post-comma cue ("..., said X").
   */
  private Anchor attachSpeaker(Span sp, Sentence s, int i, int cueEnd, List<Span> sameSentence) {
    List<Token> t = s.tokens;
    int[] pre = speakers.leftSubject(s, i);
    int[] loose = LooseSpeaker.find(s, i);
    // a longer group after a comma ("..., a lawyer for the company said") over its last noun phrase
    if (pre != null && loose != null && loose[0] < pre[0] && loose[0] > 0 && loose[1] == pre[1]) pre = loose;
    if (pre != null) {
      SpeakerSpans.assign(sp, s, pre);
      return new Anchor(pre[0], cueEnd);
    }
    boolean participle = "VBG".equals(t.get(i).pos) || t.get(i).lower.endsWith("ing");
    if (participle && i > 0 && t.get(i - 1).lower.equals(",")) {
      // ", saying ..." — the speaker is the subject of the main clause
      Span last = sameSentence.isEmpty() ? null : sameSentence.get(sameSentence.size() - 1);
      inheritOrSubject(sp, s, last, i);
      return new Anchor(i, cueEnd);
    }
    int c = speakers.coordinated(s, i);
    if (c >= 0) {
      // "... and said ..." / "... but told ...": the elided subject is the first conjunct's
      Span last = null;
      for (Span f : sameSentence) if (f.cueEnd <= t.get(c).begin) last = f;
      inheritOrSubject(sp, s, last, c);
      return new Anchor(i, cueEnd);
    }
    if (i == 0 || isCommaOrQuote(t.get(i - 1))) {
      int[] post = speakers.rightNp(s, cueEnd);
      // "warned Iran that they ...": the one warned or told, not an inverted speaker
      if (post != null && Cues.OBJECT_VERBS.contains(sp.cueLemma) && post[1] < t.size()
          && t.get(post[1]).lower.equals("that")) post = null;
      if (post != null) {
        SpeakerSpans.assign(sp, s, post);
        return new Anchor(i, post[1]);
      }
    }
    if (loose != null) {
      SpeakerSpans.assign(sp, s, loose);
      return new Anchor(loose[0], cueEnd);
    }
    return new Anchor(i, cueEnd);
  }

  /** Inherits the speaker of {@code from}, or if null takes the subject of the main clause before token {@code limit}. */
  private void inheritOrSubject(Span sp, Sentence s, Span from, int limit) {
    if (from != null) {
      sp.inheritFrom = from;
      return;
    }
    int[] subj = speakers.mainSubject(s, limit);
    if (subj != null) SpeakerSpans.assign(sp, s, subj);
  }

  /**
   * '"...," X said on a talk show when asked about it': after a quotation, the tail from token
   * {@code k} is venue or circumstance, unless it opens a reported clause or resumes the quotation
   * after a comma at token {@code after}.
   */
  private boolean onlyCircumstanceAfter(Sentence s, int k, int after) {
    List<Token> t = s.tokens;
    int n = t.size();
    boolean resumes = after < n && t.get(after).lower.equals(",") && after + 1 < n && quotes.quoteOrInside(t.get(after + 1));
    boolean opensClause = t.get(k).lower.equals("that") || k > 0 && t.get(k - 1).lower.equals("that") || k > 0 && t.get(k - 1).lower.equals(":");
    return !resumes && !opensClause;
  }

  /** Content from token {@code k} after the cue: a quotation running to the clause end, else the reported clause. */
  private Span contentAfter(Span sp, Sentence s, int k, String lemma, boolean particle) {
    List<Token> t = s.tokens;
    Quote q = quotes.startingAt(t.get(k).begin);
    // a quotation opening the clause is the statement only if it runs to the clause end
    if (q != null && q.innerEnd() < content.contentEnd(s, k) - 3) q = null;
    if (q != null && !q.overlaps(sp.cueBegin, sp.cueEnd)) {
      quoted(sp, q, 0.9);
      if (Cues.NAMING_VERBS.contains(lemma) && !particle) sp.kind = Kind.PARTIAL;
      return sp;
    }
    boolean clause = k > 0 && (t.get(k - 1).lower.equals("that") || t.get(k - 1).lower.equals(":"));
    int e = content.contentEnd(s, k);
    if (!clause && Cues.NP_CONTENT.contains(lemma)) e = content.npEnd(s, k, e);
    if (e - t.get(k).begin < 3) return null;
    sp.kind = Kind.INDIRECT;
    sp.contentBegin = t.get(k).begin;
    sp.contentEnd = e;
    sp.confidence = 0.8;
    namingPartial(sp, lemma, particle);
    return sp;
  }

  /** "X said:" with the quotation opening right after the colon (often the next sentence), or null. */
  private Span colonQuotation(Span sp, Sentence s, int k) {
    List<Token> t = s.tokens;
    int n = t.size();
    // "X said:" / "X said in one text on Sept. 1:" — the colon ends the sentence or follows the cue
    int colon = k < n && t.get(k).lower.equals(":") ? k : t.get(n - 1).lower.equals(":") ? n - 1 : -1;
    if (colon < 0) return null;
    for (int j = k; j < colon; j++) if (t.get(j).posStarts("VB") || t.get(j).posStarts("MD") || quotes.quoteOrInside(t.get(j))) return null;
    Quote q = quotes.firstAfter(t.get(colon).end, 4);
    return q != null ? quoted(sp, q, 0.9) : null;
  }

  /**
   * Content before the speaker-cue group starting at token {@code before}: "CONTENT, X said" (a
   * quotation ending at the comma, else the clause since the sentence start or an earlier
   * attribution), or for "X said." at the sentence start a quotation just before the sentence.
   */
  private Span contentBefore(Span sp, Sentence s, int before, List<Span> sameSentence) {
    List<Token> t = s.tokens;
    int c = before - 1;
    if (c < 0) {
      Quote q = quotes.lastBefore(s.begin, 3);
      return q != null ? quoted(sp, q, 0.8) : null;
    }
    Token ct = t.get(c);
    if (!isCommaOrQuote(ct)) return null;
    Quote q = quotes.endingNear(ct.end, ct.begin);
    if (q != null) return quoted(sp, q, 0.9);
    int startTok = 0;
    // start after an earlier cue's clause in this sentence, unless that clause runs up to this
    // comma: then it is part of what this cue reports ("Zuma has rejected calls to resign, his
    // spokesman said")
    for (Span prev : sameSentence) {
      if (prev.contentEnd <= ct.begin && prev.cueEnd <= ct.begin) {
        int j = ContentBounds.tokenAtOrAfter(s, Math.max(prev.contentEnd, prev.cueEnd));
        if (j >= c && prev.speakerSentence == s.index && prev.speakerStart >= 0
            && prev.speakerStart < ContentBounds.tokenAtOrAfter(s, prev.cueBegin)) {
          j = prev.speakerStart;
        }
        if (j > startTok) startTok = j;
      }
    }
    while (startTok < c && (CONJ.contains(t.get(startTok).lower) || t.get(startTok).lower.equals(",") || isQuoteTok(t.get(startTok)))) startTok++;
    if (c - startTok < 2) return null;
    int cb = t.get(startTok).begin;
    Quote inside = quotes.containing(cb);
    if (inside != null && inside.begin() < s.begin) cb = inside.innerBegin();
    sp.kind = Kind.INDIRECT;
    sp.contentBegin = cb;
    sp.contentEnd = content.trimEnd(cb, t.get(c - 1).end);
    sp.confidence = 0.75;
    return sp;
  }

  /** If a naming cue ("called the plan 'a disaster'") has a quoted fragment, the fragment is a partial. */
  private void namingPartial(Span sp, String lemma, boolean particle) {
    if (particle || !Cues.NAMING_VERBS.contains(lemma)) return;
    Quote q = quotes.firstWithin(sp.contentBegin, sp.contentEnd);
    if (q != null) {
      sp.kind = Kind.PARTIAL;
      content.setQuoted(sp, q);
    }
  }

  /** Makes {@code sp} a direct statement whose content is the inside of quotation {@code q}. */
  private Span quoted(Span sp, Quote q, double confidence) {
    sp.kind = Kind.DIRECT;
    content.setQuoted(sp, q);
    sp.confidence = confidence;
    return sp;
  }

  // ---------------------------------------------------------------- document

  /** Drops an attribution with the same content as an earlier one, or with the same cue and overlapping content. */
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
}
