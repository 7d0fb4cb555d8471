package org.mediastance.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.ml.feature.Word2VecModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.mediastance.learn.Tok;

/**
 * Trains word embeddings with MLlib {@link Word2Vec} on news text (JSONL or JSONL.gz, one
 * article a line, a text field such as AllSides' {@code content_original}) and keeps the vectors
 * a stance model needs: the {@code topN} most frequent corpus words plus every word of the
 * labelled training sentences that has a vector.
 *
 * <p>Sentences are paragraphs (lines of the text field) tokenized with {@link Tok}, lower-cased,
 * word tokens only — the same tokens {@link Embeddings#features} looks up. Defaults: 100
 * dimensions, window 5, minCount 5, one iteration, seed 42. Driver-side corpus reading (the
 * corpus is a few hundred MB); not thread-safe.
 */
public final class EmbeddingTrainer {
  private EmbeddingTrainer() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads paragraphs of up to {@code maxDocs} articles per file, tokenized. */
  static List<Row> sentences(Collection<Path> files, String field, int maxDocs) throws IOException {
    List<Row> out = new ArrayList<>();
    for (Path f : files) {
      int docs = 0;
      var raw = Files.newInputStream(f);
      var in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null && docs < maxDocs; line = r.readLine()) {
          if (line.isBlank()) continue;
          docs++;
          JsonNode d = JSON.readTree(line);
          String text = d.path(field).asText("");
          for (String par : text.split("\\n+")) {
            List<String> toks = words(par);
            if (toks.size() >= 3) out.add(RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(toks).toSeq()));
          }
        }
      }
    }
    return out;
  }

  public static List<String> words(String text) {
    List<String> toks = new ArrayList<>();
    for (Tok.Token t : Tok.tokenize(text)) if (t.isWord()) toks.add(t.lower());
    return toks;
  }

  /**
   * Fits Word2Vec and returns the kept raw vectors. {@code keep}: words that must be kept when
   * they have a vector (the labelled sentences' words).
   */
  public static Map<String, float[]> train(SparkSession spark, Collection<Path> files, String field,
      int maxDocs, int dim, int topN, Set<String> keep, java.io.PrintStream log) throws IOException {
    List<Row> rows = sentences(files, field, maxDocs);
    long tokens = 0;
    Map<String, Integer> freq = new HashMap<>();
    for (Row r : rows) {
      scala.collection.Seq<String> s = r.getSeq(0);
      tokens += s.size();
      for (String w : scala.jdk.javaapi.CollectionConverters.asJava(s)) freq.merge(w, 1, Integer::sum);
    }
    log.printf("word2vec: %,d paragraphs, %,d tokens, %,d types from %d file(s)%n", rows.size(), tokens, freq.size(), files.size());
    StructType schema = new StructType().add("words", DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(2);
    Word2VecModel m = new Word2Vec().setInputCol("words").setOutputCol("vec").setVectorSize(dim)
        .setWindowSize(5).setMinCount(5).setMaxIter(1).setNumPartitions(2).setSeed(42).fit(df);
    List<String> byFreq = new ArrayList<>(freq.keySet());
    byFreq.sort((a, b) -> Integer.compare(freq.get(b), freq.get(a)));
    Set<String> wanted = new java.util.HashSet<>(byFreq.subList(0, Math.min(topN, byFreq.size())));
    wanted.addAll(keep);
    Map<String, float[]> out = new HashMap<>();
    for (Row r : m.getVectors().collectAsList()) {
      String w = r.getString(0);
      if (!wanted.contains(w)) continue;
      double[] v = ((Vector) r.get(1)).toArray();
      float[] f = new float[dim];
      for (int d = 0; d < dim; d++) f[d] = (float) v[d];
      out.put(w, f);
    }
    log.printf("word2vec: kept %,d of %,d vectors%n", out.size(), m.getVectors().count());
    return out;
  }
}
