package org.mediastance.framing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mediastance.config.UsageException;

/**
 * A frame codebook: named frames, each with a definition, the Media Frames Corpus dimensions it
 * maps to, an optional stance polarity and cue patterns over lemmas and phrases.
 *
 * <p>YAML schema (see {@code framing/codebook.yaml}):
 * <pre>
 * version: 1
 * frames:
 *   failure:
 *     definition: text            # required
 *     mfc: [policy_prescription_and_evaluation]   # required, names from {@link #MFC_DIMENSIONS}
 *     polarity: -1                # optional, -1/0/1: what the frame says about its target
 *     extra: false                # optional: true reports the frame in extra_frames, not frames
 *     negation: drop              # optional, drop|keep: is a negated match still the frame?
 *     conditional: keep           # optional, drop|keep: is a match inside an "if" clause still the frame?
 *     cues:                       # required, non-empty
 *       - doomed to fail*         # words match a token's lemma or form; "w*" is a prefix,
 *       - {cue: mistake, weight: 0.6}   # "*" any one token, "..." a gap of up to 3 tokens
 * </pre>
 * Unknown keys and bad values are {@link UsageException}s naming the source, frame and key.
 * Immutable and thread-safe once loaded.
 */
public final class Codebook {

  /** The Media Frames Corpus's 15 dimensions (Boydstun et al.), as snake_case names. */
  public static final Set<String> MFC_DIMENSIONS = Set.of(
      "economic", "capacity_and_resources", "morality", "fairness_and_equality",
      "legality_constitutionality_jurisprudence", "policy_prescription_and_evaluation",
      "crime_and_punishment", "security_and_defense", "health_and_safety", "quality_of_life",
      "cultural_identity", "public_opinion", "political", "external_regulation_and_reputation",
      "other");

  private static final Set<String> TOP_KEYS = Set.of("version", "frames");
  private static final Set<String> FRAME_KEYS =
      Set.of("definition", "mfc", "polarity", "extra", "negation", "conditional", "cues");
  private static final Set<String> CUE_KEYS = Set.of("cue", "weight");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * One frame of the codebook. {@code extra}: reported apart from the main frames (the
   * statement's {@code extra_frames} column, not {@code frames}). {@code keepNegated}: a match
   * after a negation still shows the frame ("will not negotiate" is about cooperation); the
   * frame's polarity never counts a negated match. {@code dropConditional}: a match inside an
   * "if", "unless" or "whether" clause is not the frame ("if the UN fails to act" claims no
   * failure).
   */
  public record Frame(String name, String definition, List<String> mfc, int polarity,
      boolean extra, boolean keepNegated, boolean dropConditional, List<CuePattern> cues) {}

  private final String source;
  private final Map<String, Frame> frames;

  private Codebook(String source, Map<String, Frame> frames) {
    this.source = source;
    this.frames = frames;
  }

  /** The shipped default codebook (classpath {@code framing/codebook.yaml}). */
  public static Codebook loadDefault() {
    return loadResource("/framing/codebook.yaml");
  }

  /** A codebook shipped on the classpath, e.g. {@code /framing/codebook.yaml}. */
  public static Codebook loadResource(String resource) {
    try (InputStream in = Codebook.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("shipped codebook " + resource + " missing");
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          resource.substring(1) + " (shipped)");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads a codebook file; errors name the file and the key. */
  public static Codebook load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UsageException("--codebook: cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Loads {@code file} when not null, else the shipped default. */
  public static Codebook loadOrDefault(String file) {
    return file == null ? loadDefault() : load(Path.of(file));
  }

  /** Parses codebook YAML text; {@code source} names it in error messages. */
  public static Codebook parse(String yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UsageException("codebook " + source + ": not valid YAML: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new UsageException("codebook " + source + ": expected a mapping with key 'frames'");
    }
    checkKeys(root, TOP_KEYS, "codebook " + source + ": unknown key '%s' (known: frames, version)");
    JsonNode fr = root.get("frames");
    if (fr == null || !fr.isObject() || fr.isEmpty()) {
      throw new UsageException("codebook " + source + ": key 'frames' missing or empty");
    }
    Map<String, Frame> frames = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fr.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      String where = "codebook " + source + ": frame '" + name + "'";
      if (!name.matches("[a-z][a-z0-9_]*")) {
        throw new UsageException(where + ": frame names are lower_snake_case");
      }
      JsonNode f = e.getValue();
      if (f == null || !f.isObject()) throw new UsageException(where + ": expected a mapping");
      checkKeys(f, FRAME_KEYS,
          where + ": unknown key '%s' (known: conditional, cues, definition, extra, mfc, negation, polarity)");
      JsonNode def = f.get("definition");
      if (def == null || !def.isTextual() || def.asText().isBlank()) {
        throw new UsageException(where + ": key 'definition' missing or empty");
      }
      JsonNode mfcNode = f.get("mfc");
      if (mfcNode == null || !mfcNode.isArray() || mfcNode.isEmpty()) {
        throw new UsageException(where + ": key 'mfc' missing or not a non-empty list");
      }
      List<String> mfc = new ArrayList<>();
      for (JsonNode m : mfcNode) {
        String d = m.asText();
        if (!MFC_DIMENSIONS.contains(d)) {
          throw new UsageException(where + ": key 'mfc': unknown dimension '" + d + "' (known: "
              + String.join(", ", MFC_DIMENSIONS.stream().sorted().toList()) + ")");
        }
        mfc.add(d);
      }
      int polarity = 0;
      JsonNode pol = f.get("polarity");
      if (pol != null) {
        if (!pol.isInt() || Math.abs(pol.asInt()) > 1) {
          throw new UsageException(where + ": key 'polarity' must be -1, 0 or 1, got " + pol);
        }
        polarity = pol.asInt();
      }
      JsonNode extra = f.get("extra");
      if (extra != null && !extra.isBoolean()) {
        throw new UsageException(where + ": key 'extra' must be true or false, got " + extra);
      }
      JsonNode neg = f.get("negation");
      if (neg != null && !(neg.isTextual() && neg.asText().matches("drop|keep"))) {
        throw new UsageException(where + ": key 'negation' must be drop or keep, got " + neg);
      }
      JsonNode cond = f.get("conditional");
      if (cond != null && !(cond.isTextual() && cond.asText().matches("drop|keep"))) {
        throw new UsageException(where + ": key 'conditional' must be drop or keep, got " + cond);
      }
      JsonNode cuesNode = f.get("cues");
      if (cuesNode == null || !cuesNode.isArray() || cuesNode.isEmpty()) {
        throw new UsageException(where + ": key 'cues' missing or not a non-empty list");
      }
      List<CuePattern> cues = new ArrayList<>();
      int i = 0;
      for (JsonNode c : cuesNode) {
        String cw = where + ": key 'cues[" + i++ + "]'";
        String text;
        Double weight = null;
        if (c.isTextual()) {
          text = c.asText();
        } else if (c.isObject()) {
          checkKeys(c, CUE_KEYS, cw + ": unknown key '%s' (known: cue, weight)");
          if (c.get("cue") == null || !c.get("cue").isTextual()) {
            throw new UsageException(cw + ": key 'cue' missing");
          }
          text = c.get("cue").asText();
          if (c.get("weight") != null) {
            if (!c.get("weight").isNumber()) throw new UsageException(cw + ": key 'weight' must be a number");
            weight = c.get("weight").asDouble();
          }
        } else {
          throw new UsageException(cw + ": expected a string or {cue, weight}");
        }
        try {
          cues.add(CuePattern.compile(text.toLowerCase(Locale.ROOT), weight));
        } catch (IllegalArgumentException ex) {
          throw new UsageException(cw + ": " + ex.getMessage());
        }
      }
      frames.put(name, new Frame(name, def.asText().trim(), List.copyOf(mfc), polarity,
          extra != null && extra.asBoolean(), neg != null && neg.asText().equals("keep"),
          cond != null && cond.asText().equals("drop"), List.copyOf(cues)));
    }
    return new Codebook(source, java.util.Collections.unmodifiableMap(frames));
  }

  private static void checkKeys(JsonNode node, Set<String> known, String fmt) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) throw new UsageException(String.format(fmt, k));
    }
  }

  public String source() { return source; }

  /** Frames by name, in codebook order. */
  public Map<String, Frame> frames() { return frames; }

  public Frame frame(String name) { return frames.get(name); }
}
