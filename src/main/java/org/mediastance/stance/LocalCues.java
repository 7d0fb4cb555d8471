package org.mediastance.stance;

import java.util.List;
import java.util.Set;
import org.mediastance.learn.Tok;

/**
 * Words right around a target mention that say the statement acts or speaks against it: a
 * coercive word just before it ("sanctions on Iran", "action against Russia", "compel Russia",
 * "pressure Pyongyang") or a negative predicate just after it ("the European Union is a foe",
 * "Russia's dangerous actions"). The scorer mixes such a cue in as a negative prior, as it does
 * for an accusing reporting verb. Lemmas are compared, so "sanctioned" and "foes" count. The
 * positive counterparts ({@link #supportedBefore}, {@link #positiveAfter}: "supporting Ukraine",
 * "has been a reliable partner") are a positive prior of the same weight. Stateless and thread-safe.
 */
final class LocalCues {
  private LocalCues() {}

  /** Words before the mention that may separate it from the coercive word ("sanctions on the"). */
  static final int BEFORE_WORDS = 3;
  /** Words after the mention that may hold a predicate about it ("is a foe"). */
  static final int AFTER_WORDS = 4;

  private static final Set<String> COERCIVE = Set.of("sanction", "against", "compel", "pressure",
      "punish", "indictment", "indict", "tariff", "deter", "confront", "counter", "isolate",
      "condemn", "blame", "accuse", "attack", "strike", "airstrike", "retaliate", "coerce",
      "criticize", "criticise", "denounce", "deplore", "regret", "oppose", "reject", "slam",
      "rebuke", "decry", "fault", "warn", "threaten", "expel", "expulsion", "embargo", "blockade", "subpoena",
      "war", "conflict", "confrontation", "hostilities", "protest", "condemnation", "criticism",
      "veto", "obstruct", "thwart", "stop", "curb", "restrain", "contain", "defeat", "destroy", "crush",
      "combat", "resist",
      // a cost promised to it ("this will be painful for Ukraine", "consequences for Iran")
      "painful", "consequences", "retaliation");
  /** Negative adjectives that evaluate a possessor ("Trump's bizarre relationship"), unlike nouns ("Trump's threat"). */
  private static final Set<String> NEGATIVE_ADJECTIVES = Set.of("horrible", "terrible", "bad",
      "dangerous", "illegal", "illegitimate", "unacceptable", "reckless", "provocative", "corrupt",
      "hostile", "unfair", "destabilizing", "destabilising", "inflammatory", "irresponsible", "worst",
      "evil", "brutal", "murderous", "criminal", "hypocritical", "unlawful", "lawless", "aggressive",
      "belligerent", "barbaric", "outrageous", "shameful", "absurd", "baseless", "ridiculous",
      "bizarre", "disastrous", "catastrophic", "incompetent", "dishonest", "pathetic", "failed",
      "difficult", "unreliable", "untrustworthy", "counterproductive", "misguided", "unjust", "unjustified",
      "nasty", "crooked", "rigged", "phony", "deceitful", "treacherous", "ruthless", "cruel", "silly",
      "superficial", "foolish", "stupid", "deplorable", "regrettable", "senseless", "pointless", "futile",
      "useless", "unhelpful", "unwise", "unreasonable", "despicable", "heinous", "appalling", "abhorrent",
      "reprehensible", "unconscionable", "unprovoked", "unwarranted", "false", "wrong", "erroneous",
      "worthless", "irrational", "cowardly", "arrogant", "condescending", "malicious", "vicious", "sinister",
      "destructive", "harmful", "damaging", "disgraceful", "disgusting", "shameless", "intolerable",
      "inexcusable", "unjustifiable", "indefensible", "lamentable", "deceptive", "misleading",
      // common judging words the list lacked (short items naming officials: "corrosive", "extremely rude")
      "rude", "corrosive", "offensive", "insulting", "unprofessional", "arbitrary", "discriminatory", "racist",
      "xenophobic", "unconstitutional", "undemocratic", "authoritarian", "repressive", "oppressive", "genocidal",
      "inhumane", "inhuman", "savage", "heartless", "cynical", "duplicitous", "inept", "delusional", "hysterical",
      "insane", "unhinged", "erratic", "toxic", "poisonous", "divisive", "incendiary", "bellicose", "warmongering",
      "expansionist", "imperialist", "predatory", "exploitative", "coercive", "bullying", "intimidating", "menacing",
      "militaristic", "confrontational", "uncooperative", "obstructive", "obstructionist", "one-sided", "biased",
      "politicized", "politicised", "fraudulent", "unfounded", "unsubstantiated", "fabricated", "bogus", "spurious",
      "preposterous", "ludicrous", "laughable", "scandalous", "egregious", "flagrant", "blatant", "premeditated",
      "disrespectful", "humiliating", "inappropriate", "unethical", "immoral", "awful", "dreadful", "horrendous",
      "horrific", "atrocious", "unfriendly", "nefarious", "dubious", "illicit", "hateful");
  /** Negative nouns and other words of a predicate about the mention ("is a foe", "a liar"). */
  private static final Set<String> NEGATIVE_OTHER = Set.of(
      "foe", "enemy", "threat", "menace", "aggressor", "liar", "rogue", "cheat", "aggression",
      "lie", "terrorist", "dictator", "tyrant", "dictatorship", "bully", "hypocrite", "sponsor",
      "culprit", "responsible", "guilty", "complicit", "hell", "breach", "violation", "betrayal",
      "provocation", "mistake", "insult", "disgrace", "fool", "idiot", "meaningless", "groundless",
      "nonsense", "witch-hunt", "hoax", "sham", "farce", "hysteria", "disaster", "catastrophe",
      "danger", "endanger", "undermine", "sabotage", "bloodshed", "destruction", "genocide", "atrocity",
      "massacre", "crime", "threaten", "destabilize", "destabilise", "losing", "lose", "fail", "failing",
      "culpable", "tyranny", "brutality", "barbarism", "repression", "oppression", "persecution",
      "provoke", "provoking", "provoked", "saboteur", "spoiler", "troublemaker", "warmonger",
      "instigator", "perpetrator", "occupier", "invader", "oppressor", "violator", "seize", "annex",
      "invade", "occupy", "puppet", "lackey", "stooge", "vassal",
      // comparisons and names for wrongdoers ("like talking to Hitler", "a gang of thugs")
      "hitler", "nazi", "nazis", "fascist", "fascism", "thug", "gangster", "bandit", "pirate", "mafia", "colonizer",
      "colonialism", "imperialism", "hegemon", "blackmail", "extortion", "piracy", "theft", "robbery", "smear",
      "slander", "hypocrisy", "arrogance", "incompetence", "negligence", "fiasco", "debacle", "injustice", "abuse",
      "cover-up", "corruption", "fraud", "murderer", "killer", "butcher", "scourge", "criminal",
      "attack", "collapse", "flee",
      // cast as beaten (a failure of the subject, unlike a harm suffered: "Boko Haram had been technically defeated")
      "defeated", "routed", "decimated", "vanquished", "capitulate", "surrender", "crumble", "fuel", "stoke", "inflame", "escalate", "exacerbate", "incite", "instigate");
  /** Adverbs that condemn how the mention acts ("treated them unfairly"). */
  private static final Set<String> NEGATIVE_ADVERBS = Set.of("unfairly", "unjustly", "illegally",
      "unlawfully", "recklessly", "brutally", "irresponsibly", "dishonestly", "cruelly", "shamefully",
      "cynically", "hypocritically", "arrogantly", "callously", "ruthlessly", "deceitfully");
  /** {@link #NEGATIVE_ADJECTIVES} and {@link #NEGATIVE_OTHER}: what a predicate after the mention may say. */
  private static final Set<String> NEGATIVE = union(NEGATIVE_ADJECTIVES, NEGATIVE_OTHER);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  /** True for a negative adjective ("reckless", "bizarre"), not a noun. */
  static boolean isNegativeAdjective(String lower) {
    return NEGATIVE_ADJECTIVES.contains(lower);
  }

  /**
   * Misconduct the mention commits: only right after it or after its auxiliary ("Russia's
   * meddling", "the United States was meddling", "China has interfered"), not further on ("informed
   * by the FBI about Russian meddling").
   */
  private static final Set<String> MISCONDUCT = Set.of("meddle", "meddling", "interfere",
      "interference", "violate", "invade", "invasion", "shell", "torture", "loot", "massacre");
  /** Copulas after which the whole predicate (up to {@link #PREDICATE_WORDS} words) is about the mention. */
  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "remains", "remained",
      "has", "had", "have", "become", "became", "been");
  /** Auxiliaries of the perfect among {@link #COPULAS}: a participle after them is active. */
  private static final Set<String> PERFECT = Set.of("has", "had", "have");
  /** A negation ends the predicate read ("is a good thing, not a bad thing", "is not a threat"). */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor", "neither");
  /** Words of a copular predicate read after the mention ("Iran was the world's leading sponsor"). */
  static final int PREDICATE_WORDS = 7;

  /** Words that end the attributive adjectives before a mention ("the worst deal", "for the"). */
  private static final Set<String> ATTRIBUTE_STOPS = Set.of("the", "a", "an", "this", "that", "these",
      "those", "its", "their", "our", "his", "her", "for", "of", "to", "with", "on", "in", "by", "and",
      "or", "but", "not", "is", "was", "are", "were", "be");

  /**
   * True when a negative adjective stands before the mention as its attribute, up to its
   * determiner: "the worst deal", "a horrible, one-sided deal"; not "bad for the deal".
   */
  private static boolean negativeAttribute(List<Tok.Token> before) {
    int words = 0;
    for (int i = before.size() - 1; i >= 0 && words < BEFORE_WORDS; i--) {
      Tok.Token t = before.get(i);
      if (!t.isWord()) {
        if (t.text().equals(",") || t.text().equals("-")) continue;
        return false;
      }
      if (ATTRIBUTE_STOPS.contains(t.lower())) return false;
      words++;
      if (NEGATIVE.contains(t.lower())) return true;
    }
    return false;
  }

  /** Words of the possessed noun phrase read for its copula ("'s troop buildup near Ukraine was"). */
  static final int POSSESSED_WORDS = 12;

  /**
   * When the mention is a possessor ("Russia's troop buildup near Ukraine was unacceptable"), the
   * index of the copula that ends its noun phrase within {@link #POSSESSED_WORDS} words: the
   * predicate is about the possessor's conduct. Else 0 (read right after the mention). No
   * punctuation, verb or second possessive may stand between.
   */
  private static int possessedSubjectEnd(List<Tok.Token> after) {
    int from = possessiveEnd(after, 0);
    if (from == 0) return 0;
    int words = 0;
    for (int k = from; k < after.size() && words < POSSESSED_WORDS; k++) {
      Tok.Token t = after.get(k);
      if (!t.isWord() || possessiveEnd(after, k) > 0) return 0;
      if (COPULAS.contains(t.lower())) return words == 0 ? 0 : k;
      words++;
    }
    return 0;
  }

  /** The index after a possessive "'s" (typographic apostrophes are normalised) at {@code k}, else 0. */
  private static int possessiveEnd(List<Tok.Token> toks, int k) {
    return k < toks.size() && toks.get(k).lower().equals("'s") ? k + 1 : 0;
  }

  /** Words before a coercive word read for its negation ("would not join the sanctions against"). */
  static final int NEGATION_WORDS = 4;

  /**
   * A negation among the {@link #NEGATION_WORDS} words before the coercive word at {@code i} ("will
   * not impose sanctions on", "would not join the sanctions against"), within its clause.
   */
  private static boolean negatedBefore(List<Tok.Token> before, int i) {
    int words = 0;
    for (int k = i - 1; k >= 0 && words < NEGATION_WORDS; k--) {
      Tok.Token t = before.get(k);
      if (!t.isWord()) {
        if (t.lower().equals("'t")) return true; // "won't", "won’t"
        if (t.text().equals(",") || t.text().equals(";") || t.text().equals(".")) return false;
        continue;
      }
      words++;
      // "were intended not only to punish North Korea": no negation
      if (t.lower().equals("not") && k + 1 < i && before.get(k + 1).lower().equals("only")) continue;
      if (NEGATIONS.contains(t.lower()) || t.lower().endsWith("n't") || t.lower().endsWith("n’t")) return true;
    }
    return false;
  }

  /**
   * Right after the mention, what it is demanded to stop or will not be allowed to do: "Iran will
   * never be allowed to have a nuclear weapon", "called on Moscow to change course", "Myanmar's
   * military to release Aung San Suu Kyi", "Trump and his supporters must accept the decision":
   * pressure on it, read as against it.
   */
  private static final java.util.regex.Pattern RESTRAINED = java.util.regex.Pattern.compile(
      "^(?:'s|’s)?\\s+(?:(?:will|must|should|would|can|could|may)\\s+)?(?:never|not|n't|no longer)\\s+be\\s+allowed\\b"
      + "|^(?:(?:'s|’s)\\s+(?:\\w+\\s+){0,2}?|\\s+and\\s+(?:his|her|their|its)\\s+\\w+\\s+|\\s+)(?:to|must|should|needs to|has to|have to)\\s+(?:immediately\\s+|urgently\\s+)?"
      + "(?:stop|cease|end|halt|abandon|withdraw|release|refrain|rein in|change course|back down|reverse|pull back|pull out"
      + "|accept|respect|comply|abide by|honou?r its|step down|resign|stand down"
      // "called on China to recall some 220 vessels", "Iran must apologise"
      + "|recall|apologi[sz]e|dismantle|hand over|lift|free)\\b"
      // "Jaish-e-Mohammed would pay a heavy price", "will be held accountable": a threat to it
      + "|^\\s+(?:will|would|must|should|shall)\\s+(?:\\w+ly\\s+)?(?:pay\\b|be held (?:accountable|responsible)|be punished"
      + "|be brought to justice|be hunted down|face (?:the )?(?:consequences|justice|retaliation))"
      // "Putin cannot remain in power": to be removed
      + "|^\\s+(?:cannot|can't|can not|must not|should not|shouldn't)\\s+(?:remain|stay|be allowed to remain)\\s+in\\s+(?:power|office)\\b"
      // "North Korea best not make any more threats", "Iran should not underestimate": a warning to it
      + "|^\\s+(?:had\\s+)?(?:best|better|must|should)\\s+not\\s+(?!be\\b)(?:\\w+ly\\s+)?[a-z]+",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * True when a negated coercive word comes just before the span: "would not impose sanctions on
   * Russia", "will not join the sanctions against Russia" (a refusal to act against it, not hostility).
   */
  static boolean coercionRefusedBefore(String text, int begin) {
    if (text == null || begin <= 0 || begin > text.length()) return false;
    List<Tok.Token> before = Tok.tokenize(text.substring(0, begin));
    if (harmsBy(before)) return false; // "will not bow to pressure from Beijing": Beijing pressures
    int words = 0;
    for (int i = before.size() - 1; i >= 0 && words < BEFORE_WORDS; i--) {
      Tok.Token t = before.get(i);
      if (!t.isWord()) {
        if (t.text().equals(".") || t.text().equals(";") || t.text().equals(",")) return false;
        continue;
      }
      words++;
      if (COERCIVE.contains(t.lower()) || COERCIVE.contains(t.lemma())) return negatedBefore(before, i);
    }
    return false;
  }

  /** Words at the end of a naming cue's content read as its complement ("... a historic mistake"). */
  static final int COMPLEMENT_WORDS = 4;

  /**
   * The polarity of the complement a naming cue gives its object ("called North Korea's demolition
   * of the office senseless", "called the strike an act of aggression"): -1 when a negative word,
   * +1 when a positive one stands among the content's last {@link #COMPLEMENT_WORDS} words after
   * the mention ending at {@code end} (a negation there says nothing), else 0.
   */
  static int complementPolarity(String content, int end) {
    if (content == null || end < 0 || end > content.length()) return 0;
    List<Tok.Token> after = Tok.tokenize(content.substring(end));
    int words = 0;
    int polarity = 0; // the last evaluative word's, read from the end
    for (int k = after.size() - 1; k >= 0 && words < COMPLEMENT_WORDS; k--) {
      Tok.Token t = after.get(k);
      if (!t.isWord()) continue;
      words++;
      if (NEGATIONS.contains(t.lower())) return 0;
      if (polarity == 0 && (NEGATIVE.contains(t.lower()) || NEGATIVE.contains(t.lemma()))) polarity = -1;
      if (polarity == 0 && POSITIVE.contains(t.lower())) polarity = 1;
    }
    return polarity;
  }

  /** True when a coercive word comes just before the span or a negative word just after it. */
  static boolean negativeAround(String text, int begin, int end) {
    if (text == null || begin < 0 || end > text.length() || begin > end) return false;
    if (RESTRAINED.matcher(text.substring(end, Math.min(text.length(), end + 80))).find()) return true;
    List<Tok.Token> before = Tok.tokenize(text.substring(0, begin));
    if (harmsBy(before)) return true; // before the coercive read: "not bow to pressure from" is still its agent's
    if (TIES_CUT.matcher(text.substring(Math.max(0, begin - 80), begin)).find()) return true;
    int words = 0;
    for (int i = before.size() - 1; i >= 0 && words < BEFORE_WORDS; i--) {
      Tok.Token t = before.get(i);
      if (!t.isWord()) {
        if (t.text().equals(".") || t.text().equals(";") || t.text().equals(",")) break;
        continue;
      }
      words++;
      if (COERCIVE.contains(t.lower()) || COERCIVE.contains(t.lemma())) return !negatedBefore(before, i);
    }
    if (negativeAttribute(before) || negativeOf(before)) return true;
    if (embedded(before)) return false; // "the vote to leave the European Union was unacceptable"
    List<Tok.Token> after = Tok.tokenize(text.substring(end));
    int from = possessedSubjectEnd(after);
    if (from == 0) from = coordinatedEnd(after);
    if (from == 0 && !POSSESSIVE_PRONOUNS.contains(text.substring(begin, end).toLowerCase(java.util.Locale.ROOT))) {
      from = attributiveSubjectEnd(after); // not "His office was investigating ...": whose office is unsure
    }
    return negativeAfter(after, from);
  }

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our", "my", "your");
  /** Words that end an attributive read: the mention is not the modifier of a subject noun. */
  private static final Set<String> NOT_HEAD = Set.of("and", "or", "of", "in", "on", "to", "for", "with",
      "that", "who", "which", "by", "at", "from", "as", "than", "the", "a", "an", "has", "had", "have",
      "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "not");

  /**
   * When the mention modifies the subject noun of a copula ("the U.S. strategy is doomed", "the joint
   * U.S.-South Korean military drills were a rehearsal for an invasion"), the index of that copula;
   * else 0. At most three lower-case nouns (and a hyphenated name) stand between.
   */
  static int attributiveSubjectEnd(List<Tok.Token> after) {
    int k = 0;
    if (k < after.size() && (after.get(k).text().equals("-") || after.get(k).text().equals("–"))) {
      k++;
      while (k < after.size() && after.get(k).isWord() && after.get(k).isCapitalized()) k++;
    }
    int nouns = 0;
    while (k < after.size() && after.get(k).isWord() && !after.get(k).isCapitalized()
        && !COPULAS.contains(after.get(k).lower()) && !NOT_HEAD.contains(after.get(k).lower())
        && !after.get(k).lower().endsWith("ly") && nouns < 3) {
      k++;
      nouns++;
    }
    return nouns > 0 && k < after.size() && COPULAS.contains(after.get(k).lower())
        && !PERFECT.contains(after.get(k).lower()) ? k : 0;
  }

  /**
   * After a mention joined by "and"/"or" to a second name ("the IMF and the World Bank treated
   * ..."), the index where their shared predicate starts; else 0.
   */
  static int coordinatedEnd(List<Tok.Token> after) {
    int k = 0;
    if (k >= after.size() || !(after.get(k).lower().equals("and") || after.get(k).lower().equals("or"))) return 0;
    k++;
    if (k < after.size() && after.get(k).lower().equals("the")) k++;
    int names = 0;
    while (k < after.size() && after.get(k).isWord() && after.get(k).isCapitalized()) {
      k++;
      names++;
    }
    return names == 0 || names > 4 ? 0 : k;
  }

  /**
   * Positive words of a predicate about the mention ("Japan has been a great partner", "Germany
   * was very helpful"); a negation ends the read as for negative ones.
   */
  private static final Set<String> POSITIVE = Set.of("good", "great", "helpful", "constructive", "positive",
      "friend", "ally", "partner", "reliable", "excellent", "wonderful", "fantastic", "terrific", "successful",
      "commendable", "courageous", "brave", "wise", "trustworthy", "cooperative", "admirable",
      "generous", "pragmatic", "remarkable", "outstanding", "heroic", "steadfast", "loyal", "valuable",
      "indispensable", "invaluable", "exemplary", "impressive", "friendly");

  /** True when {@code word} (lower case) is one of the positive predicate words above. */
  static boolean isPositive(String word) {
    return POSITIVE.contains(word);
  }

  /**
   * True when the predicate right after the mention (or after its possessed noun phrase's copula)
   * is positive about it: "Pakistan has been a reliable partner", "the EU was very constructive".
   */
  static boolean positiveAfter(String text, int end) {
    if (text == null || end < 0 || end > text.length()) return false;
    List<Tok.Token> after = Tok.tokenize(text.substring(end));
    int copula = possessedSubjectEnd(after);
    // only a copular predicate ("is", "has been"), not any verb phrase ("attacked a good target")
    int k = copula;
    while (k < after.size() && !after.get(k).isWord()) k++;
    if (k >= after.size() || !COPULAS.contains(after.get(k).lower())) return false;
    return predicateAfter(after, copula, POSITIVE, false);
  }

  /** Nouns a group's name qualifies without the group being evaluated ("5,000 Taliban prisoners"). */
  private static final Set<String> QUALIFIED = Set.of("prisoners", "prisoner", "detainees", "captives",
      "hostages", "members", "member", "leaders", "leader", "leadership", "commander", "commanders",
      "negotiators", "delegation", "delegates", "spokesman", "spokeswoman", "spokesperson", "official",
      "officials", "representatives", "envoy", "envoys", "deal", "agreement", "talks", "office",
      "founder", "chief", "defectors", "suspects", "suspect");

  /**
   * True when the mention only qualifies the noun right after it ("Taliban prisoners", "Hamas
   * negotiators"): the prisoners or negotiators are meant, not the group.
   */
  static boolean modifierMention(String text, int begin, int end) {
    if (text == null || begin < 0 || end < begin || end > text.length()) return false;
    // a possessor's span holds its noun ("Taliban deal" of "a U.S.-Taliban deal's call")
    List<Tok.Token> span = Tok.tokenize(text.substring(begin, end));
    if (span.size() > 1 && QUALIFIED.contains(span.get(span.size() - 1).lower())) return true;
    List<Tok.Token> after = Tok.tokenize(text.substring(end, Math.min(text.length(), end + 40)));
    return !after.isEmpty() && QUALIFIED.contains(after.get(0).lower());
  }

  /** Words of support right before the mention ("supporting Ukraine", "solidarity with Taiwan"). */
  private static final Set<String> SUPPORTING = Set.of("support", "supporting", "supports", "supported",
      "backing", "backs", "help", "helping", "helps", "defend", "defending", "defends", "solidarity",
      "stand", "stands", "standing", "stood", "side", "siding", "aiding", "assist", "assisting");
  /** Forms of "stand" that support with "with" or "by" ("stood by Ukraine"). */
  private static final Set<String> STAND = Set.of("stand", "stands", "standing", "stood");
  /** Words that may stand between the support and the mention. */
  private static final Set<String> SUPPORT_LINKS = Set.of("the", "for", "with");
  /** Words that stop or deny the support ("stop supporting", "end support for"). */
  private static final Set<String> SUPPORT_ENDED = Set.of("stop", "stopped", "end", "ended", "ending", "halt",
      "halted", "cease", "cut", "withdraw", "withdrew", "suspend", "suspended", "revoke", "against", "without");

  /**
   * True when a word of support stands right before the mention, at most "for", "with" or "the"
   * between ("supporting Ukraine against Russian aggression", "stand with Taiwan", "support for
   * Kyiv"; "back to Moscow" is no support), and neither a negation nor a word ending the support precedes it ("stop supporting").
   */
  static boolean supportedBefore(String text, int begin) {
    if (text == null || begin <= 0 || begin > text.length()) return false;
    List<Tok.Token> before = Tok.tokenize(text.substring(0, begin));
    int k = before.size() - 1;
    // "stands firmly with the": links and adverbs
    while (k >= 0 && before.get(k).isWord() && (SUPPORT_LINKS.contains(before.get(k).lower())
        || before.get(k).lower().endsWith("ly")
        || before.get(k).lower().equals("by") && k > 0 && STAND.contains(before.get(k - 1).lower()))) k--;
    if (k < 0 || !before.get(k).isWord() || !SUPPORTING.contains(before.get(k).lower())) return false;
    boolean bare = k == before.size() - 1;
    String w = before.get(k).lower();
    // a bare noun needs its preposition: "support for Kyiv", "solidarity with Taiwan"; "stand" and "side" need "with"
    if (bare && (w.equals("solidarity") || STAND.contains(w) || w.equals("side"))) return false;
    if (negatedBefore(before, k)) return false;
    for (int i = k - 1, words = 0; i >= 0 && words < 2; i--) {
      if (!before.get(i).isWord()) continue;
      words++;
      if (SUPPORT_ENDED.contains(before.get(i).lower())) return false;
    }
    return true;
  }

  /** Acts whose agent follows "by" or "from": "bullied by China", "pressure from Beijing". */
  /**
   * Ties broken or cut with the mention ("breaking off diplomatic relations with Washington",
   * "severed ties with Qatar"): an act against it.
   */
  private static final java.util.regex.Pattern TIES_CUT = java.util.regex.Pattern.compile(
      "\\b(?:break|breaks|breaking|broke|broken|cut|cuts|cutting|sever|severs|severed|severing|suspend|suspends"
      + "|suspended|suspending|downgrade|downgraded|downgrading)\\s+(?:off\\s+)?(?:all\\s+)?(?:\\w+\\s+){0,2}"
      + "(?:ties|relations|contacts)\\s+with\\s+(?:the\\s+)?$", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Heads of "the regime of X" and the like, read through to the preposition before them. */
  private static final Set<String> RULED_BY = Set.of("regime", "government", "administration", "forces",
      "troops", "military", "army");

  private static final Set<String> HARMS_BY = Set.of("apology", "apologies", "sheltered", "harbored", "harboured","bully", "bullied", "bullying", "pressure", "pressured",
      "push", "pushed", "threat", "threaten", "threatened", "intimidate", "intimidated", "intimidation",
      "coerce", "coerced", "coercion", "blackmail", "blackmailed", "harass", "harassed", "harassment",
      "provocation", "provocations", "aggression", "interference", "meddling", "attack", "attacked",
      "attacks", "bombed", "invaded", "occupied", "oppressed", "persecuted", "betrayed", "humiliated",
      "exploited", "deceived", "cheated", "misled", "lied", "hostility", "dictated", "bullies");
  /** True for a word of {@link #HARMS_BY} (lower case): its "from" names the one who does it. */
  static boolean isHarm(String lower) {
    return HARMS_BY.contains(lower);
  }

  /** Particles that may stand between the act and "by" ("pushed around by"). */
  private static final Set<String> PARTICLES = Set.of("around", "about", "over", "into", "out");

  /**
   * True when the mention is the agent of a harm right before it: "would not be bullied by China",
   * "pushed around by the United States", "pressure from Beijing" (said of the one who does it,
   * negated or not: "will not bow to pressure from Beijing" still casts Beijing as coercing).
   */
  private static boolean harmsBy(List<Tok.Token> before) {
    int k = before.size() - 1;
    while (k >= 0 && before.get(k).isWord() && DETERMINERS.contains(before.get(k).lower())) k--;
    // "sheltered by the regime of Nicolas Maduro": the ruler's name stands for its regime
    if (k >= 3 && before.get(k).lower().equals("of") && RULED_BY.contains(before.get(k - 1).lower())
        && DETERMINERS.contains(before.get(k - 2).lower())) {
      k -= 3;
    }
    if (k < 1 || !(before.get(k).lower().equals("by") || before.get(k).lower().equals("from"))) return false;
    int h = k - 1;
    if (h > 0 && PARTICLES.contains(before.get(h).lower())) h--;
    Tok.Token head = before.get(h);
    return head.isWord() && (HARMS_BY.contains(head.lower()) || HARMS_BY.contains(head.lemma()));
  }

  /**
   * True when the mention is the "of" of a negative noun: "the tyranny of the Chinese Communist
   * Party", "the crimes of the regime", "the aggression of Russia" (the agent of what is named).
   */
  private static boolean negativeOf(List<Tok.Token> before) {
    int k = before.size() - 1;
    while (k >= 0 && before.get(k).isWord() && DETERMINERS.contains(before.get(k).lower())) k--;
    if (k < 1 || !before.get(k).lower().equals("of")) return false;
    Tok.Token head = before.get(k - 1);
    return head.isWord() && (AGENT_OF.contains(head.lower()) || AGENT_OF.contains(head.lemma()));
  }

  /**
   * Negative nouns whose "of" is their agent ("the tyranny of the party"), unlike those whose "of"
   * suffers them ("a violation of Ukraine's sovereignty", "a breach of the agreement").
   */
  private static final Set<String> AGENT_OF = Set.of("tyranny", "brutality", "barbarism", "repression",
      "oppression", "aggression", "crime", "atrocity", "lie", "provocation", "hypocrisy", "threat", "menace",
      "interference", "meddling", "propaganda", "bullying", "hegemony", "arrogance", "incompetence",
      "failure", "mistake", "recklessness", "cruelty");

  /** Prepositions whose object is not what the predicate after it judges ("the sanctions against Russia are harmful"); "of" and "by" may mark the agent. */
  private static final Set<String> EMBEDDING = Set.of("to", "against", "on", "with", "for", "from", "into",
      "toward", "towards", "at", "in", "over", "about", "between", "among");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that");

  /**
   * True when the mention is the object of a preposition or of an infinitive verb inside a larger
   * noun phrase ("the decision to halt WHO funding", "the vote to leave the European Union"): a
   * predicate that follows judges that phrase's head, not the mention.
   */
  private static boolean embedded(List<Tok.Token> before) {
    int k = before.size() - 1;
    while (k >= 0 && before.get(k).isWord() && DETERMINERS.contains(before.get(k).lower())) k--;
    if (k < 0 || !before.get(k).isWord()) return false;
    if (EMBEDDING.contains(before.get(k).lower())) return true;
    return k > 0 && before.get(k - 1).lower().equals("to") && before.get(k).isWord(); // "to halt WHO funding"
  }

  /**
   * True when the mention is a possessor whose noun phrase has a negative copular predicate:
   * "Pelosi's visit to Taiwan was a serious violation" (not "Trump's threat to ...", which names
   * what the possessor did without judging it).
   */
  static boolean possessorJudged(String text, int end) {
    if (text == null || end < 0 || end > text.length()) return false;
    List<Tok.Token> after = Tok.tokenize(text.substring(end));
    int copula = possessedSubjectEnd(after);
    return copula > 0 && negativeAfter(after, copula);
  }

  /** The predicate read from token {@code from} on: a negative word or misconduct (see {@link #negativeAround}). */
  private static boolean negativeAfter(List<Tok.Token> after, int copula) {
    // a possessor's noun phrase and its verb ("Nancy Pelosi's visit to Taiwan seriously undermined
    // peace"): the predicate is read as far as after a copula
    int limit = copula == 0 && possessiveEnd(after, 0) > 0 ? PREDICATE_WORDS : AFTER_WORDS;
    return predicateAfter(after, copula, NEGATIVE, true, limit);
  }

  /**
   * The predicate read from token {@code from} on holds one of {@code words} (or, with
   * {@code misconduct}, a word of misconduct right after the mention).
   */
  private static boolean predicateAfter(List<Tok.Token> after, int copula, Set<String> words0, boolean misconduct) {
    return predicateAfter(after, copula, words0, misconduct, AFTER_WORDS);
  }

  private static boolean predicateAfter(List<Tok.Token> after, int copula, Set<String> words0, boolean misconduct,
      int baseLimit) {
    int words = 0;
    int limit = baseLimit;
    boolean beFirst = false;
    for (int k = 0; k < after.size(); k++) {
      Tok.Token t = after.get(k);
      if (k < copula) continue; // "Russia's troop buildup near Ukraine": read from its copula on
      if (!t.isWord()) {
        if (t.text().equals(".") || t.text().equals(";") || t.text().equals("?")) break;
        if (t.text().equals(",") && words > 0) break;
        continue;
      }
      if (++words == 1 && COPULAS.contains(t.lower())) {
        limit = PREDICATE_WORDS;
        beFirst = !PERFECT.contains(t.lower()); // "had occupied" is done by the mention, "was occupied" to it
      }
      if (words > limit || NEGATIONS.contains(t.lower())) break;
      // a passive ("Ukraine was invaded by"): the mention suffers what follows, it does not do it
      boolean passive = words == 2 && beFirst || words == 3 && after.get(k - 1).lower().equals("been");
      if (passive && limit == PREDICATE_WORDS && t.lower().endsWith("ed") && !words0.contains(t.lower())) break;
      // praise is read before any participle ("had been dropped as a reliable source": done to it)
      if (!misconduct && words > 1 && t.lower().endsWith("ed") && !words0.contains(t.lower())) break;
      if (words0.contains(t.lower()) || words0.contains(t.lemma())) return true;
      // "the World Bank treated African countries unfairly": done by the mention ("was unfairly
      // blamed" is done to it: not after a copula of the passive)
      if (misconduct && !beFirst && NEGATIVE_ADVERBS.contains(t.lower())) return true;
      if (misconduct && (words == 1 || words == 2 && limit == PREDICATE_WORDS)
          && (MISCONDUCT.contains(t.lower()) || MISCONDUCT.contains(t.lemma()))) return true;
    }
    return false;
  }
}
