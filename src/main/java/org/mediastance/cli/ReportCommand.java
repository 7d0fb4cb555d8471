package org.mediastance.cli;
import org.mediastance.config.UsageException;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.mediastance.aggregate.Aggregator;
import org.mediastance.config.JobConfig;
import org.mediastance.io.SparkSessions;
import org.mediastance.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediastance report --from OUTDIR}: recomputes {@code metrics/} and rebuilds {@code report/}
 * from a run's saved {@code articles/}, {@code statements/} and {@code quarantine/}, without
 * re-running the NLP. Settings come from, in increasing priority: defaults, the run's
 * {@code run.json} "config" (so the period matches the run), {@code --config}, then the options.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Rebuild metrics/ and report/ (HTML, CSV, summary.json) from a run's output folder.")
public final class ReportCommand implements Callable<Integer> {

  @Option(names = "--from", required = true, paramLabel = "OUTDIR", description = "Output folder of a run.")
  Path from;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file.")
  Path config;

  @Option(names = "--period", paramLabel = "P", description = "Aggregation period: auto (default: from the data), day, week, month, quarter, year.")
  String period;

  @Option(names = "--top-outlets", paramLabel = "N", description = "Outlets shown by name in charts; the rest are grouped.")
  Integer topOutlets;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() throws Exception {
    JobConfig cfg = settings(from, config, period, topOutlets);
    // The run's session settings (UTC session time zone, 16 shuffle partitions, coalescing of
    // cached plans): a plain session's 200 shuffle partitions made this take 6 min on the full
    // AllSides corpus (one shuffle file per partition per map task) against ~2 min in the run.
    SparkSession spark = SparkSessions.create(master != null ? master : cfg.master(), false, "mediastance report");
    try {
      Aggregator.runTables(spark, spark.read().parquet(from.resolve("statements").toString()),
          spark.read().parquet(from.resolve("articles").toString()), cfg, from.resolve("metrics"));
      ReportWriter.write(spark, from, cfg);
      System.out.println("report written to " + from.resolve("report").resolve("index.html"));
      return Main.EXIT_OK;
    } finally {
      spark.stop();
    }
  }

  /** The effective settings; every problem is a {@link UsageException} raised before Spark starts. */
  @SuppressWarnings("unchecked")
  static JobConfig settings(Path from, Path config, String period, Integer topOutlets) {
    for (String sub : new String[] {"articles", "statements"}) {
      if (!Files.isDirectory(from.resolve(sub))) {
        throw new UsageException("--from: " + from + " has no " + sub + "/ folder (not a run's output folder?)");
      }
    }
    ObjectMapper om = new ObjectMapper();
    Map<String, Object> m = new LinkedHashMap<>(new JobConfig().asMap());
    Path runJson = from.resolve("run.json");
    try {
      if (Files.isRegularFile(runJson)) {
        Object c = om.readValue(runJson.toFile(), Map.class).get("config");
        if (c instanceof Map<?, ?> cm) {
          for (String k : new String[] {"period", "seed", "bootstrap_samples", "reciprocal_window_days", "reciprocal_min_confidence", "min_target_confidence", "report_top_outlets", "min_cell_n", "explorer_per_cell", "stance_self"}) {
            if (cm.get(k) != null) m.put(k, cm.get(k));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new UsageException("--from: cannot read " + runJson + ": " + e.getMessage());
    }
    if (config != null) m.putAll(JobConfig.load(config).asMap());
    if (period != null) m.put("period", period);
    if (topOutlets != null) m.put("report_top_outlets", topOutlets);
    JobConfig cfg;
    try {
      cfg = om.convertValue(m, JobConfig.class);
    } catch (IllegalArgumentException e) {
      throw new UsageException("report settings: " + e.getMessage());
    }
    if (!JobConfig.PERIODS.contains(cfg.period())) {
      throw new UsageException("--period: unknown period '" + cfg.period() + "' (known: auto, day, week, month, quarter, year)");
    }
    if (cfg.reportTopOutlets() < 1) throw new UsageException("--top-outlets: must be >= 1");
    if (cfg.minCellN() < 1) throw new UsageException("min_cell_n: must be >= 1");
    if (cfg.explorerPerCell() < 1) throw new UsageException("explorer_per_cell: must be >= 1");
    if (cfg.bootstrapSamples() < 100) throw new UsageException("bootstrap_samples: must be >= 100");
    if (cfg.reciprocalWindowDays() < 0) throw new UsageException("reciprocal_window_days: must be >= 0");
    return cfg;
  }
}
