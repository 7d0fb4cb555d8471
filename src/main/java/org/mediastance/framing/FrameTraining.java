package org.mediastance.framing;
import org.mediastance.learn.TextFeatures;
import org.mediastance.learn.LinearTrainer;
import org.mediastance.learn.Example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.mediastance.config.UsageException;

/**
 * Training data and fitting for the frame classifiers.
 *
 * <p>Two sources: researchers' labelled sentences (JSONL, one a line:
 * {@code {"sentence": "...", "frames": ["failure", "threat"]}}; an empty list is a negative for
 * every frame), and weak labels — sentences sampled from a news corpus (JSONL or JSONL.gz with a
 * text field, e.g. AllSides {@code content_original}) labelled by the codebook's cues. A model
 * trained on weak labels reads all the words of a sentence, not only the cues, so it can find
 * paraphrases the codebook misses; its figures against the weak labels measure agreement with the
 * codebook, not accuracy. A third source, weak labels on the government statements of a run
 * ({@link #weakStatements}), keeps only high-precision cue labels. One binary MLlib logistic
 * regression per frame (cross-validated, macro-F1) and a per-frame threshold chosen on a held-out
 * share of the training data, written as {@code frames/<frame>.json.gz},
 * {@code frames/thresholds.json} plus {@code mllib/frames-<frame>}.
 * Not thread-safe.
 */
public final class FrameTraining {
  private FrameTraining() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A sentence, its frames and the frames it is left out of training for ({@code unsure}: a weak
   * label whose cues are too weak to call it either way).
   */
  public record Labelled(String sentence, Set<String> frames, Set<String> unsure) {
    public Labelled(String sentence, Set<String> frames) {
      this(sentence, frames, Set.of());
    }
  }

  /**
   * Weak labels for the government statements of a run ({@code statements.jsonl}, JSONL or
   * JSONL.gz, rows with a {@code government}): the statement's content (its sentence when the
   * content is empty) is positive for a frame when the frame's cue score reaches {@code sure}
   * (one high-precision cue, or weaker cues that agree: two cues of 0.7 give 0.91), negative when
   * no cue of the frame matches, and left out for that frame in between. {@code cues} should be
   * a detector without a trained model. Rows of {@code excludeArticles} are skipped (keep
   * evaluation articles out of training).
   */
  public static List<Labelled> weakStatements(List<Path> statements, FrameDetector cues, double sure,
      Set<String> excludeArticles) throws IOException {
    List<Labelled> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Path p : statements) {
      try (BufferedReader in = reader(p)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) continue;
          JsonNode d = JSON.readTree(line);
          if (d.path("government").asText("").isEmpty()) continue;
          if (excludeArticles.contains(d.path("article_id").asText(""))) continue;
          String text = d.path("content").asText("");
          if (text.isBlank()) text = d.path("sentence").asText("");
          if (text.isBlank() || !seen.add(text)) continue;
          Set<String> fr = new LinkedHashSet<>();
          Set<String> unsure = new LinkedHashSet<>();
          for (var h : cues.cueHits(text, org.mediastance.learn.Tok.tokenize(text), false, 0).values()) {
            (h.getScore() >= sure ? fr : unsure).add(h.getFrame());
          }
          out.add(new Labelled(text, fr, unsure));
        }
      }
    }
    return out;
  }

  /** The article IDs (field {@code ID} or {@code id}) of a JSONL(.gz) article file. */
  public static Set<String> articleIds(Path articles) throws IOException {
    Set<String> ids = new java.util.HashSet<>();
    try (BufferedReader in = reader(articles)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode d = JSON.readTree(line);
        String id = d.path("ID").asText(d.path("id").asText(""));
        if (!id.isEmpty()) ids.add(id);
      }
    }
    return ids;
  }

  private static BufferedReader reader(Path p) throws IOException {
    return new BufferedReader(new InputStreamReader(
        p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p),
        StandardCharsets.UTF_8));
  }

  public static List<Labelled> readUser(Path p, Codebook cb) throws IOException {
    List<Labelled> out = new ArrayList<>();
    int ln = 0;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      ln++;
      if (line.isBlank()) continue;
      JsonNode d = JSON.readTree(line);
      String s = d.path("sentence").asText(null);
      if (s == null) throw new UsageException(p + ":" + ln + ": key 'sentence' missing");
      if (!d.path("frames").isArray()) throw new UsageException(p + ":" + ln + ": key 'frames' missing or not a list");
      Set<String> fr = new LinkedHashSet<>();
      for (JsonNode f : d.get("frames")) {
        if (cb.frame(f.asText()) == null) {
          throw new UsageException(p + ":" + ln + ": key 'frames': unknown frame '" + f.asText() + "'");
        }
        fr.add(f.asText());
      }
      out.add(new Labelled(s, fr));
    }
    return out;
  }

  /** Samples up to {@code max} sentences from a corpus and labels them with the codebook. */
  public static List<Labelled> weak(List<Path> corpus, String field, int max, FrameDetector fd, long seed)
      throws IOException {
    List<Labelled> out = new ArrayList<>();
    Random r = new Random(seed);
    for (Path p : corpus) {
      try (BufferedReader in = reader(p)) {
        String line;
        while ((line = in.readLine()) != null && out.size() < max) {
          if (r.nextInt(10) != 0) continue; // every ~10th article: spread over the corpus
          String text = JSON.readTree(line).path(field).asText("");
          for (String s : text.split("(?<=[.!?][\"”’]?)\\s+(?=[\"“A-Z])")) {
            if (s.length() < 40 || s.length() > 400) continue;
            Set<String> fr = new LinkedHashSet<>();
            fd.detect(s).forEach(h -> fr.add(h.getFrame()));
            out.add(new Labelled(s, fr));
            if (out.size() >= max) break;
          }
        }
      }
    }
    return out;
  }

  /**
   * Fits one binary model per frame with at least {@code minPositives} positives, on the
   * examples not held out; the frame's threshold is the probability that maximises F1 on the
   * held-out examples (a fixed {@code holdout} share, chosen by a hash of the sentence), scored
   * in plain Java as the run scores. Writes {@code frames/<frame>.json.gz},
   * {@code frames/thresholds.json}, {@code mllib/frames-<frame>} and {@code frames-training.json}.
   */
  public static Map<String, Object> train(SparkSession spark, List<Labelled> data, Codebook cb,
      Path out, int folds, int minPositives, double holdout, PrintStream log) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    Map<String, Double> thresholds = new java.util.TreeMap<>();
    Files.createDirectories(out.resolve("frames"));
    LinearTrainer t = new LinearTrainer(spark).folds(folds).minDf(3).regParams(0.01, 0.03, 0.1);
    for (String frame : cb.frames().keySet()) {
      List<Example> ex = new ArrayList<>();
      List<Example> held = new ArrayList<>();
      int pos = 0;
      for (Labelled l : data) {
        if (l.unsure().contains(frame)) continue;
        int y = l.frames().contains(frame) ? 1 : 0;
        pos += y;
        (heldOut(l.sentence(), holdout) ? held : ex).add(new Example(l.sentence(), List.of(), null, y, "frames"));
      }
      if (pos < minPositives) {
        log.printf("frame %s: %d positives < %d, skipped%n", frame, pos, minPositives);
        report.put(frame, Map.of("skipped", true, "positives", pos));
        continue;
      }
      LinearTrainer.Result r = t.fit(ex, "frame:" + frame, new int[] {0, 1}, e -> TextFeatures.text(e.text()));
      r.pipeline().write().overwrite().save(out.resolve("mllib").resolve("frames-" + frame).toString());
      r.linear().save(out.resolve("frames").resolve(frame + ".json.gz"));
      double[] best = bestThreshold(r.linear(), held);
      if (!held.isEmpty()) thresholds.put(frame, best[0]);
      log.printf("frame %s: %d/%d positives, CV macro-F1 %.4f (%s), held-out %d: threshold %.2f F1 %.3f%n",
          frame, pos, ex.size() + held.size(), r.cvMacroF1(), r.bestParams(), held.size(), best[0], best[1]);
      report.put(frame, Map.of("positives", pos, "examples", ex.size(), "held_out", held.size(),
          "cv_macro_f1", r.cvMacroF1(), "best_params", r.bestParams(),
          "threshold", best[0], "held_out_f1", best[1]));
    }
    ObjectMapper w = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    w.writeValue(out.resolve("frames").resolve("thresholds.json").toFile(), thresholds);
    w.writeValue(out.resolve("frames-training.json").toFile(), report);
    return report;
  }

  /** Whether a sentence is in the held-out share (a stable hash, not a random draw). */
  static boolean heldOut(String sentence, double share) {
    return Math.floorMod(sentence.hashCode(), 1000) < share * 1000;
  }

  /** {threshold, F1}: the probability in 0.05..0.95 with the best F1 on {@code held} (0.5 when empty). */
  static double[] bestThreshold(org.mediastance.learn.LinearModel m, List<Example> held) {
    double[] p = new double[held.size()];
    for (int i = 0; i < p.length; i++) p[i] = m.probabilities(TextFeatures.text(held.get(i).text()))[1];
    double[] best = {FrameModel.THRESHOLD, 0};
    for (int k = 1; k <= 19; k++) {
      double th = k / 20.0;
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < p.length; i++) {
        boolean y = held.get(i).label() == 1;
        if (p[i] >= th) { if (y) tp++; else fp++; } else if (y) fn++;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > best[1]) best = new double[] {th, f1};
    }
    return best;
  }
}
