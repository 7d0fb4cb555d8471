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
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
 * The actor registry: the shipped YAML files under {@code /actors/} (listed in
 * {@code actors/index.yaml}) merged with an optional user file, plus the phrase index that finds
 * countries, institutions, persons, offices and cue words in text.
 *
 * <p>Merging: entries are keyed by id (countries by ISO3, offices by name); a later entry with the
 * same key replaces the earlier one, so a user file can correct or add anything. Within the shipped
 * files a duplicate key is an error. A bad user file is a {@link UsageException} naming the file and
 * entry. Immutable after construction; thread-safe.
 */
public final class ActorRegistry {

  /** What a phrase in the index stands for. */
  sealed interface Sym permits CountrySym, InstSym, PersonSym, OfficeSym, CueSym {}

  /** A country named by its name, demonym, people or a metonym. */
  record CountrySym(Country country, String form) implements Sym {}

  record InstSym(Institution inst) implements Sym {}

  /** A person named by a full name ({@code full}) or a surname. */
  record PersonSym(Person person, boolean full) implements Sym {}

  /** An office title; {@code plural} for group forms ("officials"). */
  record OfficeSym(Office office, boolean plural) implements Sym {}

  /** A cue word: former, candidate, elect, deputy, opposition. */
  record CueSym(String cue) implements Sym {}

  static final String NAME = "name";
  static final String DEMONYM = "demonym";
  static final String PEOPLE = "people";
  static final String METONYM = "metonym";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> SURNAME_FIRST = Set.of("CHN", "PRK", "KOR", "TWN", "VNM");
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "del", "der", "le", "la");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private final Map<String, Country> countries;
  private final Map<String, Institution> institutions;
  private final Map<String, Office> offices;
  private final Map<String, Person> persons;
  private final Map<String, Set<String>> cues;
  private final Phrases<Sym> index = new Phrases<>();
  private final Map<String, List<Person>> byOfficeKind = new HashMap<>();

  private ActorRegistry(Loader l) {
    this.countries = Collections.unmodifiableMap(l.countries);
    this.institutions = Collections.unmodifiableMap(l.institutions);
    this.offices = Collections.unmodifiableMap(l.offices);
    this.persons = Collections.unmodifiableMap(l.persons);
    this.cues = Collections.unmodifiableMap(l.cues);
    buildIndex();
  }

  /** Loads the shipped registry, then the user file over it (null: shipped only). */
  public static ActorRegistry load(String userFile) {
    Loader l = new Loader();
    JsonNode idx = readResource("index.yaml");
    for (JsonNode f : idx.path("files")) {
      l.read(readResource(f.asText()), "actors/" + f.asText(), false);
    }
    if (userFile != null) {
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
    return new ActorRegistry(l);
  }

  private static JsonNode readResource(String name) {
    try (InputStream in = ActorRegistry.class.getResourceAsStream("/actors/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /actors/" + name);
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /actors/" + name + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- index

  private void buildIndex() {
    for (Office o : offices.values()) {
      for (String t : o.titles()) {
        index.put(t, new OfficeSym(o, false), false);
      }
      for (String t : o.plurals()) {
        index.put(t, new OfficeSym(o, true), false);
      }
    }
    cues.forEach((cue, words) -> words.forEach(w -> index.put(w, new CueSym(cue), false)));
    for (Country c : countries.values()) {
      index.put(c.name(), new CountrySym(c, NAME), false);
      c.aliases().forEach(a -> index.put(a, new CountrySym(c, NAME), false));
      c.demonyms().forEach(a -> index.put(a, new CountrySym(c, DEMONYM), false));
      c.peoples().forEach(a -> index.put(a, new CountrySym(c, PEOPLE), false));
      c.metonyms().forEach(a -> index.put(a, new CountrySym(c, METONYM), false));
    }
    for (Institution i : institutions.values()) {
      index.put(i.name(), new InstSym(i), false);
      i.aliases().forEach(a -> index.put(a, new InstSym(i), false));
    }
    for (Person p : persons.values()) {
      for (String n : names(p)) {
        index.put(n, new PersonSym(p, true), false);
        String noInitials = n.replaceAll("(?<=\\s)\\p{Lu}\\.(?=\\s)", " ").replaceAll("\\s+", " ");
        index.put(noInitials, new PersonSym(p, true), false);
      }
      for (String s : p.surnames()) {
        index.put(s, new PersonSym(p, false), true);
      }
      Set<String> kinds = new LinkedHashSet<>();
      for (Role r : p.roles()) {
        kinds.add(offices.get(r.office()).kind());
      }
      kinds.forEach(k -> byOfficeKind.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
    }
  }

  private static List<String> names(Person p) {
    List<String> n = new ArrayList<>();
    n.add(p.name());
    n.addAll(p.aliases());
    return n;
  }

  /** The phrase index over all names, titles and cues. */
  Phrases<Sym> index() {
    return index;
  }

  // ---------------------------------------------------------------- queries

  public Map<String, Country> countries() {
    return countries;
  }

  public Map<String, Institution> institutions() {
    return institutions;
  }

  public Map<String, Office> offices() {
    return offices;
  }

  public Map<String, Person> persons() {
    return persons;
  }

  public Country country(String iso3) {
    return iso3 == null ? null : countries.get(iso3);
  }

  public Office office(String name) {
    return name == null ? null : offices.get(name);
  }

  /** The office named by a title ("Foreign Minister", "defense secretary"), or null. */
  public Office officeByTitle(String title) {
    for (Sym s : index.get(title)) {
      if (s instanceof OfficeSym os && !os.plural()) {
        return os.office();
      }
    }
    return office(title);
  }

  /**
   * The persons holding an office of the given kind for a country or organisation on a day, most
   * senior first ("foreign minister", "RUS", 2015-09-11 → Sergei Lavrov; "president", "USA",
   * 2018-01-01 → Donald Trump). The office may be a canonical office or a title.
   */
  public List<Person> holders(String office, String countryOrOrg, LocalDate date) {
    Office o = officeByTitle(office);
    if (o == null || countryOrOrg == null || date == null) {
      return List.of();
    }
    List<Person> out = new ArrayList<>();
    for (Person p : byOfficeKind.getOrDefault(o.kind(), List.of())) {
      for (Role r : p.roles()) {
        Office ro = offices.get(r.office());
        if (ro.kind().equals(o.kind()) && r.covers(date)
            && (countryOrOrg.equals(r.country()) || countryOrOrg.equals(r.org()))) {
          out.add(p);
          break;
        }
      }
    }
    return out;
  }

  /** Number of distinct roles (office × country or organisation) over all persons. */
  public int roleCount() {
    return persons.values().stream().mapToInt(p -> p.roles().size()).sum();
  }

  /** Distinct countries and organisations that at least one person holds a role for. */
  public Set<String> staffedGovernments() {
    Set<String> s = new java.util.TreeSet<>();
    for (Person p : persons.values()) {
      for (Role r : p.roles()) {
        s.add(r.country() != null ? r.country() : r.org());
      }
    }
    return s;
  }

  /** The cue words of one kind (former, candidate, elect, deputy, opposition). */
  Set<String> cueWords(String cue) {
    return cues.getOrDefault(cue, Set.of());
  }

  // ---------------------------------------------------------------- loading

  /** Reads YAML trees into mutable maps, then checks cross references. */
  private static final class Loader {
    final Map<String, Country> countries = new LinkedHashMap<>();
    final Map<String, Institution> institutions = new LinkedHashMap<>();
    final Map<String, Office> offices = new LinkedHashMap<>();
    final Map<String, Person> persons = new LinkedHashMap<>();
    final Map<String, Set<String>> cues = new LinkedHashMap<>();
    /** Roles whose 4th element is a code to be resolved to a country or an organisation. */
    final Map<String, String> source = new HashMap<>();

    private RuntimeException err(String file, boolean user, String msg) {
      String m = (user ? "--actors " : "") + file + ": " + msg;
      return user ? new UsageException(m) : new IllegalStateException(m);
    }

    void read(JsonNode root, String file, boolean user) {
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

    void validate() {
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
            fixed.add(new Role(r.office(), null, code, r.start(), r.end(), r.category()));
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

  /** Orders persons so that the one whose earliest role is latest comes first. */
  static final Comparator<Person> LATEST_FIRST = Comparator.comparing(
      (Person p) -> p.roles().stream().map(Role::start).max(Comparator.naturalOrder())
          .orElse(LocalDate.MIN)).reversed();

  static Collection<Person> sorted(Collection<Person> ps) {
    List<Person> l = new ArrayList<>(ps);
    l.sort(LATEST_FIRST);
    return l;
  }
}
