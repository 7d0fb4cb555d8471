package org.mediastance.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mediastance.config.UsageException;
import org.mediastance.learn.Example;

/**
 * Readers for labelled stance data, each yielding {@link Example}s with class indices.
 *
 * <ul>
 *   <li>{@code newsmtsc}: NewsMTSC JSONL ({@code sentence_normalized}, {@code targets[].from/to/
 *       polarity} 2/4/6, {@code further_mentions}) → 3 classes 0 neg, 1 neutral, 2 pos.</li>
 *   <li>{@code directed}: directed-sentiment TSV (sentence with {@code [p]} and {@code [q]}
 *       bracketed, p, q, label 0–4) → 5 classes as given.</li>
 *   <li>{@code user}: researchers' own JSONL, one statement a line:
 *       {@code {"sentence": "...", "target": "Russia", "label": -1|0|1}} with optional
 *       {@code "target_begin"}/{@code "target_end"} character offsets (default: every occurrence
 *       of {@code target} in the sentence) → 3 classes like newsmtsc.</li>
 *   <li>{@code basil}: BASIL folder; quote spans aimed directly at a target with polarity
 *       pos/neg, the sentence that holds the span, mentions of the target's name → classes 0/2.</li>
 * </ul>
 * Stateless; readers throw {@link UsageException} naming the file and line on bad input.
 */
public final class StanceData {
  private StanceData() {}

  private static final ObjectMapper JSON = new ObjectMapper();


  /** Detects the format from a path: folder → basil, .txt/.tsv → directed, JSONL → newsmtsc or user. */
  public static String detectFormat(Path p) throws IOException {
    if (Files.isDirectory(p)) return "basil";
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt") || n.endsWith(".tsv")) return "directed";
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      while (line != null && line.isBlank()) line = r.readLine();
      if (line == null) throw new UsageException("--data: empty file " + p);
      return line.contains("\"sentence_normalized\"") ? "newsmtsc" : "user";
    }
  }

  public static List<Example> read(Path p, String format) throws IOException {
    return switch (format) {
      case "newsmtsc" -> newsmtsc(p);
      case "directed" -> directed(p);
      case "user" -> user(p);
      case "basil" -> basil(p);
      default -> throw new UsageException("--format: unknown data format '" + format
          + "' (known: newsmtsc, directed, user, basil)");
    };
  }

  public static List<Example> newsmtsc(Path p) throws IOException {
    List<Example> out = new ArrayList<>();
    int ln = 0;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      ln++;
      if (line.isBlank()) continue;
      JsonNode d = JSON.readTree(line);
      String s = d.path("sentence_normalized").asText(null);
      if (s == null) throw new UsageException(p + ":" + ln + ": no 'sentence_normalized'");
      for (JsonNode t : d.path("targets")) {
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {t.get("from").asInt(), t.get("to").asInt()});
        for (JsonNode m : t.path("further_mentions")) {
          spans.add(new int[] {m.get("from").asInt(), m.get("to").asInt()});
        }
        int pol = t.path("polarity").asInt();
        int label = pol == 2 ? 0 : pol == 4 ? 1 : pol == 6 ? 2 : -1;
        if (label < 0) throw new UsageException(p + ":" + ln + ": polarity must be 2, 4 or 6");
        out.add(new Example(s, spans, null, label, "newsmtsc"));
      }
    }
    return out;
  }

  public static List<Example> directed(Path p) throws IOException {
    List<Example> out = new ArrayList<>();
    int ln = 0;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      ln++;
      if (line.isBlank()) continue;
      String[] c = line.split("\t");
      if (c.length < 4) throw new UsageException(p + ":" + ln + ": expected 4 tab-separated columns");
      int label;
      try {
        label = Integer.parseInt(c[c.length - 1].trim());
      } catch (NumberFormatException e) {
        throw new UsageException(p + ":" + ln + ": label is not 0-4: " + c[c.length - 1]);
      }
      String raw = c[0];
      String pm = c[c.length - 3];
      String qm = c[c.length - 2];
      // strip brackets, remembering the spans of bracketed mentions in order
      StringBuilder clean = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < raw.length(); i++) {
        char ch = raw.charAt(i);
        if (ch == '[' && open < 0) {
          open = clean.length();
        } else if (ch == ']' && open >= 0) {
          spans.add(new int[] {open, clean.length()});
          texts.add(clean.substring(open));
          open = -1;
        } else {
          clean.append(ch);
        }
      }
      int pi = texts.indexOf(pm);
      int qi = -1;
      for (int i = 0; i < texts.size(); i++) {
        if (i != pi && texts.get(i).equals(qm)) { qi = i; break; }
      }
      if (pi < 0 || qi < 0) {
        if (spans.size() == 2) { pi = 0; qi = 1; } else continue; // malformed row: skip
      }
      out.add(new Example(clean.toString(), List.of(spans.get(pi)), List.of(spans.get(qi)), label, "directed"));
    }
    return out;
  }

  public static List<Example> user(Path p) throws IOException {
    List<Example> out = new ArrayList<>();
    int ln = 0;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      ln++;
      if (line.isBlank()) continue;
      JsonNode d;
      try {
        d = JSON.readTree(line);
      } catch (IOException e) {
        throw new UsageException(p + ":" + ln + ": not JSON: " + e.getMessage());
      }
      String s = d.path("sentence").asText(null);
      String t = d.path("target").asText(null);
      if (s == null) throw new UsageException(p + ":" + ln + ": key 'sentence' missing");
      if (t == null) throw new UsageException(p + ":" + ln + ": key 'target' missing");
      if (!d.has("label") || !d.get("label").isInt() || Math.abs(d.get("label").asInt()) > 1) {
        throw new UsageException(p + ":" + ln + ": key 'label' must be -1, 0 or 1");
      }
      List<int[]> spans = new ArrayList<>();
      if (d.has("target_begin") && d.has("target_end")) {
        spans.add(new int[] {d.get("target_begin").asInt(), d.get("target_end").asInt()});
      } else {
        spans.addAll(occurrences(s, t));
        if (spans.isEmpty()) {
          throw new UsageException(p + ":" + ln + ": target '" + t + "' does not occur in the sentence");
        }
      }
      out.add(new Example(s, spans, null, d.get("label").asInt() + 1, "user"));
    }
    return out;
  }

  /**
   * Directed-sentiment rows that carry sentiment as 3-class target examples: 1 p→q positive and 3
   * p→q negative make q the target, 2 and 4 make p the target; neutral rows (no sentiment between
   * the two, but perhaps from the author) are not used.
   */
  public static List<Example> directedAsStance(List<Example> directed) {
    List<Example> out = new ArrayList<>();
    for (Example e : directed) {
      switch (e.label()) {
        case 1 -> out.add(new Example(e.text(), e.b(), null, 2, "directed-as-stance"));
        case 2 -> out.add(new Example(e.text(), e.a(), null, 2, "directed-as-stance"));
        case 3 -> out.add(new Example(e.text(), e.b(), null, 0, "directed-as-stance"));
        case 4 -> out.add(new Example(e.text(), e.a(), null, 0, "directed-as-stance"));
        default -> { }
      }
    }
    return out;
  }

  /** Case-sensitive occurrences of a mention in text. */
  static List<int[]> occurrences(String text, String mention) {
    List<int[]> out = new ArrayList<>();
    if (mention == null || mention.isEmpty()) return out;
    for (int i = text.indexOf(mention); i >= 0; i = text.indexOf(mention, i + 1)) {
      out.add(new int[] {i, i + mention.length()});
    }
    return out;
  }

  /** BASIL quote spans aimed directly at a named target, as 2-class (0 neg, 2 pos) examples. */
  public static List<Example> basil(Path dir) throws IOException {
    List<Example> out = new ArrayList<>();
    Path ann = dir.resolve("annotations");
    Path art = dir.resolve("articles");
    if (!Files.isDirectory(ann) || !Files.isDirectory(art)) {
      throw new UsageException("--data: " + dir + " is not a BASIL folder (annotations/, articles/)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(ann)) {
      files = s.filter(f -> f.toString().endsWith("_ann.json")).sorted().toList();
    }
    for (Path f : files) {
      String rel = ann.relativize(f).toString().replace("_ann.json", ".json");
      Path a = art.resolve(rel);
      if (!Files.exists(a)) continue;
      List<String> sentences = new ArrayList<>();
      for (JsonNode par : JSON.readTree(a.toFile()).path("body-paragraphs")) {
        for (JsonNode s : par) sentences.add(s.asText());
      }
      for (JsonNode p : JSON.readTree(f.toFile()).path("phrase-level-annotations")) {
        if (!"yes".equals(p.path("quote").asText()) || !"dir".equals(p.path("aim").asText())) continue;
        String pol = p.path("polarity").asText();
        if (!pol.equals("neg") && !pol.equals("pos")) continue;
        String span = p.path("txt").asText().replaceAll("^[\"“”‘’]+|[\"“”‘’]+$", "").trim();
        String target = p.path("target").asText().replace('_', ' ').trim();
        if (span.length() < 3 || target.isEmpty()) continue;
        String sent = null;
        for (String s : sentences) {
          if (s.contains(span)) { sent = s; break; }
        }
        if (sent == null) continue;
        List<int[]> spans = occurrences(sent, target);
        if (spans.isEmpty()) {
          String[] parts = target.split(" ");
          spans = occurrences(sent, parts[parts.length - 1]);
        }
        out.add(new Example(sent, spans, null, pol.equals("neg") ? 0 : 2, "basil"));
      }
    }
    return out;
  }
}
