package org.mediastance.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediastance.ingest.InputFiles;

/**
 * The counts of a run that must reconcile, per input file: every record read is an article, a
 * quarantined record, or skipped by {@code --limit} ({@code read = articles + quarantined +
 * skipped}). Pure: the job collects the per-file counts with Spark and this class checks them.
 */
public final class Reconciliation {
  private Reconciliation() {}

  /**
   * The outcome: the manifest's {@code inputs} rows (up to and including the first file that does
   * not reconcile), the totals, and the error message for that file (null when all reconcile).
   */
  public record Result(List<Map<String, Object>> inputs, long articles, long quarantined, long skipped, String error) {}

  /**
   * Checks every file in {@code files}; counts are keyed by file path (absent: 0). Skipped by
   * limit = unique articles − articles kept by {@code --limit} (both empty without a limit).
   */
  public static Result check(List<InputFiles.InputFile> files, Map<String, Long> read, Map<String, Long> articles,
      Map<String, Long> quarantined, Map<String, Long> unique, Map<String, Long> limited) {
    List<Map<String, Object>> inputs = new ArrayList<>();
    long totalArticles = 0;
    long totalQuarantined = 0;
    long totalSkipped = 0;
    for (InputFiles.InputFile f : files) {
      long r = read.getOrDefault(f.path(), 0L);
      long a = articles.getOrDefault(f.path(), 0L);
      long q = quarantined.getOrDefault(f.path(), 0L);
      long s = unique.getOrDefault(f.path(), 0L) - limited.getOrDefault(f.path(), 0L);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", f.path());
      m.put("format", f.format());
      m.put("bytes", f.size());
      m.put("sha256", f.sha256());
      m.put("read", r);
      m.put("articles", a);
      m.put("quarantined", q);
      m.put("skipped_by_limit", s);
      m.put("reconciled", r == a + q + s);
      inputs.add(m);
      totalArticles += a;
      totalQuarantined += q;
      totalSkipped += s;
      if (r != a + q + s) {
        return new Result(inputs, totalArticles, totalQuarantined, totalSkipped, "counts do not reconcile for "
            + f.path() + ": read " + r + " != articles " + a + " + quarantined " + q + " + skipped " + s);
      }
    }
    return new Result(inputs, totalArticles, totalQuarantined, totalSkipped, null);
  }
}
