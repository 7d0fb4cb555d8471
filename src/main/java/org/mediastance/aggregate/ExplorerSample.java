package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.mediastance.config.JobConfig;

/**
 * explorer_statements: the bounded sample of government statements the report's statements
 * explorer carries. A cell is (outlet as shown, period, government, target, frame), a statement
 * without target or frame counting in the cell with none; each cell keeps at most
 * {@link JobConfig#explorerPerCell()} statements, picked by a hash of statement id and seed (so
 * reruns keep the same ones), and a statement kept by any of its cells appears once. Every
 * report mark (a union of cells) thus shows up to K statements of each cell behind it; the full
 * statements stay in {@code statements.jsonl} and the outlet CSVs. Columns: statement_id,
 * article_id, outlet_group, outlet, period, published, government, actor, speaker, sentence,
 * content, url, targets ("target:stance" joined by "|"), frames (joined by "|"), cell_n (the
 * largest cell of the statement, statements). Stateless.
 */
public final class ExplorerSample {
  private ExplorerSample() {}

  static Dataset<Row> table(Dataset<Row> statements, List<String> top, JobConfig cfg) {
    boolean hasSentence = Arrays.asList(statements.columns()).contains("sentence");
    Column frames = Aggregator.allFrames(statements);
    Dataset<Row> g = statements.filter(col("government").isNotNull())
        .withColumn("outlet_group", TopOutlets.group(col("outlet"), top))
        .withColumn("period", Periods.label(col("published"), cfg.period()))
        .withColumn("all_frames", frames)
        .withColumn("pick", xxhash64(col("statement_id"), lit(cfg.seed())));
    Dataset<Row> cells = g.withColumn("t", explode_outer(col("targets"))).withColumn("f", explode_outer(col("all_frames")))
        .withColumn("cell_target", coalesce(col("t.target"), lit("")))
        .withColumn("cell_frame", coalesce(col("f.frame"), lit("")))
        .select("statement_id", "outlet_group", "period", "government", "cell_target", "cell_frame", "pick")
        .distinct();
    var w = Window.partitionBy("outlet_group", "period", "government", "cell_target", "cell_frame");
    Dataset<Row> kept = cells
        .withColumn("rank", row_number().over(w.orderBy(col("pick"), col("statement_id"))))
        .withColumn("cell_n", count(lit(1)).over(w))
        .filter(col("rank").leq(cfg.explorerPerCell()))
        .groupBy(col("statement_id").as("kept_id")).agg(max("cell_n").as("cell_n"));
    Column targets = concat_ws("|", transform(coalesce(col("targets"), array()),
        t -> concat_ws(":", t.getField("target"), format_number(t.getField("stance"), 2))));
    Column frameNames = concat_ws("|", transform(coalesce(col("all_frames"), array()), f -> f.getField("frame")));
    return g.join(kept, g.col("statement_id").equalTo(kept.col("kept_id")))
        .select(col("statement_id"), col("article_id"), col("outlet_group"),
            coalesce(col("outlet"), lit(Aggregator.UNKNOWN)).as("outlet"), col("period"), col("published"),
            col("government"), coalesce(col("actor_id"), col("speaker"), lit(Aggregator.UNKNOWN)).as("actor"),
            col("speaker"), (hasSentence ? col("sentence") : col("content")).as("sentence"), col("content"),
            col("url"), targets.as("targets"), frameNames.as("frames"), col("cell_n"));
  }
}
