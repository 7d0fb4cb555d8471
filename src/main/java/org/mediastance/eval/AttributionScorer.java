package org.mediastance.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mediastance.model.Statement;

/**
 * Scores predicted statements against gold attributions. A prediction matches a gold attribution
 * when the word tokens they share are at least {@code threshold} of the gold content's word tokens
 * (punctuation and quotation marks ignored); matching is one-to-one, greedy by overlap. Reports
 * precision, recall and F1, cue accuracy and speaker accuracy on matched pairs, overall, on the
 * speech-act subset and by kind.
 *
 * <p>Subset precision counts predictions matched to subset gold over all predictions except those
 * matched to gold outside the subset (a correct find of a non-speech-act attribution is neither right
 * nor wrong for the subset). Likewise, in every slice, an unmatched prediction that is a piece of a
 * discontiguous gold content already matched by another prediction (an interrupted quotation, which
 * PolNeAR keeps as one content of several ranges and mediastance emits as one statement per piece) is
 * excluded from precision rather than counted as a false positive. Cue correct: the predicted cue span overlaps the gold cue span, or the
 * texts contain one another. Speaker correct: with a canonical gold speaker, the names are equal or
 * share their last word (case-insensitive); otherwise (PolNeAR: the source is a mention) the
 * predicted mention overlaps the gold source span, or the gold source text contains the predicted
 * speaker's last word. Pure; thread-safe.
 */
public final class AttributionScorer {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Counts for one slice (overall, subset or a kind). */
  public static final class Counts {
    public int gold;
    public int pred;
    public int predExcluded;
    public int matchedGold;
    public int matchedPred;
    public int cueOk;
    public int speakerOk;
    public int speakerTotal;

    public double precision() {
      int d = pred - predExcluded;
      return d == 0 ? 0 : (double) matchedPred / d;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double cueAccuracy() {
      return matchedGold == 0 ? 0 : (double) cueOk / matchedGold;
    }

    public double speakerAccuracy() {
      return speakerTotal == 0 ? 0 : (double) speakerOk / speakerTotal;
    }
  }

  /** Results at one threshold. */
  public static final class Result {
    public final double threshold;
    public final Counts all = new Counts();
    public final Counts speechAct = new Counts();
    public final Map<String, Counts> byGoldKind = new TreeMap<>();
    public final Map<String, Counts> byPredKind = new TreeMap<>();

    Result(double threshold) {
      this.threshold = threshold;
    }
  }

  private AttributionScorer() {}

  public static Result score(List<GoldDoc> docs, Map<String, List<Statement>> predictions, double threshold) {
    Result res = new Result(threshold);
    for (GoldDoc d : docs) {
      List<Statement> preds = predictions.getOrDefault(d.id(), List.of());
      scoreDoc(d, preds, threshold, res);
    }
    return res;
  }

  /** Word-token index ranges [begin,end) of the text (char offsets). */
  static List<int[]> words(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) out.add(new int[] {m.start(), m.end()});
    return out;
  }

  static BitSet tokensIn(List<int[]> words, List<int[]> ranges) {
    BitSet b = new BitSet();
    for (int i = 0; i < words.size(); i++) {
      int[] w = words.get(i);
      for (int[] r : ranges) {
        if (w[0] >= r[0] && w[1] <= r[1]) {
          b.set(i);
          break;
        }
      }
    }
    return b;
  }

  /** Fraction of the gold tokens covered by the prediction. */
  static double overlap(BitSet gold, BitSet pred) {
    if (gold.isEmpty()) return 0;
    BitSet x = (BitSet) gold.clone();
    x.and(pred);
    return (double) x.cardinality() / gold.cardinality();
  }

  static void scoreDoc(GoldDoc d, List<Statement> preds, double threshold, Result res) {
    List<int[]> words = words(d.text());
    List<GoldDoc.Gold> gs = d.statements();
    List<BitSet> gb = new ArrayList<>();
    for (GoldDoc.Gold g : gs) gb.add(tokensIn(words, g.content()));
    List<BitSet> pb = new ArrayList<>();
    for (Statement p : preds) pb.add(tokensIn(words, List.of(new int[] {p.getContentBegin(), p.getContentEnd()})));
    // overall: all gold; subset: speech-act gold only, predictions that only match other gold excluded
    int[][] all = match(gs, preds, gb, pb, threshold, g -> true);
    int[][] sub = match(gs, preds, gb, pb, threshold, GoldDoc.Gold::speechAct);
    tally(d, gs, preds, all, res.all, res, true);
    tally(d, gs, preds, sub, res.speechAct, null, false);
    for (int j = 0; j < preds.size(); j++) {
      if (all[1][j] < 0 && fragmentOfMatched(gs, gb, pb.get(j), all[0])) res.all.predExcluded++;
      if (sub[1][j] >= 0) continue;
      boolean excluded = fragmentOfMatched(gs, gb, pb.get(j), sub[0]);
      for (int i = 0; i < gs.size() && !excluded; i++) {
        if (!gs.get(i).speechAct() && overlap(gb.get(i), pb.get(j)) >= threshold) excluded = true;
      }
      if (excluded) res.speechAct.predExcluded++;
    }
  }

  /**
   * True if an unmatched prediction is a piece of a discontiguous gold content that another prediction
   * already matched: at least half of its words lie in that gold content. PolNeAR annotates a quotation
   * interrupted by its attribution as one content of several ranges, while mediastance (issue 3)
   * emits one statement per piece; the second piece is neither a hit nor a false positive.
   */
  static boolean fragmentOfMatched(List<GoldDoc.Gold> gs, List<BitSet> gb, BitSet pred, int[] goldTo) {
    if (pred.isEmpty()) return false;
    for (int i = 0; i < gs.size(); i++) {
      if (goldTo[i] < 0 || gs.get(i).content().size() < 2) continue;
      BitSet x = (BitSet) pred.clone();
      x.and(gb.get(i));
      if (x.cardinality() * 2 >= pred.cardinality()) return true;
    }
    return false;
  }

  /**
   * The speech-act matching of one document, for error analysis: {@code [goldTo, predTo]} (index of
   * the matched partner or -1; for gold outside the subset -2; for predictions matching only such gold -2).
   */
  public static int[][] subsetMatch(GoldDoc d, List<Statement> preds, double threshold) {
    List<int[]> words = words(d.text());
    List<BitSet> gb = new ArrayList<>();
    for (GoldDoc.Gold g : d.statements()) gb.add(tokensIn(words, g.content()));
    List<BitSet> pb = new ArrayList<>();
    for (Statement p : preds) pb.add(tokensIn(words, List.of(new int[] {p.getContentBegin(), p.getContentEnd()})));
    int[][] m = match(d.statements(), preds, gb, pb, threshold, GoldDoc.Gold::speechAct);
    int[] goldTo = m[0].clone();
    for (int i = 0; i < d.statements().size(); i++) if (!d.statements().get(i).speechAct()) m[0][i] = -2;
    for (int j = 0; j < preds.size(); j++) {
      if (m[1][j] >= 0) continue;
      if (fragmentOfMatched(d.statements(), gb, pb.get(j), goldTo)) {
        m[1][j] = -2;
        continue;
      }
      for (int i = 0; i < d.statements().size(); i++) {
        if (!d.statements().get(i).speechAct() && overlap(gb.get(i), pb.get(j)) >= threshold) {
          m[1][j] = -2;
          break;
        }
      }
    }
    return m;
  }

  /** One-to-one matching: pairs with overlap >= threshold, same-cue pairs first, then by overlap. */
  private static int[][] match(List<GoldDoc.Gold> gs, List<Statement> preds, List<BitSet> gb, List<BitSet> pb,
      double threshold, java.util.function.Predicate<GoldDoc.Gold> use) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < gs.size(); i++) {
      if (!use.test(gs.get(i))) continue;
      for (int j = 0; j < preds.size(); j++) {
        double o = overlap(gb.get(i), pb.get(j));
        if (o >= threshold && o > 0) pairs.add(new double[] {o + (cueOk(gs.get(i), preds.get(j)) ? 10 : 0), i, j});
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    int[] goldTo = new int[gs.size()];
    int[] predTo = new int[preds.size()];
    java.util.Arrays.fill(goldTo, -1);
    java.util.Arrays.fill(predTo, -1);
    for (double[] p : pairs) {
      int i = (int) p[1], j = (int) p[2];
      if (goldTo[i] < 0 && predTo[j] < 0) {
        goldTo[i] = j;
        predTo[j] = i;
      }
    }
    return new int[][] {goldTo, predTo};
  }

  private static void tally(GoldDoc d, List<GoldDoc.Gold> gs, List<Statement> preds, int[][] m, Counts c,
      Result byKind, boolean allGold) {
    int[] goldTo = m[0], predTo = m[1];
    for (int i = 0; i < gs.size(); i++) {
      GoldDoc.Gold g = gs.get(i);
      if (!allGold && !g.speechAct()) continue;
      List<Counts> slices = new ArrayList<>();
      slices.add(c);
      if (byKind != null && g.kind() != null) slices.add(byKind.byGoldKind.computeIfAbsent(g.kind(), k -> new Counts()));
      for (Counts x : slices) x.gold++;
      if (goldTo[i] < 0) continue;
      Statement p = preds.get(goldTo[i]);
      boolean cue = cueOk(g, p);
      boolean hasSpeaker = g.speaker() != null || g.source() != null;
      boolean spk = hasSpeaker && speakerOk(d.text(), g, p);
      for (Counts x : slices) {
        x.matchedGold++;
        if (cue) x.cueOk++;
        if (hasSpeaker) {
          x.speakerTotal++;
          if (spk) x.speakerOk++;
        }
      }
    }
    for (int j = 0; j < preds.size(); j++) {
      c.pred++;
      Counts k = byKind != null ? byKind.byPredKind.computeIfAbsent(preds.get(j).getKind(), x -> new Counts()) : null;
      if (k != null) k.pred++;
      if (predTo[j] >= 0) {
        c.matchedPred++;
        if (k != null) k.matchedPred++;
      }
    }
  }

  static boolean cueOk(GoldDoc.Gold g, Statement p) {
    if (p.getCue() == null) return false;
    if (g.cue() != null && p.getCueBegin() != null) {
      int b = p.getCueBegin(), e = b + p.getCue().length();
      if (b < g.cue()[1] && e > g.cue()[0]) return true;
    }
    if (g.cueText() == null) return false;
    String a = g.cueText().toLowerCase(Locale.ROOT).trim();
    String b = p.getCue().toLowerCase(Locale.ROOT).trim();
    if (a.isEmpty()) return false;
    return a.contains(b) || b.contains(a) || p.getCueLemma() != null && a.contains(p.getCueLemma());
  }

  static boolean speakerOk(String text, GoldDoc.Gold g, Statement p) {
    String ps = p.getSpeaker();
    if (ps == null) return false;
    String psLast = lastWord(ps);
    if (g.speaker() != null) {
      String gs = g.speaker();
      return gs.equalsIgnoreCase(ps) || !psLast.isEmpty() && psLast.equals(lastWord(gs));
    }
    if (g.source() != null && p.getSpeakerBegin() != null && p.getSpeakerMention() != null) {
      int b = p.getSpeakerBegin(), e = b + p.getSpeakerMention().length();
      if (b < g.source()[1] && e > g.source()[0]) return true;
    }
    if (g.sourceText() != null && !psLast.isEmpty()) {
      for (String w : g.sourceText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.equals(psLast)) return true;
      }
    }
    return false;
  }

  static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+");
    for (int i = w.length - 1; i >= 0; i--) if (!w[i].isEmpty()) return w[i];
    return "";
  }
}
