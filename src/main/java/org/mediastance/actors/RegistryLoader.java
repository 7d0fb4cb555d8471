package org.mediastance.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mediastance.actors.Registry.Country;
import org.mediastance.actors.Registry.Institution;
import org.mediastance.actors.Registry.Office;
import org.mediastance.actors.Registry.Person;
import org.mediastance.actors.Registry.Role;
import org.mediastance.config.UsageException;

/**
 * Builds an {@link ActorRegistry} from YAML: the shipped files under {@code /actors/} (listed in
 * {@code actors/index.yaml}), then any extra files over them, in order. See
 * {@code src/main/resources/actors/README.md} for the schema.
 *
 * <p>Merging: entries are keyed by id (countries by ISO3, offices by name); a later entry with the
 * same key replaces the earlier one, so an extra file can correct or add anything. Within the
 * shipped files a duplicate key is an error (an {@link IllegalStateException}: a build fault). A
 * bad extra file is a {@link UsageException} naming the file and entry.
 *
 * <p>{@link #load(List)} is the one entry point: every registry of the job (shipped only, or with a
 * user's {@code --actors} file, or with further generated files) is read through it.
 */
public final class RegistryLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> SURNAME_FIRST = Set.of("CHN", "PRK", "KOR", "TWN", "VNM");
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "del", "der", "le", "la");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  // mutable state while reading; handed to the registry once validated
  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, Institution> institutions = new LinkedHashMap<>();
  private final Map<String, Office> offices = new LinkedHashMap<>();
  private final Map<String, Person> persons = new LinkedHashMap<>();
  private final Map<String, Set<String>> cues = new LinkedHashMap<>();
  /** The file each person was read from, for the messages of {@link #validate()}. */
  private final Map<String, String> source = new HashMap<>();

  private RegistryLoader() {}

  /**
   * Loads the shipped registry, then each extra file over it, in list order (an empty list: the
   * shipped registry only), checks cross references and builds the in-memory registry.
   *
   * <p>Extra files are user input: the {@code --actors} file, or any other YAML in the same schema
   * that a caller adds after it. A missing, unreadable or invalid extra file is a
   * {@link UsageException} whose message names the file.
   *
   * @param extraFiles paths of YAML files read after the shipped ones, later ones winning
   */
  public static ActorRegistry load(List<String> extraFiles) {
    RegistryLoader l = new RegistryLoader();
    JsonNode idx = readResource("index.yaml");
    for (JsonNode f : idx.path("files")) {
      l.read(readResource(f.asText()), "actors/" + f.asText(), false);
    }
    for (String userFile : extraFiles) {
      Path p = Path.of(userFile);
      if (!Files.isReadable(p)) {
        throw new UsageException("--actors: cannot read " + userFile);
      }
      try {
        l.read(YAML.readTree(p.toFile()), userFile, true);
      } catch (IOException e) {
        throw new UsageException("--actors " + userFile + ": not valid YAML: " + e.getMessage());
      }
    }
    l.validate();
    // --- generated registry hook (open data, built by `mediastance actors build`): see
    // GeneratedActors; the YAML above keeps precedence
    GeneratedActors.addTo(l.persons, l.offices, l.institutions, GeneratedActors.shipped());
    return new ActorRegistry(l.countries, l.institutions, l.offices, l.persons, l.cues);
  }

  private static JsonNode readResource(String name) {
    try (InputStream in = RegistryLoader.class.getResourceAsStream("/actors/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /actors/" + name);
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /actors/" + name + ": " + e.getMessage(), e);
    }
  }

  private RuntimeException err(String file, boolean user, String msg) {
    String m = (user ? "--actors " : "") + file + ": " + msg;
    return user ? new UsageException(m) : new IllegalStateException(m);
  }

  private void read(JsonNode root, String file, boolean user) {
    if (root == null || root.isNull() || root.isMissingNode()) {
      return;
    }
    if (!root.isObject()) {
      throw err(file, user, "expected a mapping at the top level");
    }
    Set<String> known = Set.of("country", "countries", "institutions", "persons", "offices",
        "cues", "files");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw err(file, user, "unknown key '" + k + "' (known: " + String.join(", ",
            new java.util.TreeSet<>(known)) + ")");
      }
    }
    for (JsonNode o : root.path("offices")) {
      Office of = office(o, file, user);
      putUnique(offices, of.name(), of, file, user, "office");
    }
    root.path("cues").fields().forEachRemaining(e -> {
      Set<String> words = new LinkedHashSet<>(cues.getOrDefault(e.getKey(), Set.of()));
      e.getValue().forEach(w -> words.add(w.asText()));
      cues.put(e.getKey(), words);
    });
    String fileCountry = null;
    List<JsonNode> cs = new ArrayList<>();
    if (root.has("country")) {
      cs.add(root.get("country"));
      fileCountry = root.get("country").path("iso3").asText(null);
    }
    root.path("countries").forEach(cs::add);
    for (JsonNode c : cs) {
      String iso3 = req(c, "iso3", file, user).toUpperCase(Locale.ROOT);
      if (!iso3.matches("[A-Z]{3}")) {
        throw err(file, user, "country iso3 must be three letters: " + iso3);
      }
      Country co = new Country(iso3, req(c, "name", file, user), strings(c, "aliases"),
          strings(c, "demonyms"), peoples(c), strings(c, "metonyms"));
      putUnique(countries, iso3, co, file, user, "country");
    }
    for (JsonNode i : root.path("institutions")) {
      String name = req(i, "name", file, user);
      String id = i.has("id") ? i.get("id").asText() : slug(name);
      String cat = i.path("cat").asText(i.path("category").asText("government"));
      String country = i.has("country") ? nullable(i.get("country")) : fileCountry;
      Institution in = new Institution(id, name, strings(i, "aka", "aliases"), country,
          i.path("default_country").asText(null), cat,
          i.path("role").asText(cat.equals("state_media") ? "state media" : "institution"));
      putUnique(institutions, id, in, file, user, "institution");
    }
    for (JsonNode p : root.path("persons")) {
      Person pe = person(p, fileCountry, file, user);
      putUnique(persons, pe.id(), pe, file, user, "person");
      source.put(pe.id(), file);
    }
  }

  private <T> void putUnique(Map<String, T> m, String key, T v, String file, boolean user,
      String what) {
    if (!user && m.containsKey(key)) {
      throw err(file, false, "duplicate " + what + " '" + key + "'");
    }
    m.put(key, v);
  }

  private Office office(JsonNode o, String file, boolean user) {
    String name = req(o, "office", file, user);
    List<String> titles = new ArrayList<>(strings(o, "titles"));
    if (!titles.contains(name)) {
      titles.add(0, name);
    }
    return new Office(name, o.path("kind").asText(name), o.path("cat").asText("government"),
        o.path("rank").asInt(50), o.path("generic").asBoolean(false),
        o.path("gov").asBoolean(true), o.path("default_country").asText(null), titles,
        strings(o, "plurals"), o.path("needs_context").asBoolean(false));
  }

  private Person person(JsonNode p, String fileCountry, String file, boolean user) {
    String name = req(p, "name", file, user);
    String id = p.has("id") ? p.get("id").asText() : slug(name);
    List<Role> roles = new ArrayList<>();
    for (JsonNode r : p.path("roles")) {
      roles.add(role(r, fileCountry, file, user, id));
    }
    List<String> surnames = p.has("surname") ? strings(p, "surname")
        : deriveSurnames(name, roles.isEmpty() ? fileCountry : roles.get(0).country());
    return new Person(id, name, strings(p, "aka", "aliases"), surnames, List.copyOf(roles));
  }

  private Role role(JsonNode r, String fileCountry, String file, boolean user, String who) {
    String office;
    String code;
    String start;
    String end;
    String cat = null;
    if (r.isArray()) {
      if (r.size() < 2 || r.size() > 4) {
        throw err(file, user, who + ": a role is [office, start, end?, country?]");
      }
      office = r.get(0).asText();
      start = r.get(1).asText();
      end = r.size() > 2 ? nullable(r.get(2)) : null;
      code = r.size() > 3 ? r.get(3).asText() : fileCountry;
    } else {
      office = req(r, "office", file, user);
      start = req(r, "start", file, user);
      end = r.has("end") ? nullable(r.get("end")) : null;
      code = r.has("country") ? r.get("country").asText()
          : r.has("org") ? r.get("org").asText() : fileCountry;
      cat = r.has("cat") ? r.get("cat").asText() : null;
    }
    if (code == null) {
      throw err(file, user, who + ": role '" + office + "' names no country or organisation");
    }
    LocalDate s = date(start, false, file, user, who);
    LocalDate e = end == null ? null : date(end, true, file, user, who);
    if (e != null && e.isBefore(s)) {
      throw err(file, user, who + ": role '" + office + "' ends before it starts");
    }
    // country vs organisation is settled in validate(), once all files are read
    return new Role(office, code, null, s, e, cat);
  }

  private void validate() {
    for (Map.Entry<String, Person> en : persons.entrySet()) {
      Person p = en.getValue();
      String file = source.get(p.id());
      boolean user = file != null && !file.startsWith("actors/");
      List<Role> fixed = new ArrayList<>();
      for (Role r : p.roles()) {
        if (!offices.containsKey(r.office())) {
          throw err(file, user, p.id() + ": unknown office '" + r.office() + "'");
        }
        if (r.category() != null && !Registry.CATEGORIES.contains(r.category())) {
          throw err(file, user, p.id() + ": unknown category '" + r.category() + "'");
        }
        String code = r.country();
        if (countries.containsKey(code)) {
          fixed.add(r);
        } else if (institutions.containsKey(code)) {
          fixed.add(new Role(r.office(), null, code, r.start(), r.end(), r.category(), r.position()));
        } else {
          throw err(file, user, p.id() + ": unknown country or organisation '" + code + "'");
        }
      }
      en.setValue(new Person(p.id(), p.name(), p.aliases(), p.surnames(), List.copyOf(fixed)));
    }
    for (Institution i : institutions.values()) {
      if (!Registry.CATEGORIES.contains(i.category())) {
        throw new IllegalStateException("institution " + i.id() + ": unknown category "
            + i.category());
      }
    }
    for (Office o : offices.values()) {
      if (!Registry.CATEGORIES.contains(o.category())) {
        throw new IllegalStateException("office " + o.name() + ": unknown category "
            + o.category());
      }
    }
  }

  private LocalDate date(String s, boolean end, String file, boolean user, String who) {
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(s);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
    } catch (DateTimeParseException e) {
      // fall through to the error below
    }
    throw err(file, user, who + ": bad date '" + s + "' (use YYYY-MM-DD, YYYY-MM or YYYY)");
  }

  private String req(JsonNode n, String key, String file, boolean user) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw err(file, user, "missing '" + key + "' in " + n);
    }
    return v.asText();
  }

  private static String nullable(JsonNode n) {
    return n == null || n.isNull() || n.asText().isBlank() || n.asText().equals("~") ? null
        : n.asText();
  }

  private static List<String> strings(JsonNode n, String... keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      JsonNode v = n.get(k);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        v.forEach(x -> out.add(x.asText()));
      } else {
        out.add(v.asText());
      }
    }
    return List.copyOf(out);
  }

  /** Peoples as listed, plus "-s" plurals of demonyms ending in n or i (Russians, Israelis). */
  private static List<String> peoples(JsonNode c) {
    Set<String> out = new LinkedHashSet<>(strings(c, "peoples"));
    for (String d : strings(c, "demonyms")) {
      if (d.matches(".*[a-z][ni]")) {
        out.add(d + "s");
      }
    }
    return List.copyOf(out);
  }

  /** The id of a name: lower case, ASCII letters and digits joined by hyphens. */
  static String slug(String name) {
    return Phrases.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  /**
   * Surnames derived from a full name: the last word (before Jr., II, ...), with a particle
   * ("al Assad") also indexed; the first word for East Asian names (Xi Jinping, Kim Jong Un).
   */
  static List<String> deriveSurnames(String name, String iso3) {
    String[] w = Phrases.fold(name).replace(".", "").trim().split("\\s+");
    if (w.length < 2) {
      return List.of();
    }
    if (iso3 != null && SURNAME_FIRST.contains(iso3)) {
      return List.of(w[0]);
    }
    int last = w.length - 1;
    while (last > 0 && SUFFIXES.contains(w[last].toLowerCase(Locale.ROOT))) {
      last--;
    }
    List<String> out = new ArrayList<>();
    out.add(w[last]);
    if (last >= 2 && PARTICLES.contains(w[last - 1].toLowerCase(Locale.ROOT))) {
      out.add(w[last - 1] + " " + w[last]);
    }
    return out;
  }
}
