package org.mediastance.actors.build;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person of the generated registry: id (Wikidata QID, else {@code bioguide:ID}), display name,
 * full-name variants, dated roles.
 */
public record GenPerson(String id, String name, List<String> names, List<Role> roles) {

  /**
   * A dated role: government (ISO3, null for an IGO), organisation (registry IGO id or null),
   * canonical office, the source's own wording of the position, first and last day (end null = to
   * the end of the source's data or still in office), category.
   */
  public record Role(String gov, String org, String office, String position, LocalDate start,
      LocalDate end, String category) {
    public boolean activeSince(LocalDate d) {
      return end == null || !end.isBefore(d);
    }
  }

  /** This person with the names and roles of {@code other} (the same person from another record) added. */
  public GenPerson union(GenPerson other) {
    Set<String> ns = new LinkedHashSet<>(names);
    ns.addAll(other.names());
    Set<Role> rs = new LinkedHashSet<>(roles);
    rs.addAll(other.roles());
    return new GenPerson(id, name, List.copyOf(ns), List.copyOf(rs));
  }
}
