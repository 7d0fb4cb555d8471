package org.mediastance.actors.build;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mediastance.config.UsageException;

/**
 * Reads the congress-legislators YAML ({@code legislators-2012-2026.yaml}, else
 * {@code legislators-current.yaml}, and {@code executive.yaml}): senators, representatives,
 * presidents and vice presidents with terms active on or after 2010, their Wikidata, bioguide or
 * govtrack id,
 * and name variants from the official full name, first/middle/last, nickname and suffix.
 */
public final class CongressReader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, String[]> TYPES = Map.of("sen", new String[] {"senator",
      "legislature"}, "rep", new String[] {"representative", "legislature"}, "prez",
      new String[] {"president", "government"}, "viceprez", new String[] {"vice president",
      "government"});

  private static final String NO_ID = "name:";

  private final Report report;

  public CongressReader(Report report) {
    this.report = report;
  }

  /** Persons by id, in file order; a person in both files gets the roles of both. */
  public Map<String, GenPerson> read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UsageException("--congress: not a folder: " + dir);
    }
    Path legis = dir.resolve("legislators-2012-2026.yaml");
    if (!Files.exists(legis)) {
      legis = dir.resolve("legislators-current.yaml");
    }
    Map<String, GenPerson> out = new LinkedHashMap<>();
    for (Path f : List.of(legis, dir.resolve("executive.yaml"))) {
      if (!Files.exists(f)) {
        throw new UsageException("--congress " + dir + ": missing " + f.getFileName());
      }
      readFile(f, out);
    }
    joinNamed(out);
    report.counts.put("congress persons kept", out.size());
    report.counts.put("congress roles kept",
        out.values().stream().mapToInt(p -> p.roles().size()).sum());
    return out;
  }

  private void readFile(Path f, Map<String, GenPerson> out) {
    try (JsonParser p = YAML.getFactory().createParser(f.toFile())) {
      p.setCodec(YAML);
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new UsageException(f + ": line 1: expected a list of persons");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        int line = p.currentTokenLocation().getLineNr();
        JsonNode n = p.readValueAsTree();
        GenPerson g = person(n, f, line);
        if (g != null) {
          out.merge(g.id(), g, GenPerson::union);
        }
      }
    } catch (IOException e) {
      throw new UsageException(f + ": not valid YAML: " + e.getMessage());
    }
  }

  private GenPerson person(JsonNode n, Path f, int line) {
    report.count("congress records read");
    String bioguide = n.path("id").path("bioguide").asText("");
    String wikidata = n.path("id").path("wikidata").asText("");
    String govtrack = n.path("id").path("govtrack").asText("");
    if (!wikidata.isEmpty() && !wikidata.matches("Q\\d+")) {
      throw err(f, line, "id.wikidata", "not a Wikidata id: '" + wikidata + "'");
    }
    JsonNode nm = n.path("name");
    String first = clean(nm.path("first").asText(""));
    String last = clean(nm.path("last").asText(""));
    if (first.isEmpty() || last.isEmpty()) {
      throw err(f, line, first.isEmpty() ? "name.first" : "name.last", "missing");
    }
    List<GenPerson.Role> roles = new ArrayList<>();
    int i = 0;
    for (JsonNode t : n.path("terms")) {
      String field = "terms[" + i++ + "]";
      String type = t.path("type").asText("");
      String[] office = TYPES.get(type);
      if (office == null) {
        throw err(f, line, field + ".type", "unknown term type '" + type + "'");
      }
      LocalDate s;
      LocalDate e;
      try {
        s = Dates.parse(t.path("start").asText(""), false);
      } catch (IllegalArgumentException x) {
        throw err(f, line, field + ".start", x.getMessage());
      }
      try {
        e = Dates.parse(t.path("end").asText(""), true);
      } catch (IllegalArgumentException x) {
        throw err(f, line, field + ".end", x.getMessage());
      }
      if (s == null) {
        throw err(f, line, field + ".start", "missing");
      }
      if (e != null && e.isBefore(PeppercatReader.SINCE)) {
        continue;
      }
      String pos = type.equals("sen") ? "Senator from " + t.path("state").asText()
          : type.equals("rep") ? "Representative from " + t.path("state").asText()
          : type.equals("prez") ? "President" : "Vice President";
      roles.add(new GenPerson.Role("USA", null, office[0], pos, s, e, office[1]));
    }
    if (roles.isEmpty()) {
      report.count("congress records left out (no term since 2010)");
      return null;
    }
    String official = nm.path("official_full").asText("").trim();
    String middle = clean(nm.path("middle").asText(""));
    String nick = clean(nm.path("nickname").asText(""));
    String suffix = nm.path("suffix").asText("").trim();
    String display = official.isEmpty() ? first + " " + last : official;
    Set<String> names = new LinkedHashSet<>(NameVariants.of(display, "USA"));
    names.add(first + " " + last);
    if (!middle.isEmpty()) {
      names.addAll(NameVariants.of(first + " " + middle + " " + last, "USA"));
    }
    if (!nick.isEmpty()) {
      names.add(nick + " " + last);
    }
    if (!suffix.isEmpty()) {
      names.add(first + " " + last + " " + suffix);
    }
    // some snapshot records carry no id ("id: {}"): they are keyed by name and joined to the
    // record of the same name that has one
    String id = !wikidata.isEmpty() ? wikidata
        : !bioguide.isEmpty() ? "bioguide:" + bioguide
        : !govtrack.isEmpty() ? "govtrack:" + govtrack : NO_ID + Jurisdictions.slug(first + " " + last);
    return new GenPerson(id, display, List.copyOf(names), List.copyOf(roles));
  }

  /** Joins records keyed by name to the one record with an id and that display name, if any. */
  private void joinNamed(Map<String, GenPerson> out) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    out.forEach((id, p) -> {
      if (!id.startsWith(NO_ID)) {
        for (String n : p.names()) {
          byName.computeIfAbsent(NO_ID + Jurisdictions.slug(n), k -> new ArrayList<>()).add(id);
        }
      }
    });
    for (String id : List.copyOf(out.keySet())) {
      List<String> to = byName.get(id);
      if (id.startsWith(NO_ID) && to != null && to.stream().distinct().count() == 1) {
        out.merge(to.get(0), out.remove(id), GenPerson::union);
        report.count("congress records without id joined by name");
      } else if (id.startsWith(NO_ID)) {
        report.count("congress records without id kept by name");
      }
    }
  }

  /** "J.D. (James)" → "J.D."; "(David)" → "". */
  private static String clean(String s) {
    return s.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").trim();
  }


  private static UsageException err(Path f, int line, String field, String msg) {
    return new UsageException(f + ": line " + line + ", field " + field + ": " + msg);
  }
}
