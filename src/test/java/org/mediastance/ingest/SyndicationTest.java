package org.mediastance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.SparseVector;
import org.junit.jupiter.api.Test;

/** The plain-Java parts of syndication clustering: shingles, exact Jaccard, connected components. */
class SyndicationTest {

  @Test
  void shinglesAreDistinctWordWindows() {
    assertEquals(List.of("a b c", "b c d", "c d a", "d a b"), Syndication.shingles("a b c d a b c", 3));
    assertEquals(List.of(), Syndication.shingles("a b", 3));
  }

  @Test
  void jaccardOfIndexSets() {
    SparseVector x = new SparseVector(10, new int[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1});
    SparseVector y = new SparseVector(10, new int[] {3, 4, 5}, new double[] {1, 1, 1});
    assertEquals(2.0 / 5.0, Syndication.jaccard(x, y), 1e-12);
    assertEquals(1.0, Syndication.jaccard(x, x), 1e-12);
  }

  @Test
  void componentsAreTransitive() {
    Syndication.UnionFind uf = new Syndication.UnionFind();
    uf.union("c", "d");
    uf.union("a", "b");
    uf.union("d", "b");
    uf.union("x", "y");
    Map<String, List<String>> comps = uf.components();
    assertEquals(2, comps.size());
    assertEquals(4, comps.get("a").size());
    assertEquals(List.of("x", "y"), comps.get("x").stream().sorted().toList());
  }

  /** The one-pass normaliser and shingle vector must give what the regex and HashingTF gave. */
  @Test
  void shingleVectorEqualsHashingTfOfTheShingles() {
    org.apache.spark.ml.feature.HashingTF tf = new org.apache.spark.ml.feature.HashingTF()
        .setNumFeatures(Syndication.FEATURES).setBinary(true);
    java.util.Random rnd = new java.util.Random(3);
    String[] pieces = {"Moscow", "said", " ", "  ", "\t", "\n\r\n", "\u00A0", "\u2003", "\f", "\u000B", "Ünïcode",
        "strategy", "doomed", "to", "failure", ".", "\"", "İstanbul"};
    for (int t = 0; t < 300; t++) {
      StringBuilder b = new StringBuilder();
      int len = rnd.nextInt(40);
      for (int i = 0; i < len; i++) b.append(pieces[rnd.nextInt(pieces.length)]);
      String text = b.toString();
      String norm = Syndication.normalise(text);
      assertEquals(text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip(), norm, text);
      for (int k : new int[] {1, 3, 5}) {
        java.util.TreeSet<Integer> want = new java.util.TreeSet<>();
        for (String sh : Syndication.shingles(norm, k)) want.add(tf.indexOf(sh));
        SparseVector got = Syndication.shingleVector(norm, k, tf);
        assertEquals(List.copyOf(want), java.util.Arrays.stream(got.indices()).boxed().toList(), norm + " k=" + k);
        assertEquals(Syndication.FEATURES, got.size());
      }
    }
  }
}
