package org.mediastance.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mediastance.actors.Registry.Person;

/**
 * The speaker rules, in order: a registry person named in the speaker (or in the description
 * before any second title) is resolved through the roles covering the date; otherwise a title
 * gives role and government even for unknown people; otherwise a country, metonym or institution
 * that the speaker consists of is the government itself; otherwise {@link ActorRef#unknown()}.
 * The description is read first, the speaker's own words filling its gaps. Immutable and
 * thread-safe.
 */
final class SpeakerRules {
  private final ActorRegistry registry;
  private final ActorRules rules;

  SpeakerRules(ActorRegistry registry, ActorRules rules) {
    this.registry = registry;
    this.rules = rules;
  }

  /**
   * The speaker's actor (see {@link RegistryResolver#resolveSpeaker(String, String, String,
   * LocalDate, String)}).
   */
  ActorRef resolve(String speaker, String description, String speakerType, LocalDate date,
      String contextCountry) {
    if ((speaker == null || speaker.isBlank()) && (description == null || description.isBlank())) {
      return ActorRef.unknown();
    }
    Title ts = Title.parse(registry, speaker == null ? "" : speaker);
    Title td = description == null || description.isBlank() ? ts : Title.parse(registry, description);
    Title t = merge(td, ts);
    boolean group = "group".equalsIgnoreCase(speakerType) || t.plural;
    Person p = group ? null : pickPerson(ts, td, date, t, contextCountry);
    if (p != null) {
      ActorRef led = rules.ledGovernment(p, t, date);
      if (led != null) {
        return led;
      }
      ActorRef r = rules.personRef(p, t, date, contextCountry);
      boolean bareSurname = ts.fullHits.isEmpty() && td.fullHits.isEmpty() && t.office == null
          && t.country == null;
      if (bareSurname && contextCountry != null && r.government() != null
          && !contextCountry.equals(r.government())) {
        // "Johnson" in a U.S. story is not safely Britain's Boris Johnson
        r = new ActorRef(r.actorId(), r.name(), r.role(), r.government(), r.category(),
            Math.min(r.confidence(), 0.5));
      }
      return r;
    }
    if (t.office != null) {
      return rules.titleRef(t, display(speaker, description), date, contextCountry, ts.hasName,
          group);
    }
    if (t.candidate || t.former) {
      return new ActorRef(null, display(speaker, description), t.candidate ? "candidate" : null,
          null, t.opposition ? "opposition" : "other", 0.5);
    }
    // metonym, country, people or institution standing for a government: the speaker itself must
    // consist of it (no unexplained name or head noun: "Russian businessman Ivan Petrov" is not RUS)
    Title c = ts.recognised ? ts : td;
    if ((c.country != null || c.inst != null) && !c.hasName && !c.hasOtherWords) {
      return rules.collective(c, contextCountry, date, 0.9);
    }
    return ActorRef.unknown();
  }

  /** Description first, the speaker's own words filling gaps; cue flags from either. */
  private static Title merge(Title d, Title s) {
    if (d == s) {
      return d;
    }
    Title t = d;
    if (t.office == null && s.office != null) {
      t.office = s.office;
      t.plural = s.plural;
      t.former |= s.former;
      t.deputy |= s.deputy;
    }
    if (t.country == null) {
      t.country = s.country;
      t.countryForm = s.countryForm;
    }
    if (t.inst == null) {
      t.inst = s.inst;
    }
    t.plural |= s.plural;
    t.candidate |= s.candidate;
    t.elect |= s.elect;
    t.opposition |= s.opposition;
    t.usPartyTag |= s.usPartyTag;
    return t;
  }

  private static String display(String speaker, String description) {
    return speaker != null && !speaker.isBlank() ? speaker.trim() : description.trim();
  }

  /**
   * The registry person named: full names in the speaker, then in the description; then surnames.
   * Several candidates are narrowed to those in office at the date, then to the title's country,
   * then the most senior; an ambiguous surname with nobody in office gives null.
   */
  private Person pickPerson(Title ts, Title td, LocalDate date, Title t, String ctx) {
    List<Person> cands = new ArrayList<>();
    // a speaker with a name of its own is not someone else named in the description
    for (Title x : ts.hasName ? List.of(ts) : List.of(ts, td)) {
      x.fullHits.forEach(h -> addOnce(cands, h.person()));
      if (!cands.isEmpty()) {
        break;
      }
    }
    if (cands.isEmpty()) {
      // a speaker with an unexplained name word ("Sarah Johnson") is not whoever has that surname
      for (Title x : ts.hasName ? List.<Title>of() : List.of(ts, td)) {
        x.surnameHits.forEach(h -> addOnce(cands, h.person()));
        if (!cands.isEmpty()) {
          break;
        }
      }
    }
    // generated registry: only persons in office that day, and no foreign backbencher by name alone
    cands.removeIf(p -> !GeneratedActors.admissible(p, date, t.office != null || t.country != null,
        ctx, registry.offices()));
    return rules.narrow(cands, date, t.country != null ? t.country.iso3() : ctx);
  }

  private static void addOnce(List<Person> l, Person p) {
    if (!l.contains(p)) {
      l.add(p);
    }
  }
}
