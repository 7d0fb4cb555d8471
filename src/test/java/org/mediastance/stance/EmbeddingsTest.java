package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingsTest {

  static Embeddings table(Path dir) throws Exception {
    Path f = dir.resolve("e.bin.gz");
    Embeddings.save(f, 2, Map.of("bad", new float[] {3f, 0f}, "good", new float[] {0f, 0.5f},
        "far", new float[] {0.7f, 0.7f}, "oslo", new float[] {-1f, -1f}));
    return Embeddings.load(f);
  }

  @Test
  void roundTripNormalisesVectors(@TempDir Path dir) throws Exception {
    Embeddings e = table(dir);
    assertEquals(2, e.dim());
    assertEquals(4, e.size());
    assertArrayEquals(new float[] {1f, 0f}, e.vector("bad"), 1e-6f);
    assertArrayEquals(new float[] {0f, 1f}, e.vector("good"), 1e-6f);
    assertNull(e.vector("unknown"));
  }

  @Test
  void targetIsExcludedAndContextIsDistanceWeighted(@TempDir Path dir) throws Exception {
    Embeddings e = table(dir);
    String s = "Oslo bad good";
    double[] x = e.features(s, List.of(new int[] {0, 4}), 1.0);
    assertEquals(4, x.length);
    // sentence block: bad + good = (1, 1) → unit norm; the target's own vector is left out
    assertEquals(Math.sqrt(0.5), x[0], 1e-6);
    assertEquals(Math.sqrt(0.5), x[1], 1e-6);
    // context block: bad at distance 1 (weight 1), good at distance 2 (weight 0.5) → (1, 0.5)
    double n = Math.sqrt(1.25);
    assertEquals(1 / n, x[2], 1e-6);
    assertEquals(0.5 / n, x[3], 1e-6);
    // words beyond the context window add to the sentence block only
    String pad = "Oslo x x x x x x x good";
    double[] y = e.features(pad, List.of(new int[] {0, 4}), 2.0);
    assertEquals(2.0, y[1], 1e-6);
    assertEquals(0, y[2], 0);
    assertEquals(0, y[3], 0);
  }
}
