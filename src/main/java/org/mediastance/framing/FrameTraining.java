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
 * codebook, not accuracy. One binary MLlib logistic regression per frame (cross-validated,
 * macro-F1), written as {@code frames/<frame>.json.gz} plus {@code mllib/frames-<frame>}.
 * Not thread-safe.
 */
public final class FrameTraining {
  private FrameTraining() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A sentence and its frames. */
  public record Labelled(String sentence, Set<String> frames) {}

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
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p),
          StandardCharsets.UTF_8))) {
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

  /** Fits one binary model per frame with at least {@code minPositives} positives. */
  public static Map<String, Object> train(SparkSession spark, List<Labelled> data, Codebook cb,
      Path out, int folds, int minPositives, PrintStream log) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    Files.createDirectories(out.resolve("frames"));
    LinearTrainer t = new LinearTrainer(spark).folds(folds).minDf(3).regParams(0.01, 0.03, 0.1);
    for (String frame : cb.frames().keySet()) {
      List<Example> ex = new ArrayList<>();
      int pos = 0;
      for (Labelled l : data) {
        int y = l.frames().contains(frame) ? 1 : 0;
        pos += y;
        ex.add(new Example(l.sentence(), List.of(), null, y, "frames"));
      }
      if (pos < minPositives) {
        log.printf("frame %s: %d positives < %d, skipped%n", frame, pos, minPositives);
        report.put(frame, Map.of("skipped", true, "positives", pos));
        continue;
      }
      LinearTrainer.Result r = t.fit(ex, "frame:" + frame, new int[] {0, 1}, e -> TextFeatures.text(e.text()));
      r.pipeline().write().overwrite().save(out.resolve("mllib").resolve("frames-" + frame).toString());
      r.linear().save(out.resolve("frames").resolve(frame + ".json.gz"));
      log.printf("frame %s: %d/%d positives, CV macro-F1 %.4f (%s)%n", frame, pos, ex.size(), r.cvMacroF1(), r.bestParams());
      report.put(frame, Map.of("positives", pos, "examples", ex.size(), "cv_macro_f1", r.cvMacroF1(),
          "best_params", r.bestParams()));
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("frames-training.json").toFile(), report);
    return report;
  }
}
