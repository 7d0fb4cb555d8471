package org.mediastance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads gold in the {@code mediastance} JSON format: one {@code *.json} file per article,
 * {@code {"article_id", "text"?, "statements": [{"content", "kind", "cue", "speaker_mention",
 * "speaker", "speaker_type", "government", "role", "targets", "frames"}]}}. The article text is the
 * {@code text} field or, if absent, the sibling file {@code <json name>.txt}. Each {@code content}
 * (and cue, speaker mention) must be an exact substring of the text; repeated strings are located in
 * order of appearance. Stateless; thread-safe.
 */
public final class MediastanceGoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MediastanceGoldReader() {}

  public static List<GoldDoc> read(Path dir) {
    List<GoldDoc> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(readOne(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static GoldDoc readOne(Path p) throws IOException {
    JsonNode root = JSON.readTree(p.toFile());
    String text;
    if (root.hasNonNull("text")) {
      text = root.get("text").asText();
    } else {
      String n = p.getFileName().toString();
      text = Files.readString(p.resolveSibling(n.substring(0, n.length() - 5) + ".txt"), StandardCharsets.UTF_8);
    }
    String id = root.path("article_id").asText(p.getFileName().toString());
    List<GoldDoc.Gold> gs = new ArrayList<>();
    int from = 0;
    for (JsonNode s : root.path("statements")) {
      String content = s.path("content").asText();
      int b = text.indexOf(content, Math.max(0, from - 2000));
      if (b < 0) b = text.indexOf(content);
      if (b < 0) throw new IllegalArgumentException(p + ": content is not a substring of the text: " + content);
      from = b;
      int e = b + content.length();
      String cue = s.path("cue").asText(null);
      int[] cueR = locateNear(text, cue, b);
      String mention = s.path("speaker_mention").asText(null);
      int[] srcR = locateNear(text, mention, b);
      gs.add(new GoldDoc.Gold(List.of(new int[] {b, e}), content, s.path("kind").asText(null), cueR, cue,
          srcR, mention, s.path("speaker").asText(null), PolnearReader.isSpeechAct(cue)));
    }
    return new GoldDoc(id, text, gs);
  }

  /** The occurrence of {@code s} nearest to {@code pos}. */
  private static int[] locateNear(String text, String s, int pos) {
    if (s == null || s.isEmpty()) return null;
    int best = -1;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      if (best < 0 || Math.abs(i - pos) < Math.abs(best - pos)) best = i;
    }
    return best < 0 ? null : new int[] {best, best + s.length()};
  }
}
