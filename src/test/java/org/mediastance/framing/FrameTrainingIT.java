package org.mediastance.framing;
import org.mediastance.learn.TextFeatures;
import org.mediastance.learn.LinearTrainer;
import org.mediastance.learn.Example;
import org.mediastance.io.SparkSessions;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.learn.LinearModel;

/** Trains frame models on hand-written sentences labelled by the codebook; Java equals MLlib. */
class FrameTrainingIT {

  @Test
  void weakLabelledFrameModels(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.forTraining("local[2]", "FrameTrainingIT");
    Codebook cb = Codebook.parse("frames:\n"
        + "  failure:\n    definition: d\n    mfc: [policy_prescription_and_evaluation]\n    cues: [fail*, fiasco]\n"
        + "  economic:\n    definition: d\n    mfc: [economic]\n    cues: [tariff*, econom*]\n", "it");
    FrameDetector fd = new FrameDetector(cb);
    String[] subjects = {"The plan", "The new policy", "Their strategy", "The mission", "The programme", "The effort"};
    List<FrameTraining.Labelled> data = new ArrayList<>();
    for (String s : subjects) {
      for (String t : new String[] {s + " failed within weeks.", s + " was a fiasco from the start.",
          s + " raised tariffs on steel.", s + " will help the economy grow.", s + " was announced on Monday.",
          s + " was discussed by the committee."}) {
        LinkedHashSet<String> fr = new LinkedHashSet<>();
        fd.detect(t).forEach(h -> fr.add(h.getFrame()));
        data.add(new FrameTraining.Labelled(t, fr));
      }
    }
    Map<String, Object> r = FrameTraining.train(spark, data, cb, dir, 2, 5, 0.0, System.out);
    assertTrue(Files.exists(dir.resolve("frames/failure.json.gz")), r.toString());
    assertTrue(Files.exists(dir.resolve("frames/economic.json.gz")));
    FrameModel fm = FrameModel.load(dir);
    LinearModel lm = fm.models().get("failure");
    List<Example> ex = new ArrayList<>();
    for (FrameTraining.Labelled l : data) {
      ex.add(new Example(l.sentence(), List.of(), null, l.frames().contains("failure") ? 1 : 0, "it"));
    }
    PipelineModel pm = PipelineModel.load(dir.resolve("mllib/frames-failure").toString());
    double diff = new LinearTrainer(spark).javaVsMllib(pm, lm, ex, 2,
        e -> TextFeatures.text(e.text()), 50);
    assertTrue(diff < 1e-4, "diff " + diff);
    double pFail = lm.probabilities(TextFeatures.text("The mission failed again."))[1];
    double pNeutral = lm.probabilities(TextFeatures.text("The mission was discussed again."))[1];
    assertTrue(pFail > pNeutral + 0.2, pFail + " vs " + pNeutral);
  }

  @Test
  void weakStatementLabelsKeepOnlySureCuesAndThresholdsComeFromHeldOutData(@TempDir Path dir) throws Exception {
    Codebook cb = Codebook.parse("frames:\n"
        + "  failure:\n    definition: d\n    mfc: [policy_prescription_and_evaluation]\n"
        + "    cues: [{cue: fiasco, weight: 0.95}, {cue: setback, weight: 0.6}]\n", "it");
    FrameDetector fd = new FrameDetector(cb);
    String[] subjects = {"The plan", "The new policy", "Their strategy", "The mission", "The programme",
        "The effort", "The scheme", "The campaign", "The bill", "The offensive"};
    StringBuilder rows = new StringBuilder();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    int n = 0;
    for (String s : subjects) {
      for (String t : new String[] {s + " was a fiasco from the start.", s + " turned into a fiasco overnight.",
          s + " was a setback for them.", s + " was announced on Monday.", s + " was discussed by the committee.",
          s + " will be debated next week."}) {
        rows.append(json.writeValueAsString(Map.of("article_id", "a" + (n++ % 7), "government", "USA",
            "content", t))).append('\n');
      }
    }
    rows.append(json.writeValueAsString(Map.of("article_id", "dev1", "government", "USA",
        "content", "The dev plan was a fiasco."))).append('\n');
    rows.append(json.writeValueAsString(Map.of("article_id", "a1", "content", "No government: a fiasco."))).append('\n');
    Path st = dir.resolve("statements.jsonl");
    Files.writeString(st, rows);
    List<FrameTraining.Labelled> data = FrameTraining.weakStatements(List.of(st), fd, 0.9, java.util.Set.of("dev1"));
    assertEquals(60, data.size(), "government rows only, excluded articles left out");
    FrameTraining.Labelled setback = data.stream().filter(l -> l.sentence().contains("setback")).findFirst().orElseThrow();
    assertTrue(setback.frames().isEmpty() && setback.unsure().contains("failure"), "a weak cue is neither positive nor negative");
    assertEquals(20, data.stream().filter(l -> l.frames().contains("failure")).count());

    SparkSession spark = SparkSessions.forTraining("local[2]", "FrameTrainingIT");
    Path out = dir.resolve("model");
    Map<String, Object> r = FrameTraining.train(spark, data, cb, out, 2, 5, 0.3, System.out);
    assertTrue(Files.exists(out.resolve("frames/thresholds.json")), r.toString());
    FrameModel fm = FrameModel.load(out);
    double th = fm.threshold("failure");
    assertEquals(((Number) ((Map<?, ?>) r.get("failure")).get("threshold")).doubleValue(), th, 1e-12);
    assertTrue(th > 0 && th < 1);
    // scoring in plain Java equals MLlib on the same inputs
    List<Example> ex = new ArrayList<>();
    for (FrameTraining.Labelled l : data) {
      if (!l.unsure().contains("failure")) {
        ex.add(new Example(l.sentence(), List.of(), null, l.frames().contains("failure") ? 1 : 0, "it"));
      }
    }
    PipelineModel pm = PipelineModel.load(out.resolve("mllib/frames-failure").toString());
    double diff = new LinearTrainer(spark).javaVsMllib(pm, fm.models().get("failure"), ex, 2,
        e -> TextFeatures.text(e.text()), 60);
    assertTrue(diff < 1e-4, "diff " + diff);
    FrameDetector withModel = new FrameDetector(cb, fm);
    assertTrue(withModel.detect("The strategy was a fiasco from the start.").stream()
        .anyMatch(h -> h.getFrame().equals("failure") && h.getCue().equals("fiasco")));
  }
}
