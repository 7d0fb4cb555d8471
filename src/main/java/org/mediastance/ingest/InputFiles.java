package org.mediastance.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the {@code --input} paths (files or folders, local or any Hadoop file system) into the
 * list of input files with their format, size and SHA-256. Files of unknown type inside a folder
 * (READMEs, licences) are listed as skipped, not read. Formats: jsonl (.jsonl, .json, .ndjson, and
 * their .gz), csv (.csv, .csv.gz), parquet, warc (.warc, .warc.gz), doc (.txt, .html, .htm: one
 * article per file).
 */
public final class InputFiles {
  private InputFiles() {}

  /** One input file. */
  public record InputFile(String path, String format, long size, String sha256) implements Serializable {}

  /** The expansion: files to read and files skipped for their type. */
  public record Listing(List<InputFile> files, List<String> skipped) {}

  public static String formatOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) return "jsonl";
    if (n.endsWith(".csv")) return "csv";
    if (n.endsWith(".parquet")) return "parquet";
    if (n.endsWith(".warc")) return "warc";
    if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm")) {
      return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? null : "doc";
    }
    return null;
  }

  /** Lists and checksums the inputs, sorted by path so that runs are repeatable. */
  public static Listing list(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String in : inputs) {
      Path p = new Path(in);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus st = fs.getFileStatus(p);
      if (st.isFile()) {
        String f = formatOf(p.getName());
        if (f == null) {
          throw new org.mediastance.config.UsageException("--input: unknown file type: " + in
              + " (known: .jsonl .json .ndjson .csv [.gz], .parquet, .warc[.gz], .txt .html)");
        }
        files.add(describe(fs, st, f));
      } else {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        while (it.hasNext()) {
          LocatedFileStatus s = it.next();
          String name = s.getPath().getName();
          if (name.startsWith(".") || name.startsWith("_")) continue; // .crc, _SUCCESS
          String f = formatOf(name);
          if (f == null) {
            skipped.add(s.getPath().toString());
          } else {
            files.add(describe(fs, s, f));
          }
        }
      }
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    Collections.sort(skipped);
    return new Listing(files, skipped);
  }

  private static InputFile describe(FileSystem fs, FileStatus st, String format) throws IOException {
    return new InputFile(st.getPath().toString(), format, st.getLen(), sha256(fs, st.getPath()));
  }

  static String sha256(FileSystem fs, Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
