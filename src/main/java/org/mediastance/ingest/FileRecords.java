package org.mediastance.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.mediastance.ingest.InputFiles.InputFile;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the records of one input file of the line- or file-oriented formats (jsonl, doc, warc) as
 * a lazy iterator of {@link IngestRow}s, so a large file is streamed, not loaded. Positions are
 * 1-based line numbers for JSON lines, byte offsets for WARC records, 0 for one-article files. A
 * read error mid-file ends the file with one {@code unreadable_file} row saying where; the records
 * before it are kept. CSV and Parquet go through Spark's own readers (see {@link Readers}).
 */
public final class FileRecords {
  private FileRecords() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Lines longer than this are quarantined unread rather than held in memory. */
  static final int MAX_LINE_BYTES = 64 << 20;

  public static Iterator<IngestRow> read(InputFile f, ArticleBuilder builder) {
    try {
      InputStream in = open(f.path());
      return switch (f.format()) {
        case "jsonl" -> new JsonLines(in, f.path(), builder);
        case "doc" -> List.of(readDoc(in, f.path(), builder)).iterator();
        case "warc" -> readWarc(in, f.path(), builder);
        default -> throw new IllegalArgumentException("not a line or file format: " + f.format());
      };
    } catch (IOException e) {
      return List.of(IngestRow.rejected(f.path(), 0, Reasons.UNREADABLE_FILE, e.toString(), null)).iterator();
    }
  }

  static InputStream open(String path) throws IOException {
    Configuration conf = new Configuration();
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(conf);
    InputStream raw = fs.open(p);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
    return new BufferedInputStream(codec == null ? raw : codec.createInputStream(raw), 1 << 16);
  }

  /** Decodes strict UTF-8, or returns null when the bytes are not valid UTF-8. */
  static String utf8(byte[] b, int len) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, 0, len)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** JSON object → flat field map (nested values kept as their JSON text). */
  static Map<String, Object> fields(JsonNode obj) {
    Map<String, Object> m = new LinkedHashMap<>();
    obj.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      m.put(e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
    });
    return m;
  }

  /** Parses one JSON line into an article or a quarantine row. */
  static IngestRow parseJsonLine(String line, String file, long lineNo, ArticleBuilder builder) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
      return IngestRow.rejected(file, lineNo, Reasons.MALFORMED_JSON, msg, line);
    }
    if (node == null || !node.isObject()) {
      return IngestRow.rejected(file, lineNo, Reasons.NOT_A_JSON_OBJECT,
          "JSON " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()), line);
    }
    return builder.fromFields(fields(node), file, lineNo, line);
  }

  /** Streams the lines of a JSON-lines file; blank lines are not records and are not counted. */
  static final class JsonLines implements Iterator<IngestRow> {
    private final InputStream in;
    private final String file;
    private final ArticleBuilder builder;
    private long lineNo;
    private IngestRow next;
    private boolean done;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 14);

    JsonLines(InputStream in, String file, ArticleBuilder builder) {
      this.in = in;
      this.file = file;
      this.builder = builder;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        next = readOne();
      }
      return next != null;
    }

    @Override
    public IngestRow next() {
      if (!hasNext()) throw new NoSuchElementException();
      IngestRow r = next;
      next = null;
      return r;
    }

    private IngestRow readOne() {
      buf.reset();
      boolean tooLong = false;
      long bytes = 0;
      int c;
      try {
        while ((c = in.read()) != -1 && c != '\n') {
          bytes++;
          if (bytes <= MAX_LINE_BYTES) buf.write(c); else tooLong = true;
        }
        if (c == -1) {
          done = true;
          in.close();
          if (bytes == 0) return null;
        }
      } catch (IOException e) {
        done = true;
        closeQuietly();
        return IngestRow.rejected(file, lineNo + 1, Reasons.UNREADABLE_FILE,
            "read failed at line " + (lineNo + 1) + ": " + e, null);
      }
      lineNo++;
      byte[] b = buf.toByteArray();
      int len = b.length;
      if (len > 0 && b[len - 1] == '\r') len--;
      if (tooLong) {
        return IngestRow.rejected(file, lineNo, Reasons.TEXT_TOO_LONG,
            "line of " + bytes + " bytes exceeds " + MAX_LINE_BYTES, new String(b, 0, Math.min(len, 4000), StandardCharsets.UTF_8));
      }
      String line = utf8(b, len);
      if (line == null) {
        return IngestRow.rejected(file, lineNo, Reasons.INVALID_UTF8, "line is not valid UTF-8",
            new String(b, 0, len, StandardCharsets.UTF_8));
      }
      if (line.isBlank()) {
        return null; // not a record; keep reading
      }
      if (line.indexOf('\0') >= 0) {
        return IngestRow.rejected(file, lineNo, Reasons.BINARY_CONTENT, "NUL bytes in line", line.replace('\0', '?'));
      }
      return parseJsonLine(line, file, lineNo, builder);
    }

    private void closeQuietly() {
      try {
        in.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }

  static IngestRow readDoc(InputStream in, String file, ArticleBuilder builder) throws IOException {
    byte[] b;
    try (in) {
      b = in.readAllBytes();
    }
    String s = utf8(b, b.length);
    if (s == null) {
      return IngestRow.rejected(file, 0, Reasons.INVALID_UTF8, "file is not valid UTF-8",
          new String(b, StandardCharsets.UTF_8));
    }
    return builder.fromFile(s, file);
  }

  /** HTML responses of a WARC file; other record types (request, metadata, warcinfo) are not articles. */
  static Iterator<IngestRow> readWarc(InputStream in, String file, ArticleBuilder builder) throws IOException {
    List<IngestRow> out = new ArrayList<>();
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> rec;
        long pos = reader.position();
        try {
          rec = reader.next();
        } catch (IOException | RuntimeException e) {
          out.add(IngestRow.rejected(file, pos, Reasons.UNREADABLE_FILE, "WARC read failed at byte " + pos + ": " + e, null));
          break;
        }
        if (rec.isEmpty()) break;
        if (!(rec.get() instanceof WarcResponse resp)) continue;
        String uri = String.valueOf(resp.target());
        String date = resp.date() == null ? null : resp.date().toString();
        MediaType type;
        byte[] body;
        try {
          type = resp.http().contentType();
          body = resp.http().body().stream().readAllBytes();
        } catch (IOException | RuntimeException e) {
          out.add(IngestRow.rejected(file, pos, Reasons.UNREADABLE_FILE, "bad HTTP response in WARC: " + e, null));
          continue;
        }
        if (type == null || !type.base().toString().toLowerCase().contains("html")) {
          out.add(IngestRow.rejected(file, pos, Reasons.NOT_HTML, "content type " + type + " of " + uri, null));
          continue;
        }
        Charset cs = StandardCharsets.UTF_8;
        String declared = type.parameters().get("charset");
        if (declared != null) {
          try {
            cs = Charset.forName(declared.strip());
          } catch (RuntimeException ignored) {
            // unknown charset name: keep UTF-8
          }
        }
        String html;
        if (cs.equals(StandardCharsets.UTF_8)) {
          html = utf8(body, body.length);
          if (html == null) {
            out.add(IngestRow.rejected(file, pos, Reasons.INVALID_UTF8, "response body is not valid UTF-8: " + uri,
                new String(body, StandardCharsets.UTF_8)));
            continue;
          }
        } else {
          html = new String(body, cs);
        }
        out.add(builder.fromWarc(html, uri, date, file, pos));
      }
    }
    return out.iterator();
  }
}
