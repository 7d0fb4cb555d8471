package org.mediastance.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mediastance.actors.Registry.Institution;
import org.mediastance.actors.Registry.Office;
import org.mediastance.actors.Registry.Person;
import org.mediastance.actors.Registry.Role;
import org.mediastance.actors.build.GenPerson;
import org.mediastance.actors.build.GeneratedFile;
import org.mediastance.actors.build.RegistryBuilder;

/**
 * The generated part of the registry ({@code /actors/generated/*.jsonl.gz}, built by
 * {@code mediastance actors build}), added to the hand-written persons under these rules:
 *
 * <ul>
 *   <li>The hand-written YAML keeps precedence: a generated person whose any full-name variant is
 *       already a YAML person's name or alias adds no person; its roles only fill the periods that
 *       no YAML role of that person covers (a later portfolio the YAML does not list).
 *   <li>Where the YAML staffs an office kind for a country (head of state, foreign minister, UN
 *       ambassador, ...), generated roles of that kind for that country that overlap a YAML
 *       holder's term are dropped, so that a title-only lookup ("the president") keeps the
 *       curated holder; outside the YAML's terms the generated holders stand (the YAML's Tusk
 *       does not leave Poland without its later prime ministers). Many-holder kinds
 *       (legislator, minister, ambassador, official, ...) are always kept.
 *   <li>Generated persons match by full name only (no surname entries): a bare surname names
 *       them only after the in-article speaker resolution has linked it to a full name that
 *       appeared earlier in the article. A lone surname from 70,000 legislators would otherwise
 *       turn common words and other people's surnames into government speakers.
 *   <li>A generated person stands for a speaker or target only while in office at the article's
 *       date (see {@link #admissible}).
 *   <li>Roles whose office is not in the office table, or whose organisation is not a registry
 *       institution, are dropped; governments need not be in the country table.
 * </ul>
 *
 * <p>System property {@code mediastance.actors.generated=false} loads the YAML registry alone.
 */
public final class GeneratedActors {
  static final String PROPERTY = "mediastance.actors.generated";
  private static final Set<String> MANY_HOLDER_KINDS = Set.of("legislator", "senator",
      "representative", "minister", "secretary", "official", "ambassador", "adviser",
      "spokesperson", "deputy foreign minister", "diplomat", "general", "admiral", "officer",
      "commander", "military official");

  private GeneratedActors() {}

  /**
   * The registry ids given to generated persons. Ids are name slugs like the YAML ids
   * ("jared-kushner"; "-q123" added when two generated persons share a name), so that actor ids in
   * the output compare with hand-written ones; the source's id (QID, bioguide) stays in the
   * generated file. The same shipped data always gives the same ids, so one set serves all loads.
   */
  private static final Set<String> GENERATED_IDS = ConcurrentHashMap.newKeySet();

  /** True for a person added from the generated registry. */
  public static boolean isGenerated(Person p) {
    return GENERATED_IDS.contains(p.id());
  }

  /**
   * Whether a person named in a speaker or target may stand for it. Always for YAML persons. A
   * generated person must hold a role on the (known) day: the registry has 70,000 persons whose
   * names include common ones ("John Smith"), and a name alone of someone out of office is no
   * evidence. A generated person whose roles that day are all legislative seats of a country
   * other than the article's context country needs a title or country in the text.
   */
  static boolean admissible(Person p, LocalDate date, boolean titled, String ctx,
      Map<String, Office> offices) {
    if (!isGenerated(p)) {
      return true;
    }
    if (date == null) {
      return false;
    }
    List<Role> now = p.rolesAt(date);
    if (now.isEmpty()) {
      return false;
    }
    if (titled || ctx == null) {
      return true;
    }
    // a foreign legislator by name alone only when presiding (speaker, majority leader)
    return now.stream().anyMatch(r -> ctx.equals(r.country())
        || !"legislature".equals(r.category() != null ? r.category()
            : offices.get(r.office()).category())
        || offices.get(r.office()).rank() <= 6);
  }

  /** The generated persons read from the classpath, merged by id; empty when none are shipped. */
  static List<GenPerson> shipped() {
    if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
      return List.of();
    }
    Map<String, GenPerson> byId = new LinkedHashMap<>();
    for (String f : List.of(RegistryBuilder.CONGRESS_FILE, RegistryBuilder.PEPPERCAT_FILE)) {
      try (InputStream in = GeneratedActors.class.getResourceAsStream("/actors/generated/" + f)) {
        if (in == null) {
          continue;
        }
        for (GenPerson g : GeneratedFile.read(in)) {
          byId.merge(g.id(), g, GenPerson::union);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read /actors/generated/" + f, e);
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * A YAML person keeps its roles; generated roles are added only for periods no YAML role covers
   * (Liam Fox's trade portfolio after the defence one the YAML lists).
   */
  private static void fillGaps(Map<String, Person> persons, String id, List<Role> generated) {
    Person p = persons.get(id);
    List<Role> merged = new ArrayList<>(p.roles());
    for (Role g : generated) {
      boolean overlaps = p.roles().stream().anyMatch(r -> overlap(r, g));
      if (!overlaps) {
        merged.add(g);
      }
    }
    if (merged.size() > p.roles().size()) {
      persons.put(id, new Person(p.id(), p.name(), p.aliases(), p.surnames(), List.copyOf(merged)));
    }
  }

  /**
   * The generated role {@code g} cut to end before the first curated term it runs into; null when
   * it starts inside one.
   */
  static Role outsideCurated(Role g, List<Role> curated) {
    Role out = g;
    for (Role y : curated) {
      if (!overlap(y, out)) {
        continue;
      }
      if (y.start() == null || !out.start().isBefore(y.start())) {
        return null;
      }
      out = new Role(out.office(), out.country(), out.org(), out.start(), y.start().minusDays(1),
          out.category(), out.position());
    }
    return out;
  }

  private static boolean overlap(Role a, Role b) {
    LocalDate aEnd = a.end() == null ? LocalDate.MAX : a.end();
    LocalDate bEnd = b.end() == null ? LocalDate.MAX : b.end();
    LocalDate aStart = a.start() == null ? LocalDate.MIN : a.start();
    LocalDate bStart = b.start() == null ? LocalDate.MIN : b.start();
    return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
  }

  /** Adds generated persons to the YAML persons (see the class comment for the rules). */
  static void addTo(Map<String, Person> persons, Map<String, Office> offices,
      Map<String, Institution> institutions, List<GenPerson> generated) {
    Map<String, String> yamlNames = new HashMap<>();
    Map<String, List<Role>> staffed = new HashMap<>();
    for (Person p : persons.values()) {
      yamlNames.put(Phrases.key(p.name()), p.id());
      p.aliases().forEach(a -> yamlNames.putIfAbsent(Phrases.key(a), p.id()));
      for (Role r : p.roles()) {
        Office o = offices.get(r.office());
        if (o != null && r.country() != null) {
          staffed.computeIfAbsent(o.kind() + "|" + r.country(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    for (GenPerson g : generated) {
      String yamlId = g.names().stream().map(n -> yamlNames.get(Phrases.key(n)))
          .filter(java.util.Objects::nonNull).findFirst().orElse(null);
      List<Role> roles = new ArrayList<>();
      for (GenPerson.Role r : g.roles()) {
        Office o = offices.get(r.office());
        if (o == null || (r.org() != null && !institutions.containsKey(r.org()))
            || (r.gov() != null && !MANY_HOLDER_KINDS.contains(o.kind())
                && staffed.containsKey(o.kind() + "|" + r.gov()) && r.start() == null)) {
          continue; // an undated role of a curated office: the curated holders decide
        }
        Role role = new Role(r.office(), r.gov(), r.org(), r.start(), r.end(), r.category(),
            r.position() == null ? null : r.position().intern());
        if (r.gov() != null && !MANY_HOLDER_KINDS.contains(o.kind())) {
          // only outside the YAML holders' terms (Tusk's Polish premierships leave Morawiecki's
          // 2017-2023 one to the generated registry, its open end cut at Tusk's return)
          role = outsideCurated(role, staffed.getOrDefault(o.kind() + "|" + r.gov(), List.of()));
          if (role == null) {
            continue;
          }
        }
        roles.add(role);
      }
      if (yamlId != null) {
        fillGaps(persons, yamlId, roles);
        continue;
      }
      if (roles.isEmpty()) {
        continue;
      }
      List<String> aliases = g.names().stream().filter(n -> !n.equals(g.name())).toList();
      String id = RegistryLoader.slug(g.name());
      if (persons.containsKey(id)) {
        id = id + "-" + RegistryLoader.slug(g.id());
      }
      GENERATED_IDS.add(id);
      persons.put(id, new Person(id, g.name(), aliases, List.of(), List.copyOf(roles)));
    }
  }

}
