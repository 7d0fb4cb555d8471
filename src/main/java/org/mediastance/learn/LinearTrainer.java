package org.mediastance.learn;

import java.util.ArrayList;
import org.apache.spark.ml.linalg.Vector;
import java.util.Random;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.ml.tuning.ParamGridBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fits a linear classifier (stance, frames) with Spark MLlib and exports it as a {@link LinearModel}.
 *
 * <p>Pipeline: {@code CountVectorizer(features_raw → features, binary, minDF)} (with
 * {@link #dense}: {@code → sparse}, then {@code VectorAssembler(sparse, dense → features)}) →
 * multinomial {@code LogisticRegression} with balanced class weights ({@code weight} =
 * N / (K · n_class)), tuned by {@link CrossValidator} (k folds, macro-F1) over {@code regParam}
 * and {@code elasticNetParam} on the training examples only. Input rows are built on the driver
 * by the caller's feature function (columns {@code label}, {@code weight}, {@code features_raw}), so
 * training and Java scoring share one feature extractor. Not thread-safe; one fit at a time.
 */
public final class LinearTrainer {

  /** What a fit produced. */
  public record Result(PipelineModel pipeline, LinearModel linear, double cvMacroF1,
      Map<String, Object> bestParams, List<Double> cvMetrics) {}

  private final SparkSession spark;
  private int folds = 3;
  private int minDf = 2;
  private double[] regParams = {0.003, 0.01, 0.03, 0.1};
  private double[] elasticNets = {0.0};
  private int maxIter = 200;
  private long seed = 42;
  private Function<Example, double[]> dense;

  public LinearTrainer(SparkSession spark) {
    this.spark = spark;
  }

  public LinearTrainer folds(int f) { this.folds = f; return this; }
  public LinearTrainer minDf(int m) { this.minDf = m; return this; }
  public LinearTrainer regParams(double... r) { this.regParams = r; return this; }
  public LinearTrainer elasticNets(double... e) { this.elasticNets = e; return this; }
  public LinearTrainer maxIter(int m) { this.maxIter = m; return this; }
  public LinearTrainer seed(long s) { this.seed = s; return this; }
  /** Dense features (column {@code dense}) assembled after the sparse ones; null: none. */
  public LinearTrainer dense(Function<Example, double[]> d) { this.dense = d; return this; }
  public Function<Example, double[]> denseFeatures() { return dense; }
  private double denseScale = 1;
  /** The scale the dense features were built with (recorded in the exported model). */
  public LinearTrainer denseScale(double s) { this.denseScale = s; return this; }
  public double denseScale() { return denseScale; }

  private static final StructType SCHEMA = new StructType()
      .add("label", DataTypes.DoubleType)
      .add("weight", DataTypes.DoubleType)
      .add("features_raw", DataTypes.createArrayType(DataTypes.StringType));

  /** Builds the training DataFrame from examples with a feature function. */
  public Dataset<Row> frame(List<Example> ex, int classes,
      Function<Example, List<String>> feats) {
    long[] n = new long[classes];
    for (Example e : ex) n[e.label()]++;
    List<Row> rows = new ArrayList<>(ex.size());
    for (Example e : ex) {
      double w = (double) ex.size() / (classes * Math.max(1, n[e.label()]));
      rows.add(RowFactory.create((double) e.label(), w,
          scala.jdk.javaapi.CollectionConverters.asScala(feats.apply(e)).toSeq()));
    }
    if (dense == null) return spark.createDataFrame(rows, SCHEMA);
    List<Row> withDense = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      withDense.add(RowFactory.create(r.get(0), r.get(1), r.get(2),
          org.apache.spark.ml.linalg.Vectors.dense(dense.apply(ex.get(i)))));
    }
    return spark.createDataFrame(withDense, SCHEMA.add("dense", new org.apache.spark.ml.linalg.VectorUDT()));
  }

  /** CountVectorizer (→ VectorAssembler with the dense column) → LogisticRegression stages. */
  private PipelineStage[] stages(LogisticRegression lr) {
    CountVectorizer cv = new CountVectorizer().setInputCol("features_raw")
        .setOutputCol(dense == null ? "features" : "sparse").setBinary(true).setMinDF(minDf);
    if (dense == null) return new PipelineStage[] {cv, lr};
    VectorAssembler va = new VectorAssembler().setInputCols(new String[] {"sparse", "dense"})
        .setOutputCol("features");
    return new PipelineStage[] {cv, va, lr};
  }

  /** Fits, cross-validates and exports a model for {@code task} with class values {@code labels}. */
  public Result fit(List<Example> ex, String task, int[] labels,
      Function<Example, List<String>> feats) {
    int k = labels.length;
    Dataset<Row> df = frame(ex, k, feats).cache();
    LogisticRegression lr = new LogisticRegression().setFamily("multinomial")
        .setWeightCol("weight").setMaxIter(maxIter).setStandardization(false);
    Pipeline pipe = new Pipeline().setStages(stages(lr));
    ParamMap[] grid = new ParamGridBuilder()
        .addGrid(lr.regParam(), regParams)
        .addGrid(lr.elasticNetParam(), elasticNets)
        .build();
    CrossValidator cval = new CrossValidator().setEstimator(pipe).setEstimatorParamMaps(grid)
        .setEvaluator(new MacroF1Evaluator(k)).setNumFolds(folds).setSeed(seed).setParallelism(1);
    CrossValidatorModel cvm = cval.fit(df);
    double[] metrics = cvm.avgMetrics();
    int best = 0;
    for (int i = 1; i < metrics.length; i++) if (metrics[i] > metrics[best]) best = i;
    PipelineModel pm = (PipelineModel) cvm.bestModel();
    Map<String, Object> bestParams = new LinkedHashMap<>();
    bestParams.put("regParam", grid[best].apply(lr.regParam()));
    bestParams.put("elasticNetParam", grid[best].apply(lr.elasticNetParam()));
    List<Double> ml = new ArrayList<>();
    for (double m : metrics) ml.add(m);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("cv_folds", folds);
    meta.put("cv_macro_f1", metrics[best]);
    meta.put("best_params", bestParams);
    meta.put("min_df", minDf);
    meta.put("train_examples", ex.size());
    LinearModel linear = export(pm, task, labels, meta);
    df.unpersist();
    return new Result(pm, linear, metrics[best], bestParams, ml);
  }

  /**
   * Like {@link #fit} but with {@code extra} examples (e.g. converted from another data set) added
   * to every training fold and never to a validation fold, so that the cross-validated macro-F1
   * measures the model on {@code base} data only. Folds are a seeded random assignment of
   * {@code base}; the final model is fitted on base ∪ extra with the best regParam.
   */
  public Result fitWithExtra(List<Example> base, List<Example> extra,
      String task, int[] labels, Function<Example, List<String>> feats) {
    int k = labels.length;
    java.util.Random rnd = new java.util.Random(seed);
    int[] fold = new int[base.size()];
    for (int i = 0; i < fold.length; i++) fold[i] = rnd.nextInt(folds);
    List<Double> metrics = new ArrayList<>();
    double bestM = -1;
    double bestReg = regParams[0];
    for (double reg : regParams) {
      double sum = 0;
      for (int f = 0; f < folds; f++) {
        List<Example> tr = new ArrayList<>(extra);
        List<Example> va = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) (fold[i] == f ? va : tr).add(base.get(i));
        PipelineModel pm = pipeline(reg, elasticNets[0]).fit(frame(tr, k, feats));
        sum += new MacroF1Evaluator(k).evaluate(pm.transform(frame(va, k, feats)));
      }
      double m = sum / folds;
      metrics.add(m);
      if (m > bestM) { bestM = m; bestReg = reg; }
    }
    List<Example> all = new ArrayList<>(base);
    all.addAll(extra);
    PipelineModel pm = pipeline(bestReg, elasticNets[0]).fit(frame(all, k, feats));
    Map<String, Object> bestParams = new LinkedHashMap<>();
    bestParams.put("regParam", bestReg);
    bestParams.put("elasticNetParam", elasticNets[0]);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("cv_folds", folds);
    meta.put("cv_macro_f1_on_base", bestM);
    meta.put("best_params", bestParams);
    meta.put("min_df", minDf);
    meta.put("train_examples", all.size());
    meta.put("extra_examples", extra.size());
    return new Result(pm, export(pm, task, labels, meta), bestM, bestParams, metrics);
  }

  private Pipeline pipeline(double reg, double elasticNet) {
    LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setWeightCol("weight")
        .setMaxIter(maxIter).setStandardization(false).setRegParam(reg).setElasticNetParam(elasticNet);
    return new Pipeline().setStages(stages(lr));
  }

  /** Exports a fitted CountVectorizer + LogisticRegression pipeline as a {@link LinearModel}. */
  public static LinearModel export(PipelineModel pm, String task, int[] labels, Map<String, Object> meta) {
    CountVectorizerModel cvm = (CountVectorizerModel) pm.stages()[0];
    LogisticRegressionModel lrm = (LogisticRegressionModel) pm.stages()[pm.stages().length - 1];
    String[] vocab = cvm.vocabulary();
    Matrix coef = lrm.coefficientMatrix();
    int k = coef.numRows();
    if (k != labels.length) throw new IllegalStateException("model has " + k + " classes, expected " + labels.length);
    int d = coef.numCols() - vocab.length; // dense features assembled after the vocabulary
    double[][] w = new double[k][vocab.length];
    double[][] dw = new double[k][d];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < vocab.length; j++) w[c][j] = coef.apply(c, j);
      for (int j = 0; j < d; j++) dw[c][j] = coef.apply(c, vocab.length + j);
    }
    double[] b = lrm.interceptVector().toArray();
    return new LinearModel(task, labels, vocab, b, w, dw, meta == null ? new HashMap<>() : meta);
  }

  /**
   * Max |p_java − p_mllib| over a random sample of examples: the exported {@link LinearModel}
   * must give the probabilities of the MLlib pipeline it came from.
   */
  public double javaVsMllib(PipelineModel pm,
      LinearModel lm, List<Example> ex, int classes,
      Function<Example, List<String>> feats, int sample) {
    List<Example> s = new ArrayList<>(ex);
    Collections.shuffle(s, new Random(7));
    s = s.subList(0, Math.min(sample, s.size()));
    Dataset<Row> df = frame(s, classes, feats);
    List<Row> rows = pm.transform(df).select("probability").collectAsList();
    double max = 0;
    for (int i = 0; i < s.size(); i++) {
      double[] pm1 = ((Vector) rows.get(i).get(0)).toArray();
      double[] x = dense == null ? null : dense.apply(s.get(i));
      double[] pj = lm.probabilities(feats.apply(s.get(i)), x);
      for (int c = 0; c < classes; c++) max = Math.max(max, Math.abs(pm1[c] - pj[c]));
    }
    return max;
  }
}
