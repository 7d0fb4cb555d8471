package org.mediastance.actors;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mediastance.actors.Registry.Country;
import org.mediastance.actors.Registry.Institution;
import org.mediastance.actors.Registry.Office;
import org.mediastance.actors.Registry.Person;
import org.mediastance.actors.Registry.Role;

/**
 * The {@link Resolver} backed by the actor registry: maps a speaker (name, description, type,
 * article date) or a target phrase to an actor, the office held at the date, the government it
 * speaks for and a category.
 *
 * <p>Rules, in order: a registry person named in the speaker (or in the description before any
 * second title) is resolved through the roles covering the date, with title cues (former,
 * candidate, -elect) able to say it is not a government voice; otherwise a title (office plus a
 * country from a demonym, country name, metonym or institution, or the office's default country,
 * or the caller's context country) gives role and government even for unknown people, and a
 * title-only speaker ("the president") is looked up among the office's dated holders; otherwise a
 * country, metonym or institution is the government itself (role "government"); otherwise
 * {@link ActorRef#unknown()}. Without a date, a person's category comes from the title, or from the
 * latest role, with lower confidence.
 *
 * <p>Instances come from {@link #load(String)}, cached per user file for the JVM; they are
 * immutable and thread-safe, and serialise as their user-file path (re-loaded on the executor).
 */
public final class RegistryResolver implements Resolver, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, RegistryResolver> CACHE = new ConcurrentHashMap<>();
  private static final String SHIPPED = "";

  /** Categories whose actors speak for a government. */
  public static final Set<String> GOVERNMENT_CATEGORIES =
      Set.of("government", "legislature", "military", "diplomatic", "state_media");

  private static final Set<String> LOCATIVES = Set.of("in", "at", "to", "from", "near", "into",
      "inside", "outside", "across", "around", "toward", "towards", "through", "throughout",
      "within", "via", "onto", "off", "beyond", "outskirts", "visit", "visited", "visiting");

  private final String userFile;
  private final transient ActorRegistry registry;

  private RegistryResolver(String userFile, ActorRegistry registry) {
    this.userFile = userFile;
    this.registry = registry;
  }

  /**
   * The resolver for the shipped registry merged with a user file ({@code --actors}; null for none).
   * Loaded once per path and JVM; a bad user file is a {@code UsageException}.
   */
  public static RegistryResolver load(String userFileOrNull) {
    String key = userFileOrNull == null ? SHIPPED : userFileOrNull;
    return CACHE.computeIfAbsent(key,
        k -> new RegistryResolver(userFileOrNull, ActorRegistry.load(userFileOrNull)));
  }

  /** The resolver for the shipped registry only. */
  public static RegistryResolver shipped() {
    return load(null);
  }

  private Object readResolve() throws ObjectStreamException {
    return load(userFile);
  }

  /** The registry behind this resolver. */
  public ActorRegistry registry() {
    return registry;
  }

  // ------------------------------------------------------------------ speakers

  @Override
  public ActorRef resolveSpeaker(String speaker, String description, String speakerType,
      LocalDate date) {
    return resolveSpeaker(speaker, description, speakerType, date, null);
  }

  /**
   * As {@link #resolveSpeaker(String, String, String, LocalDate)}, with the ISO3 code of the
   * country the article is about or published in, used only when a title names no country ("the
   * president" in a U.S. story). Null when unknown.
   */
  public ActorRef resolveSpeaker(String speaker, String description, String speakerType,
      LocalDate date, String contextCountry) {
    if ((speaker == null || speaker.isBlank()) && (description == null || description.isBlank())) {
      return ActorRef.unknown();
    }
    Title ts = Title.parse(registry, speaker == null ? "" : speaker);
    Title td = description == null || description.isBlank() ? ts : Title.parse(registry, description);
    Title t = merge(td, ts);
    boolean group = "group".equalsIgnoreCase(speakerType) || t.plural;
    Person p = group ? null : pickPerson(ts, td, date, t, contextCountry);
    if (p != null) {
      ActorRef led = ledGovernment(p, t, date);
      if (led != null) {
        return led;
      }
      ActorRef r = personRef(p, t, date, contextCountry);
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
      return titleRef(t, display(speaker, description), date, contextCountry, ts.hasName, group);
    }
    if (t.candidate || t.former) {
      return new ActorRef(null, display(speaker, description), t.candidate ? "candidate" : null,
          null, t.opposition ? "opposition" : "other", 0.5);
    }
    // metonym, country, people or institution standing for a government: the speaker itself must
    // consist of it (no unexplained name or head noun: "Russian businessman Ivan Petrov" is not RUS)
    Title c = ts.recognised ? ts : td;
    if ((c.country != null || c.inst != null) && !c.hasName && !c.hasOtherWords) {
      return collective(c, contextCountry, date, 0.9);
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
    return narrow(cands, date, t.country != null ? t.country.iso3() : ctx);
  }

  /**
   * One person among candidates: the only one, else those in office at the date, then those of
   * the country, then the most senior; with nobody in office, the one most recently in office.
   */
  private Person narrow(List<Person> cands, LocalDate date, String iso) {
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

  private static void addOnce(List<Person> l, Person p) {
    if (!l.contains(p)) {
      l.add(p);
    }
  }

  private ActorRef personRef(Person p, Title t, LocalDate date, String ctx) {
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
    if (!now.isEmpty()) {
      Role r = match != null ? match : now.stream()
          .min(Comparator.comparingInt(x -> registry.office(x.office()).rank())).get();
      return ref(p, r, false, match != null || to == null ? 0.95 : 0.85);
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
  private ActorRef ledGovernment(Person p, Title t, LocalDate date) {
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
      return o.category();
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

  private ActorRef titleRef(Title t, String name, LocalDate date, String ctx, boolean hasName,
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

  private String titleCountry(Title t, String ctx, LocalDate date) {
    if (t.country != null) {
      return t.country.iso3();
    }
    if (t.inst != null && t.inst.country() != null) {
      return t.inst.country();
    }
    for (var h : t.possessorHits) {
      // "Obama's adviser": the government of the person served, when in office that day
      String served = date == null ? null : servedGovernment(h.person(), date);
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
  private ActorRef collective(Title c, String ctx, LocalDate date, double conf) {
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

  // ------------------------------------------------------------------ targets

  @Override
  public ActorRef resolveTarget(String mention, LocalDate date) {
    if (mention == null || mention.isBlank()) {
      return ActorRef.unknown();
    }
    Title t = Title.parse(registry, mention);
    List<Person> ps = new ArrayList<>(t.persons());
    ps.removeIf(x -> !GeneratedActors.admissible(x, date, true, null, registry.offices()));
    Person p = null;
    if (ps.size() == 1) {
      p = ps.get(0);
    } else if (ps.size() > 1) {
      p = narrow(ps, date, t.country != null ? t.country.iso3() : null);
    }
    if (p != null) {
      ActorRef led = ledGovernment(p, t, date);
      return led != null ? led : personRef(p, t, date, null);
    }
    if (t.office != null && !t.plural) {
      ActorRef r = titleRef(t, mention.trim(), date, null, t.hasName, false);
      if (r.government() != null || !GOVERNMENT_CATEGORIES.contains(r.category())) {
        return r;
      }
    }
    if (t.country != null || t.inst != null) {
      return collective(t, null, date, t.hasOtherWords || t.hasName ? 0.75 : 0.85);
    }
    return ActorRef.unknown();
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The person holding an office (canonical name or title, e.g. "president", "Foreign Minister")
   * for a country or organisation on a day, as a reference; {@link ActorRef#unknown()} when the
   * registry has nobody.
   */
  public ActorRef resolveOffice(String office, String countryOrOrg, LocalDate date) {
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

  /**
   * True when a place name follows a locative preposition ("in", "at", "to", "from", "near",
   * ...), possibly with "the" between: "in Moscow", "at the White House". Such a mention is a place,
   * neither a speaker nor a target.
   *
   * @param textBefore the text immediately before the mention (any length; only the end is read)
   */
  public static boolean isLocativeUse(String textBefore) {
    if (textBefore == null) {
      return false;
    }
    String[] w = textBefore.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim()
        .split("\\s+");
    int i = w.length - 1;
    if (i >= 0 && w[i].equals("the")) {
      i--;
    }
    return i >= 0 && LOCATIVES.contains(w[i]);
  }

  /**
   * How often each country is named in a text (by name, demonym, people, metonym, national
   * institution, or a registry person in office at the date), most named first. A caller can pass
   * the first entry as the context country of {@link #resolveSpeaker(String, String, String,
   * LocalDate, String)} for titles without a country ("the president"); it is a heuristic, and the
   * outlet's home country may be the better choice for domestic news.
   */
  public Map<String, Integer> countryMentions(String text, LocalDate date) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    List<Phrases.Tok> toks = Phrases.tokenize(text);
    int i = 0;
    while (i < toks.size()) {
      Phrases.Match<ActorRegistry.Sym> m = registry.index().matchAt(toks, i, toks.size());
      if (m == null) {
        i++;
        continue;
      }
      String iso = null;
      for (ActorRegistry.Sym s : m.values()) {
        if (s instanceof ActorRegistry.CountrySym cs) {
          iso = cs.country().iso3();
        } else if (s instanceof ActorRegistry.InstSym is && is.inst().country() != null) {
          iso = is.inst().country();
        } else if (s instanceof ActorRegistry.PersonSym ps && date != null && iso == null) {
          iso = ps.person().rolesAt(date).stream().map(Role::country)
              .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (iso != null) {
          break;
        }
      }
      if (iso != null) {
        counts.merge(iso, 1, Integer::sum);
      }
      i = m.to();
    }
    Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** True when the category speaks for a government. */
  public static boolean isGovernmentCategory(String category) {
    return GOVERNMENT_CATEGORIES.contains(category);
  }
}
