package org.mediastance.framing;
import org.mediastance.learn.TextFeatures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mediastance.model.FrameHit;
import org.mediastance.learn.LinearModel;

/**
 * Trained frame classifiers (one binary logistic regression per frame, written by
 * {@code mediastance train frames}) applied in plain Java. A frame is reported when its
 * probability reaches the frame's threshold (chosen on a held-out part of the training data,
 * {@code frames/thresholds.json}; {@link #THRESHOLD} when none); the hit's cue is the present
 * word feature with the largest weight for that frame, so every model hit still points at text.
 * Folder layout: {@code frames/<frame>.json.gz}, {@code frames/thresholds.json}. Immutable and
 * thread-safe.
 */
public final class FrameModel {
  public static final double THRESHOLD = 0.5;
  private final Map<String, LinearModel> models;
  private final Map<String, Double> thresholds;

  public FrameModel(Map<String, LinearModel> models) {
    this(models, Map.of());
  }

  /** Models per frame and their thresholds (a frame missing from {@code thresholds}: 0.5). */
  public FrameModel(Map<String, LinearModel> models, Map<String, Double> thresholds) {
    this.models = Map.copyOf(models);
    this.thresholds = Map.copyOf(thresholds);
  }

  /** The probability at which the frame's model reports the frame. */
  public double threshold(String frame) {
    return thresholds.getOrDefault(frame, THRESHOLD);
  }

  /** Loads every {@code frames/*.json.gz} of a model folder. */
  public static FrameModel load(Path dir) throws IOException {
    Map<String, LinearModel> m = new LinkedHashMap<>();
    Path f = dir.resolve("frames");
    if (!Files.isDirectory(f)) throw new IOException("no frames/ folder in " + dir);
    try (Stream<Path> s = Files.list(f)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".json.gz")).sorted().toList()) {
        m.put(p.getFileName().toString().replace(".json.gz", ""), LinearModel.load(p));
      }
    }
    Map<String, Double> th = new LinkedHashMap<>();
    Path tf = f.resolve("thresholds.json");
    if (Files.isRegularFile(tf)) {
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(tf.toFile()).fields()
          .forEachRemaining(e -> th.put(e.getKey(), e.getValue().asDouble()));
    }
    return new FrameModel(m, th);
  }

  public Map<String, LinearModel> models() { return models; }

  /** Frames whose model probability reaches the frame's threshold, with an explaining cue. */
  public List<FrameHit> detect(String text) {
    List<FrameHit> out = new ArrayList<>();
    for (FrameHit h : scores(text).values()) {
      if (h.getScore() >= threshold(h.getFrame())) out.add(h);
    }
    return out;
  }

  /** Every modelled frame's probability (rounded to 3 places) with an explaining cue. */
  public Map<String, FrameHit> scores(String text) {
    Map<String, FrameHit> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) return out;
    List<String> feats = TextFeatures.text(text);
    for (Map.Entry<String, LinearModel> e : new java.util.TreeMap<>(models).entrySet()) {
      FrameHit h = new FrameHit();
      h.setFrame(e.getKey());
      h.setCue(explain(e.getValue(), feats));
      h.setScore(Math.round(e.getValue().probabilities(feats)[1] * 1000) / 1000.0);
      out.put(e.getKey(), h);
    }
    return out;
  }

  private static String explain(LinearModel m, List<String> feats) {
    String best = null;
    double bw = 0;
    for (String f : feats) {
      if (!f.startsWith("u:") && !f.startsWith("b:")) continue;
      double w = m.weight(1, f) - m.weight(0, f);
      if (w > bw) { bw = w; best = f; }
    }
    return best == null ? "" : best.substring(2).replace('_', ' ');
  }
}
