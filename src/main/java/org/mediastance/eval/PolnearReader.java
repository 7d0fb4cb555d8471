package org.mediastance.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.mediastance.attribution.Cues;

/**
 * Reads PolNeAR (BRAT standoff): {@code attributions/NAME_ANNOTATOR.ann} over {@code text/NAME.txt}.
 * Each {@code E} line links Content, Cue and (optional) Source spans. When several annotators
 * annotated one text, the first annotator file in name order is used, so no text counts twice.
 * BRAT offsets count Unicode code points; they are converted to Java string indices.
 *
 * <p>Speech-act subset: an attribution whose cue contains a word that is a form of a verb in
 * {@link Cues#SPEECH_ACT} (or "according to"). Stateless; thread-safe.
 */
public final class PolnearReader {
  private PolnearReader() {}

  public static List<GoldDoc> read(Path dir) {
    Path ann = dir.resolve("attributions");
    Path txt = dir.resolve("text");
    if (!Files.isDirectory(ann) || !Files.isDirectory(txt)) {
      throw new IllegalArgumentException("not a PolNeAR split (needs attributions/ and text/): " + dir);
    }
    Map<String, Path> firstByText = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(ann)) {
      files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
        String n = p.getFileName().toString();
        String base = n.substring(0, n.length() - 4).replaceFirst("_[0-9a-f]{4}$", "");
        firstByText.putIfAbsent(base, p);
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<GoldDoc> docs = new ArrayList<>();
    for (Map.Entry<String, Path> e : firstByText.entrySet()) {
      Path t = txt.resolve(e.getKey() + ".txt");
      if (!Files.isReadable(t)) continue;
      try {
        String text = Files.readString(t, StandardCharsets.UTF_8);
        docs.add(new GoldDoc(e.getKey(), text, parse(text, Files.readAllLines(e.getValue(), StandardCharsets.UTF_8))));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return docs;
  }

  static List<GoldDoc.Gold> parse(String text, List<String> lines) {
    Map<String, List<int[]>> ranges = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    int cps = text.codePointCount(0, text.length());
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 2) continue;
      if (f[0].startsWith("T")) {
        String[] tr = f[1].split(" ", 2);
        if (tr.length < 2) continue;
        List<int[]> rs = new ArrayList<>();
        for (String r : tr[1].split(";")) {
          String[] be = r.trim().split(" ");
          int b = Math.min(Integer.parseInt(be[0]), cps);
          int en = Math.min(Integer.parseInt(be[1]), cps);
          rs.add(new int[] {text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, en)});
        }
        ranges.put(f[0], rs);
        texts.put(f[0], f.length > 2 ? f[2] : "");
      } else if (f[0].startsWith("E")) {
        events.add(f[1].split(" "));
      }
    }
    List<GoldDoc.Gold> out = new ArrayList<>();
    for (String[] ev : events) {
      String content = null, cue = null, source = null;
      for (String part : ev) {
        String[] kv = part.split(":");
        if (kv.length != 2) continue;
        switch (kv[0]) {
          case "Content" -> content = kv[1];
          case "Cue" -> cue = kv[1];
          case "Source" -> source = kv[1];
          default -> { }
        }
      }
      if (content == null || !ranges.containsKey(content)) continue;
      int[] cueR = cue != null && ranges.containsKey(cue) ? span(ranges.get(cue)) : null;
      int[] srcR = source != null && ranges.containsKey(source) ? span(ranges.get(source)) : null;
      String cueText = cue != null ? texts.get(cue) : null;
      out.add(new GoldDoc.Gold(ranges.get(content), texts.get(content), null, cueR, cueText, srcR,
          source != null ? texts.get(source) : null, null, isSpeechAct(cueText)));
    }
    return out;
  }

  private static int[] span(List<int[]> rs) {
    int b = Integer.MAX_VALUE, e = 0;
    for (int[] r : rs) {
      b = Math.min(b, r[0]);
      e = Math.max(e, r[1]);
    }
    return new int[] {b, e};
  }

  /** True if the cue text contains a reporting verb of the speech-act list, or "according to". */
  public static boolean isSpeechAct(String cue) {
    if (cue == null) return false;
    String l = cue.toLowerCase(Locale.ROOT);
    if (l.contains("according to")) return true;
    for (String w : l.split("[^a-z]+")) {
      if (w.isEmpty()) continue;
      String lemma = Cues.lemma(w);
      if (lemma != null && Cues.isSpeechAct(lemma)) return true;
    }
    return false;
  }
}
