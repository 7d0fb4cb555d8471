package org.mediastance.ingest;

import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mediastance.config.OutletMetadata;

/**
 * Outlet attributes of one article (bias, ownership, country, ...: what researchers group outlets
 * by) and where each value came from. Sources, in order of precedence:
 * <ol>
 *   <li>the outlet metadata file ({@link OutletMetadata}): source {@code metadata:FILE:LINE};
 *   <li>a record field mapped with {@code --map outlet.NAME=FIELD} (without any such mapping,
 *       {@code bias} is read from {@value #DEFAULT_BIAS_FIELD} when a record has it, as AllSides
 *       records do): source {@code record:FIELD};
 *   <li>derived: {@code bias_group} from {@code bias} by {@link #biasGroup} when neither of the
 *       above gives {@code bias_group}: source {@code derived:bias}.
 * </ol>
 * The file wins over the record because it is the researcher's own per-outlet coding, made to
 * settle what the corpus leaves inconsistent (AllSides rates some outlets differently from record to
 * record). Immutable; plain Java.
 */
public final class OutletAttributes implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The prefix of a {@code --map} key that maps a record field onto an outlet attribute. */
  public static final String MAP_PREFIX = "outlet.";
  public static final String DEFAULT_BIAS_FIELD = "bias_text";

  /** An article's attributes and their sources, both sorted by attribute name. */
  public record Result(Map<String, String> values, Map<String, String> sources) implements Serializable {}

  private OutletAttributes() {}

  /**
   * Merges the attributes of one article: {@code fromRecord} maps attribute → (value, field) as read
   * through the mapping, {@code fromFile} the metadata file's values for the article's outlet.
   */
  public static Result resolve(Map<String, String[]> fromRecord, Map<String, OutletMetadata.Value> fromFile,
      String metadataFile) {
    Map<String, String> values = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    for (Map.Entry<String, String[]> e : fromRecord.entrySet()) {
      String v = e.getValue()[0] == null ? "" : e.getValue()[0].strip();
      if (v.isEmpty()) continue;
      values.put(e.getKey(), v);
      sources.put(e.getKey(), "record:" + e.getValue()[1]);
    }
    for (Map.Entry<String, OutletMetadata.Value> e : fromFile.entrySet()) {
      values.put(e.getKey(), e.getValue().value());
      sources.put(e.getKey(), "metadata:" + metadataFile + ":" + e.getValue().line());
    }
    if (!values.containsKey("bias_group") && values.containsKey("bias")) {
      String g = biasGroup(values.get("bias"));
      if (g != null) {
        values.put("bias_group", g);
        sources.put("bias_group", "derived:bias");
      }
    }
    return new Result(Collections.unmodifiableMap(values), Collections.unmodifiableMap(sources));
  }

  /**
   * The coarse group of a bias rating: a value naming left only (left, lean left, leans left,
   * center-left, ...) is {@code left}, naming right only is {@code right}, naming center or centre
   * only is {@code centre}; anything else (mixed, not rated, numbers) has no group (null). So the
   * AllSides five-point scale folds Left and Lean Left into left, Lean Right and Right into right.
   */
  public static String biasGroup(String bias) {
    if (bias == null) return null;
    String b = bias.toLowerCase(Locale.ROOT);
    boolean left = b.contains("left");
    boolean right = b.contains("right");
    if (left && !right) return "left";
    if (right && !left) return "right";
    if (!left && !right && (b.contains("center") || b.contains("centre"))) return "centre";
    return null;
  }
}
