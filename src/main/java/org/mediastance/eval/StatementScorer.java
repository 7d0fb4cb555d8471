package org.mediastance.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mediastance.eval.StatementData.GoldGroup;
import org.mediastance.eval.StatementData.Pred;

/**
 * Scores a run's statements against mediastance gold with the rules of the reference scorer
 * ({@code shared/tools/score-statements}): within each article a prediction matches a gold group
 * when their token overlap is at least the threshold, one to one, greedily by overlap (ties: the
 * later gold group, then the later prediction, first). Besides the reference's figures it counts
 * recall by statement kind and each of the eight gold frames on matched government statements.
 * Pure; thread-safe.
 */
public final class StatementScorer {
  /** The frames of the gold codebook ({@code GUIDE.md}). */
  public static final List<String> GOLD_FRAMES = List.of("failure", "success", "threat", "cooperation",
      "legality", "morality", "blame", "economic");
  /** Statement kinds of the gold format, in report order. */
  public static final List<String> KINDS = List.of("direct", "partial", "indirect", "according_to");

  private StatementScorer() {}

  /** A matched pair: gold group {@code g}, prediction {@code p}, their overlap. */
  public record Match(int g, int p, double score) {}

  /** Tallies over all articles at one threshold; figures are computed from them. */
  public static final class Result {
    public final double threshold;
    public int gold, pred, matched;
    public int govGold, govPred, govFound, govPredOk;
    public int spkN, spkOk, govAccN, govAccOk;
    public int tgtGold, tgtFound, tgtPred, tgtPredOk;
    /** (gold stance, predicted label) for each gold target found on a matched government statement. */
    public final List<double[]> stancePairs = new ArrayList<>();
    public int frameTp, frameFp, frameFn;
    /** Per gold kind: {gold groups of that kind, of them matched}. */
    public final Map<String, int[]> byKind = new TreeMap<>(Comparator.comparingInt(StatementScorer::kindRank)
        .thenComparing(Comparator.naturalOrder()));
    /** Per gold frame: {tp, fp, fn} on matched government statements. */
    public final Map<String, int[]> byFrame = new LinkedHashMap<>();
    /** Predicted (and gold) frames outside the eight, on matched government statements: name to count. */
    public final Map<String, Integer> predOutside = new TreeMap<>(), goldOutside = new TreeMap<>();

    Result(double threshold) {
      this.threshold = threshold;
      for (String f : GOLD_FRAMES) byFrame.put(f, new int[3]);
    }

    public double precision() { return ratio(matched, pred); }
    public double recall() { return ratio(matched, gold); }
    public double f1() { return StatementScorer.f1(precision(), recall()); }
    public double govPrecision() { return ratio(govPredOk, govPred); }
    public double govRecall() { return ratio(govFound, govGold); }
    public double govF1() { return StatementScorer.f1(govPrecision(), govRecall()); }
    public double speakerAccuracy() { return ratio(spkOk, spkN); }
    public double governmentAccuracy() { return ratio(govAccOk, govAccN); }
    public double targetRecall() { return ratio(tgtFound, tgtGold); }
    public double targetPrecision() { return ratio(tgtPredOk, tgtPred); }
    public double framePrecision() { return ratio(frameTp, frameTp + frameFp); }
    public double frameRecall() { return ratio(frameTp, frameTp + frameFn); }
    public double frameF1() { return StatementScorer.f1(framePrecision(), frameRecall()); }

    public double stanceAccuracy() {
      int ok = 0;
      for (double[] sp : stancePairs) if (sp[0] == sp[1]) ok++;
      return ratio(ok, stancePairs.size());
    }

    /** Mean over the labels -1, 0, 1 of each label's F1 (a label never seen counts as 0). */
    public double stanceMacroF1() {
      double sum = 0;
      for (int lab = -1; lab <= 1; lab++) {
        int tp = 0, fp = 0, fn = 0;
        for (double[] sp : stancePairs) {
          boolean g = sp[0] == lab, p = sp[1] == lab;
          if (g && p) tp++;
          else if (p) fp++;
          else if (g) fn++;
        }
        sum += StatementScorer.f1(ratio(tp, tp + fp), ratio(tp, tp + fn));
      }
      return sum / 3;
    }
  }

  public static Result score(Map<String, List<GoldGroup>> gold, Map<String, List<Pred>> preds, double threshold) {
    Result r = new Result(threshold);
    for (var e : gold.entrySet()) {
      List<GoldGroup> golds = e.getValue();
      List<Pred> ps = preds.getOrDefault(e.getKey(), List.of());
      List<Match> pairs = match(golds, ps, threshold);
      r.gold += golds.size();
      r.pred += ps.size();
      r.matched += pairs.size();
      Map<Integer, Integer> matchedG = new HashMap<>(), matchedP = new HashMap<>();
      for (Match m : pairs) {
        matchedG.put(m.g(), m.p());
        matchedP.put(m.p(), m.g());
      }
      for (int i = 0; i < golds.size(); i++) {
        if (golds.get(i).hasGov()) {
          r.govGold++;
          if (matchedG.containsKey(i)) r.govFound++;
        }
        for (String k : golds.get(i).kinds()) {
          int[] c = r.byKind.computeIfAbsent(k == null ? "null" : k, x -> new int[2]);
          c[0]++;
          if (matchedG.containsKey(i)) c[1]++;
        }
      }
      for (int j = 0; j < ps.size(); j++) {
        if (ps.get(j).government() == null) continue;
        r.govPred++;
        Integer i = matchedP.get(j);
        if (i != null && golds.get(i).hasGov()) r.govPredOk++;
      }
      for (Match m : pairs) scorePair(r, golds.get(m.g()), ps.get(m.p()));
    }
    return r;
  }

  private static void scorePair(Result r, GoldGroup g, Pred p) {
    r.spkN++;
    if (StatementRules.sameSpeaker(p.speaker(), g.speakers())) r.spkOk++;
    r.govAccN++;
    if (g.govs().contains(p.government())) r.govAccOk++;
    if (!g.hasGov()) return;
    r.tgtPred += p.targets().size();
    for (String t : p.targets().keySet()) if (g.targets().containsKey(t)) r.tgtPredOk++;
    for (var t : g.targets().entrySet()) {
      r.tgtGold++;
      Integer label = p.targets().get(t.getKey());
      if (label != null) {
        r.tgtFound++;
        r.stancePairs.add(new double[] {t.getValue(), label});
      }
    }
    Set<String> gf = g.frames(), pf = p.frames();
    for (String f : pf) {
      if (gf.contains(f)) r.frameTp++;
      else r.frameFp++;
    }
    for (String f : gf) if (!pf.contains(f)) r.frameFn++;
    for (var e : r.byFrame.entrySet()) {
      boolean inG = gf.contains(e.getKey()), inP = pf.contains(e.getKey());
      int[] c = e.getValue();
      if (inG && inP) c[0]++;
      else if (inP) c[1]++;
      else if (inG) c[2]++;
    }
    for (String f : pf) if (f == null || !GOLD_FRAMES.contains(f)) r.predOutside.merge(String.valueOf(f), 1, Integer::sum);
    for (String f : gf) if (f == null || !GOLD_FRAMES.contains(f)) r.goldOutside.merge(String.valueOf(f), 1, Integer::sum);
  }

  /**
   * One-to-one matching of one article's gold groups and predictions: all pairs with overlap at
   * least {@code threshold}, taken by descending (overlap, gold index, prediction index).
   */
  public static List<Match> match(List<GoldGroup> golds, List<Pred> preds, double threshold) {
    List<Match> pairs = new ArrayList<>();
    for (int i = 0; i < golds.size(); i++) {
      for (int j = 0; j < preds.size(); j++) {
        double sc = StatementRules.overlap(golds.get(i).tokens(), preds.get(j).tokens());
        if (sc >= threshold) pairs.add(new Match(i, j, sc));
      }
    }
    pairs.sort(Comparator.comparingDouble(Match::score).thenComparingInt(Match::g).thenComparingInt(Match::p).reversed());
    boolean[] usedG = new boolean[golds.size()], usedP = new boolean[preds.size()];
    List<Match> out = new ArrayList<>();
    for (Match m : pairs) {
      if (usedG[m.g()] || usedP[m.p()]) continue;
      usedG[m.g()] = true;
      usedP[m.p()] = true;
      out.add(m);
    }
    return out;
  }

  static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  private static int kindRank(String k) {
    int i = KINDS.indexOf(k);
    return i < 0 ? KINDS.size() : i;
  }
}
