package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;
import static org.mediastance.aggregate.Aggregator.ALL;
import static org.mediastance.aggregate.Aggregator.OTHER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The divergence tables: pairwise and from-corpus {@link Divergence} rows, computed on the driver
 * over the collected per outlet × period × category counts of {@code voice_share} and
 * {@code frame_share}, and the per-outlet-pair summary the report charts.
 */
record DivergenceRows(List<Object[]> pairwiseRows, List<Object[]> fromAllRows) {
  static final StructType PAIR = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("measure", DataTypes.StringType, false),
      DataTypes.createStructField("period", DataTypes.StringType, false),
      DataTypes.createStructField("outlet_a", DataTypes.StringType, false),
      DataTypes.createStructField("outlet_b", DataTypes.StringType, false),
      DataTypes.createStructField("jsd", DataTypes.DoubleType, true),
      DataTypes.createStructField("n_a", DataTypes.LongType, false),
      DataTypes.createStructField("n_b", DataTypes.LongType, false)});
  static final StructType FROM_ALL = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("measure", DataTypes.StringType, false),
      DataTypes.createStructField("period", DataTypes.StringType, false),
      DataTypes.createStructField("outlet", DataTypes.StringType, false),
      DataTypes.createStructField("jsd", DataTypes.DoubleType, true),
      DataTypes.createStructField("n", DataTypes.LongType, false)});

  Dataset<Row> pairwise(SparkSession spark) {
    return spark.createDataFrame(pairwiseRows.stream().map(RowFactory::create).toList(), PAIR);
  }

  Dataset<Row> fromAll(SparkSession spark) {
    return spark.createDataFrame(fromAllRows.stream().map(RowFactory::create).toList(), FROM_ALL);
  }

  /**
   * divergence: measure (voice|frame), period (or {@value Aggregator#ALL} for all periods pooled),
   * outlet_a, outlet_b (outlet_a &lt; outlet_b), jsd (bits), n_a, n_b — among the {@code top}
   * outlets ({@link TopOutlets#withGovernmentStatements}) and the rest pooled as {@value Aggregator#OTHER}; only outlet pairs
   * that both have data in that period. divergence_from_all: measure, period
   * ({@value Aggregator#ALL}), outlet, jsd against the pooled distribution of all outlets, n — for
   * every outlet.
   */
  static DivergenceRows of(Dataset<Row> voice, Dataset<Row> frames, List<String> top) {
    // outlet -> period -> category -> count
    Map<String, Map<String, Map<String, Long>>> v = new TreeMap<>();
    for (Row r : voice.filter(col("level").equalTo("government").and(col("outlet").notEqual(ALL)))
        .select("outlet", "period", "government", "statements").collectAsList()) {
      v.computeIfAbsent(r.getString(0), x -> new TreeMap<>()).computeIfAbsent(r.getString(1), x -> new TreeMap<>())
          .merge(r.getString(2), r.getLong(3), Long::sum);
    }
    Map<String, Map<String, Map<String, Long>>> f = new TreeMap<>();
    for (Row r : frames.filter(col("government").equalTo(ALL).and(col("outlet").notEqual(ALL)))
        .select("outlet", "period", "frame", "hits").collectAsList()) {
      f.computeIfAbsent(r.getString(0), x -> new TreeMap<>()).computeIfAbsent(r.getString(1), x -> new TreeMap<>())
          .merge(r.getString(2), r.getLong(3), Long::sum);
    }
    List<Object[]> pairs = new ArrayList<>();
    List<Object[]> fromAll = new ArrayList<>();
    for (var m : List.of(Map.entry("voice", v), Map.entry("frame", f))) {
      Map<String, Map<String, Map<String, Long>>> grouped = group(m.getValue(), top);
      TreeSet<String> periods = new TreeSet<>();
      grouped.values().forEach(pm -> periods.addAll(pm.keySet()));
      List<String> ps = new ArrayList<>(periods);
      ps.add(ALL);
      for (String p : ps) {
        List<String> outlets = new ArrayList<>(grouped.keySet());
        for (int i = 0; i < outlets.size(); i++) {
          Map<String, Long> a = dist(grouped.get(outlets.get(i)), p);
          if (a.isEmpty()) continue;
          for (int j = i + 1; j < outlets.size(); j++) {
            Map<String, Long> b = dist(grouped.get(outlets.get(j)), p);
            if (b.isEmpty()) continue;
            pairs.add(new Object[] {m.getKey(), p, outlets.get(i), outlets.get(j),
                Divergence.jsd(a, b), sum(a), sum(b)});
          }
        }
      }
      Map<String, Long> pool = new TreeMap<>();
      m.getValue().values().forEach(pm -> pm.values().forEach(c -> c.forEach((k, x) -> pool.merge(k, x, Long::sum))));
      for (var o : m.getValue().entrySet()) {
        Map<String, Long> a = dist(o.getValue(), ALL);
        if (!a.isEmpty()) fromAll.add(new Object[] {m.getKey(), ALL, o.getKey(), Divergence.jsd(a, pool), sum(a)});
      }
    }
    return new DivergenceRows(pairs, fromAll);
  }

  /**
   * outlet_divergence (the report's chart), from the {@code divergence} table: measure, outlet_a,
   * outlet_b (both orders), jsd (mean over the periods both outlets cover), periods, jsd_pooled
   * (the pair's divergence of the pooled distributions).
   */
  static Dataset<Row> summary(Dataset<Row> d) {
    Dataset<Row> per = d.filter(col("period").notEqual(ALL)).groupBy("measure", "outlet_a", "outlet_b")
        .agg(avg("jsd").as("jsd"), count(lit(1)).as("periods"));
    Dataset<Row> pooled = d.filter(col("period").equalTo(ALL))
        .select(col("measure").as("m"), col("outlet_a").as("a"), col("outlet_b").as("b"), col("jsd").as("jsd_pooled"));
    Dataset<Row> j = per.join(pooled, per.col("measure").equalTo(pooled.col("m"))
            .and(per.col("outlet_a").equalTo(pooled.col("a"))).and(per.col("outlet_b").equalTo(pooled.col("b"))), "left")
        .select("measure", "outlet_a", "outlet_b", "jsd", "periods", "jsd_pooled");
    return j.unionByName(j.select(col("measure"), col("outlet_b").as("outlet_a"), col("outlet_a").as("outlet_b"),
        col("jsd"), col("periods"), col("jsd_pooled")));
  }

  private static Map<String, Map<String, Map<String, Long>>> group(
      Map<String, Map<String, Map<String, Long>>> m, List<String> top) {
    Map<String, Map<String, Map<String, Long>>> g = new TreeMap<>();
    for (var o : m.entrySet()) {
      String name = top.contains(o.getKey()) ? o.getKey() : OTHER;
      for (var p : o.getValue().entrySet()) {
        Map<String, Long> t = g.computeIfAbsent(name, x -> new TreeMap<>()).computeIfAbsent(p.getKey(), x -> new TreeMap<>());
        p.getValue().forEach((k, x) -> t.merge(k, x, Long::sum));
      }
    }
    return g;
  }

  private static Map<String, Long> dist(Map<String, Map<String, Long>> byPeriod, String p) {
    if (!ALL.equals(p)) return byPeriod.getOrDefault(p, Map.of());
    Map<String, Long> t = new TreeMap<>();
    byPeriod.values().forEach(c -> c.forEach((k, x) -> t.merge(k, x, Long::sum)));
    return t;
  }

  private static long sum(Map<String, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }
}
