package org.mediastance.aggregate;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BootstrapTest {
  @Test
  void meanAndIntervalOfKnownValues() {
    double[] v = {-1, -0.5, 0, 0.5, 1, 1};
    Bootstrap.Interval iv = Bootstrap.meanInterval(v, 2000, 7);
    assertEquals(1.0 / 6, iv.mean(), 1e-12);
    assertEquals(6, iv.n());
    assertTrue(iv.low() < iv.mean() && iv.mean() < iv.high(), iv.toString());
    assertTrue(iv.low() >= -1 && iv.high() <= 1, iv.toString());
    // normal approximation: sd of the mean ≈ 0.31, so the 95% interval is about ±0.6 wide
    assertEquals(1.0 / 6 - 0.6, iv.low(), 0.2);
    assertEquals(1.0 / 6 + 0.6, iv.high(), 0.2);
  }

  @Test
  void reproducibleAndOrderIndependent() {
    double[] a = {0.3, -0.2, 0.9, 0.1, -0.7};
    double[] b = {0.9, 0.1, -0.7, 0.3, -0.2};
    long seed = Bootstrap.seedFor(42, "Alpha|RUS|USA");
    assertEquals(Bootstrap.meanInterval(a, 1000, seed), Bootstrap.meanInterval(b, 1000, seed));
    assertNotEquals(Bootstrap.meanInterval(a, 1000, seed), Bootstrap.meanInterval(a, 1000, Bootstrap.seedFor(43, "Alpha|RUS|USA")));
    assertEquals(Bootstrap.seedFor(42, "x"), Bootstrap.seedFor(42, "x"));
    assertNotEquals(Bootstrap.seedFor(42, "x"), Bootstrap.seedFor(42, "y"));
  }

  @Test
  void twoValuesGiveTheirRangeAndDegenerateCases() {
    Bootstrap.Interval iv = Bootstrap.meanInterval(new double[] {-0.8, -0.2}, 1000, 1);
    assertEquals(-0.5, iv.mean(), 1e-12);
    assertEquals(-0.8, iv.low(), 1e-12);
    assertEquals(-0.2, iv.high(), 1e-12);
    Bootstrap.Interval one = Bootstrap.meanInterval(new double[] {0.4}, 1000, 1);
    assertEquals(new Bootstrap.Interval(0.4, 0.4, 0.4, 1), one);
    assertTrue(Double.isNaN(Bootstrap.meanInterval(new double[0], 1000, 1).mean()));
    assertThrows(IllegalArgumentException.class, () -> Bootstrap.meanInterval(new double[] {1}, 0, 1));
  }

  @Test
  void quantileInterpolates() {
    assertEquals(2.5, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
    assertEquals(1, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0), 1e-12);
    assertEquals(4, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 1), 1e-12);
  }
}
