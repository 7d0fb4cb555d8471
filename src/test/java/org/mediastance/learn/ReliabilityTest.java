package org.mediastance.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reliability tables on hand-made predictions. */
class ReliabilityTest {

  @Test
  void aCalibratedBinHasNoGapAnOverconfidentOneDoes() {
    // four predictions at 0.75 (bin [0.7, 0.8)), three right; two at 0.95, one right
    double[][] p = {
        {0.75, 0.15, 0.10}, {0.75, 0.15, 0.10}, {0.75, 0.15, 0.10}, {0.75, 0.15, 0.10},
        {0.02, 0.03, 0.95}, {0.02, 0.03, 0.95}};
    int[] gold = {0, 0, 0, 1, 2, 0};
    Reliability r = Reliability.of(p, gold);
    Reliability.Bin b7 = r.bins().stream().filter(b -> b.lo() == 0.7).findFirst().orElseThrow();
    assertEquals(4, b7.n());
    assertEquals(0.75, b7.meanConfidence(), 1e-9);
    assertEquals(0.75, b7.accuracy(), 1e-9);
    Reliability.Bin b9 = r.bins().stream().filter(b -> b.lo() == 0.9).findFirst().orElseThrow();
    assertEquals(2, b9.n());
    assertEquals(0.5, b9.accuracy(), 1e-9);
    // ECE = 4/6 * 0 + 2/6 * |0.95 - 0.5|
    assertEquals(2.0 / 6 * 0.45, r.ece(), 1e-9);
  }

  @Test
  void aConfidenceOfOneLandsInTheTopBin() {
    Reliability r = Reliability.of(new double[][] {{1.0, 0.0, 0.0}}, new int[] {0});
    assertEquals(1, r.bins().get(r.bins().size() - 1).n());
  }

  @Test
  void lengthsMustAgree() {
    assertThrows(IllegalArgumentException.class, () -> Reliability.of(new double[1][3], new int[2]));
  }
}
