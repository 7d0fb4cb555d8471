package org.mediastance.actors.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file format of the generated registry: gzipped JSON lines. The first line is
 * {@code {"meta": {...}}} (source, licence, credit, build date of the sources); then one person a
 * line: {@code {"id", "name", "names": [...], "roles": [[gov, org, office, position, start, end,
 * category], ...]}} with null for an absent government, organisation or end. Persons are written
 * in the order given (the builder sorts them by id), so a rebuild from the same sources gives the
 * same bytes.
 */
public final class GeneratedFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeneratedFile() {}

  /** Writes persons after a meta line. */
  public static void write(Path file, Map<String, String> meta, Collection<GenPerson> persons)
      throws IOException {
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
      ObjectNode m = JSON.createObjectNode();
      m.set("meta", JSON.valueToTree(meta));
      w.write(JSON.writeValueAsString(m));
      w.write('\n');
      for (GenPerson p : persons) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        ArrayNode ns = o.putArray("names");
        p.names().forEach(ns::add);
        ArrayNode rs = o.putArray("roles");
        for (GenPerson.Role r : p.roles()) {
          ArrayNode a = rs.addArray();
          a.add(r.gov()).add(r.org()).add(r.office()).add(r.position())
              .add(r.start().toString()).add(r.end() == null ? null : r.end().toString())
              .add(r.category());
        }
        w.write(JSON.writeValueAsString(o));
        w.write('\n');
      }
    }
  }

  /** Reads a file written by {@link #write}; the meta line is skipped. */
  public static List<GenPerson> read(InputStream in) throws IOException {
    List<GenPerson> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in,
        1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        if (n.has("meta")) {
          continue;
        }
        List<String> names = new ArrayList<>();
        n.path("names").forEach(x -> names.add(x.asText()));
        List<GenPerson.Role> roles = new ArrayList<>();
        for (JsonNode a : n.path("roles")) {
          roles.add(new GenPerson.Role(text(a.get(0)), text(a.get(1)), a.get(2).asText(),
              text(a.get(3)), LocalDate.parse(a.get(4).asText()),
              a.get(5).isNull() ? null : LocalDate.parse(a.get(5).asText()), text(a.get(6))));
        }
        out.add(new GenPerson(n.get("id").asText(), n.get("name").asText(), List.copyOf(names),
            List.copyOf(roles)));
      }
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
