package org.mediastance.framing;

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
 * that frame, in [0, 1]. A match preceded within four words (no punctuation between) by a negation ("not", "n't", "never",
 * "no") is dropped: "is not doomed to fail" is not a failure claim.
 *
 * <p>Immutable and thread-safe; build once per JVM with {@link #forCodebook(String)} (cached per
 * codebook path, null for the shipped default).
 */
public final class FrameDetector {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor", "without");
  private static final Map<String, FrameDetector> CACHE = new ConcurrentHashMap<>();

  private final Codebook codebook;

  public FrameDetector(Codebook codebook) {
    this.codebook = codebook;
  }

  /** The per-JVM detector for a codebook file ({@code null}: the shipped default). */
  public static FrameDetector forCodebook(String codebookFile) {
    return CACHE.computeIfAbsent(codebookFile == null ? "" : codebookFile,
        k -> new FrameDetector(Codebook.loadOrDefault(codebookFile)));
  }

  public Codebook codebook() { return codebook; }

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

  /** Frames found in a piece of text. */
  public List<FrameHit> detect(String text) {
    List<FrameHit> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    List<Tok.Token> toks = Tok.tokenize(text);
    for (Codebook.Frame f : codebook.frames().values()) {
      double miss = 1.0;
      double best = 0;
      String bestCue = null;
      for (CuePattern p : f.cues()) {
        for (int i = 0; i < toks.size(); i++) {
          int end = p.matchAt(toks, i);
          if (end < 0 || negated(toks, i)) continue;
          miss *= 1 - p.weight();
          if (p.weight() > best) {
            best = p.weight();
            bestCue = text.substring(toks.get(i).begin(), toks.get(end - 1).end());
          }
        }
      }
      if (bestCue != null) {
        FrameHit h = new FrameHit();
        h.setFrame(f.name());
        h.setCue(bestCue);
        h.setScore(Math.round((1 - miss) * 1000) / 1000.0);
        out.add(h);
      }
    }
    return out;
  }

  private static boolean negated(List<Tok.Token> toks, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      Tok.Token t = toks.get(j);
      if (NEGATIONS.contains(t.lower())) return true;
      if (!t.isWord() || t.lower().equals("but")) return false;
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
