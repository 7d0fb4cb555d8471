package org.mediastance.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mean with a percentile bootstrap confidence interval. Reproducible: the input is sorted before
 * resampling (so row order from Spark does not matter) and the generator is seeded from the job
 * seed mixed with a stable hash of the group key ({@link #seedFor}). Defaults: 95% interval
 * (2.5th and 97.5th percentiles of the resampled means, linear interpolation). Stateless and
 * thread-safe.
 */
public final class Bootstrap {
  private Bootstrap() {}

  /** A mean, its interval and the number of values; NaN everywhere when there are no values. */
  public record Interval(double mean, double low, double high, int n) {}

  /** 64-bit FNV-1a of the key's UTF-8 bytes, mixed with the job seed: stable across JVMs. */
  public static long seedFor(long seed, String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L;
    }
    return h ^ (seed * 0x9E3779B97F4A7C15L);
  }

  /** Mean of {@code values} with a 95% percentile-bootstrap interval from {@code samples} resamples. */
  public static Interval meanInterval(double[] values, int samples, long seed) {
    return meanInterval(values, samples, seed, 0.95);
  }

  public static Interval meanInterval(double[] values, int samples, long seed, double level) {
    if (samples < 1) throw new IllegalArgumentException("samples must be >= 1: " + samples);
    if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level must be in (0,1): " + level);
    int n = values.length;
    if (n == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
    double[] v = values.clone();
    Arrays.sort(v);
    double sum = 0;
    for (double x : v) sum += x;
    double mean = sum / n;
    if (n == 1) return new Interval(mean, mean, mean, 1);
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] means = new double[samples];
    for (int s = 0; s < samples; s++) {
      double t = 0;
      for (int i = 0; i < n; i++) t += v[rnd.nextInt(n)];
      means[s] = t / n;
    }
    Arrays.sort(means);
    double a = (1 - level) / 2;
    return new Interval(mean, quantile(means, a), quantile(means, 1 - a), n);
  }

  /** Quantile of sorted values by linear interpolation between closest ranks (type 7). */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
