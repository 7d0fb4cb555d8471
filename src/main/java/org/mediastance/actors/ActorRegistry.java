package org.mediastance.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mediastance.actors.Registry.Country;
import org.mediastance.actors.Registry.Institution;
import org.mediastance.actors.Registry.Office;
import org.mediastance.actors.Registry.Person;
import org.mediastance.actors.Registry.Role;

/**
 * The actor registry in memory: countries, institutions, offices, persons and cue words, plus the
 * phrase index that finds them in text, and the queries over them (office holders at a date).
 * Built by {@link RegistryLoader} from the shipped YAML files and any extra files. Immutable after
 * construction; thread-safe.
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

  private final Map<String, Country> countries;
  private final Map<String, Institution> institutions;
  private final Map<String, Office> offices;
  private final Map<String, Person> persons;
  private final Map<String, Set<String>> cues;
  private final Phrases<Sym> index = new Phrases<>();
  private final Map<String, List<Person>> byOfficeKind = new HashMap<>();

  /**
   * The registry over validated entries (from {@link RegistryLoader#load}); the maps are kept in
   * their iteration order and must not be changed afterwards.
   */
  ActorRegistry(Map<String, Country> countries, Map<String, Institution> institutions,
      Map<String, Office> offices, Map<String, Person> persons, Map<String, Set<String>> cues) {
    this.countries = Collections.unmodifiableMap(countries);
    this.institutions = Collections.unmodifiableMap(institutions);
    this.offices = Collections.unmodifiableMap(offices);
    this.persons = Collections.unmodifiableMap(persons);
    this.cues = Collections.unmodifiableMap(cues);
    buildIndex();
  }

  /** Persons by each lower-case given name of their names, built on first use. */
  private volatile Map<String, List<Person>> byFirstName;

  /** The persons with this given name (any case), for spelling-variant look-ups. */
  List<Person> byFirstName(String firstWord) {
    Map<String, List<Person>> m = byFirstName;
    if (m == null) {
      Map<String, List<Person>> b = new java.util.HashMap<>();
      for (Person p : persons.values()) {
        java.util.Set<String> firsts = new java.util.HashSet<>();
        for (String n : p.aliases() == null ? List.of(p.name())
            : java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.aliases().stream()).toList()) {
          String[] w = n.split("\\s+");
          // every given name: "K. Michael Conaway" is found under "michael" too
          for (int i = 0; i < w.length - 1; i++) {
            String f = w[i].toLowerCase(java.util.Locale.ROOT);
            if (f.length() > 2 && firsts.add(f)) {
              b.computeIfAbsent(f, k -> new java.util.ArrayList<>()).add(p);
            }
          }
        }
      }
      byFirstName = m = b;
    }
    return m.getOrDefault(firstWord.toLowerCase(java.util.Locale.ROOT), List.of());
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
}
