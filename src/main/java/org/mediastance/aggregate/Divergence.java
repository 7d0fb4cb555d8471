package org.mediastance.aggregate;

import java.util.Map;
import java.util.TreeSet;

/**
 * Jensen–Shannon divergence between two discrete distributions, in bits (base 2), so the result
 * lies in [0, 1]: 0 for identical distributions, 1 for disjoint supports. Inputs are non-negative
 * counts or weights keyed by category and are normalised here; an empty (all-zero) side gives NaN.
 * Stateless and thread-safe.
 */
public final class Divergence {
  private Divergence() {}

  public static double jsd(Map<String, ? extends Number> p, Map<String, ? extends Number> q) {
    TreeSet<String> keys = new TreeSet<>(p.keySet());
    keys.addAll(q.keySet());
    double[] a = new double[keys.size()];
    double[] b = new double[keys.size()];
    int i = 0;
    for (String k : keys) {
      Number x = p.get(k);
      Number y = q.get(k);
      a[i] = x == null ? 0 : x.doubleValue();
      b[i] = y == null ? 0 : y.doubleValue();
      i++;
    }
    return jsd(a, b);
  }

  /** JSD of two aligned weight vectors (same category order). */
  public static double jsd(double[] p, double[] q) {
    if (p.length != q.length) throw new IllegalArgumentException("length mismatch");
    double sp = 0, sq = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i] < 0 || q[i] < 0) throw new IllegalArgumentException("negative weight");
      sp += p[i];
      sq += q[i];
    }
    if (sp == 0 || sq == 0) return Double.NaN;
    double d = 0;
    for (int i = 0; i < p.length; i++) {
      double a = p[i] / sp;
      double b = q[i] / sq;
      double m = (a + b) / 2;
      if (a > 0) d += 0.5 * a * log2(a / m);
      if (b > 0) d += 0.5 * b * log2(b / m);
    }
    // clamp rounding noise
    return Math.max(0, Math.min(1, d));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
