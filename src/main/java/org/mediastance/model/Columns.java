package org.mediastance.model;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.mediastance.config.UsageException;

/**
 * Converts between the camelCase property names of the row beans and the snake_case column names
 * of the output tables (DESIGN.md), so Parquet, CSV and JSON outputs use {@code statement_id},
 * {@code content_begin}, ... while Java code uses beans. Only top-level columns are renamed; nested
 * struct fields (targets, frames) have one-word names already.
 */
public final class Columns {
  private Columns() {}

  /** {@code contentBegin} → {@code content_begin}. */
  public static String snake(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code content_begin} → {@code contentBegin}. */
  public static String camel(String snake) {
    StringBuilder b = new StringBuilder(snake.length());
    boolean up = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  /** Renames every top-level column to snake_case, keeping the order. */
  public static Dataset<Row> toSnake(Dataset<?> ds) {
    Dataset<Row> df = ds.toDF();
    for (String c : df.columns()) {
      String s = snake(c);
      if (!s.equals(c)) {
        df = df.withColumnRenamed(c, s);
      }
    }
    return df;
  }

  /** Reads a snake_case table back into beans of {@code type}. */
  public static <T> Dataset<T> fromSnake(Dataset<Row> df, Class<T> type) {
    for (String c : df.columns()) {
      String k = camel(c);
      if (!k.equals(c)) {
        df = df.withColumnRenamed(c, k);
      }
    }
    return df.as(Encoders.bean(type));
  }

  /**
   * Checks, at a stage's entry, that {@code df} has every column the stage reads; throws a
   * {@link UsageException} naming the stage and the first missing column otherwise.
   */
  public static void require(Dataset<?> df, String stage, String... cols) {
    require(df.columns(), stage, cols);
  }

  /** The same on a table's column names. */
  public static void require(String[] have, String stage, String... cols) {
    java.util.Set<String> h = new java.util.HashSet<>(java.util.Arrays.asList(have));
    for (String c : cols) {
      if (!h.contains(c)) {
        throw new UsageException(stage + ": input has no column '" + c + "' (columns: "
            + String.join(", ", have) + ")");
      }
    }
  }
}
