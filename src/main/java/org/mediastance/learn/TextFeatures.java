package org.mediastance.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexical features shared by the stance and frame models: {@code bias}; unigram lemmas
 * ({@code u:}) with a negation scope (after "not", "n't", "never", "no", ... until punctuation,
 * words are prefixed {@code NEG_}); bigrams of lower-cased words with marked tokens replaced by a
 * placeholder ({@code b:}); polarity-lexicon signals ({@code lex:+}/{@code lex:-}, flipped under
 * negation). Training (through Spark) and scoring (plain Java) call the same code. Stateless and
 * thread-safe.
 */
public final class TextFeatures {
  private TextFeatures() {}

  /** Words that open a negation scope. */
  public static final Set<String> NEG = Set.of("not", "n't", "never", "no", "nor", "without", "hardly");

  /** Own short polarity lexicon (lemmas), written for this project. */
  public static final Set<String> POSITIVE = Set.of("praise", "support", "welcome", "commend", "applaud",
      "hail", "thank", "endorse", "back", "admire", "respect", "celebrate", "congratulate", "good",
      "great", "best", "right", "fair", "honest", "strong", "wise", "smart", "brilliant", "hero",
      "heroic", "success", "successful", "win", "achieve", "improve", "help", "protect", "defend",
      "trust", "agree", "ally", "friend", "friendly", "constructive", "positive", "effective",
      "popular", "love", "like", "proud", "leader", "leadership", "courage", "courageous", "promise",
      "benefit", "progress", "reform", "generous", "peace", "hope", "favor", "favour", "cooperate");
  public static final Set<String> NEGATIVE = Set.of("criticize", "criticise", "condemn", "accuse", "blame",
      "attack", "slam", "blast", "denounce", "reject", "oppose", "fail", "failure", "doom", "mistake",
      "wrong", "bad", "worse", "worst", "dangerous", "danger", "threat", "threaten", "irresponsible",
      "reckless", "illegal", "lie", "liar", "false", "fake", "corrupt", "corruption", "scandal",
      "fraud", "crisis", "chaos", "disaster", "weak", "incompetent", "abuse", "violate", "violation",
      "aggression", "aggressive", "hostile", "enemy", "terror", "terrorist", "kill", "war", "crime",
      "criminal", "racist", "hate", "shameful", "disgrace", "outrage", "outrageous",
      "warn", "destroy", "undermine", "harm", "hurt", "refuse", "deny", "controversial", "problem",
      "investigate", "investigation", "charge", "sue", "fire", "resign", "loss", "lose", "defeat",
      "lack", "futile", "stupid", "ridiculous", "absurd", "unacceptable", "provocation", "mock");

  /** Target-free text features (unigram lemmas with negation scope, bigrams), for frame models. */
  public static List<String> text(String text) {
    List<Tok.Token> toks = Tok.tokenize(text);
    boolean[] none = new boolean[toks.size()];
    Set<String> f = new LinkedHashSet<>();
    lexical(toks, none, none, "<T>", f);
    f.removeIf(x -> x.startsWith("lex:"));
    return new ArrayList<>(f);
  }

  /**
   * Adds {@code bias}, unigram, lexicon and bigram features of {@code toks} to {@code f}; tokens
   * marked in {@code ta} become {@code ma} and those in {@code tb} become {@code <Q>} in bigrams
   * and are left out of unigrams. Returns the index of the first token marked in ta and in tb
   * (−1 when none).
   */
  public static int[] lexical(List<Tok.Token> toks, boolean[] ta, boolean[] tb, String ma, Set<String> f) {
    int n = toks.size();
    f.add("bias");
    boolean neg = false;
    String prev = "<S>";
    int firstA = -1;
    int firstB = -1;
    for (int i = 0; i < n; i++) {
      Tok.Token t = toks.get(i);
      String form;
      if (ta[i]) {
        form = ma;
        if (firstA < 0) firstA = i;
      } else if (tb[i]) {
        form = "<Q>";
        if (firstB < 0) firstB = i;
      } else {
        form = t.lower();
      }
      if (!ta[i] && !tb[i]) {
        if (!t.isWord()) {
          neg = false;
        } else {
          String lem = t.lemma();
          f.add("u:" + (neg ? "NEG_" : "") + lem);
          boolean pos = POSITIVE.contains(lem) || POSITIVE.contains(t.lower());
          boolean ng = NEGATIVE.contains(lem) || NEGATIVE.contains(t.lower());
          if (pos != ng) {
            f.add("lex:" + ((pos ^ neg) ? "+" : "-"));
          }
          if (NEG.contains(t.lower())) neg = true;
        }
      }
      if (!(form.equals(prev) && (ta[i] || tb[i]))) {
        f.add("b:" + prev + "_" + form);
        prev = form;
      }
    }
    f.add("b:" + prev + "_</S>");
    return new int[] {firstA, firstB};
  }
}
