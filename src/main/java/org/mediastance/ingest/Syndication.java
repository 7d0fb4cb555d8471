package org.mediastance.ingest;

import static org.apache.spark.sql.functions.col;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.mediastance.model.Article;

/**
 * Groups syndicated copies: articles with the same cleaned text (exact duplicates, compared after
 * lower-casing and collapsing whitespace) and near-duplicates (MLlib {@link MinHashLSH} signatures
 * over word shingles, banded, then exact Jaccard similarity ≥ threshold) share a {@code clusterId} — the smallest article id of
 * the connected component — and {@code clusterSize}. Unclustered articles are their own cluster.
 *
 * <p>Reads Article.id and Article.text; sets Article.clusterId and Article.clusterSize.
 */
public final class Syndication {
  private Syndication() {}

  /** The outcome: the articles with clusters and the number of multi-article clusters. */
  public record Result(Dataset<Article> articles, long clusters, long clusteredArticles, long exactPairs, long nearPairs) {}

  public static Result cluster(SparkSession spark, Dataset<Article> articles, double threshold,
      int bands, int rows, int shingle) {
    // One pass per article gives the exact-duplicate key and the binary shingle vector (the
    // same indices HashingTF would give: HashingTF.indexOf), without a column of shingle strings:
    // those were about 30 bytes per word of text, cached, and encoded twice.
    StructType keyedSchema = new StructType().add("id", DataTypes.StringType).add("hash", DataTypes.StringType)
        .add("features", SQLDataTypes.VectorType());
    Dataset<Row> keyed = articles.mapPartitions((MapPartitionsFunction<Article, Row>) it -> {
      HashingTF tf = new HashingTF().setNumFeatures(FEATURES).setBinary(true);
      return new java.util.Iterator<Row>() {
        @Override public boolean hasNext() { return it.hasNext(); }
        @Override public Row next() {
          Article a = it.next();
          String norm = normalise(a.getText());
          return RowFactory.create(a.getId(), sha256(norm), shingleVector(norm, shingle, tf));
        }
      };
    }, Encoders.row(keyedSchema)).cache();

    // exact duplicates: same hash
    List<Row> exactGroups = keyed.groupBy("hash")
        .agg(org.apache.spark.sql.functions.collect_list("id").as("ids"))
        .filter(org.apache.spark.sql.functions.size(col("ids")).gt(1))
        .select("ids").collectAsList();

    // near duplicates: MinHash LSH over hashed shingle sets (articles too short for a shingle skip it)
    Dataset<Row> feats = keyed.filter((FilterFunction<Row>) r -> ((Vector) r.get(2)).numNonzeros() > 0)
        .select("id", "features");
    // MLlib's MinHashLSH computes bands × rows min-hashes; candidate pairs share all the rows of
    // at least one band (AND within a band, OR across bands). MLlib's own similarity join ORs
    // single hashes, which makes topically similar articles candidates and was quadratic on the
    // AllSides corpus; banding keeps candidates to likely copies. Candidates are then checked
    // with the exact Jaccard similarity of their shingle sets.
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(bands * rows).setSeed(7L)
        .setInputCol("features").setOutputCol("hashes").fit(feats);
    StructType bandSchema = new StructType().add("id", DataTypes.StringType).add("band", DataTypes.StringType);
    Dataset<Row> banded = model.transform(feats).select("id", "hashes")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          List<Vector> hs = r.getList(1);
          List<Row> out = new ArrayList<>(bands);
          for (int b = 0; b < bands; b++) {
            StringBuilder k = new StringBuilder().append(b);
            for (int i = 0; i < rows; i++) k.append(':').append((long) hs.get(b * rows + i).apply(0));
            out.add(RowFactory.create(r.getString(0), k.toString()));
          }
          return out.iterator();
        }, org.apache.spark.sql.Encoders.row(bandSchema));
    Dataset<Row> a = banded.toDF("idA", "band");
    Dataset<Row> b = banded.toDF("idB", "bandB");
    Dataset<Row> candidates = a.join(b, col("band").equalTo(col("bandB")))
        .filter(col("idA").lt(col("idB"))).select("idA", "idB").distinct();
    Dataset<Row> fa = feats.toDF("idA", "fA");
    Dataset<Row> fb = feats.toDF("idB", "fB");
    double th = threshold;
    List<Row> pairs = candidates.join(fa, "idA").join(fb, "idB")
        .filter((FilterFunction<Row>) r -> jaccard(r.getAs("fA"), r.getAs("fB")) >= th)
        .select("idA", "idB")
        .collectAsList();
    keyed.unpersist();

    UnionFind uf = new UnionFind();
    long exactPairs = 0;
    for (Row g : exactGroups) {
      List<String> ids = g.getList(0);
      for (int i = 1; i < ids.size(); i++) {
        uf.union(ids.get(0), ids.get(i));
        exactPairs++;
      }
    }
    for (Row p : pairs) {
      uf.union(p.getString(0), p.getString(1));
    }
    Map<String, List<String>> comps = uf.components();
    List<Row> assigned = new ArrayList<>();
    for (List<String> members : comps.values()) {
      String cid = members.stream().min(String::compareTo).orElseThrow();
      for (String m : members) assigned.add(RowFactory.create(m, cid, members.size()));
    }
    StructType cs = new StructType().add("cid", DataTypes.StringType).add("cluster", DataTypes.StringType)
        .add("csize", DataTypes.IntegerType);
    Dataset<Row> clusters = spark.createDataFrame(assigned, cs);
    Dataset<Article> out = articles.toDF().drop("clusterId", "clusterSize")
        .join(org.apache.spark.sql.functions.broadcast(clusters), col("id").equalTo(col("cid")), "left")
        .withColumn("clusterId", org.apache.spark.sql.functions.coalesce(col("cluster"), col("id")))
        .withColumn("clusterSize", org.apache.spark.sql.functions.coalesce(col("csize"),
            org.apache.spark.sql.functions.lit(1)))
        .drop("cid", "cluster", "csize")
        .as(Encoders.bean(Article.class));
    long clustered = assigned.size();
    return new Result(out, comps.size(), clustered, exactPairs, pairs.size());
  }

  /** Jaccard similarity of two binary sparse vectors (their sets of non-zero indices). */
  static double jaccard(SparseVector x, SparseVector y) {
    int[] a = x.indices();
    int[] b = y.indices();
    int i = 0;
    int j = 0;
    int inter = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        inter++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - inter;
    return union == 0 ? 0 : (double) inter / union;
  }

  static final int FEATURES = 1 << 20;

  /** Lower case (root locale), runs of {@code \\s} (space, \t, \n, \u000B, \f, \r) as one space, stripped. */
  static String normalise(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
      } else {
        if (space && b.length() > 0) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  /**
   * The distinct k-word windows of a normalised text, in first-seen order: the definition that
   * {@link #shingleVector} computes without building the strings (checked by SyndicationTest).
   */
  static List<String> shingles(String norm, int k) {
    String[] w = norm.split(" ");
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int i = 0; i + k <= w.length; i++) {
      out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + k)));
    }
    return new ArrayList<>(out);
  }

  /**
   * The binary vector of a normalised text's k-word shingles: equal to {@code tf.transform} of
   * {@link #shingles} with {@code tf} binary (the shingles are cut from the text, not re-joined).
   */
  static SparseVector shingleVector(String norm, int k, HashingTF tf) {
    List<Integer> starts = new ArrayList<>(); // where each word begins (as norm.split(" "))
    starts.add(0);
    for (int i = norm.indexOf(' '); i >= 0; i = norm.indexOf(' ', i + 1)) starts.add(i + 1);
    int n = starts.size() - k + 1;
    if (n <= 0) return new SparseVector(tf.getNumFeatures(), new int[0], new double[0]);
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      int end = i + k < starts.size() ? starts.get(i + k) - 1 : norm.length();
      idx[i] = tf.indexOf(norm.substring(starts.get(i), end));
    }
    int[] distinct = java.util.Arrays.stream(idx).sorted().distinct().toArray();
    double[] ones = new double[distinct.length];
    java.util.Arrays.fill(ones, 1.0);
    return new SparseVector(tf.getNumFeatures(), distinct, ones);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Disjoint sets over string ids with path compression; only ids seen in a union are tracked. */
  static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String p = parent.computeIfAbsent(x, k -> k);
      if (!p.equals(x)) {
        p = find(p);
        parent.put(x, p);
      }
      return p;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        if (ra.compareTo(rb) < 0) parent.put(rb, ra); else parent.put(ra, rb);
      }
    }

    Map<String, List<String>> components() {
      Map<String, List<String>> m = new HashMap<>();
      for (String x : new ArrayList<>(parent.keySet())) {
        m.computeIfAbsent(find(x), k -> new ArrayList<>()).add(x);
      }
      return m;
    }
  }
}
