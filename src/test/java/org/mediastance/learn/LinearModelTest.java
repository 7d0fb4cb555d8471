package org.mediastance.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelTest {

  static LinearModel model() {
    return new LinearModel("stance3", new int[] {-1, 0, 1}, new String[] {"u:fail", "u:praise", "bias"},
        new double[] {0.1, 0.5, -0.2},
        new double[][] {{2.0, -1.0, 0.0}, {0.0, 0.0, 0.3}, {-1.5, 2.5, 0.0}}, Map.of("k", "v"));
  }

  @Test
  void softmaxOverPresentFeatures() {
    LinearModel m = model();
    double[] p = m.probabilities(List.of("u:fail", "bias", "unseen"));
    double z0 = 0.1 + 2.0;
    double z1 = 0.5 + 0.3;
    double z2 = -0.2 - 1.5;
    double s = Math.exp(z0) + Math.exp(z1) + Math.exp(z2);
    assertEquals(Math.exp(z0) / s, p[0], 1e-12);
    assertEquals(Math.exp(z1) / s, p[1], 1e-12);
    assertEquals(Math.exp(z2) / s, p[2], 1e-12);
    assertEquals(0, LinearModel.argmax(p));
    assertEquals(2, LinearModel.argmax(m.probabilities(List.of("u:praise"))));
    double[] none = m.probabilities(List.of());
    assertEquals(1.0, none[0] + none[1] + none[2], 1e-12);
    assertEquals(1, LinearModel.argmax(none));
  }

  @Test
  void saveAndLoadRoundTrip(@TempDir Path dir) throws Exception {
    LinearModel m = model();
    Path f = dir.resolve("m.json.gz");
    m.save(f);
    assertTrue(Files.size(f) > 0);
    LinearModel r = LinearModel.load(f);
    assertArrayEquals(m.labels(), r.labels());
    assertArrayEquals(m.probabilities(List.of("u:fail", "u:praise")), r.probabilities(List.of("u:fail", "u:praise")), 1e-9);
    assertEquals("v", r.meta().get("k"));
  }

  @Test
  void rejectsMismatchedShapes() {
    assertThrows(IllegalArgumentException.class, () -> new LinearModel("x", new int[] {0, 1},
        new String[] {"a"}, new double[] {0, 0}, new double[][] {{1, 2}, {3, 4}}, null));
  }

  @Test
  void macroF1OfConfusion() {
    long[][] cm = {{8, 2}, {4, 6}};
    double f0 = 2.0 * 8 / (10 + 12);
    double f1 = 2.0 * 6 / (10 + 8);
    assertEquals((f0 + f1) / 2, MacroF1Evaluator.macroF1(cm), 1e-12);
  }

  @Test
  void denseFeaturesAddToTheLogitsAndSurviveSaving(@TempDir Path dir) throws Exception {
    LinearModel m = new LinearModel("stance3", new int[] {-1, 0, 1}, new String[] {"u:fail"},
        new double[] {0, 0, 0}, new double[][] {{1.0}, {0.0}, {0.0}},
        new double[][] {{0.5, 0.0}, {0.0, 0.0}, {0.0, -2.0}}, Map.of());
    assertEquals(2, m.denseSize());
    double[] p = m.probabilities(List.of("u:fail"), new double[] {2.0, 1.0});
    double z0 = 1.0 + 1.0;
    double z2 = -2.0;
    double s = Math.exp(z0) + 1 + Math.exp(z2);
    assertEquals(Math.exp(z0) / s, p[0], 1e-12);
    assertEquals(1 / s, p[1], 1e-12);
    assertThrows(IllegalArgumentException.class, () -> m.probabilities(List.of("u:fail")));
    Path f = dir.resolve("d.json.gz");
    m.save(f);
    LinearModel r = LinearModel.load(f);
    assertEquals(2, r.denseSize());
    assertArrayEquals(p, r.probabilities(List.of("u:fail"), new double[] {2.0, 1.0}), 1e-9);
  }
}
