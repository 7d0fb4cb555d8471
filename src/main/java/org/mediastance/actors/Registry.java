package org.mediastance.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The records of the actor registry: countries, institutions, offices and persons with dated roles.
 * See {@code src/main/resources/actors/README.md} for the YAML schema they are read from. All
 * records are immutable.
 */
public final class Registry {
  private Registry() {}

  /** The categories an actor can have. */
  public static final Set<String> CATEGORIES = Set.of("government", "legislature", "military",
      "diplomatic", "state_media", "igo", "opposition", "ngo", "media", "expert", "other",
      "unknown");

  /**
   * A country: ISO 3166-1 alpha-3 code, display name, other names, adjectival demonyms
   * ("Russian"), names of its people ("Russians") and metonyms for its government ("Moscow", "the
   * Kremlin").
   */
  public record Country(String iso3, String name, List<String> aliases, List<String> demonyms,
      List<String> peoples, List<String> metonyms) {}

  /**
   * A named institution: a ministry, agency, legislature, state medium, party or
   * intergovernmental organisation. {@code country} is the government it belongs to (null for
   * IGOs and generic institutions such as "the foreign ministry"); {@code defaultCountry} is
   * assumed only when nothing else names a country ("the administration" → USA).
   */
  public record Institution(String id, String name, List<String> aliases, String country,
      String defaultCountry, String category, String role) {}

  /**
   * An office from the office table: canonical name (used in roles), kind (offices of one kind
   * are the same job under different names: "secretary of state" is a "foreign minister"),
   * category, rank (1 = most senior), whether it is generic (its category yields to an
   * institution's: "Kremlin spokesman"), whether it speaks for a government, a default country,
   * the titles and plural forms that name it in text, and whether a title counts only after a
   * country or institution ("Chinese leader" but not "band leader").
   */
  public record Office(String name, String kind, String category, int rank, boolean generic,
      boolean government, String defaultCountry, List<String> titles, List<String> plurals,
      boolean needsContext) {}

  /**
   * A dated role: office (a name from the office table), the country or organisation served,
   * first and last day in office (end null = still in office), an optional category that
   * overrides the office's, and the source's own wording of the position when it has one
   * ("Minister of Intelligence" for the office {@code minister}; null for the YAML registry).
   */
  public record Role(String office, String country, String org, LocalDate start, LocalDate end,
      String category, String position) {
    public Role(String office, String country, String org, LocalDate start, LocalDate end,
        String category) {
      this(office, country, org, start, end, category, null);
    }

    /** True when the role was held on that day. */
    public boolean covers(LocalDate d) {
      return d != null && !d.isBefore(start) && (end == null || !d.isAfter(end));
    }
  }

  /** A person: id, display name, aliases (full-name variants), surnames, dated roles. */
  public record Person(String id, String name, List<String> aliases, List<String> surnames,
      List<Role> roles) {
    /** The roles held on that day, in registry order. */
    public List<Role> rolesAt(LocalDate d) {
      return roles.stream().filter(r -> r.covers(d)).toList();
    }
  }
}
