package org.mediastance.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a Dataset of text records to one file in the Dataset's partition order, each record
 * followed by {@code \n}: the executors turn their partitions into part files side by side (Spark's
 * text writer, into a hidden folder beside the target), then the driver joins the part files in
 * partition order and deletes the folder. A globally sorted Dataset ({@code orderBy}) therefore
 * gives a sorted file, byte for byte the same as streaming the rows through the driver.
 *
 * <p>Why not {@code toLocalIterator}: it runs one Spark job per partition, one after the other, and
 * leaves the formatting to one driver thread; on the full AllSides corpus that made the metrics CSVs
 * and the JSON lines the part of the run that did not scale with cores. Here only a byte copy is left
 * on the driver.
 *
 * <p>The target's folder must be visible to the executors at the same path (a local folder in local
 * mode or on a one-machine cluster, a shared file system otherwise), as for the run's Parquet
 * tables; the part folder is addressed as a {@code file:} URI so it never lands on another Hadoop
 * file system. Thread-safe: each call uses its own part folder.
 */
public final class OrderedText {
  private OrderedText() {}

  /** part-00012-<uuid>-c000.txt: the task's partition number, then the file number within it. */
  private static final Pattern PART = Pattern.compile("part-(\\d+)-.*?-c(\\d+)(\\..*)?");

  /**
   * Writes {@code header} (when not null; followed by {@code \n}) and then every record of
   * {@code records} in partition order to {@code file} (replaced if present).
   */
  public static void write(Dataset<String> records, Path file, String header) {
    Path parent = file.toAbsolutePath().getParent();
    Path parts = parent.resolve("." + file.getFileName() + ".parts-" + UUID.randomUUID());
    try {
      Files.createDirectories(parent);
      records.write().mode(SaveMode.ErrorIfExists).option("lineSep", "\n").text(parts.toUri().toString());
      List<Path> files = partFiles(parts);
      try (OutputStream out = Files.newOutputStream(file)) {
        if (header != null) out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path p : files) Files.copy(p, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      FileTrees.delete(parts);
    }
  }

  /** The part files of a finished Spark write, in partition order (then file order within one). */
  static List<Path> partFiles(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("_SUCCESS"))) {
      throw new IOException("Spark's text write left no _SUCCESS in " + dir
          + " (is the output folder on a file system the executors share with the driver?)");
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith("part-")) {
          if (!PART.matcher(n).matches()) throw new IOException("unexpected part file name " + p);
          out.add(p);
        }
      }
    }
    out.sort(Comparator.comparingLong((Path p) -> number(p, 1)).thenComparingLong(p -> number(p, 2)));
    return out;
  }

  private static long number(Path p, int group) {
    Matcher m = PART.matcher(p.getFileName().toString());
    if (!m.matches()) throw new IllegalStateException(p.toString());
    return Long.parseLong(m.group(group));
  }

}
