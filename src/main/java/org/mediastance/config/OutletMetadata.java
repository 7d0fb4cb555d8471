package org.mediastance.config;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The outlet metadata file ({@code outlet_metadata:} in the configuration): CSV (RFC 4180, UTF-8,
 * header row) with an {@code outlet} column and any number of attribute columns ({@code bias},
 * {@code ownership}, {@code country}, ...). Each row gives the attributes of one outlet; an empty
 * cell gives none. Rows match an article's canonical {@code outlet} case-insensitively, after
 * trimming. A malformed file (unclosed quote, a row with another number of fields than the header,
 * no {@code outlet} column, an empty or repeated outlet, a bad or repeated column name) is a
 * {@link UsageException} naming file, line and field. Immutable; plain Java.
 */
public final class OutletMetadata implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Attribute and column names: lower-case letters, digits and _, starting with a letter. */
  public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** An attribute value and the file line it came from. */
  public record Value(String value, int line) implements Serializable {}

  private final String file;
  /** Lower-cased trimmed outlet → attribute → value. */
  private final Map<String, Map<String, Value>> byOutlet;

  private OutletMetadata(String file, Map<String, Map<String, Value>> byOutlet) {
    this.file = file;
    this.byOutlet = byOutlet;
  }

  /** No metadata: every lookup is empty. */
  public static OutletMetadata none() {
    return new OutletMetadata(null, Map.of());
  }

  /** Reads and checks {@code path}; {@code null} gives {@link #none()}. */
  public static OutletMetadata read(String path) {
    if (path == null) return none();
    Path p = Path.of(path);
    if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
      throw new UsageException("outlet_metadata: cannot read " + path);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
    } catch (CharacterCodingException e) {
      throw new UsageException("outlet_metadata " + path + ": not valid UTF-8");
    } catch (IOException e) {
      throw new UsageException("outlet_metadata: cannot read " + path + ": " + e.getMessage());
    }
    return parse(path, text);
  }

  /** Parses the CSV text of file {@code name} (used in messages and sources). */
  public static OutletMetadata parse(String name, String text) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    List<Rec> recs = records(name, text);
    if (recs.isEmpty()) throw new UsageException("outlet_metadata " + name + ": line 1: no header row");
    Rec header = recs.get(0);
    List<String> cols = new ArrayList<>();
    int outletCol = -1;
    for (int i = 0; i < header.fields.size(); i++) {
      String c = header.fields.get(i).strip().toLowerCase(Locale.ROOT);
      if (!NAME.matcher(c).matches()) {
        throw new UsageException("outlet_metadata " + name + ": line " + header.line + ", column " + (i + 1)
            + ": bad column name '" + header.fields.get(i) + "' (letters, digits and _, starting with a letter)");
      }
      if (cols.contains(c)) {
        throw new UsageException("outlet_metadata " + name + ": line " + header.line + ", column " + (i + 1)
            + ": column '" + c + "' given twice");
      }
      if (c.equals("outlet")) outletCol = i;
      cols.add(c);
    }
    if (outletCol < 0) {
      throw new UsageException("outlet_metadata " + name + ": line " + header.line + ": no 'outlet' column (columns: "
          + String.join(", ", cols) + ")");
    }
    Map<String, Map<String, Value>> by = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Rec r : recs.subList(1, recs.size())) {
      if (r.fields.size() == 1 && r.fields.get(0).isBlank()) continue; // blank line
      if (r.fields.size() != cols.size()) {
        throw new UsageException("outlet_metadata " + name + ": line " + r.line + ": " + r.fields.size()
            + " fields, the header has " + cols.size());
      }
      String outlet = r.fields.get(outletCol).strip();
      if (outlet.isEmpty()) {
        throw new UsageException("outlet_metadata " + name + ": line " + r.line + ", field 'outlet': empty");
      }
      String key = key(outlet);
      Integer before = seen.put(key, r.line);
      if (before != null) {
        throw new UsageException("outlet_metadata " + name + ": line " + r.line + ", field 'outlet': '" + outlet
            + "' already given on line " + before);
      }
      Map<String, Value> attrs = new TreeMap<>();
      for (int i = 0; i < cols.size(); i++) {
        String v = r.fields.get(i).strip();
        if (i != outletCol && !v.isEmpty()) attrs.put(cols.get(i), new Value(v, r.line));
      }
      by.put(key, Collections.unmodifiableMap(attrs));
    }
    return new OutletMetadata(name, Collections.unmodifiableMap(by));
  }

  /** The attributes the file gives {@code outlet} (canonical name); empty when none. */
  public Map<String, Value> attributes(String outlet) {
    if (outlet == null) return Map.of();
    return byOutlet.getOrDefault(key(outlet), Map.of());
  }

  /** The file name as configured (null without a file). */
  public String file() { return file; }

  /** Number of outlets the file describes. */
  public int size() { return byOutlet.size(); }

  static String key(String outlet) {
    return outlet.strip().toLowerCase(Locale.ROOT);
  }

  private record Rec(int line, List<String> fields) {}

  /** RFC 4180 records with the line each starts on; quoted fields may hold commas, quotes, newlines. */
  private static List<Rec> records(String name, String text) {
    List<Rec> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    int line = 1;
    int start = 1;
    int quoteLine = 0;
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            f.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c == '\n') line++;
          f.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        if (f.length() > 0 || wasQuoted) {
          throw new UsageException("outlet_metadata " + name + ": line " + line + ", field " + (fields.size() + 1)
              + ": quote inside an unquoted field");
        }
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        fields.add(f.toString());
        f.setLength(0);
        wasQuoted = false;
        out.add(new Rec(start, fields));
        fields = new ArrayList<>();
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
        line++;
        start = line;
      } else {
        if (wasQuoted) {
          throw new UsageException("outlet_metadata " + name + ": line " + line + ", field " + (fields.size() + 1)
              + ": text after a closing quote");
        }
        f.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new UsageException("outlet_metadata " + name + ": line " + quoteLine + ", field " + (fields.size() + 1)
          + ": quote not closed");
    }
    if (f.length() > 0 || !fields.isEmpty() || wasQuoted) {
      fields.add(f.toString());
      out.add(new Rec(start, fields));
    }
    return out;
  }
}
