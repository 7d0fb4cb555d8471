package org.mediastance.actors.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mediastance.config.UsageException;

/**
 * A small RFC 4180 reader for the Peppercat files: a header row, quoted fields with doubled quotes
 * and line breaks inside quotes. Rows keep the line they start on, so errors can name it.
 */
final class Csv {

  /** One row: its file, first line number, and fields by column name. */
  record Row(Path file, int line, Map<String, String> fields) {
    String get(String col) {
      String v = fields.get(col);
      return v == null ? "" : v.trim();
    }

    UsageException error(String field, String msg) {
      return new UsageException(file + ": line " + line + ", field " + field + ": " + msg);
    }
  }

  private Csv() {}

  /** Reads a file; every required column must be in the header. */
  static List<Row> read(Path file, List<String> required) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read: " + e.getMessage());
    }
    List<List<String>> recs = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          f.append(c);
        }
        continue;
      }
      if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        cur.add(f.toString());
        f.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || f.length() > 0) {
          cur.add(f.toString());
          recs.add(cur);
          lines.add(start);
        }
        cur = new ArrayList<>();
        f.setLength(0);
        any = false;
        line++;
        start = line;
      } else {
        f.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new UsageException(file + ": line " + start + ": unterminated quoted field");
    }
    if (any || f.length() > 0) {
      cur.add(f.toString());
      recs.add(cur);
      lines.add(start);
    }
    if (recs.isEmpty()) {
      throw new UsageException(file + ": empty file (expected a header row)");
    }
    List<String> header = recs.get(0);
    for (String r : required) {
      if (!header.contains(r)) {
        throw new UsageException(file + ": line 1, field " + r + ": missing column (header: "
            + String.join(",", header) + ")");
      }
    }
    List<Row> out = new ArrayList<>();
    for (int k = 1; k < recs.size(); k++) {
      List<String> r = recs.get(k);
      if (r.size() != header.size()) {
        throw new UsageException(file + ": line " + lines.get(k) + ": " + r.size()
            + " fields, the header has " + header.size());
      }
      Map<String, String> m = new HashMap<>();
      for (int j = 0; j < header.size(); j++) {
        m.put(header.get(j), r.get(j));
      }
      out.add(new Row(file, lines.get(k), m));
    }
    return out;
  }
}
