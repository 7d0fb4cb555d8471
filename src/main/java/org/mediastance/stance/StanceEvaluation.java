package org.mediastance.stance;
import org.mediastance.learn.Example;
import org.mediastance.learn.MacroF1Evaluator;
import org.mediastance.learn.LinearModel;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a {@link StanceScorer} against labelled test examples: confusion matrix (gold × predicted)
 * and macro-F1, for the 3-class target stance, the 5-class directed sentiment and BASIL's 2-class
 * quote polarity (neutral predictions count as errors there). Plain Java, no Spark.
 */
public final class StanceEvaluation {
  private StanceEvaluation() {}

  /** One evaluated split. */
  public record Result(String name, String[] classes, long[][] confusion, double macroF1,
      double accuracy, int n) {

    public void print(PrintStream out) {
      out.printf("%s: n=%d macro-F1=%.4f accuracy=%.4f%n", name, n, macroF1, accuracy);
      out.print(String.format("  %-12s", "gold\\pred"));
      for (String c : classes) out.printf("%9s", c);
      out.println();
      for (int g = 0; g < confusion.length; g++) {
        if (java.util.Arrays.stream(confusion[g]).sum() == 0 && isEmptyColumn(g)) continue;
        out.printf("  %-12s", classes[g]);
        for (long v : confusion[g]) out.printf("%9d", v);
        out.println();
      }
    }

    private boolean isEmptyColumn(int c) {
      for (long[] row : confusion) if (row[c] != 0) return false;
      return true;
    }

    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", n);
      m.put("macro_f1", macroF1);
      m.put("accuracy", accuracy);
      m.put("classes", classes);
      m.put("confusion", confusion);
      return m;
    }
  }

  static final String[] THREE = {"negative", "neutral", "positive"};
  static final String[] FIVE = {"neutral", "pos p->q", "pos q->p", "neg p->q", "neg q->p"};

  /** 3-class target stance (NewsMTSC, user data). */
  public static Result stance(String name, StanceScorer sc, List<Example> ex) {
    return result(name, THREE, confusion3(sc, ex), ex.size());
  }

  /** How far the 3-class confidences are from the accuracy they promise (a reliability table). */
  public static org.mediastance.learn.Reliability reliability(StanceScorer sc, List<Example> ex) {
    double[][] p = sc.probabilities(ex.stream().map(e -> new TransformerStance.Target(e.text(), e.a())).toList());
    return org.mediastance.learn.Reliability.of(p, ex.stream().mapToInt(Example::label).toArray());
  }

  /** Gold × predicted 3-class counts, the targets scored in one batched call. */
  private static long[][] confusion3(StanceScorer sc, List<Example> ex) {
    long[][] cm = new long[3][3];
    double[][] p = sc.probabilities(ex.stream().map(e -> new TransformerStance.Target(e.text(), e.a())).toList());
    for (int i = 0; i < ex.size(); i++) cm[ex.get(i).label()][LinearModel.argmax(p[i])]++;
    return cm;
  }

  /**
   * Gold negative or positive only (BASIL; directed-sentiment rows as target stance): macro-F1
   * over those two classes, a neutral prediction counting as a miss.
   */
  public static Result basil(String name, StanceScorer sc, List<Example> ex) {
    long[][] cm = confusion3(sc, ex);
    long[][] two = {{cm[0][0], cm[0][2]}, {cm[2][0], cm[2][2]}};
    // neutral predictions are misses: F1 from the 3x3 counts, averaged over the two gold classes
    double f = 0;
    for (int c : new int[] {0, 2}) {
      long tp = cm[c][c];
      long gold = cm[c][0] + cm[c][1] + cm[c][2];
      long pred = cm[0][c] + cm[1][c] + cm[2][c];
      f += tp == 0 ? 0 : 2.0 * tp / (gold + pred);
    }
    long correct = cm[0][0] + cm[2][2];
    return new Result(name, THREE, cm, f / 2, (double) correct / Math.max(1, ex.size()), ex.size());
  }

  /** 5-class directed sentiment. */
  public static Result directed(String name, StanceScorer sc, List<Example> ex) {
    long[][] cm = new long[5][5];
    for (Example e : ex) cm[e.label()][sc.directed(e.text(), e.a(), e.b())]++;
    return result(name, FIVE, cm, ex.size());
  }

  private static Result result(String name, String[] classes, long[][] cm, int n) {
    long correct = 0;
    for (int i = 0; i < cm.length; i++) correct += cm[i][i];
    return new Result(name, classes, cm, MacroF1Evaluator.macroF1(cm), (double) correct / Math.max(1, n), n);
  }
}
