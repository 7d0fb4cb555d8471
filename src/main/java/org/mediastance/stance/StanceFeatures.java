package org.mediastance.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mediastance.framing.Codebook;
import org.mediastance.framing.FrameDetector;
import org.mediastance.learn.TextFeatures;
import org.mediastance.learn.Tok;
import org.mediastance.model.FrameHit;

/**
 * Turns a sentence and the character spans of its target (and, for directed sentiment, of a
 * second entity) into the string features the stance models read. Training (through Spark) and
 * scoring (plain Java) call the same code, so the two cannot drift apart.
 *
 * <p>Features (all binary): unigram lemmas of the sentence ({@code u:}); bigrams of lower-cased
 * words with target tokens replaced by {@code <T>} ({@code b:}); words within {@link #WINDOW}
 * tokens left/right of the target ({@code L:}/{@code R:}); a negation scope (after "not", "n't",
 * "never", "no" until punctuation, words are prefixed {@code NEG_}); polarity-lexicon signals
 * ({@code lex:+}/{@code lex:-}, flipped under negation, and {@code lexnear:} when within
 * {@link #WINDOW} tokens of the target); frames of {@link #FEATURE_CODEBOOK} with a polarity
 * ({@code frame:failure}, {@code framenear:failure}); whether the target is the first noun phrase
 * (a subject cue, {@code tfirst}). Clause-of-the-target features were tried and did not
 * improve cross-validated macro-F1 on NewsMTSC train (0.6261 vs 0.6264), so they are not used. The polarity lexicon below is this project's own short list.
 * Stateless and thread-safe.
 */
public final class StanceFeatures {
  private StanceFeatures() {}

  public static final int WINDOW = 4;
  /**
   * The codebook the shipped stance model's frame features were trained with (version 1 of
   * {@code framing/codebook.yaml}, frozen with the model): reworking the run's codebook must not
   * change the inputs of a trained stance model.
   */
  public static final String FEATURE_CODEBOOK = "/models/stance/frame-features.yaml";
  private static final FrameDetector FRAMES = new FrameDetector(Codebook.loadResource(FEATURE_CODEBOOK));

  /** Target-free text features, for frame models: {@link TextFeatures#text}. */
  public static List<String> text(String text) {
    return TextFeatures.text(text);
  }

  /** Features for the stance toward the target covering {@code target} spans. */
  public static List<String> target(String text, List<int[]> target) {
    return build(text, target, null, true);
  }

  /** Features for the directed sentiment between entity p and entity q. */
  public static List<String> directed(String text, List<int[]> p, List<int[]> q) {
    return build(text, p, q, true);
  }

  private static boolean in(Tok.Token t, List<int[]> spans) {
    if (spans == null) return false;
    for (int[] s : spans) {
      if (t.begin() < s[1] && t.end() > s[0]) return true;
    }
    return false;
  }

  private static List<String> build(String text, List<int[]> a, List<int[]> b, boolean signals) {
    List<Tok.Token> toks = Tok.tokenize(text);
    int n = toks.size();
    boolean[] ta = new boolean[n];
    boolean[] tb = new boolean[n];
    for (int i = 0; i < n; i++) {
      ta[i] = in(toks.get(i), a);
      tb[i] = b != null && !ta[i] && in(toks.get(i), b);
    }
    String ma = b == null ? "<T>" : "<P>";
    Set<String> f = new LinkedHashSet<>();
    int[] first = TextFeatures.lexical(toks, ta, tb, ma, f);
    int firstA = first[0];
    int firstB = first[1];
    if (!signals) {
      f.removeIf(x -> x.startsWith("lex:"));
      return new ArrayList<>(f);
    }
    window(toks, ta, "", f);
    if (b != null) {
      window(toks, tb, "q", f);
      if (firstA >= 0 && firstB >= 0) {
        f.add(firstA < firstB ? "order:pq" : "order:qp");
        int lo = Math.min(firstA, firstB);
        int hi = Math.max(firstA, firstB);
        int dist = hi - lo;
        f.add("dist:" + (dist < 4 ? "near" : dist < 12 ? "mid" : "far"));
        for (int i = lo + 1; i < hi; i++) {
          if (!ta[i] && !tb[i] && toks.get(i).isWord()) {
            f.add("btw:" + (firstA < firstB ? "pq:" : "qp:") + toks.get(i).lemma());
          }
        }
      }
    }
    if (firstA >= 0 && firstA <= 2) f.add("tfirst");
    if (firstA < 0) f.add("tabsent");
    // frames of the shipped codebook, and whether their cue lies near the target
    for (FrameHit h : FRAMES.detect(text, toks)) {
      f.add("frame:" + h.getFrame());
      int at = text.indexOf(h.getCue());
      if (at >= 0 && firstA >= 0) {
        int ci = tokenAt(toks, at);
        if (Math.abs(ci - firstA) <= 2 * WINDOW) f.add("framenear:" + h.getFrame());
      }
    }
    return new ArrayList<>(f);
  }

  private static int tokenAt(List<Tok.Token> toks, int charPos) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).end() > charPos) return i;
    }
    return toks.size() - 1;
  }

  private static void window(List<Tok.Token> toks, boolean[] mark, String tag, Set<String> f) {
    int n = toks.size();
    for (int i = 0; i < n; i++) {
      if (!mark[i]) continue;
      for (int d = 1; d <= WINDOW; d++) {
        int l = i - d;
        int r = i + d;
        if (l >= 0 && !mark[l] && toks.get(l).isWord()) {
          String lem = toks.get(l).lemma();
          f.add("L" + tag + ":" + lem);
          if (TextFeatures.POSITIVE.contains(lem)) f.add("lexnear" + tag + ":+");
          if (TextFeatures.NEGATIVE.contains(lem)) f.add("lexnear" + tag + ":-");
        }
        if (r < n && !mark[r] && toks.get(r).isWord()) {
          String lem = toks.get(r).lemma();
          f.add("R" + tag + ":" + lem);
          if (TextFeatures.POSITIVE.contains(lem)) f.add("lexnear" + tag + ":+");
          if (TextFeatures.NEGATIVE.contains(lem)) f.add("lexnear" + tag + ":-");
        }
      }
    }
  }
}
