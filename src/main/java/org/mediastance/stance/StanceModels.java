package org.mediastance.stance;
import org.mediastance.learn.LinearTrainer;
import org.mediastance.learn.Example;
import org.mediastance.learn.LinearModel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The stance model folder: layout, training orchestration and loading.
 *
 * <p>Layout of MODELDIR: {@code stance3.json.gz} (target stance, classes -1/0/1, required),
 * {@code directed5.json.gz} (directed sentiment p→q, classes 0–4, optional), {@code mllib/stance3}
 * and {@code mllib/directed5} (the fitted MLlib PipelineModels), {@code training.json} (data,
 * cross-validation figures, Java-vs-MLlib check). The shipped default lives on the classpath at
 * {@code models/stance/} (the two JSON files and training.json only, to stay small).
 */
public final class StanceModels {
  private StanceModels() {}

  public static final String STANCE3 = "stance3.json.gz";
  public static final String DIRECTED5 = "directed5.json.gz";
  public static final String SHIPPED = "/models/stance/";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static final String EMBEDDINGS = "embeddings.bin.gz";

  /**
   * Loaded models: stance3 always, directed5 may be null; embeddings are present when stance3
   * has dense features (their scale is stance3's meta {@code dense_scale}).
   */
  public record Models(LinearModel stance3, LinearModel directed5, Embeddings embeddings, String source) {
    public Models(LinearModel stance3, LinearModel directed5, String source) {
      this(stance3, directed5, null, source);
    }

    /** p(−1), p(0), p(+1) for the target at {@code spans} of {@code text}. */
    public double[] stance(String text, List<int[]> spans) {
      double[] x = stance3.denseSize() == 0 ? null
          : embeddings.features(text, spans, denseScale(stance3));
      return stance3.probabilities(StanceFeatures.target(text, spans), x);
    }
  }

  /** The dense-feature scale a model was trained with (meta {@code dense_scale}). */
  static double denseScale(LinearModel m) {
    Object v = m.meta().get("dense_scale");
    return v instanceof Number n ? n.doubleValue() : 1.0;
  }

  /** Loads from a MODELDIR, or the shipped default when {@code dir} is null. */
  public static Models load(String dir) {
    try {
      if (dir == null) {
        LinearModel s3;
        try (InputStream in = StanceModels.class.getResourceAsStream(SHIPPED + STANCE3)) {
          if (in == null) throw new IllegalStateException("shipped stance model " + SHIPPED + STANCE3 + " missing");
          s3 = LinearModel.load(in);
        }
        LinearModel d5 = null;
        try (InputStream in = StanceModels.class.getResourceAsStream(SHIPPED + DIRECTED5)) {
          if (in != null) d5 = LinearModel.load(in);
        }
        Embeddings emb = null;
        if (s3.denseSize() > 0) {
          try (InputStream in = StanceModels.class.getResourceAsStream(SHIPPED + EMBEDDINGS)) {
            if (in == null) throw new IllegalStateException("shipped stance model needs " + SHIPPED + EMBEDDINGS);
            emb = Embeddings.load(in);
          }
        }
        return new Models(s3, d5, emb, "classpath:" + SHIPPED);
      }
      Path d = Path.of(dir);
      if (!Files.isReadable(d.resolve(STANCE3))) {
        throw new org.mediastance.config.UsageException("stance model folder " + dir + " has no " + STANCE3);
      }
      LinearModel d5 = Files.isReadable(d.resolve(DIRECTED5)) ? LinearModel.load(d.resolve(DIRECTED5)) : null;
      LinearModel s3 = LinearModel.load(d.resolve(STANCE3));
      Embeddings emb = null;
      if (s3.denseSize() > 0) {
        if (!Files.isReadable(d.resolve(EMBEDDINGS))) {
          throw new org.mediastance.config.UsageException("stance model folder " + dir + " has no " + EMBEDDINGS);
        }
        emb = Embeddings.load(d.resolve(EMBEDDINGS));
      }
      return new Models(s3, d5, emb, d.toString());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read stance model from " + (dir == null ? "classpath" : dir), e);
    }
  }

  public static Function<Example, List<String>> stanceFeatures() {
    return e -> StanceFeatures.target(e.text(), e.a());
  }

  public static Function<Example, List<String>> directedFeatures() {
    return e -> StanceFeatures.directed(e.text(), e.a(), e.b());
  }

  /** Trains both models (directed only when {@code five} is non-empty) and writes MODELDIR. */
  public static Map<String, Object> train(SparkSession spark, List<Example> three,
      List<Example> five, Path out, int folds, double[] reg, int minDf,
      Map<String, Object> sources, PrintStream log) throws IOException {
    return train(spark, three, List.of(), five, out, folds, reg, minDf, sources, log);
  }

  /**
   * As above, with {@code extraThree} examples added to the 3-class training folds only (never
   * validated on), e.g. directed-sentiment rows converted to target stance.
   */
  public static Map<String, Object> train(SparkSession spark, List<Example> three,
      List<Example> extraThree, List<Example> five, Path out, int folds,
      double[] reg, int minDf, Map<String, Object> sources, PrintStream log) throws IOException {
    return train(spark, three, extraThree, five, out, folds, reg, minDf, null, 0, sources, log);
  }

  /**
   * As above; with {@code embeddings} (a file written by {@link Embeddings#save}, copied into
   * MODELDIR) the 3-class model also reads {@link Embeddings#features} at {@code denseScale}.
   */
  public static Map<String, Object> train(SparkSession spark, List<Example> three,
      List<Example> extraThree, List<Example> five, Path out, int folds,
      double[] reg, int minDf, Path embeddings, double denseScale, Map<String, Object> sources,
      PrintStream log) throws IOException {
    Files.createDirectories(out);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("data", sources);
    LinearTrainer t = new LinearTrainer(spark).folds(folds).minDf(minDf);
    if (reg != null && reg.length > 0) t.regParams(reg);
    if (embeddings != null) {
      Path copy = out.resolve(EMBEDDINGS);
      if (!copy.toAbsolutePath().normalize().equals(embeddings.toAbsolutePath().normalize())) {
        Files.copy(embeddings, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Embeddings emb = Embeddings.load(copy);
      t.dense(e -> emb.features(e.text(), e.a(), denseScale)).denseScale(denseScale);
      report.put("embeddings", Map.of("dim", emb.dim(), "words", emb.size(), "dense_scale", denseScale,
          "context_tokens", Embeddings.CONTEXT));
      log.printf("dense features: %d-dim embeddings of %,d words, scale %s%n", emb.dim(), emb.size(), denseScale);
    }
    report.put("stance3", fitOne(spark, t, three, extraThree, "stance3", new int[] {-1, 0, 1}, stanceFeatures(), out, STANCE3, log));
    t.dense(null);
    if (!five.isEmpty()) {
      report.put("directed5", fitOne(spark, t, five, List.of(), "directed5", new int[] {0, 1, 2, 3, 4}, directedFeatures(), out, DIRECTED5, log));
    }
    JSON.writeValue(out.resolve("training.json").toFile(), report);
    return report;
  }

  private static Map<String, Object> fitOne(SparkSession spark, LinearTrainer t,
      List<Example> ex, List<Example> extra, String task, int[] labels,
      Function<Example, List<String>> feats, Path out, String file, PrintStream log)
      throws IOException {
    log.printf("fitting %s on %,d examples (cross-validated)...%n", task, ex.size());
    LinearTrainer.Result r = extra.isEmpty() ? t.fit(ex, task, labels, feats)
        : t.fitWithExtra(ex, extra, task, labels, feats);
    r.pipeline().write().overwrite().save(out.resolve("mllib").resolve(task).toString());
    LinearModel lin = r.linear();
    if (lin.denseSize() > 0) {
      // record the dense scale so that scoring rebuilds the same features
      Map<String, Object> meta = new LinkedHashMap<>(lin.meta());
      meta.put("dense_scale", t.denseScale());
      meta.put("dense", "embeddings sentence mean | context mean (" + Embeddings.CONTEXT + " tokens, 1/distance)");
      lin = lin.withMeta(meta);
    }
    lin.save(out.resolve(file));
    LinearModel reloaded = LinearModel.load(out.resolve(file));
    double diff = t.javaVsMllib( r.pipeline(), reloaded, ex, labels.length, feats, 300);
    log.printf("%s: CV macro-F1 %.4f with %s (grid %s); vocabulary %,d; max |p_java - p_mllib| = %.2e%n",
        task, r.cvMacroF1(), r.bestParams(), r.cvMetrics(), reloaded.vocabularySize(), diff);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("examples", ex.size());
    m.put("extra_training_examples", extra.size());
    m.put("cv_macro_f1", r.cvMacroF1());
    m.put("cv_grid_metrics", r.cvMetrics());
    m.put("best_params", r.bestParams());
    m.put("vocabulary", reloaded.vocabularySize());
    m.put("max_abs_prob_diff_java_vs_mllib", diff);
    return m;
  }

}
