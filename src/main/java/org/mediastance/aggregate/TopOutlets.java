package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The one rule for "top outlets", used by the divergence tables and by every report table that
 * names outlets: the top-N outlets by statements with a government, then by articles, then by
 * name (outlet null counts as {@value Aggregator#UNKNOWN}); outlets with articles but no such
 * statement rank after all that have one. The rest are pooled as {@value Aggregator#OTHER}.
 *
 * <p>This is the rule the report has always shipped (summary.json top_outlets, charts, outlet
 * files). The divergence tables used to rank outlets on their own (government statements, ties by
 * name, outlets with none left out); they now take this list less the outlets without government
 * statements ({@link #withGovernmentStatements}), which is the same set except when outlets tied
 * on government statements straddle the N-th place (then articles, not the name, break the tie).
 */
public final class TopOutlets {
  private TopOutlets() {}

  static final StructType SCHEMA = Aggregator.schema("rank:int", "outlet:string",
      "government_statements:long", "articles:long");

  /** top_outlets: rank (1 = first), outlet, government_statements, articles — at most {@code n} rows. */
  static Dataset<Row> table(SparkSession spark, Dataset<Row> statements, Dataset<Row> articles, int n) {
    Dataset<Row> a = articles.groupBy(coalesce(col("outlet"), lit(Aggregator.UNKNOWN)).as("outlet"))
        .agg(count(lit(1)).as("articles"));
    Dataset<Row> s = statements.filter(col("government").isNotNull())
        .groupBy(coalesce(col("outlet"), lit(Aggregator.UNKNOWN)).as("o")).agg(count(lit(1)).as("gov"));
    List<Row> rows = new ArrayList<>();
    for (Row r : a.join(s, a.col("outlet").equalTo(s.col("o")), "full")
        .select(coalesce(col("outlet"), col("o")).as("outlet"), coalesce(col("gov"), lit(0L)).as("gov"),
            coalesce(col("articles"), lit(0L)).as("articles"))
        .orderBy(col("gov").desc(), col("articles").desc(), col("outlet")).limit(n).collectAsList()) {
      rows.add(RowFactory.create(rows.size() + 1, r.getString(0), r.getLong(1), r.getLong(2)));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** The outlet names of a top_outlets table, in rank order. */
  public static List<String> names(Dataset<Row> table) {
    List<String> top = new ArrayList<>();
    for (Row r : table.orderBy("rank").select("outlet").collectAsList()) top.add(r.getString(0));
    return top;
  }

  /**
   * The top outlets that have statements with a government, in rank order: the outlets the
   * divergence tables name (an outlet without any has no voice distribution; it ranks among the
   * top only to fill the report's article chart, and in divergence it is pooled with the rest).
   */
  static List<String> withGovernmentStatements(Dataset<Row> table) {
    return names(table.filter(col("government_statements").gt(0)));
  }

  /** The outlet as shown: itself if among {@code top} (null as {@value Aggregator#UNKNOWN}), else {@value Aggregator#OTHER}. */
  public static Column group(Column outlet, List<String> top) {
    Column o = coalesce(outlet, lit(Aggregator.UNKNOWN));
    return top.isEmpty() ? lit(Aggregator.OTHER) : when(o.isin(top.toArray()), o).otherwise(lit(Aggregator.OTHER));
  }
}
