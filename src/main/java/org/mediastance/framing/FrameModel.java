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
 * probability reaches {@link #THRESHOLD}; the hit's cue is the present word feature with the
 * largest weight for that frame, so every model hit still points at text.
 * Folder layout: {@code frames/<frame>.json.gz}. Immutable and thread-safe.
 */
public final class FrameModel {
  public static final double THRESHOLD = 0.5;
  private final Map<String, LinearModel> models;

  public FrameModel(Map<String, LinearModel> models) {
    this.models = Map.copyOf(models);
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
    return new FrameModel(m);
  }

  public Map<String, LinearModel> models() { return models; }

  /** Frames whose model probability reaches the threshold, with an explaining cue. */
  public List<FrameHit> detect(String text) {
    List<FrameHit> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    List<String> feats = TextFeatures.text(text);
    for (Map.Entry<String, LinearModel> e : models.entrySet()) {
      double p = e.getValue().probabilities(feats)[1];
      if (p < THRESHOLD) continue;
      FrameHit h = new FrameHit();
      h.setFrame(e.getKey());
      h.setCue(explain(e.getValue(), feats));
      h.setScore(Math.round(p * 1000) / 1000.0);
      out.add(h);
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
