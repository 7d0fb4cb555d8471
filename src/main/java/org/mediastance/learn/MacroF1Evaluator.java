package org.mediastance.learn;

import java.util.List;
import org.apache.spark.ml.evaluation.Evaluator;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An MLlib {@link Evaluator} for macro-averaged F1 (the unweighted mean of per-class F1), the
 * figure the stance bars are stated in; MLlib's own "f1" is weighted by class support.
 * Reads columns {@code label} and {@code prediction}. Stateless apart from its uid.
 */
public final class MacroF1Evaluator extends Evaluator {
  private static final long serialVersionUID = 1L;
  private final String uid;
  private final int classes;

  public MacroF1Evaluator(int classes) {
    this.uid = Identifiable$.MODULE$.randomUID("macroF1");
    this.classes = classes;
  }

  @Override
  public double evaluate(Dataset<?> dataset) {
    List<Row> rows = dataset.select("label", "prediction").collectAsList();
    long[][] cm = new long[classes][classes];
    for (Row r : rows) cm[(int) r.getDouble(0)][(int) r.getDouble(1)]++;
    return macroF1(cm);
  }

  /** Macro-F1 of a confusion matrix {@code cm[gold][predicted]}; classes with no gold and no predictions are skipped. */
  public static double macroF1(long[][] cm) {
    int k = cm.length;
    double sum = 0;
    int n = 0;
    for (int c = 0; c < k; c++) {
      long tp = cm[c][c];
      long gold = 0;
      long pred = 0;
      for (int j = 0; j < k; j++) {
        gold += cm[c][j];
        pred += cm[j][c];
      }
      if (gold == 0 && pred == 0) continue;
      double f = tp == 0 ? 0 : 2.0 * tp / (gold + pred);
      sum += f;
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }

  @Override
  public Evaluator copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  @Override
  public String uid() {
    return uid;
  }
}
