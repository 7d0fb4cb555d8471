package org.mediastance.aggregate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DivergenceTest {
  @Test
  void knownValues() {
    assertEquals(0, Divergence.jsd(Map.of("RUS", 3, "USA", 1), Map.of("RUS", 6, "USA", 2)), 1e-12);
    assertEquals(1, Divergence.jsd(Map.of("RUS", 5), Map.of("USA", 2)), 1e-12);
    // p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4); JSD = ½(½log2(2/3) + ½log2 2) + ½ log2(4/3) = 0.311278
    assertEquals(0.3112781244591328, Divergence.jsd(Map.of("a", 1, "b", 1), Map.of("a", 1)), 1e-12);
    // p = (1/3, 2/3), q = (1, 0): ½(1/3) + ½log2(3/2) = 0.459148
    assertEquals(0.4591479170272448, Divergence.jsd(Map.of("RUS", 1, "USA", 2), Map.of("RUS", 2)), 1e-12);
  }

  @Test
  void symmetricBoundedAndEmpty() {
    Map<String, Integer> p = Map.of("a", 1, "b", 5, "c", 2);
    Map<String, Integer> q = Map.of("a", 4, "c", 1, "d", 1);
    double d = Divergence.jsd(p, q);
    assertEquals(d, Divergence.jsd(q, p), 1e-15);
    assertTrue(d > 0 && d < 1);
    assertTrue(Double.isNaN(Divergence.jsd(Map.of(), q)));
    assertThrows(IllegalArgumentException.class, () -> Divergence.jsd(new double[] {-1}, new double[] {1}));
  }
}
