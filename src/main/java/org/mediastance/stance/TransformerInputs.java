package org.mediastance.stance;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The transformer stance model's input for one (text, target spans) pair: {@code [CLS] text [SEP]
 * target [SEP]}, where {@code target} is the text of the first span, with segment ids 0 for the
 * first part and 1 for the target part, and a target mask that is 1 on the text's word pieces
 * overlapping any target span (the model averages the encoder's vectors under it). A text longer
 * than the length budget is cut to a window of word pieces centred on the first target span. When
 * no text piece is marked (empty spans, or a span the tokenizer drops), the target part is marked
 * instead, so the target average is never empty.
 *
 * <p>Tokenisation is the pretrained model's own WordPiece {@code tokenizer.json} (lower-casing
 * BERT normaliser) through the Hugging Face tokenizers library, with padding and truncation off
 * (this class cuts). The training script reads these encodings (written by {@code mediastance
 * train transformer-inputs}), so training and scoring build inputs with one piece of code.
 * Thread-safe once built.
 */
public final class TransformerInputs implements AutoCloseable {

  /** One encoded input; {@code targetMask} has the length of {@code ids}. */
  public record Encoded(long[] ids, long[] typeIds, float[] targetMask) {
    public int length() { return ids.length; }
  }

  private final HuggingFaceTokenizer tokenizer;
  private final long clsId;
  private final long sepId;
  private final int maxLength;
  private final int maxTargetTokens;

  public TransformerInputs(HuggingFaceTokenizer tokenizer, long clsId, long sepId, int maxLength, int maxTargetTokens) {
    if (maxLength < maxTargetTokens + 8) throw new IllegalArgumentException("max_length too small for max_target_tokens");
    this.tokenizer = tokenizer;
    this.clsId = clsId;
    this.sepId = sepId;
    this.maxLength = maxLength;
    this.maxTargetTokens = maxTargetTokens;
  }

  /** Tokenizer options: no special tokens, no padding, no truncation (whatever tokenizer.json says). */
  static final Map<String, String> OPTIONS = Map.of("addSpecialTokens", "false", "padding", "false",
      "truncation", "false", "modelMaxLength", "100000");

  public static HuggingFaceTokenizer tokenizer(Path tokenizerJson) throws IOException {
    return HuggingFaceTokenizer.newInstance(tokenizerJson, OPTIONS);
  }

  public static HuggingFaceTokenizer tokenizer(InputStream tokenizerJson) throws IOException {
    return HuggingFaceTokenizer.newInstance(tokenizerJson, OPTIONS);
  }

  public int maxLength() { return maxLength; }

  /** Encodes the target at {@code spans} (character offsets) of {@code text}. */
  public Encoded encode(String text, List<int[]> spans) {
    Encoding s = tokenizer.encode(text, false, false);
    long[] sIds = s.getIds();
    CharSpan[] cs = s.getCharTokenSpans();
    String target = spans.isEmpty() ? "" : text.substring(spans.get(0)[0], spans.get(0)[1]).strip();
    long[] tIds = target.isEmpty() ? new long[0] : tokenizer.encode(target, false, false).getIds();
    if (tIds.length > maxTargetTokens) tIds = java.util.Arrays.copyOf(tIds, maxTargetTokens);
    int budget = maxLength - 3 - tIds.length;
    int from = 0;
    int to = sIds.length;
    if (sIds.length > budget) {
      int first = firstOverlap(cs, spans);
      from = first < 0 ? 0 : Math.max(0, Math.min(first - budget / 2, sIds.length - budget));
      to = from + budget;
    }
    int n = (to - from) + tIds.length + 3;
    long[] ids = new long[n];
    long[] types = new long[n];
    float[] mask = new float[n];
    int k = 0;
    ids[k++] = clsId;
    boolean marked = false;
    for (int i = from; i < to; i++, k++) {
      ids[k] = sIds[i];
      if (cs[i] != null && overlaps(cs[i], spans)) {
        mask[k] = 1f;
        marked = true;
      }
    }
    ids[k++] = sepId;
    for (long t : tIds) {
      types[k] = 1;
      mask[k] = marked ? 0f : 1f;
      ids[k++] = t;
    }
    types[k] = 1;
    ids[k] = sepId;
    return new Encoded(ids, types, mask);
  }

  private static int firstOverlap(CharSpan[] cs, List<int[]> spans) {
    if (spans.isEmpty()) return -1;
    int[] sp = spans.get(0);
    for (int i = 0; i < cs.length; i++) {
      if (cs[i] != null && cs[i].getStart() < sp[1] && cs[i].getEnd() > sp[0]) return i;
    }
    return -1;
  }

  private static boolean overlaps(CharSpan c, List<int[]> spans) {
    for (int[] sp : spans) {
      if (c.getStart() < sp[1] && c.getEnd() > sp[0]) return true;
    }
    return false;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
