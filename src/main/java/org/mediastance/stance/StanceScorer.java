package org.mediastance.stance;
import org.mediastance.learn.LinearModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mediastance.actors.Resolver;
import org.mediastance.learn.Tok;
import org.mediastance.model.Statement;
import org.mediastance.model.TargetStance;

/**
 * Scores a statement's stance toward each of its targets, in plain Java from the exported
 * weights of the MLlib stance model (no Spark call per statement).
 *
 * <p>For every target mention found by {@link TargetDetector}, the 3-class model gives
 * p(−1), p(0), p(+1) for the text that holds the mention (the content, or the sentence for cue
 * objects and for short partial quotes). When the target is the object of an evaluative cue
 * ("accused Washington of", "praised Beijing for") the cue's polarity is mixed in with weight
 * {@link #CUE_PRIOR}. For targets named in the content, the net polarity of the run's codebook's
 * polar frames in the content (failure, threat, blame vs success, cooperation; given by the
 * caller as a {@link FramePolarity}, so stance and the frames column read one codebook) is mixed in with
 * weight {@link #FRAME_PRIOR} × |polarity|: a statement that casts something as "doomed to
 * failure" is negative toward the actors it names. (The evaluation figures are the MLlib model
 * alone; these two priors are rules of the statement scorer.) Mentions of one target are merged by keeping the most evaluative one
 * (largest 1 − p(0)). Output per target: {@code stance} = p(+1) − p(−1) in [−1, 1], {@code label}
 * the most probable class, {@code confidence} its probability. The speaker itself and the
 * speaker's own government are dropped unless the statement evaluates them (label ≠ 0 and
 * |stance| ≥ {@link #OWN_MIN}).
 *
 * <p>Thread-safe and immutable; one instance per JVM via {@link #forModel(String)} (null: the
 * shipped model under {@code models/stance/}).
 */
public final class StanceScorer {
  public static final double CUE_PRIOR = 0.6;
  public static final double OWN_MIN = 0.75;
  /** Weight of the codebook's polarity frames in the content as a prior for in-content targets. */
  public static final double FRAME_PRIOR = 0.35;
  private static final Set<String> NEG_CUES = Set.of("accuse", "blame", "criticize", "criticise",
      "condemn", "denounce", "attack", "slam", "blast", "rebuke", "chide", "warn", "threaten",
      "fault", "castigate", "lambast", "reprimand", "scold", "mock", "ridicule", "censure");
  private static final Set<String> POS_CUES = Set.of("praise", "thank", "commend", "congratulate",
      "welcome", "applaud", "hail", "laud", "endorse", "support", "back", "salute", "credit");
  private static final Map<String, StanceScorer> CACHE = new ConcurrentHashMap<>();

  private final StanceModels.Models models;

  public StanceScorer(StanceModels.Models models) {
    this.models = models;
  }

  /** The per-JVM scorer for a model folder ({@code null}: the shipped default). */
  public static StanceScorer forModel(String modelDir) {
    return CACHE.computeIfAbsent(modelDir == null ? "" : modelDir,
        k -> new StanceScorer(StanceModels.load(modelDir)));
  }

  public StanceModels.Models models() { return models; }

  /** p(−1), p(0), p(+1) for the target at the given character spans of {@code text}. */
  public double[] probabilities(String text, List<int[]> targetSpans) {
    return models.stance(text, targetSpans);
  }

  /** Directed-sentiment class 0–4 (see the directed-sentiment data) for entities p and q. */
  public int directed(String text, List<int[]> p, List<int[]> q) {
    if (models.directed5() == null) throw new IllegalStateException("model " + models.source() + " has no directed5 model");
    double[] pr = models.directed5().probabilities(StanceFeatures.directed(text, p, q));
    return models.directed5().labels()[LinearModel.argmax(pr)];
  }

  /**
   * Stance toward each target of a statement; {@code articleText} gives context for pronouns,
   * {@code frames} the polarity of the content's frames (the frame step's codebook).
   */
  public List<TargetStance> score(Statement s, String articleText, Resolver resolver, FramePolarity frames) {
    List<TargetDetector.Mention> mentions = TargetDetector.detect(s, articleText, resolver);
    Map<String, double[]> best = new LinkedHashMap<>();
    Map<String, TargetDetector.Mention> bestMention = new LinkedHashMap<>();
    String cueLemma = cueLemma(s);
    double framePrior = frames.of(s.getContent());
    for (TargetDetector.Mention m : mentions) {
      double[] p = probabilities(m.text(), List.of(new int[] {m.begin(), m.end()}));
      if (framePrior != 0 && (m.via() == TargetDetector.Via.NAMED || m.via() == TargetDetector.Via.PRONOUN)) {
        double w = FRAME_PRIOR * Math.abs(framePrior);
        int c = framePrior < 0 ? 0 : 2;
        for (int j = 0; j < 3; j++) p[j] = (1 - w) * p[j] + (j == c ? w : 0);
      }
      if (m.via() == TargetDetector.Via.CUE_OBJECT && cueLemma != null) {
        double[] prior = NEG_CUES.contains(cueLemma) ? new double[] {1, 0, 0}
            : POS_CUES.contains(cueLemma) ? new double[] {0, 0, 1} : null;
        if (prior != null) {
          for (int c = 0; c < 3; c++) p[c] = (1 - CUE_PRIOR) * p[c] + CUE_PRIOR * prior[c];
        }
      }
      String key = m.key();
      double[] old = best.get(key);
      if (old == null || (1 - p[1]) > (1 - old[1])) {
        best.put(key, p);
        bestMention.put(key, m);
      }
    }
    List<TargetStance> out = new ArrayList<>();
    int[] labels = models.stance3().labels();
    for (Map.Entry<String, double[]> e : best.entrySet()) {
      double[] p = e.getValue();
      TargetDetector.Mention m = bestMention.get(e.getKey());
      int k = LinearModel.argmax(p);
      double stance = p[2] - p[0];
      int label = labels[k];
      boolean own = (s.getGovernment() != null && s.getGovernment().equals(e.getKey()))
          || (s.getActorId() != null && s.getActorId().equals(e.getKey()));
      if (own && (label == 0 || Math.abs(stance) < OWN_MIN)) continue;
      TargetStance ts = new TargetStance();
      ts.setTarget(e.getKey());
      ts.setMention(m.mention());
      ts.setTargetType(m.type());
      ts.setStance(Math.round(stance * 1000) / 1000.0);
      ts.setLabel(label);
      ts.setConfidence(Math.round(p[k] * 1000) / 1000.0);
      out.add(ts);
    }
    return out;
  }

  private static String cueLemma(Statement s) {
    if (s.getCueLemma() != null && !s.getCueLemma().isBlank()) {
      return s.getCueLemma().toLowerCase(Locale.ROOT).split("\\s+")[0];
    }
    if (s.getCue() == null) return null;
    List<Tok.Token> t = Tok.tokenize(s.getCue());
    return t.isEmpty() ? null : t.get(0).lemma();
  }
}
