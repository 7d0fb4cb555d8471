package org.mediastance.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic-regression model over binary string features, exported from a fitted
 * MLlib {@code CountVectorizer + LogisticRegression} pipeline and applied in plain Java:
 * {@code p(k) = softmax(b_k + Σ_{f ∈ features ∩ vocabulary} w_{k,f} + Σ_j v_{k,j} x_j)}, where
 * {@code x} are optional dense features (e.g. {@link Embeddings#features}) that follow the sparse
 * vocabulary in the MLlib feature vector.
 *
 * <p>File format (JSON, gzip): {@code {"task", "labels": [..], "vocabulary": [..],
 * "intercepts": [K], "weights": [[K × V]], "dense_weights": [[K × D]] (optional), "meta": {...}}} — weights are stored as floats
 * rounded to 6 significant digits. Immutable and thread-safe.
 */
public final class LinearModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String task;
  private final int[] labels;
  private final Map<String, Integer> index;
  private final String[] vocabulary;
  private final double[] intercepts;
  private final double[][] weights; // [K][V]
  private final Map<String, Object> meta;
  private final double[][] dense; // [K][D], D = 0 without dense features

  public LinearModel(String task, int[] labels, String[] vocabulary, double[] intercepts,
      double[][] weights, Map<String, Object> meta) {
    this(task, labels, vocabulary, intercepts, weights, null, meta);
  }

  /** With weights {@code dense[K][D]} for D dense features that follow the sparse vocabulary. */
  public LinearModel(String task, int[] labels, String[] vocabulary, double[] intercepts,
      double[][] weights, double[][] dense, Map<String, Object> meta) {
    this.task = task;
    this.dense = dense == null ? new double[labels.length][0] : dense;
    this.labels = labels.clone();
    this.vocabulary = vocabulary.clone();
    this.intercepts = intercepts.clone();
    this.weights = weights;
    this.meta = meta == null ? Map.of() : Map.copyOf(meta);
    this.index = new HashMap<>(vocabulary.length * 2);
    for (int i = 0; i < vocabulary.length; i++) index.put(vocabulary[i], i);
    for (double[] w : weights) {
      if (w.length != vocabulary.length) throw new IllegalArgumentException("weights/vocabulary size mismatch");
    }
    if (weights.length != labels.length || intercepts.length != labels.length || this.dense.length != labels.length) {
      throw new IllegalArgumentException("labels/weights/intercepts size mismatch");
    }
  }

  public String task() { return task; }
  public int[] labels() { return labels.clone(); }
  public int vocabularySize() { return vocabulary.length; }
  public Map<String, Object> meta() { return meta; }
  /** The same model with other metadata. */
  public LinearModel withMeta(Map<String, Object> m) {
    return new LinearModel(task, labels, vocabulary, intercepts, weights, dense, m);
  }

  /** Number of dense features (0: sparse features only). */
  public int denseSize() { return dense[0].length; }

  /** The weight of a feature for class index {@code c}; 0 when the feature is not in the vocabulary. */
  public double weight(int c, String feature) {
    Integer i = index.get(feature);
    return i == null ? 0 : weights[c][i];
  }

  /** Class probabilities, in the order of {@link #labels()}. */
  public double[] probabilities(List<String> features) {
    return probabilities(features, null);
  }

  /** Class probabilities with dense feature values ({@code null} or empty when the model has none). */
  public double[] probabilities(List<String> features, double[] x) {
    int k = labels.length;
    double[] z = intercepts.clone();
    for (String f : features) {
      Integer i = index.get(f);
      if (i == null) continue;
      for (int c = 0; c < k; c++) z[c] += weights[c][i];
    }
    int d = dense[0].length;
    if (d > 0) {
      if (x == null || x.length != d) throw new IllegalArgumentException("model " + task + " needs " + d + " dense features");
      for (int c = 0; c < k; c++) {
        double[] w = dense[c];
        double s = 0;
        for (int j = 0; j < d; j++) s += w[j] * x[j];
        z[c] += s;
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) max = Math.max(max, v);
    double sum = 0;
    for (int c = 0; c < k; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < k; c++) z[c] /= sum;
    return z;
  }

  /** Index of the largest probability. */
  public static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    return best;
  }

  /** Writes the model as gzipped JSON. */
  public void save(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("task", task);
    ArrayNode l = root.putArray("labels");
    for (int x : labels) l.add(x);
    ArrayNode v = root.putArray("vocabulary");
    for (String s : vocabulary) v.add(s);
    ArrayNode b = root.putArray("intercepts");
    for (double x : intercepts) b.add(round(x));
    ArrayNode w = root.putArray("weights");
    for (double[] row : weights) {
      ArrayNode r = w.addArray();
      for (double x : row) r.add(round(x));
    }
    if (dense[0].length > 0) {
      ArrayNode dw = root.putArray("dense_weights");
      for (double[] row : dense) {
        ArrayNode r = dw.addArray();
        for (double x : row) r.add(round(x));
      }
    }
    root.set("meta", JSON.valueToTree(meta));
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      JSON.writeValue(out, root);
    }
  }

  private static double round(double x) {
    if (x == 0) return 0;
    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", x));
  }

  /** Reads a model written by {@link #save}. */
  public static LinearModel load(InputStream gz) throws IOException {
    JsonNode root = JSON.readTree(new GZIPInputStream(gz));
    String task = root.path("task").asText();
    JsonNode l = root.get("labels");
    int[] labels = new int[l.size()];
    for (int i = 0; i < labels.length; i++) labels[i] = l.get(i).asInt();
    JsonNode v = root.get("vocabulary");
    String[] vocab = new String[v.size()];
    for (int i = 0; i < vocab.length; i++) vocab[i] = v.get(i).asText();
    JsonNode b = root.get("intercepts");
    double[] inter = new double[b.size()];
    for (int i = 0; i < inter.length; i++) inter[i] = b.get(i).asDouble();
    JsonNode w = root.get("weights");
    double[][] weights = new double[w.size()][];
    for (int c = 0; c < weights.length; c++) {
      JsonNode r = w.get(c);
      weights[c] = new double[r.size()];
      for (int i = 0; i < weights[c].length; i++) weights[c][i] = r.get(i).asDouble();
    }
    double[][] dense = null;
    JsonNode dw = root.get("dense_weights");
    if (dw != null) {
      dense = new double[dw.size()][];
      for (int c = 0; c < dense.length; c++) {
        JsonNode r = dw.get(c);
        dense[c] = new double[r.size()];
        for (int i = 0; i < dense[c].length; i++) dense[c][i] = r.get(i).asDouble();
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = root.has("meta") ? JSON.convertValue(root.get("meta"), Map.class) : Map.of();
    return new LinearModel(task, labels, vocab, inter, weights, dense, meta);
  }

  public static LinearModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    }
  }
}
