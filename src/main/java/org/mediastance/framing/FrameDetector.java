package org.mediastance.framing;
import org.mediastance.learn.Tok;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mediastance.model.FrameHit;
import org.mediastance.model.Statement;

/**
 * Finds the frames of a {@link Codebook} that a statement uses, by matching the codebook's cue
 * patterns over the lemmas of the statement's words.
 *
 * <p>Reads {@code content} and {@code cue} of a {@link Statement} (the speaker's words and the
 * reporting verb: "accused", "warned" carry blame and threat); {@code sentence} only when the
 * content is empty. One {@link FrameHit} per frame found: its cue is the text of the strongest
 * match (as written in the statement), its score {@code 1 - Π(1 - weight)} over all matches of
 * that frame, in [0, 1]. A match preceded within four words (no punctuation between) by a
 * negation ("not", "n't", "never", "no") is dropped ("is not doomed to fail" is not a failure
 * claim) unless the frame keeps negated matches ({@code negation: keep}: "will not negotiate"
 * is still about cooperation). With a trained {@link FrameModel}, a frame that has a model is
 * reported when the model's probability reaches the frame's threshold; a frame without one
 * falls back to its cues. {@link #detectSplit} separates the codebook's extra frames.
 *
 * <p>Immutable and thread-safe; build once per JVM with {@link #forCodebook(String)} (cached per
 * codebook path, null for the shipped default).
 */
public final class FrameDetector {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor", "without");
  private static final Map<String, FrameDetector> CACHE = new ConcurrentHashMap<>();
  /** The least cue weight that counts towards {@link #polarity}. */
  public static final double POLAR_MIN_WEIGHT = 0.8;

  private final Codebook codebook;
  private final FrameModel model;

  public FrameDetector(Codebook codebook) {
    this(codebook, null);
  }

  /**
   * A detector that also reports frames found by a trained {@link FrameModel} (for frames the
   * codebook's cues miss); {@code model} may be null.
   */
  public FrameDetector(Codebook codebook, FrameModel model) {
    this.codebook = codebook;
    this.model = model;
    // index: first-word lemma -> (frame, pattern); patterns starting with a prefix/wildcard apart
    for (Codebook.Frame f : codebook.frames().values()) {
      for (CuePattern p : f.cues()) {
        Set<String> first = p.firstLemmas();
        String pre = p.firstPrefix();
        if (pre != null && pre.length() >= 2) {
          byPrefix2.computeIfAbsent(pre.substring(0, 2), k -> new ArrayList<>()).add(new Entry(f, p));
        } else if (first == null) {
          unindexed.add(new Entry(f, p));
        } else {
          for (String l : first) byFirst.computeIfAbsent(l, k -> new ArrayList<>()).add(new Entry(f, p));
        }
      }
    }
  }

  private record Entry(Codebook.Frame frame, CuePattern pattern) {}
  private final Map<String, List<Entry>> byFirst = new java.util.HashMap<>();
  private final Map<String, List<Entry>> byPrefix2 = new java.util.HashMap<>();
  private final List<Entry> unindexed = new ArrayList<>();

  /** The per-JVM detector for a codebook file ({@code null}: the shipped default). */
  public static FrameDetector forCodebook(String codebookFile) {
    return forCodebook(codebookFile, null);
  }

  /** The per-JVM detector for a codebook file and an optional trained frame model folder. */
  public static FrameDetector forCodebook(String codebookFile, String frameModelDir) {
    String key = (codebookFile == null ? "" : codebookFile) + "|" + (frameModelDir == null ? "" : frameModelDir);
    return CACHE.computeIfAbsent(key, k -> {
      try {
        return new FrameDetector(Codebook.loadOrDefault(codebookFile),
            frameModelDir == null ? null : FrameModel.load(java.nio.file.Path.of(frameModelDir)));
      } catch (java.io.IOException e) {
        throw new org.mediastance.config.UsageException("frame model: " + e.getMessage());
      }
    });
  }

  public Codebook codebook() { return codebook; }

  /** A statement's frames split as the statement's columns: main codebook frames and extra ones. */
  public record Split(List<FrameHit> frames, List<FrameHit> extra) {}

  /** Frames used by a statement (content and cue; sentence when content is empty). */
  public List<FrameHit> detect(Statement s) {
    String text = s.getContent();
    if (text == null || text.isBlank()) text = s.getSentence();
    List<FrameHit> hits = detect(text);
    if (s.getCue() != null && !s.getCue().isBlank()) {
      hits = merge(hits, detect(s.getCue()));
    }
    return hits;
  }

  /** {@link #detect(Statement)} split into the codebook's main frames and its extra frames. */
  public Split detectSplit(Statement s) {
    List<FrameHit> main = new ArrayList<>();
    List<FrameHit> extra = new ArrayList<>();
    for (FrameHit h : detect(s)) (codebook.frame(h.getFrame()).extra() ? extra : main).add(h);
    return new Split(main, extra);
  }

  /** Frames found in a piece of text. */
  public List<FrameHit> detect(String text) {
    if (text == null || text.isBlank()) return new ArrayList<>();
    return detect(text, Tok.tokenize(text));
  }

  /**
   * Frames found in text already tokenized with {@link Tok#tokenize}: a frame with a trained
   * model is reported when the model says so (its cue: the strongest cue match, else the model's
   * strongest word); a frame without one when a cue matches.
   */
  public List<FrameHit> detect(String text, List<Tok.Token> toks) {
    List<FrameHit> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    Map<String, FrameHit> cues = cueHits(text, toks, false, 0);
    Map<String, FrameHit> learned = model == null ? Map.of() : model.scores(text);
    for (Codebook.Frame f : codebook.frames().values()) {
      FrameHit c = cues.get(f.name());
      FrameHit m = learned.get(f.name());
      if (m == null) {
        if (c != null) out.add(c);
      } else if (m.getScore() >= model.threshold(f.name())) {
        if (c != null) m.setCue(c.getCue());
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Character spans [begin, end) of every match in {@code text} of the cues of one frame, as
   * {@link #detect(String)} reads them (a negated match only where the frame keeps negation).
   */
  public List<int[]> cueSpans(String text, String frame) {
    List<int[]> out = new ArrayList<>();
    Codebook.Frame f = codebook.frames().get(frame);
    if (text == null || f == null) return out;
    List<Tok.Token> toks = Tok.tokenize(text);
    for (int i = 0; i < toks.size(); i++) {
      if (negated(toks, i) && !f.keepNegated()) continue;
      if (f.dropConditional() && conditional(toks, i)) continue;
      for (CuePattern p : f.cues()) {
        int end = p.matchAt(toks, i);
        if (end > i) {
          out.add(new int[] {toks.get(i).begin(), toks.get(end - 1).end()});
          break;
        }
      }
    }
    return out;
  }

  /**
   * Cue matches per frame, in codebook order; {@code strict}: negated matches never count;
   * matches of cues weighing less than {@code minWeight} are ignored.
   */
  Map<String, FrameHit> cueHits(String text, List<Tok.Token> toks, boolean strict, double minWeight) {
    // per frame: product of misses, best weight and its cue text
    Map<String, double[]> acc = new java.util.HashMap<>();
    Map<String, String> cue = new java.util.HashMap<>();
    java.util.Set<CuePattern> tried = new java.util.HashSet<>();
    for (int i = 0; i < toks.size(); i++) {
      tried.clear();
      List<Entry> cand = new ArrayList<>(unindexed);
      String lw = toks.get(i).lower();
      if (lw.length() >= 2) {
        List<Entry> e = byPrefix2.get(lw.substring(0, 2));
        if (e != null) cand.addAll(e);
      }
      for (String l : toks.get(i).lemmas()) {
        List<Entry> e = byFirst.get(l);
        if (e != null) cand.addAll(e);
      }
      boolean neg = negated(toks, i);
      boolean cond = conditional(toks, i);
      for (Entry en : cand) {
        if (!tried.add(en.pattern())) continue;
        if (neg && (strict || !en.frame().keepNegated())) continue;
        if (cond && en.frame().dropConditional()) continue;
        if (en.pattern().weight() < minWeight) continue;
        int end = en.pattern().matchAt(toks, i);
        if (end < 0) continue;
        double w = en.pattern().weight();
        double[] a = acc.computeIfAbsent(en.frame().name(), k -> new double[] {1.0, 0.0});
        a[0] *= 1 - w;
        if (w > a[1]) {
          a[1] = w;
          cue.put(en.frame().name(), text.substring(toks.get(i).begin(), toks.get(end - 1).end()));
        }
      }
    }
    Map<String, FrameHit> out = new LinkedHashMap<>();
    for (Codebook.Frame f : codebook.frames().values()) {
      double[] a = acc.get(f.name());
      if (a == null) continue;
      FrameHit h = new FrameHit();
      h.setFrame(f.name());
      h.setCue(cue.get(f.name()));
      h.setScore(Math.round((1 - a[0]) * 1000) / 1000.0);
      out.put(f.name(), h);
    }
    return out;
  }

  /**
   * Net polarity of this codebook's polar frames in a piece of text, in [−1, 1]: the strongest
   * negative frame score (a frame with polarity &lt; 0: failure, threat, blame) against the
   * strongest positive one (success, cooperation). Only the text is read, not a statement's
   * cue: the stance scorer weighs evaluative cues separately. Negated cue matches never count
   * here, whatever the frame's {@code negation} ("will not cooperate" is not a positive frame),
   * nor cues weighing less than {@link #POLAR_MIN_WEIGHT}: a weak, topical cue ("talk",
   * "channel") names a subject, it does not evaluate one.
   */
  public double polarity(String text) {
    if (text == null || text.isBlank()) return 0;
    double neg = 0;
    double pos = 0;
    for (FrameHit h : cueHits(text, Tok.tokenize(text), true, POLAR_MIN_WEIGHT).values()) {
      int pol = codebook.frame(h.getFrame()).polarity();
      if (pol < 0) neg = Math.max(neg, h.getScore());
      if (pol > 0) pos = Math.max(pos, h.getScore());
    }
    return pos - neg;
  }

  private static boolean negated(List<Tok.Token> toks, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      Tok.Token t = toks.get(j);
      if (NEGATIONS.contains(t.lower())) return true;
      if (!t.isWord() || t.lower().equals("but")) return false;
    }
    return false;
  }

  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether", "lest");

  /** Whether token i sits in an "if"/"unless"/"whether" clause: such a word within six words before it, no punctuation between. */
  static boolean conditional(List<Tok.Token> toks, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
      Tok.Token t = toks.get(j);
      if (CONDITIONALS.contains(t.lower())) return true;
      if (!t.isWord()) return false;
    }
    return false;
  }

  private static List<FrameHit> merge(List<FrameHit> a, List<FrameHit> b) {
    Map<String, FrameHit> m = new LinkedHashMap<>();
    for (FrameHit h : a) m.put(h.getFrame(), h);
    for (FrameHit h : b) {
      FrameHit old = m.get(h.getFrame());
      if (old == null) {
        m.put(h.getFrame(), h);
      } else {
        double s = 1 - (1 - old.getScore()) * (1 - h.getScore());
        old.setScore(Math.round(s * 1000) / 1000.0);
      }
    }
    return new ArrayList<>(m.values());
  }
}
