package org.mediastance.stance;
import org.mediastance.learn.LinearTrainer;
import org.mediastance.learn.Example;
import org.mediastance.io.SparkSessions;
import org.mediastance.learn.LinearModel;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains tiny stance models with a local SparkSession on hand-written sentences and checks that
 * the exported Java scorer reproduces MLlib's probabilities.
 */
class LinearTrainerIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.forTraining("local[2]", "LinearTrainerIT");
  }

  @AfterAll
  static void stop() {
    // the session is shared by all ITs of this JVM; leave it for the JVM's shutdown
  }

  static Example ex(String text, String target, int label) {
    int b = text.indexOf(target);
    return new Example(text, List.of(new int[] {b, b + target.length()}), null, label, "test");
  }

  /** Hand-written toy examples: three templates per class, several fillers. */
  static List<Example> toy() {
    String[] names = {"Norway", "Chile", "Kenya", "Peru", "Japan", "Ghana"};
    List<Example> out = new ArrayList<>();
    for (String n : names) {
      out.add(ex("The minister condemned " + n + " for its reckless behaviour.", n, 0));
      out.add(ex(n + "'s policy is a dangerous failure, critics said.", n, 0));
      out.add(ex("Officials accused " + n + " of lying about the deal.", n, 0));
      out.add(ex(n + " will host the meeting on Tuesday.", n, 1));
      out.add(ex("Delegates flew to " + n + " for the annual talks.", n, 1));
      out.add(ex("The report mentions " + n + " twice in its annex.", n, 1));
      out.add(ex("The minister praised " + n + " for its generous help.", n, 2));
      out.add(ex(n + "'s reform is a great success, experts said.", n, 2));
      out.add(ex("Officials thanked " + n + " for its strong support.", n, 2));
    }
    return out;
  }

  @Test
  void javaScoringEqualsMllib(@TempDir Path dir) throws Exception {
    List<Example> data = toy();
    List<Example> five = new ArrayList<>();
    String[] pairs = {"Anna", "Boris", "Carla", "Dmitri"};
    for (int i = 0; i < pairs.length; i++) {
      String p = pairs[i];
      String q = pairs[(i + 1) % pairs.length];
      String[] texts = {p + " met " + q + " in the capital.", p + " praised " + q + " warmly.",
          q + " praised " + p + " warmly.", p + " blamed " + q + " for the defeat.", q + " blamed " + p + " for the defeat."};
      for (int l = 0; l < 5; l++) {
        for (int rep = 0; rep < 2; rep++) {
          String t = texts[l] + (rep == 0 ? "" : " Reporters watched.");
          int pb = t.indexOf(p);
          int qb = t.indexOf(q);
          five.add(new Example(t, List.of(new int[] {pb, pb + p.length()}),
              List.of(new int[] {qb, qb + q.length()}), l, "test"));
        }
      }
    }
    Map<String, Object> report = StanceModels.train(spark, data, five, dir, 2, new double[] {0.01, 0.1}, 1,
        Map.of("toy", data.size()), System.out);
    assertTrue(Files.exists(dir.resolve(StanceModels.STANCE3)));
    assertTrue(Files.exists(dir.resolve(StanceModels.DIRECTED5)));
    assertTrue(Files.isDirectory(dir.resolve("mllib/stance3")));
    @SuppressWarnings("unchecked")
    Map<String, Object> s3 = (Map<String, Object>) report.get("stance3");
    assertTrue((Double) s3.get("max_abs_prob_diff_java_vs_mllib") < 1e-4, s3.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> d5 = (Map<String, Object>) report.get("directed5");
    assertTrue((Double) d5.get("max_abs_prob_diff_java_vs_mllib") < 1e-4, d5.toString());

    // independent check on unseen sentences: MLlib's transform vs the Java scorer
    StanceScorer sc = new StanceScorer(StanceModels.load(dir.toString()));
    List<Example> unseen = List.of(
        ex("The minister condemned Malta for its reckless behaviour.", "Malta", 0),
        ex("Officials thanked Malta for its strong support.", "Malta", 2),
        ex("Malta will host the meeting on Friday.", "Malta", 1));
    LinearTrainer t = new LinearTrainer(spark);
    var pm = org.apache.spark.ml.PipelineModel.load(dir.resolve("mllib/stance3").toString());
    double diff = t.javaVsMllib(pm, sc.models().stance3(), unseen, 3,
        StanceModels.stanceFeatures(), 10);
    assertTrue(diff < 1e-4, "diff " + diff);
    // and the toy model learned the obvious
    for (Example e : unseen) {
      assertEquals(e.label(), LinearModel.argmax(sc.probabilities(e.text(), e.a())), e.text());
    }
    assertEquals(3, sc.directed("Anna blamed Boris for the defeat.", List.of(new int[] {0, 4}), List.of(new int[] {12, 17})));
  }

  /** With dense embedding features (a hand-made 4-dim table): Java scoring still equals MLlib's. */
  @Test
  void javaScoringEqualsMllibWithEmbeddings(@TempDir Path dir) throws Exception {
    Map<String, float[]> vec = new java.util.HashMap<>();
    for (String w : List.of("condemned", "reckless", "dangerous", "failure", "accused", "lying", "critics"))
      vec.put(w, new float[] {1f, 0.2f, 0f, 0.1f});
    for (String w : List.of("praised", "generous", "help", "great", "success", "thanked", "strong", "support"))
      vec.put(w, new float[] {-0.9f, 0.1f, 0.3f, 0f});
    for (String w : List.of("host", "meeting", "flew", "talks", "report", "mentions", "annex", "the", "for"))
      vec.put(w, new float[] {0f, 1f, -0.2f, 0.4f});
    Path emb = dir.resolve("emb-in.bin.gz");
    Embeddings.save(emb, 4, vec);
    Path out = dir.resolve("model");
    Map<String, Object> report = StanceModels.train(spark, toy(), List.of(), List.of(), out, 2,
        new double[] {0.01, 0.1}, 1, emb, 2.0, Map.of("toy", 54), System.out);
    @SuppressWarnings("unchecked")
    Map<String, Object> s3 = (Map<String, Object>) report.get("stance3");
    assertTrue((Double) s3.get("max_abs_prob_diff_java_vs_mllib") < 1e-4, s3.toString());
    StanceModels.Models models = StanceModels.load(out.toString());
    assertEquals(8, models.stance3().denseSize());
    assertNotNull(models.embeddings());
    assertEquals(2.0, StanceModels.denseScale(models.stance3()));
    // a non-zero dense weight: the embeddings do feed the model
    StanceScorer sc = new StanceScorer(models);
    List<Example> unseen = List.of(
        ex("Critics condemned Malta for its dangerous failure.", "Malta", 0),
        ex("Officials praised Malta for its generous support.", "Malta", 2),
        ex("Malta will host the talks on Friday.", "Malta", 1));
    LinearTrainer t = new LinearTrainer(spark).dense(e -> models.embeddings().features(e.text(), e.a(), 2.0));
    var pm = org.apache.spark.ml.PipelineModel.load(out.resolve("mllib/stance3").toString());
    double diff = t.javaVsMllib(pm, models.stance3(), unseen, 3,
        StanceModels.stanceFeatures(), 10);
    assertTrue(diff < 1e-4, "diff " + diff);
    for (Example e : unseen) {
      assertEquals(e.label(), LinearModel.argmax(sc.probabilities(e.text(), e.a())), e.text());
    }
  }
}
