package org.mediastance.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mediastance.actors.Registry.Country;
import org.mediastance.actors.Registry.Institution;
import org.mediastance.actors.Registry.Office;
import org.mediastance.actors.Registry.Person;
import org.mediastance.actors.Registry.Role;

/**
 * The rules shared by speakers ({@link SpeakerRules}) and targets ({@link TargetRules}): from a
 * parsed {@link Title} and a date to a reference for a registry person (the role held that day, or
 * the title's cues: former, candidate, -elect), for a title alone (role, government and category,
 * or the office's holder that day), or for a country, metonym or institution standing for a
 * government. Immutable and thread-safe.
 */
final class ActorRules {
  /** Categories whose actors speak for a government. */
  static final Set<String> GOVERNMENT_CATEGORIES =
      Set.of("government", "legislature", "military", "diplomatic", "state_media");

  /** The office of unnamed sources (offices.yaml). */
  static final String SOURCE = "source";

  private final ActorRegistry registry;

  ActorRules(ActorRegistry registry) {
    this.registry = registry;
  }

  /**
   * One person among candidates: the only one, else those in office at the date, then those of
   * the country, then the most senior; with nobody in office, the one most recently in office.
   */
  Person narrow(List<Person> cands, LocalDate date, String iso) {
    if (cands.size() <= 1) {
      return cands.isEmpty() ? null : cands.get(0);
    }
    List<Person> inOffice = cands.stream().filter(p -> date != null && !p.rolesAt(date).isEmpty())
        .toList();
    if (inOffice.size() == 1) {
      return inOffice.get(0);
    }
    if (inOffice.isEmpty()) {
      // nobody in office that day: the one most recently in office ("Clinton" in 2016 is Hillary)
      return date == null ? null : cands.stream()
          .filter(p -> !p.roles().isEmpty())
          .max(Comparator.comparing((Person p) -> p.roles().stream()
              .map(r -> r.end() == null ? LocalDate.MAX : r.end())
              .filter(e -> !e.isAfter(date) || e.equals(LocalDate.MAX))
              .max(Comparator.naturalOrder()).orElse(LocalDate.MIN)))
          .orElse(null);
    }
    if (iso != null) {
      List<Person> local = inOffice.stream()
          .filter(p -> p.rolesAt(date).stream().anyMatch(r -> iso.equals(r.country()))).toList();
      if (local.size() == 1) {
        return local.get(0);
      }
    }
    return inOffice.stream().min(Comparator.comparingInt(p -> bestRank(p, date))).orElse(null);
  }

  private int bestRank(Person p, LocalDate date) {
    return p.rolesAt(date).stream().mapToInt(r -> registry.office(r.office()).rank()).min()
        .orElse(99);
  }


  ActorRef personRef(Person p, Title t, LocalDate date, String ctx) {
    Office to = t.office != null && t.office.government() ? t.office : null;
    if (date == null) {
      // no date: the title decides; failing that the latest role, at lower confidence
      if (t.former || t.candidate || t.elect) {
        return notInOffice(p, t, 0.5);
      }
      Role r = matching(p.roles(), to);
      if (r == null && to == null) {
        r = p.roles().stream().max(Comparator.comparing(Role::start)).orElse(null);
      }
      if (r != null) {
        return ref(p, r, t.deputy && to != null, 0.5);
      }
      if (to != null) {
        return fromTitle(p.id(), p.name(), t, countryOf(t, p, ctx), 0.45);
      }
      return new ActorRef(p.id(), p.name(), null, null, "other", 0.4);
    }
    List<Role> now = p.rolesAt(date);
    Role match = matching(now, to);
    if (t.former && match == null) {
      // "former X": not a government voice, unless the registry has them in another office now
      if (now.isEmpty() || to == null) {
        return notInOffice(p, t, 0.85);
      }
    }
    if ((t.candidate || t.elect) && match == null && (now.isEmpty() || to == null)) {
      return notInOffice(p, t, 0.85);
    }
    if (!now.isEmpty() && match == null && to != null && !t.former && !t.elect && !t.candidate
        && t.titleHolder == p && t.titleBeforeName && !to.generic() && !to.needsContext()
        && !"legislature".equals(to.category())
        && now.stream().allMatch(x -> "legislature".equals(x.category() != null ? x.category()
            : registry.office(x.office()).category()))) {
      // "Chief Cabinet Secretary Katsunobu Kato": a member of parliament, as the registry knows
      // him, whose title names the executive office he holds that day
      return fromTitle(p.id(), p.name(), t, now.get(0).country() != null ? now.get(0).country() : countryOf(t, p, ctx), 0.85);
    }
    if (!now.isEmpty()) {
      Role r = match != null ? match : now.stream()
          .min(Comparator.comparingInt(x -> registry.office(x.office()).rank())).get();
      return ref(p, r, false, match != null || to == null ? 0.95 : 0.85);
    }
    if (to != null && !t.former && heldBefore(p, to, date)) {
      // "President Obama" in 2018: the title names an office the registry says they left
      return notInOffice(p, t, 0.8);
    }
    if (to != null && !t.former && t.titleHolder == p) {
      // the registry has no role at this date, the article's title says otherwise: trust it
      return fromTitle(p.id(), p.name(), t, countryOf(t, p, ctx), 0.7);
    }
    if (t.office != null && !t.office.government()) {
      return new ActorRef(p.id(), p.name(), t.office.name(), null, t.office.category(), 0.7);
    }
    Role before = p.roles().stream().filter(r -> r.end() != null && r.end().isBefore(date))
        .max(Comparator.comparing(Role::end)).orElse(null);
    return new ActorRef(p.id(), p.name(), before == null ? null : "former " + before.office(), null,
        t.opposition ? "opposition" : "other", 0.8);
  }

  /**
   * "the Assad regime", "the Obama administration", "Putin's government": the government the
   * person led (at the date, else most recently); null when the text is not of that form.
   */
  ActorRef ledGovernment(Person p, Title t, LocalDate date) {
    if (t.inst == null || !"government".equals(t.inst.role()) || t.inst.country() != null
        || t.office != null) {
      return null;
    }
    Role r = date != null && !p.rolesAt(date).isEmpty() ? p.rolesAt(date).get(0)
        : p.roles().stream().filter(x -> x.country() != null)
            .max(Comparator.comparing(Role::start)).orElse(null);
    if (r == null || r.country() == null) {
      return null;
    }
    Country co = registry.country(r.country());
    // generated-registry governments need not be in the country table
    String display = co != null ? co.name() : r.country();
    return new ActorRef(r.country(), display, "government", r.country(), "government", 0.85);
  }

  private ActorRef notInOffice(Person p, Title t, double conf) {
    String role;
    if (t.elect && t.office != null) {
      role = t.office.name() + "-elect";
    } else if (t.candidate) {
      role = "candidate";
    } else {
      role = "former " + (t.office != null ? t.office.name() : "official");
    }
    return new ActorRef(p.id(), p.name(), role, null, t.opposition ? "opposition" : "other", conf);
  }

  /** True when the person held an office of that kind and left it before the date. */
  private boolean heldBefore(Person p, Office o, LocalDate date) {
    return p.roles().stream().anyMatch(r -> r.end() != null && r.end().isBefore(date)
        && registry.office(r.office()).kind().equals(o.kind()));
  }

  private Role matching(List<Role> roles, Office o) {
    if (o == null) {
      return null;
    }
    return roles.stream().filter(r -> registry.office(r.office()).kind().equals(o.kind()))
        .max(Comparator.comparing(Role::start)).orElse(null);
  }

  private String countryOf(Title t, Person p, String ctx) {
    if (t.country != null) {
      return t.country.iso3();
    }
    if (t.inst != null && t.inst.country() != null) {
      return t.inst.country();
    }
    for (Role r : p.roles()) {
      if (r.country() != null) {
        return r.country();
      }
    }
    return ctx;
  }

  /** The reference for a person in a role. */
  private ActorRef ref(Person p, Role r, boolean deputy, double conf) {
    Office o = registry.office(r.office());
    String cat = r.category() != null ? r.category() : r.org() != null ? "igo" : o.category();
    String gov = GOVERNMENT_CATEGORIES.contains(cat) ? r.country() : null;
    return new ActorRef(p.id(), p.name(), (deputy ? "deputy " : "") + r.office(), gov, cat, conf);
  }

  /** Role, government and category from a title alone (unknown person or a registry miss). */
  private ActorRef fromTitle(String id, String name, Title t, String country, double conf) {
    Office o = t.office;
    String cat = category(t);
    String role = (t.deputy ? "deputy " : "") + o.name();
    String gov = GOVERNMENT_CATEGORIES.contains(cat) ? country : null;
    boolean needsCountry = GOVERNMENT_CATEGORIES.contains(cat);
    return new ActorRef(id, name, role, gov, cat,
        country == null && needsCountry ? Math.min(conf, 0.35) : conf);
  }

  /** Offices whose holders speak for a government when a government institution employs them. */
  private static final Set<String> EMPLOYEES = Set.of("staff", "expert");

  /**
   * Staff or experts of a national government institution ("White House lawyer", "Fed
   * economists", "chairman of the British inquiry"), not former ones.
   */
  private static boolean employee(Title t) {
    if (!EMPLOYEES.contains(t.office.name()) || t.former) {
      return false;
    }
    return t.inst != null ? GOVERNMENT_CATEGORIES.contains(t.inst.category())
        && (t.inst.country() != null || t.country != null) : t.seatOfGovernment;
  }

  private static String category(Title t) {
    Office o = t.office;
    if (t.opposition) {
      return "opposition";
    }
    if (t.subnational) {
      return "other";
    }
    if (t.officeOfOrganisation && t.country == null && t.inst == null) {
      // "president of the Florida Democratic Black Caucus": an organisation's office
      return "other";
    }
    if (t.inst != null && "igo".equals(t.inst.category()) && t.country == null) {
      return "igo";
    }
    if (!o.government()) {
      return employee(t) ? (t.inst != null ? t.inst.category() : "government") : o.category();
    }
    if (t.inst != null && t.inst.country() == null && t.country == null
        && !GOVERNMENT_CATEGORIES.contains(t.inst.category())) {
      // "Hezbollah leader", "Reuters editor": the organisation is no government
      return t.inst.category();
    }
    if (t.usPartyTag && !o.category().equals("legislature") && o.generic()) {
      return "legislature";
    }
    if (o.generic() && t.inst != null && !GOVERNMENT_CATEGORIES.contains(t.inst.category())) {
      // "a Democratic source", "a Reuters correspondent's aide": the organisation decides
      return t.inst.category();
    }
    if (o.generic() && t.inst != null && GOVERNMENT_CATEGORIES.contains(t.inst.category())) {
      return t.inst.category();
    }
    return o.category();
  }

  ActorRef titleRef(Title t, String name, LocalDate date, String ctx, boolean hasName,
      boolean group) {
    Office o = t.office;
    if (t.former) {
      return new ActorRef(null, name, "former " + o.name(), null,
          t.opposition ? "opposition" : "other", 0.7);
    }
    if (t.elect) {
      return new ActorRef(null, name, o.name() + "-elect", null, "other", 0.7);
    }
    if (t.candidate) {
      return new ActorRef(null, name, "candidate", null, t.opposition ? "opposition" : "other", 0.7);
    }
    if (t.country == null && date != null && !t.possessorHits.isEmpty()
        && t.possessorHits.stream().allMatch(h -> servedGovernment(h.person(), date) == null)) {
      // the aide or spokesman of someone in no office that day (a candidate, a former official)
      return new ActorRef(null, name, o.name(), null, "other", 0.6);
    }
    if (o.name().equals(SOURCE) && t.country == null && t.inst == null && t.possessorHits.isEmpty()) {
      // "sources familiar with the matter": no government without a country or institution
      return new ActorRef(null, name, group ? "group" : o.name(), null, "other", 0.6);
    }
    String country = titleCountry(t, ctx, date);
    String cat = category(t);
    if (group) {
      String gov = GOVERNMENT_CATEGORIES.contains(cat) ? country : null;
      return new ActorRef(null, name, "group", gov, cat,
          country == null && GOVERNMENT_CATEGORIES.contains(cat) ? 0.35 : 0.8);
    }
    if (!hasName && !t.deputy && date != null && country != null && o.rank() <= 9 && !o.generic()
        && GOVERNMENT_CATEGORIES.contains(cat)) {
      // a title without a name ("the president", "Russia's top diplomat"): who held it that day
      List<Person> h = registry.holders(o.name(), country, date);
      if (h.size() == 1) {
        Role r = h.get(0).rolesAt(date).stream()
            .filter(x -> registry.office(x.office()).kind().equals(o.kind())).findFirst().get();
        ActorRef base = ref(h.get(0), r, false, 0.8);
        return base;
      }
    }
    if (!o.government() && t.country != null && !GOVERNMENT_CATEGORIES.contains(cat)) {
      return new ActorRef(null, name, o.name(), null, cat, 0.7);
    }
    return fromTitle(null, name, t, country, date == null ? 0.65 : 0.75);
  }

  /** The government a person served on a day, or null when in no government office. */
  private String servedGovernment(Person p, LocalDate date) {
    for (Role r : p.rolesAt(date)) {
      String cat = r.category() != null ? r.category() : registry.office(r.office()).category();
      if (r.country() != null && GOVERNMENT_CATEGORIES.contains(cat)) {
        return r.country();
      }
    }
    return null;
  }

  /** The one country whose government the person ever served in the registry, or null (none or several). */
  private String onlyGovernmentEver(Person p) {
    String found = null;
    for (Role r : p.roles()) {
      String cat = r.category() != null ? r.category() : registry.office(r.office()).category();
      if (r.country() == null || !GOVERNMENT_CATEGORIES.contains(cat)) continue;
      if (found != null && !found.equals(r.country())) return null;
      found = r.country();
    }
    return found;
  }

  private String titleCountry(Title t, String ctx, LocalDate date) {
    if (t.country != null) {
      return t.country.iso3();
    }
    if (t.inst != null && t.inst.country() != null) {
      return t.inst.country();
    }
    for (var h : t.possessorHits) {
      // "Obama's adviser": the government of the person served, when in office that day (in an
      // undated article: the one government the person ever served)
      String served = date == null ? onlyGovernmentEver(h.person()) : servedGovernment(h.person(), date);
      if (served != null) {
        return served;
      }
    }
    if (t.inst != null && t.inst.defaultCountry() != null) {
      return t.inst.defaultCountry();
    }
    if (t.office != null && t.office.defaultCountry() != null) {
      return t.office.defaultCountry();
    }
    return ctx;
  }

  /** A country, metonym, people or institution as the actor ("Moscow", "the Pentagon", "TASS"). */
  ActorRef collective(Title c, String ctx, LocalDate date, double conf) {
    Institution in = c.inst;
    if (in != null && in.country() != null && c.country != null
        && !in.country().equals(c.country.iso3())) {
      // "the Pakistani Foreign Office": the named country's own institution of that kind
      Country co = c.country;
      String gov = GOVERNMENT_CATEGORIES.contains(in.category()) ? co.iso3() : null;
      return new ActorRef(co.iso3(), co.name(), in.role(), gov, in.category(), conf - 0.1);
    }
    if (in != null && (in.country() != null || c.country == null || "igo".equals(in.category()))) {
      String country = in.country() != null ? in.country()
          : c.country != null ? c.country.iso3()
          : in.defaultCountry() != null ? in.defaultCountry() : ctx;
      String gov = GOVERNMENT_CATEGORIES.contains(in.category()) ? country : null;
      double cf = country == null && gov == null && !"igo".equals(in.category())
          && GOVERNMENT_CATEGORIES.contains(in.category()) ? 0.3 : conf;
      String id = in.country() == null && country != null ? country : in.id();
      return new ActorRef(id, in.name(), in.role(), gov, in.category(), cf);
    }
    if (in != null) {
      // a generic institution of a named country: "the Russian Foreign Ministry", "Syrian army"
      Country co = c.country;
      String gov = GOVERNMENT_CATEGORIES.contains(in.category()) ? co.iso3() : null;
      return new ActorRef(co.iso3(), co.name(), in.role(), gov, in.category(), conf);
    }
    Country co = c.country;
    if (ActorRegistry.PEOPLE.equals(c.countryForm) && c.quantified) {
      // "many Americans": people, not the government
      return ActorRef.unknown();
    }
    double cf = ActorRegistry.DEMONYM.equals(c.countryForm) ? conf - 0.15 : conf;
    return new ActorRef(co.iso3(), co.name(), "government", co.iso3(), "government", cf);
  }

  /**
   * The person holding an office (canonical name or title, e.g. "president", "Foreign Minister")
   * for a country or organisation on a day, as a reference; {@link ActorRef#unknown()} when the
   * registry has nobody.
   */
  ActorRef office(String office, String countryOrOrg, LocalDate date) {
    List<Person> h = registry.holders(office, countryOrOrg, date);
    if (h.isEmpty()) {
      return ActorRef.unknown();
    }
    Office o = registry.officeByTitle(office);
    Person p = h.get(0);
    Role r = p.rolesAt(date).stream()
        .filter(x -> registry.office(x.office()).kind().equals(o.kind())
            && (countryOrOrg.equals(x.country()) || countryOrOrg.equals(x.org())))
        .findFirst().get();
    return ref(p, r, false, h.size() == 1 ? 0.95 : 0.6);
  }
}
