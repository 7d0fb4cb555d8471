package org.mediastance.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reporting-verb lexicon: which surface forms can be the cue of an attribution, and their
 * lemma. Hand-written because it is a small closed list that must map inflections to lemmas
 * without running the (costly) lemmatizer; the inflector below covers English regular forms plus
 * listed irregulars and consonant doubling.
 *
 * <p>{@link #SPEECH_ACT} is the documented list that defines PolNeAR's "speech-act subset" in
 * {@code mediastance evaluate attribution}. Immutable and thread-safe.
 */
public final class Cues {
  private Cues() {}

  /**
   * Reporting verbs (lemmas) of speech acts: saying, writing, asserting, asking, accusing, ... This list
   * also defines the PolNeAR speech-act subset of the evaluation (a gold attribution is in the subset
   * when a word of its cue is a form of one of these verbs, or the cue contains "according to"), so it
   * is kept fixed while tuning: growing it would move the gold along with the extractor. New cue verbs
   * for extraction alone would go in a separate list.
   */
  public static final List<String> SPEECH_ACT = List.of(
      "say", "tell", "add", "note", "state", "announce", "declare", "claim", "argue", "insist",
      "acknowledge", "admit", "warn", "urge", "explain", "stress", "emphasize", "emphasise",
      "assert", "maintain", "contend", "suggest", "confirm", "deny", "vow", "promise", "pledge",
      "predict", "report", "reply", "respond", "answer", "ask", "write", "tweet", "testify",
      "reiterate", "repeat", "recall", "remark", "comment", "observe", "concede", "complain",
      "criticize", "criticise", "accuse", "blame", "charge", "allege", "describe", "call", "demand",
      "propose", "recommend", "threaten", "caution", "counter", "retort", "quip", "joke",
      "conclude", "proclaim", "disclose", "reveal", "indicate", "signal", "hint", "boast", "lament",
      "dismiss", "reject", "condemn", "denounce", "praise", "welcome", "estimate", "affirm",
      "assure", "inform", "remind", "advise", "plead", "appeal", "mention", "shout", "speak",
      "post", "according to", "point out", "express", "agree", "order", "question", "brag",
      "acknowledge", "forecast", "request", "contend", "continue", "told");

  /**
   * Cue verbs for extraction only (not part of {@link #SPEECH_ACT}, so the PolNeAR subset stays
   * fixed): reporting a finding ("the study found"), defending, disputing or restating a position.
   * All of them need evidence of an attribution ({@link #NEEDS_EVIDENCE}).
   */
  static final List<String> EXTRACTION_ONLY = List.of("find", "defend", "dispute", "restate", "upbraid", "decry", "slam", "refer", "text",
      "fault", "thank", "cite", "congratulate");

  /**
   * Cues whose content is often a noun phrase rather than a clause ("denied any knowledge of the
   * meeting", "welcomed the report", "vowed to fight corruption"): such a content ends at its first
   * comma or at a coordinated verb ("... and said").
   */
  static final Set<String> NP_CONTENT = Set.of(
      "deny", "dismiss", "defend", "reject", "criticize", "criticise", "welcome", "praise", "condemn",
      "denounce", "express", "announce", "pledge", "vow", "promise", "urge", "demand", "propose",
      "dispute", "restate", "reiterate", "complain", "question", "blame", "lament", "decry", "slam",
      "upbraid", "call", "request", "recommend", "threaten", "predict", "order", "fault", "thank", "cite",
      "congratulate");

  /** Cues that need evidence but take a bare reported clause ("Fox News is reporting the emails were sent"). */
  static final Set<String> BARE_CLAUSE = Set.of("report", "write", "post", "find");

  /** Cues that count only with a quoted characterisation close after them ('referred to him as "Mr. Secretary"'). */
  static final Set<String> QUOTE_ONLY = Set.of("refer");

  /** Cues whose bare noun-phrase object is their content, so the object is evidence enough ("rejected the claim"). */
  static final Set<String> NP_EVIDENCE = Set.of(
      "dismiss", "reject", "welcome", "praise", "defend", "dispute", "restate", "express", "upbraid", "decry", "slam",
      "fault", "thank", "cite", "congratulate");

  /** Verbs that take an addressee object before the reported clause (told reporters that ...). */
  static final Set<String> OBJECT_VERBS = Set.of(
      "tell", "inform", "assure", "warn", "remind", "urge", "ask", "advise", "accuse", "blame",
      "call", "promise", "order", "criticize", "criticise", "praise", "thank", "caution");

  /** Cues whose quoted object is a characterisation ("called the plan 'a disaster'"): partial. */
  static final Set<String> NAMING_VERBS = Set.of(
      "call", "describe", "label", "dub", "term", "brand", "deride", "characterize", "praise", "refer",
      "denounce", "condemn", "dismiss");

  /** Lemmas that are frequent nouns too; they need a verb POS tag to count. */
  static final Set<String> NOUN_AMBIGUOUS = Set.of(
      "report", "claim", "charge", "answer", "comment", "question", "order", "request", "note",
      "post", "promise", "pledge", "vow", "demand", "state", "call", "appeal", "estimate",
      "forecast", "quip", "joke", "signal", "hint", "boast", "remark", "blame", "reply",
      "welcome", "tweet", "counter", "concede", "caution", "warn", "repeat", "testify", "add");

  /** Lemmas used as cues only with a following particle, quote or clause (noisy otherwise). */
  static final Set<String> NEEDS_EVIDENCE = Set.of("call", "ask", "write", "post", "continue",
      "order", "express", "agree", "question", "welcome", "praise", "dismiss", "reject",
      "speak", "indicate", "signal", "describe", "mention", "report", "answer", "request",
      "find", "defend", "dispute", "restate", "upbraid", "decry", "slam", "refer", "text", "fault", "thank", "cite",
      "congratulate",
      "recall"); // "recalled the ambassador" is an act, "recalled that ..." a statement

  private static final Set<String> DOUBLE = Set.of("admit", "commit", "regret", "quip", "plan", "omit", "slam", "refer");
  private static final Map<String, String[]> IRREGULAR = Map.of(
      "say", new String[] {"says", "said", "saying"},
      "find", new String[] {"finds", "found", "finding"},
      "tell", new String[] {"tells", "told", "telling"},
      "write", new String[] {"writes", "wrote", "written", "writing"},
      "speak", new String[] {"speaks", "spoke", "spoken", "speaking"},
      "forecast", new String[] {"forecasts", "forecast", "forecasting"},
      "tweet", new String[] {"tweets", "tweeted", "tweeting", "twittered"});

  private static final Map<String, String> SURFACE = new HashMap<>();

  static {
    List<String> all = new java.util.ArrayList<>(SPEECH_ACT);
    all.addAll(EXTRACTION_ONLY);
    for (String lemma : all) {
      if (lemma.contains(" ")) continue;
      if (lemma.equals("told")) continue;
      SURFACE.put(lemma, lemma);
      String[] irr = IRREGULAR.get(lemma);
      if (irr != null) {
        for (String f : irr) SURFACE.put(f, lemma);
        continue;
      }
      for (String f : inflect(lemma)) SURFACE.putIfAbsent(f, lemma);
    }
  }

  /** Regular inflections: third person, past, present participle. */
  static List<String> inflect(String v) {
    String s;
    if (v.matches(".*(s|sh|ch|x|z|o)")) s = v + "es";
    else if (v.matches(".*[^aeiou]y")) s = v.substring(0, v.length() - 1) + "ies";
    else s = v + "s";
    String ed;
    String ing;
    if (DOUBLE.contains(v)) {
      char last = v.charAt(v.length() - 1);
      ed = v + last + "ed";
      ing = v + last + "ing";
    } else if (v.endsWith("e")) {
      ed = v + "d";
      ing = v.substring(0, v.length() - 1) + "ing";
    } else if (v.matches(".*[^aeiou]y")) {
      ed = v.substring(0, v.length() - 1) + "ied";
      ing = v + "ing";
    } else {
      ed = v + "ed";
      ing = v + "ing";
    }
    return List.of(s, ed, ing);
  }

  /** The lemma of a reporting-verb surface form, or null. */
  public static String lemma(String surface) {
    return SURFACE.get(surface.toLowerCase(Locale.ROOT));
  }

  /** True if the lemma (or multiword cue) is in the speech-act list. */
  public static boolean isSpeechAct(String lemma) {
    return lemma != null && SPEECH_ACT.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** True if {@code lower} could start a cue; used to choose sentences worth tagging. */
  public static boolean isCueSurface(String lower) {
    return SURFACE.containsKey(lower) || lower.equals("according");
  }
}
