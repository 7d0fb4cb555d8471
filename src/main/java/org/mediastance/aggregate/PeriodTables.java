package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.mediastance.config.JobConfig;

/**
 * Resolves the run's period ({@link PeriodChoice} over the dated government statements per shown
 * outlet and day, collected on the driver: at most outlets × days rows) and writes
 * {@code metrics/period_choice} (one row per candidate: period, periods, cells, cells_ok, share,
 * chosen, min_cell_n, rule) and {@code metrics/period_choice.json} (the same, for run.json).
 */
public final class PeriodTables {
  private PeriodTables() {}

  static final StructType SCHEMA = Aggregator.schema("period:string", "periods:long", "cells:long",
      "cells_ok:long", "share:double", "chosen:string", "min_cell_n:int", "rule:string");

  /** Writes the tables and returns the period to aggregate by. */
  static String write(SparkSession spark, Dataset<Row> statements, List<String> top, JobConfig cfg, Path metricsDir,
      Map<String, Long> rows) {
    Map<String, Map<LocalDate, Long>> counts = new TreeMap<>();
    for (Row r : statements.filter(col("government").isNotNull().and(col("published").isNotNull()))
        .groupBy(TopOutlets.group(col("outlet"), top).as("o"), col("published").as("d")).count().collectAsList()) {
      counts.computeIfAbsent(r.getString(0), k -> new TreeMap<>())
          .put(Aggregator.localDate(r.get(1)), r.getLong(2));
    }
    PeriodChoice.Choice c = PeriodChoice.resolve(counts, cfg.minCellN(), cfg.period());
    List<Row> out = new ArrayList<>();
    for (PeriodChoice.Candidate k : c.candidates()) {
      out.add(RowFactory.create(k.period(), k.periods(), k.cells(), k.cellsOk(), k.share(),
          String.valueOf(k.chosen()), c.minN(), c.rule()));
    }
    Aggregator.write(spark.createDataFrame(out, SCHEMA), metricsDir, "period_choice", rows);
    try {
      Files.writeString(metricsDir.resolve("period_choice.json"), JSON.writeValueAsString(summary(c)) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c.period();
  }

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The choice as a map: period, rule, min_cell_n, candidates. */
  public static Map<String, Object> summary(PeriodChoice.Choice c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", c.period());
    m.put("rule", c.rule());
    m.put("min_cell_n", c.minN());
    List<Map<String, Object>> cands = new ArrayList<>();
    for (PeriodChoice.Candidate k : c.candidates()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("period", k.period());
      e.put("periods", k.periods());
      e.put("cells", k.cells());
      e.put("cells_ok", k.cellsOk());
      e.put("share", k.share());
      e.put("chosen", k.chosen());
      cands.add(e);
    }
    m.put("candidates", cands);
    return m;
  }

  /** metrics/period_choice.json as a map (null when absent: a run written before it existed). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(Path metricsDir) {
    Path f = metricsDir.resolve("period_choice.json");
    if (!Files.isRegularFile(f)) return null;
    try {
      return JSON.readValue(f.toFile(), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
