package org.mediastance.stance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.mediastance.learn.Tok;

/**
 * Word embeddings (lower-cased token forms of {@link Tok}) and the dense stance features built
 * from them: the mean vector of the sentence and the distance-weighted mean of the words around
 * the target, both without the target's own tokens.
 *
 * <p>The vectors come from MLlib {@code Word2Vec} trained on news text ({@link EmbeddingTrainer});
 * only a chosen vocabulary is kept. File format ({@code embeddings.bin.gz}): gzip of
 * {@code int magic, int dim, int n}, then per word {@code UTF word, float scale, byte[dim]}
 * (each vector quantised to int8 with its own scale, ~4× smaller than floats). Vectors are
 * unit-normalised when loaded; training and scoring both read the file, so the quantisation
 * is part of the model and Java scoring equals MLlib's. Immutable and thread-safe.
 */
public final class Embeddings {
  private static final int MAGIC = 0x4d535745; // "MSWE"
  /** Tokens either side of the target that feed the context vector, weighted 1/distance. */
  public static final int CONTEXT = 6;

  private final int dim;
  private final Map<String, float[]> vectors;

  public Embeddings(int dim, Map<String, float[]> vectors) {
    this.dim = dim;
    this.vectors = Map.copyOf(vectors);
  }

  public int dim() { return dim; }
  public int size() { return vectors.size(); }
  public float[] vector(String lower) { return vectors.get(lower); }

  /** Number of dense features {@link #features} returns. */
  public int featureCount() { return 2 * dim; }

  /**
   * Dense features for the target at {@code spans} of {@code text}: [sentence mean | context
   * mean], each block scaled to L2 norm {@code scale} (zeros when no word has a vector).
   */
  public double[] features(String text, List<int[]> spans, double scale) {
    List<Tok.Token> toks = Tok.tokenize(text);
    int n = toks.size();
    boolean[] t = new boolean[n];
    for (int i = 0; i < n; i++) {
      Tok.Token k = toks.get(i);
      for (int[] s : spans) if (k.begin() < s[1] && k.end() > s[0]) { t[i] = true; break; }
    }
    double[] out = new double[2 * dim];
    double[] ctxW = new double[n];
    for (int i = 0; i < n; i++) {
      if (!t[i]) continue;
      for (int j = Math.max(0, i - CONTEXT); j <= Math.min(n - 1, i + CONTEXT); j++) {
        if (!t[j]) ctxW[j] = Math.max(ctxW[j], 1.0 / Math.abs(i - j));
      }
    }
    for (int i = 0; i < n; i++) {
      if (t[i]) continue;
      float[] v = vectors.get(toks.get(i).lower());
      if (v == null) continue;
      for (int d = 0; d < dim; d++) out[d] += v[d];
      if (ctxW[i] > 0) for (int d = 0; d < dim; d++) out[dim + d] += ctxW[i] * v[d];
    }
    normalise(out, 0, dim, scale);
    normalise(out, dim, 2 * dim, scale);
    return out;
  }

  private static void normalise(double[] x, int from, int to, double scale) {
    double s = 0;
    for (int i = from; i < to; i++) s += x[i] * x[i];
    if (s == 0) return;
    double f = scale / Math.sqrt(s);
    for (int i = from; i < to; i++) x[i] *= f;
  }

  /** Writes {@code raw} vectors quantised to int8 (see the class comment). */
  public static void save(Path file, int dim, Map<String, float[]> raw) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
        new GZIPOutputStream(Files.newOutputStream(file))))) {
      out.writeInt(MAGIC);
      out.writeInt(dim);
      out.writeInt(raw.size());
      for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(raw).entrySet()) {
        float[] v = e.getValue();
        float max = 0;
        for (float x : v) max = Math.max(max, Math.abs(x));
        float scale = max == 0 ? 1 : max / 127f;
        out.writeUTF(e.getKey());
        out.writeFloat(scale);
        for (float x : v) out.writeByte(Math.round(x / scale));
      }
    }
  }

  public static Embeddings load(InputStream gz) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(gz)));
    if (in.readInt() != MAGIC) throw new IOException("not an embeddings file");
    int dim = in.readInt();
    int n = in.readInt();
    Map<String, float[]> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String w = in.readUTF();
      float scale = in.readFloat();
      float[] v = new float[dim];
      double s = 0;
      for (int d = 0; d < dim; d++) {
        v[d] = in.readByte() * scale;
        s += v[d] * v[d];
      }
      if (s == 0) continue;
      float f = (float) (1 / Math.sqrt(s));
      for (int d = 0; d < dim; d++) v[d] *= f;
      m.put(w, v);
    }
    return new Embeddings(dim, m);
  }

  public static Embeddings load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    }
  }
}
