package org.mediastance.stance;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.mediastance.config.UsageException;

/**
 * The transformer stance model: a fine-tuned MiniLM-L6 encoder (from all-MiniLM-L6-v2, Apache-2.0)
 * with a 3-class head over the mean of all word pieces and the mean of the target's pieces, run
 * with ONNX Runtime. Gives p(−1), p(0), p(+1) for (text, target spans), in batches.
 *
 * <p>Model folder ({@link #FOLDER_FILE} marks one): {@code model.onnx} (inputs {@code input_ids},
 * {@code attention_mask}, {@code token_type_ids} int64 [batch, length], {@code target_mask}
 * float [batch, length]; output {@code logits} [batch, 3] in class order −1, 0, +1),
 * {@code tokenizer.json} (the WordPiece tokenizer) and {@code transformer.json} ({@code max_length},
 * {@code max_target_tokens}, {@code cls_id}, {@code sep_id}, and how it was trained). The shipped
 * one is on the classpath at {@link #SHIPPED}. Inputs are built by {@link TransformerInputs}.
 *
 * <p>One ONNX Runtime session per instance, run with {@link #threads()} intra-op threads (default
 * 1: Spark already runs one task per core; {@code -Dmediastance.onnx.threads=N} changes it).
 * Thread-safe (ONNX Runtime sessions may be run concurrently); hold one per JVM (see
 * {@link StanceScorer#forModel}).
 */
public final class TransformerStance implements AutoCloseable {
  public static final String SHIPPED = "/models/stance-transformer/";
  public static final String MODEL = "model.onnx";
  public static final String TOKENIZER = "tokenizer.json";
  public static final String FOLDER_FILE = "transformer.json";
  /** Inputs per ONNX Runtime call. */
  public static final int BATCH = 32;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OrtEnvironment env;
  private final OrtSession session;
  private final TransformerInputs inputs;
  private final Map<String, Object> meta;
  private final String source;

  private TransformerStance(byte[] model, TransformerInputs inputs, Map<String, Object> meta, String source)
      throws OrtException {
    this.env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
      o.setIntraOpNumThreads(threads());
      o.setInterOpNumThreads(1);
      o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      this.session = env.createSession(model, o);
    }
    this.inputs = inputs;
    this.meta = meta;
    this.source = source;
  }

  static int threads() {
    return Integer.getInteger("mediastance.onnx.threads", 1);
  }

  /** True when {@code dir} holds a transformer model (its {@link #FOLDER_FILE}). */
  public static boolean isModelFolder(Path dir) {
    return Files.isRegularFile(dir.resolve(FOLDER_FILE));
  }

  /** The shipped model. */
  public static TransformerStance shipped() {
    try (InputStream m = open(MODEL); InputStream t = open(TOKENIZER); InputStream j = open(FOLDER_FILE)) {
      return build(m.readAllBytes(), TransformerInputs.tokenizer(t), JSON.readTree(j), "classpath:" + SHIPPED);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load the shipped transformer stance model", e);
    }
  }

  /** A model folder (see the class comment). */
  public static TransformerStance load(Path dir) {
    for (String f : List.of(MODEL, TOKENIZER, FOLDER_FILE)) {
      if (!Files.isReadable(dir.resolve(f))) throw new UsageException("transformer stance model " + dir + " has no " + f);
    }
    try {
      return build(Files.readAllBytes(dir.resolve(MODEL)), TransformerInputs.tokenizer(dir.resolve(TOKENIZER)),
          JSON.readTree(dir.resolve(FOLDER_FILE).toFile()), dir.toString());
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load transformer stance model " + dir, e);
    }
  }

  private static InputStream open(String f) {
    InputStream in = TransformerStance.class.getResourceAsStream(SHIPPED + f);
    if (in == null) throw new IllegalStateException("shipped transformer stance model: " + SHIPPED + f + " missing");
    return in;
  }

  @SuppressWarnings("unchecked")
  private static TransformerStance build(byte[] model, ai.djl.huggingface.tokenizers.HuggingFaceTokenizer tok,
      JsonNode j, String source) throws OrtException {
    TransformerInputs in = new TransformerInputs(tok, j.path("cls_id").asLong(101), j.path("sep_id").asLong(102),
        j.path("max_length").asInt(128), j.path("max_target_tokens").asInt(16));
    return new TransformerStance(model, in, JSON.convertValue(j, Map.class), source);
  }

  public String source() { return source; }

  public Map<String, Object> meta() { return meta; }

  public TransformerInputs inputs() { return inputs; }

  /** One target in one text. */
  public record Target(String text, List<int[]> spans) {}

  /** p(−1), p(0), p(+1) for each target, in the given order (run in batches of {@link #BATCH}). */
  public double[][] probabilities(List<Target> targets) {
    List<TransformerInputs.Encoded> enc = new ArrayList<>(targets.size());
    for (Target t : targets) enc.add(inputs.encode(t.text(), t.spans()));
    // batches of similar length waste less on padding
    Integer[] order = new Integer[enc.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> enc.get(i).length()));
    double[][] out = new double[enc.size()][];
    for (int b = 0; b < order.length; b += BATCH) {
      List<TransformerInputs.Encoded> batch = new ArrayList<>();
      for (int i = b; i < Math.min(order.length, b + BATCH); i++) batch.add(enc.get(order[i]));
      float[][] logits = logits(batch);
      for (int i = 0; i < batch.size(); i++) out[order[b + i]] = softmax(logits[i]);
    }
    return out;
  }

  /** The model's raw logits for encoded inputs, padded to the longest. */
  public float[][] logits(List<TransformerInputs.Encoded> batch) {
    int n = batch.size();
    int len = 0;
    for (TransformerInputs.Encoded e : batch) len = Math.max(len, e.length());
    long[] ids = new long[n * len];
    long[] att = new long[n * len];
    long[] types = new long[n * len];
    float[] tm = new float[n * len];
    for (int i = 0; i < n; i++) {
      TransformerInputs.Encoded e = batch.get(i);
      for (int j = 0; j < e.length(); j++) {
        ids[i * len + j] = e.ids()[j];
        att[i * len + j] = 1;
        types[i * len + j] = e.typeIds()[j];
        tm[i * len + j] = e.targetMask()[j];
      }
    }
    long[] shape = {n, len};
    try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
         OnnxTensor b = OnnxTensor.createTensor(env, LongBuffer.wrap(att), shape);
         OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
         OnnxTensor d = OnnxTensor.createTensor(env, FloatBuffer.wrap(tm), shape);
         OrtSession.Result r = session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c,
             "target_mask", d))) {
      return (float[][]) r.get(0).getValue();
    } catch (OrtException e) {
      throw new IllegalStateException("transformer stance model failed on a batch of " + n, e);
    }
  }

  static double[] softmax(float[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (float v : z) max = Math.max(max, v);
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) sum += p[i] = Math.exp(z[i] - max);
    for (int i = 0; i < z.length; i++) p[i] /= sum;
    return p;
  }

  @Override
  public void close() throws OrtException {
    session.close();
    inputs.close();
  }
}
