package org.mediastance.learn;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reliability table: predictions binned by their confidence (the predicted class's probability),
 * with each bin's mean confidence and accuracy, and the expected calibration error (the
 * count-weighted mean gap between the two). A calibrated model's 0.8 is right four times in five.
 * Immutable.
 */
public record Reliability(List<Bin> bins, int n, double ece) {

  /** One confidence bin [lo, hi): its count, mean confidence and accuracy (NaN when empty). */
  public record Bin(double lo, double hi, int n, double meanConfidence, double accuracy) {}

  /** Bin edges from 1/k (the least a k-class argmax can have) to 1 in steps of 0.1. */
  public static Reliability of(double[][] probabilities, int[] gold) {
    if (probabilities.length != gold.length) {
      throw new IllegalArgumentException("probabilities and gold differ in length");
    }
    double[] edges = {0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001};
    int[] n = new int[edges.length - 1];
    double[] conf = new double[n.length];
    int[] right = new int[n.length];
    for (int i = 0; i < gold.length; i++) {
      int k = LinearModel.argmax(probabilities[i]);
      double c = probabilities[i][k];
      int b = 0;
      while (b < n.length - 1 && c >= edges[b + 1]) {
        b++;
      }
      n[b]++;
      conf[b] += c;
      right[b] += k == gold[i] ? 1 : 0;
    }
    List<Bin> bins = new ArrayList<>();
    double ece = 0;
    for (int b = 0; b < n.length; b++) {
      double mc = n[b] == 0 ? Double.NaN : conf[b] / n[b];
      double acc = n[b] == 0 ? Double.NaN : (double) right[b] / n[b];
      bins.add(new Bin(edges[b], Math.min(edges[b + 1], 1.0), n[b], mc, acc));
      if (n[b] > 0) {
        ece += (double) n[b] / gold.length * Math.abs(mc - acc);
      }
    }
    return new Reliability(List.copyOf(bins), gold.length, ece);
  }

  /** The table as text, one line per non-empty bin. */
  public void print(PrintStream out, String name) {
    out.printf("%s: reliability (n=%d, expected calibration error %.3f)%n", name, n, ece);
    out.printf("  %-11s %6s %10s %9s%n", "confidence", "n", "mean conf", "accuracy");
    for (Bin b : bins) {
      if (b.n() > 0) {
        out.printf("  [%.1f, %.1f) %6d %10.3f %9.3f%n", b.lo(), b.hi(), b.n(), b.meanConfidence(),
            b.accuracy());
      }
    }
  }

  /** The table for JSON output. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", n);
    m.put("ece", ece);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Bin b : bins) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("lo", b.lo());
      r.put("hi", b.hi());
      r.put("n", b.n());
      r.put("mean_confidence", Double.isNaN(b.meanConfidence()) ? null : b.meanConfidence());
      r.put("accuracy", Double.isNaN(b.accuracy()) ? null : b.accuracy());
      rows.add(r);
    }
    m.put("bins", rows);
    return m;
  }
}
