package org.mediastance.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.mediastance.ingest.InputFiles.InputFile;

/**
 * Reads every input file into one Dataset of {@link IngestRow}s (an article or a quarantine row
 * per record). Line- and file-oriented formats are read one Spark task per file by
 * {@link FileRecords}; CSV and Parquet through Spark's readers (CSV with multi-line fields and a
 * corrupt-record column), positions being the 1-based row number in the file.
 *
 * <p>Output columns: article (model.Article), rejected (model.Rejected), sourceFile.
 */
public final class Readers {
  private Readers() {}

  static final String CORRUPT = "_corrupt_record";

  public static Dataset<IngestRow> read(SparkSession spark, List<InputFile> files, ArticleBuilder builder) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<InputFile> streamed = new ArrayList<>();
    List<JavaRDD<IngestRow>> parts = new ArrayList<>();
    for (InputFile f : files) {
      switch (f.format()) {
        case "csv" -> parts.add(readCsv(spark, f, builder));
        case "parquet" -> parts.add(readParquet(spark, f, builder));
        default -> streamed.add(f);
      }
    }
    if (!streamed.isEmpty()) {
      parts.add(jsc.parallelize(streamed, streamed.size())
          .flatMap(f -> FileRecords.read(f, builder)));
    }
    JavaRDD<IngestRow> all = parts.isEmpty() ? jsc.emptyRDD() : parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    return spark.createDataset(all.rdd(), Encoders.bean(IngestRow.class));
  }

  private static JavaRDD<IngestRow> readCsv(SparkSession spark, InputFile f, ArticleBuilder builder) {
    Dataset<Row> df = spark.read()
        .option("header", "true")
        .option("multiLine", "true")
        .option("escape", "\"")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .option("enforceSchema", "false")
        .csv(f.path());
    // Spark only fills the corrupt column if it is in the schema: add it as a string column.
    if (!List.of(df.columns()).contains(CORRUPT)) {
      var schema = df.schema().add(CORRUPT, "string");
      df = spark.read().schema(schema)
          .option("header", "true").option("multiLine", "true").option("escape", "\"")
          .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
          .csv(f.path());
    }
    String path = f.path();
    return df.toJavaRDD().zipWithIndex().map(t -> {
      Row r = t._1();
      long pos = t._2() + 1;
      Map<String, Object> m = toMap(r);
      Object corrupt = m.remove(CORRUPT);
      if (corrupt != null) {
        return IngestRow.rejected(path, pos, Reasons.MALFORMED_CSV, "row does not match the header", corrupt.toString());
      }
      return builder.fromFields(m, path, pos, m.toString());
    });
  }

  private static JavaRDD<IngestRow> readParquet(SparkSession spark, InputFile f, ArticleBuilder builder) {
    String path = f.path();
    return spark.read().parquet(path).toJavaRDD().zipWithIndex().map(t -> {
      Map<String, Object> m = toMap(t._1());
      return builder.fromFields(m, path, t._2() + 1, m.toString());
    });
  }

  static Map<String, Object> toMap(Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    StructField[] fields = r.schema().fields();
    for (int i = 0; i < fields.length; i++) {
      m.put(fields[i].name(), r.isNullAt(i) ? null : r.get(i));
    }
    return m;
  }
}
