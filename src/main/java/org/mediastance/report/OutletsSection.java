package org.mediastance.report;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.mediastance.aggregate.SparkJobs;
import org.mediastance.io.CsvOut;
import org.mediastance.io.Escape;

/** {@code outlets/<outlet>.csv}: the government statements of each top outlet (metrics/outlet_statements), and outlets.csv. */
final class OutletsSection implements Section {
  static final List<String> COLUMNS = List.of("statement_id", "article_id", "published", "government", "actor_id",
      "speaker", "content", "url");

  @Override
  public void write(Part p) throws IOException {
    Path od = p.dir.resolve("outlets");
    Files.createDirectories(od);
    List<String> read = new ArrayList<>(COLUMNS);
    read.add("outlet");
    Dataset<Row> st = p.metric("outlet_statements", read.toArray(String[]::new));
    List<Callable<Map<String, Object>>> work = new ArrayList<>();
    for (String o : p.top) {
      work.add(() -> {
        String name = Escape.fileName(o) + ".csv";
        Path f = Escape.inside(od, name);
        List<Map<String, Object>> v = Part.rows(st.filter(col("outlet").equalTo(o))
            .select(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()).toArray(String[]::new))
            .orderBy(col("published").asc_nulls_last(), col("statement_id")));
        CsvOut.write(f, COLUMNS, v.stream().map(m -> m.values().toArray()).iterator());
        return Charts.m("outlet", o, "file", "outlets/" + name, "statements", (long) v.size());
      });
    }
    List<Map<String, Object>> index = SparkJobs.all(p.spark, work);
    p.csv("outlets.csv", index, List.of("outlet", "file", "statements"));
  }
}
