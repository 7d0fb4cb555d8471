package org.mediastance.eval;

import static org.mediastance.eval.StatementRules.key;
import static org.mediastance.eval.StatementRules.pyStr;
import static org.mediastance.eval.StatementRules.tokens;
import static org.mediastance.eval.StatementRules.truthy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.mediastance.config.UsageException;

/**
 * Gold and predicted statements as the statement scorer reads them (gold format:
 * {@code shared/gold/mediastance-dev/GUIDE.md}; predictions: a run's {@code statements.jsonl}).
 * Gold statements with the same content tokens form one {@link GoldGroup} (a joint statement);
 * predictions are kept once per content. Fields are read with the reference scorer's rules; a
 * missing file, malformed JSON or a field of the wrong type is a {@link UsageException} naming the
 * file (and line). Stateless; thread-safe.
 */
public final class StatementData {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private StatementData() {}

  /**
   * One gold statement, or several with the same content. {@code govs} holds each statement's
   * government key (null for none); {@code hasGov}: at least one is a government statement.
   * {@code targets}: normalised target to gold stance (NaN where it is not a number).
   */
  public record GoldGroup(String content, List<String> tokens, List<String> speakers, Set<String> govs,
      boolean hasGov, Set<String> kinds, Map<String, Double> targets, Set<String> frames) {}

  /**
   * One predicted statement: {@code speaker} is the speaker, else the mention; {@code government}
   * null where absent or empty; {@code targets}: normalised target to label -1/0/1.
   */
  public record Pred(String content, List<String> tokens, String kind, String speaker, String government,
      Map<String, Integer> targets, Set<String> frames) {}

  /** Gold by article id, from the {@code *.json} files of {@code dir} in name order. */
  public static Map<String, List<GoldGroup>> readGold(Path dir) {
    if (!Files.isDirectory(dir)) throw new UsageException("--gold: not a folder: " + dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UsageException("--gold: cannot list " + dir + ": " + e.getMessage());
    }
    if (files.isEmpty()) {
      String hint = Files.isDirectory(dir.resolve("gold")) ? " (the gold files are in " + dir.resolve("gold") + ")" : "";
      throw new UsageException("--gold: no *.json gold files in " + dir + hint);
    }
    Map<String, List<GoldGroup>> gold = new LinkedHashMap<>();
    for (Path p : files) {
      JsonNode root;
      try {
        root = JSON.readTree(strictUtf8(Files.readAllBytes(p)));
      } catch (JsonProcessingException e) {
        throw new UsageException(p + ": line " + e.getLocation().getLineNr() + ": malformed JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new UsageException(p + ": cannot read: " + e.getMessage());
      }
      String where = p.toString();
      JsonNode id = root.path("article_id");
      if (!id.isTextual()) throw new UsageException(where + ": article_id must be a string");
      if (!root.path("statements").isArray()) throw new UsageException(where + ": statements must be a list");
      gold.put(id.textValue(), groups(root.get("statements"), where));
    }
    return gold;
  }

  private static List<GoldGroup> groups(JsonNode statements, String where) {
    Map<String, GoldGroup> groups = new LinkedHashMap<>();
    Map<String, boolean[]> hasGov = new LinkedHashMap<>();
    int n = 0;
    for (JsonNode s : statements) {
      String at = where + ": statement " + n++;
      if (!s.isObject()) throw new UsageException(at + ": not an object");
      if (!s.has("kind")) throw new UsageException(at + ": kind is missing");
      String content = text(s.get("content"), at, "content", true);
      List<String> toks = tokens(content);
      String k = String.join(" ", toks);
      GoldGroup g = groups.computeIfAbsent(k, x -> new GoldGroup(content, toks, new ArrayList<>(),
          new HashSet<>(), false, new LinkedHashSet<>(), new LinkedHashMap<>(), new HashSet<>()));
      boolean[] gov = hasGov.computeIfAbsent(k, x -> new boolean[1]);
      String spk = text(s.get("speaker"), at, "speaker", false);
      g.speakers().add(spk == null ? "" : spk);
      g.govs().add(key(s.get("government")));
      gov[0] |= truthy(s.get("government"));
      g.kinds().add(key(s.get("kind")));
      for (JsonNode t : list(s.get("targets"), at, "targets")) {
        if (!t.isObject() || !t.has("target") || !t.has("stance")) {
          throw new UsageException(at + ": each target needs target and stance");
        }
        JsonNode st = t.get("stance");
        double stance = st.isNumber() ? st.doubleValue() : st.isBoolean() ? (st.booleanValue() ? 1 : 0) : Double.NaN;
        g.targets().put(StatementRules.normTarget(text(t.get("target"), at, "target", false)), stance);
      }
      for (JsonNode f : list(s.get("frames"), at, "frames")) g.frames().add(key(f));
    }
    List<GoldGroup> out = new ArrayList<>();
    for (var e : groups.entrySet()) {
      GoldGroup g = e.getValue();
      out.add(new GoldGroup(g.content(), g.tokens(), g.speakers(), g.govs(), hasGov.get(e.getKey())[0], g.kinds(),
          g.targets(), g.frames()));
    }
    return out;
  }

  /**
   * Predictions by article id for the articles in {@code ids}, in file order, the first of each
   * content (joint statements may be written once per speaker).
   */
  public static Map<String, List<Pred>> readPredictions(Path file, Set<String> ids) {
    if (!Files.isRegularFile(file)) throw new UsageException("--statements: not a file: " + file);
    Map<String, List<Pred>> pred = new LinkedHashMap<>();
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNr = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNr++;
        line = StatementRules.pyStrip(line);
        if (line.isEmpty()) continue;
        String at = file + ": line " + lineNr;
        JsonNode row;
        try {
          row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new UsageException(at + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (!row.isObject()) throw new UsageException(at + ": not a JSON object");
        JsonNode id = row.get("article_id");
        if (id == null || !id.isTextual() || !ids.contains(id.textValue())) continue;
        Pred p = pred(row, at);
        if (seen.computeIfAbsent(id.textValue(), x -> new HashSet<>()).add(String.join(" ", p.tokens()))) {
          pred.computeIfAbsent(id.textValue(), x -> new ArrayList<>()).add(p);
        }
      }
    } catch (CharacterCodingException e) {
      throw new UsageException(file + ": line " + (lineNr + 1) + ": not UTF-8: " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read: " + e.getMessage());
    }
    return pred;
  }

  private static Pred pred(JsonNode row, String at) {
    String content = text(row.get("content"), at, "content", true);
    JsonNode spk = truthy(row.get("speaker")) ? row.get("speaker") : row.get("speaker_mention");
    String speaker = truthy(spk) ? text(spk, at, "speaker", false) : "";
    String gov = truthy(row.get("government")) ? key(row.get("government")) : null;
    Map<String, Integer> targets = new LinkedHashMap<>();
    for (JsonNode t : list(row.get("targets"), at, "targets")) targets.put(targetCode(t, at), targetLabel(t, at));
    Set<String> frames = new LinkedHashSet<>();
    for (JsonNode f : list(row.get("frames"), at, "frames")) frames.add(f.isObject() ? key(f.get("frame")) : pyStr(f));
    String kind = row.hasNonNull("kind") ? row.get("kind").asText() : null;
    return new Pred(content, tokens(content), kind, speaker, gov, targets, frames);
  }

  private static String targetCode(JsonNode t, String at) {
    if (!t.isObject()) return StatementRules.normTarget(pyStr(t));
    JsonNode c = t.get("target");
    if (!truthy(c)) c = t.get("government");
    if (!truthy(c)) c = t.get("actor_id");
    return StatementRules.normTarget(truthy(c) ? text(c, at, "target", false) : "");
  }

  private static int targetLabel(JsonNode t, String at) {
    if (!t.isObject()) return 0;
    JsonNode l = t.get("label");
    if (l != null && !l.isNull()) {
      if (l.isBoolean()) return l.booleanValue() ? 1 : 0;
      if (l.isNumber() && Double.isFinite(l.doubleValue())) return (int) l.doubleValue();
      if (l.isTextual()) {
        try {
          return Integer.parseInt(StatementRules.pyStrip(l.textValue()));
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      throw new UsageException(at + ": target label is not an integer: " + l);
    }
    JsonNode s = t.get("stance");
    if (s == null || s.isNull()) return 0;
    if (!s.isNumber() && !s.isBoolean()) throw new UsageException(at + ": target stance is not a number: " + s);
    double v = s.isBoolean() ? (s.booleanValue() ? 1 : 0) : s.doubleValue();
    return v > 0.33 ? 1 : (v < -0.33 ? -1 : 0);
  }

  /** A string field; null where absent or null ({@code orEmpty}: or any false value). */
  private static String text(JsonNode n, String at, String field, boolean orEmpty) {
    if (n == null || n.isNull() || n.isMissingNode()) return null;
    if (n.isTextual()) return n.textValue();
    if (!truthy(n)) return orEmpty ? "" : null;
    throw new UsageException(at + ": " + field + " must be a string, not " + n);
  }

  /** A list field; empty where absent, null or empty. */
  private static Iterable<JsonNode> list(JsonNode n, String at, String field) {
    if (!truthy(n)) return List.of();
    if (!n.isArray()) throw new UsageException(at + ": " + field + " must be a list, not " + n);
    return n;
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }
}
