package org.mediastance.framing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mediastance.model.FrameHit;
import org.mediastance.model.Statement;

/**
 * Hand-run tool for fast codebook iteration: re-detects the frames of matched statement pairs
 * (written by {@code scripts/frame-scores --dump}) and prints per-frame P/R/F1 of the main
 * frames, as the reference scorer counts them. Not a test.
 * usage: FrameDevCheck PAIRS_JSONL [CODEBOOK|-] [MODELDIR|-] [v|u|uv]
 * ({@code v}: list each hit and miss; {@code u}: a frame counts when the cues or the model find it)
 */
public final class FrameDevCheck {
  public static void main(String[] a) throws Exception {
    Codebook cb = a.length > 1 && !a[1].equals("-") ? Codebook.load(Path.of(a[1])) : Codebook.loadDefault();
    FrameDetector fd = new FrameDetector(cb, a.length > 2 && !a[2].equals("-") ? FrameModel.load(Path.of(a[2])) : null);
    boolean verbose = a.length > 3 && a[3].contains("v");
    FrameDetector cuesOnly = a.length > 3 && a[3].contains("u") ? new FrameDetector(cb) : null;
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> c = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(a[0]))) {
      JsonNode d = json.readTree(line);
      Statement s = new Statement();
      s.setContent(d.path("content").asText(null));
      s.setCue(d.path("cue").asText(null));
      s.setSentence(d.path("sentence").asText(null));
      Set<String> gold = new HashSet<>();
      d.path("gold").forEach(x -> gold.add(x.asText()));
      Set<String> pred = new HashSet<>();
      Map<String, String> cue = new TreeMap<>();
      for (FrameHit h : fd.detectSplit(s).frames()) { pred.add(h.getFrame()); cue.put(h.getFrame(), h.getCue()); }
      if (cuesOnly != null) {
        for (FrameHit h : cuesOnly.detectSplit(s).frames()) { pred.add(h.getFrame()); cue.putIfAbsent(h.getFrame(), h.getCue()); }
      }
      Set<String> all = new HashSet<>(gold);
      all.addAll(pred);
      for (String f : all) {
        int[] k = c.computeIfAbsent(f, x -> new int[3]);
        if (gold.contains(f) && pred.contains(f)) { k[0]++; if (verbose) System.out.println("TP " + f + " [" + cue.get(f) + "] " + s.getCue() + " | " + s.getContent()); }
        else if (pred.contains(f)) { k[1]++; if (verbose) System.out.println("FA " + f + " [" + cue.get(f) + "] " + s.getCue() + " | " + s.getContent()); }
        else { k[2]++; if (verbose) System.out.println("MISS " + f + " " + s.getCue() + " | " + s.getContent()); }
      }
    }
    int[] t = new int[3];
    System.out.printf("%-14s%5s%5s%5s%7s%7s%7s%n", "frame", "tp", "fp", "fn", "P", "R", "F1");
    for (Map.Entry<String, int[]> e : c.entrySet()) {
      row(e.getKey(), e.getValue());
      for (int i = 0; i < 3; i++) t[i] += e.getValue()[i];
    }
    row("all", t);
  }

  private static void row(String name, int[] k) {
    double p = k[0] + k[1] == 0 ? 0 : k[0] / (double) (k[0] + k[1]);
    double r = k[0] + k[2] == 0 ? 0 : k[0] / (double) (k[0] + k[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    System.out.printf("%-14s%5d%5d%5d%7.3f%7.3f%7.3f%n", name, k[0], k[1], k[2], p, r, f);
  }
}
