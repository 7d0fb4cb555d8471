package org.mediastance.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    Person p = group ? null : pickPerson(speaker, ts, td, date, t, contextCountry);
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
      // "Gibraltar's chief minister": an owner the registry does not know is not the story's country
      String ctx = unknownOwner(t, speaker, description) ? null : contextCountry;
      // a speaker with a name of its own, even one that matches some other registry person
      // ("Foreign Secretary Vijay Gokhale"), is not whoever held the title that day
      boolean named = ts.hasName || !ts.fullHits.isEmpty() || !ts.surnameHits.isEmpty();
      ActorRef r = rules.titleRef(t, display(speaker, description), date, ctx, named, group);
      if (r.actorId() == null && !group && !t.former && !namedBesidesPortfolio(speaker)
          && !t.deputy && date != null && r.government() != null) {
        // "Israel's Minister of Intelligence": the one minister whose portfolio that day it is
        Person h = portfolioHolder(description != null && !description.isBlank() ? description
            : speaker, t.office, r.government(), date);
        if (h != null) {
          return rules.personRef(h, t, date, contextCountry);
        }
      }
      return r;
    }
    if (t.candidate || t.former) {
      return new ActorRef(null, display(speaker, description), t.candidate ? "candidate" : null,
          null, t.opposition ? "opposition" : "other", 0.5);
    }
    // metonym, country, people or institution standing for a government: the speaker itself must
    // consist of it (no unexplained name or head noun: "Russian businessman Ivan Petrov" is not RUS)
    Title c = ts.recognised ? ts : td;
    if (c == ts && c.country == null && td != ts && td.country != null && !td.hasName
        && !td.hasOtherWords) {
      // "Foreign Ministry" described as "the Russian Foreign Ministry": the described country's
      c = td;
    }
    if (c == ts && c.inst == null && c.country != null && td != ts && td.inst != null && !td.hasName
        && c.country.iso3().equals(td.inst.country()) && !COORDINATED.matcher(description).find()) {
      // "North Korea" described as "North Korea's state news agency KCNA": the country's named body
      // speaks ("the White House and the State Department" names two: the speaker stays the first)
      c = td;
    }
    if ((c.country != null || c.inst != null) && !c.hasName
        && (!c.hasOtherWords || portfolioBody(c, speaker) || officialText(c, speaker))) {
      return rules.collective(c, contextCountry, date, 0.9);
    }
    return ActorRef.unknown();
  }

  /** Heads of a government body whose portfolio the registry need not list ("irrigation ministry"). */
  private static final java.util.Set<String> BODY_HEADS = java.util.Set.of("ministry", "ministries", "department",
      "agency", "service", "commission", "council", "authority");

  /** Texts a government issues about its own acts ("a Chinese readout of the call", "a Turkish statement"). */
  private static final java.util.Set<String> OFFICIAL_TEXTS = java.util.Set.of("statement", "readout", "communique",
      "communiqué", "transcript");

  /**
   * "A Chinese readout of the call", "an Iranian statement": a country's official text speaks for its
   * government, as the country itself would; a report or study does not (whose is not said).
   */
  private static boolean officialText(Title c, String speaker) {
    if (c.country == null || c.inst != null || speaker == null) return false;
    String[] w = speaker.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return w.length == 2 && OFFICIAL_TEXTS.contains(w[1]);
  }

  /**
   * "Sudan's irrigation ministry": a generic body of a portfolio the registry does not list, the
   * body's own word ending the speaker.
   */
  private static boolean portfolioBody(Title c, String speaker) {
    if (c.inst == null || c.inst.country() != null || speaker == null) return false;
    String[] w = speaker.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return BODY_HEADS.contains(w[w.length - 1]);
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

  /** A capitalised possessor before a lower-case word: "Gibraltar's chief minister", "Smith's spokesman". */
  /** A description that names several speakers ("the White House and the State Department"). */
  private static final Pattern COORDINATED = Pattern.compile("\\b(?:and|or)\\b|&");
  private static final java.util.regex.Pattern POSSESSOR = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{L}.-]*['\u2019]s\\s+\\p{Ll}");

  /**
   * True when the title's owner is named but unknown to the registry (no country, institution or
   * registry person recognised, yet a capitalised possessor stands in the speaker or description):
   * the office belongs to that owner, so the article's own country must not fill in its government.
   */
  static boolean unknownOwner(Title t, String speaker, String description) {
    if (t.country != null || t.inst != null || !t.possessorHits.isEmpty()) return false;
    return lonePossessor(speaker) || lonePossessor(description);
  }

  /** A one-word capitalised possessor ("Gibraltar's chief minister"), not the end of a titled name ("Prime Minister Abiy Ahmed's office"). */
  private static boolean lonePossessor(String text) {
    if (text == null) return false;
    java.util.regex.Matcher m = POSSESSOR.matcher(text);
    while (m.find()) {
      String before = text.substring(0, m.start()).stripTrailing();
      int w = before.lastIndexOf(' ') + 1;
      if (before.isEmpty() || !Character.isUpperCase(before.charAt(w))) return true;
    }
    return false;
  }

  private static String display(String speaker, String description) {
    return speaker != null && !speaker.isBlank() ? speaker.trim() : description.trim();
  }

  /**
   * The registry person named: full names in the speaker, then in the description; then surnames.
   * Several candidates are narrowed to those in office at the date, then to the title's country,
   * then the most senior; an ambiguous surname with nobody in office gives null.
   */
  private Person pickPerson(String speakerText, Title ts, Title td, LocalDate date, Title t,
      String ctx) {
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
    if (cands.isEmpty() && ts.hasName && t.office != null && !t.former) {
      Person v = spellingVariant(speakerText, date, t.office);
      if (v != null) {
        cands.add(v);
      }
    }
    if (date == null && t.office != null) {
      // an undated article: a generated person only when they ever held the office the title names
      cands.removeIf(p -> GeneratedActors.isGenerated(p) && !holds(p, null, t.office));
    } else {
      // generated registry: only persons in office that day, and no foreign backbencher by name alone
      cands.removeIf(p -> !GeneratedActors.admissible(p, date, t.office != null || t.country != null,
          ctx, registry.offices()));
    }
    return rules.narrow(cands, date, t.country != null ? t.country.iso3() : ctx);
  }

  /**
   * A person in office that day whose given name is the speaker's first (or the name a nickname
   * stands for) and whose surname is the speaker's or one letter off ("Mike Conway" for K. Michael
   * Conaway), holding the office the title names that day (ever, in an undated article): the
   * only such person, else null. Surnames of five letters or more only.
   */
  private Person spellingVariant(String speaker, LocalDate date, Registry.Office office) {
    if (speaker == null) {
      return null;
    }
    String[] w = speaker.trim().split("\\s+");
    if (w.length < 2) {
      return null;
    }
    String first = w[w.length - 2];
    String last = w[w.length - 1].toLowerCase(java.util.Locale.ROOT);
    if (last.length() < 5 || !Character.isUpperCase(first.charAt(0))) {
      return null;
    }
    Person found = null;
    List<Person> named = new ArrayList<>(registry.byFirstName(first));
    String formal = NICKNAMES.get(first.toLowerCase(java.util.Locale.ROOT));
    if (formal != null) {
      named.addAll(registry.byFirstName(formal));
    }
    for (Person p : named) {
      String[] pw = p.name().split("\\s+");
      String ps = pw[pw.length - 1].toLowerCase(java.util.Locale.ROOT);
      // and only someone holding the titled office that day ("Congressman Mike Conway")
      if ((ps.equals(last) || oneEditApart(ps, last)) && holds(p, date, office)) {
        if (found != null && found != p) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  private static final Pattern PORTFOLIO_AFTER = Pattern.compile(
      "\\bMinist(?:er|ry) (?:of|for) (?:the )?((?:[A-Z][\\p{L}-]*|and|,|of)(?: (?:[A-Z][\\p{L}-]*|and|of))*)");
  private static final Pattern PORTFOLIO_BEFORE = Pattern.compile(
      "((?:[A-Z][\\p{L}-]* )+)Minist(?:er|ry)\\b");
  private static final java.util.Set<String> NOT_PORTFOLIO = java.util.Set.of("and", "of",
      "the", "prime", "deputy", "vice", "former", "acting", "state", "minister", "ministry");

  /** Whether the speaker has a name of its own, once its portfolio words are left out. */
  private boolean namedBesidesPortfolio(String speaker) {
    if (speaker == null || speaker.isBlank()) {
      return false;
    }
    String rest = PORTFOLIO_AFTER.matcher(speaker).replaceAll("Minister");
    Matcher b = PORTFOLIO_BEFORE.matcher(rest);
    if (b.find()) {
      // keep a leading country word: "Israeli Intelligence Minister" → "Israeli Minister"
      String[] w = b.group(1).trim().split(" ");
      String kept = Title.parse(registry, w[0]).country != null ? w[0] + " " : "";
      rest = rest.substring(0, b.start()) + kept + rest.substring(b.end(1));
    }
    return Title.parse(registry, rest).hasName;
  }

  /**
   * The only person whose role of this office kind for the country that day has every portfolio
   * word the description names ("Minister of Intelligence", "Health Minister") in the source's
   * wording of the position; null when there is no portfolio, nobody or several.
   */
  private Person portfolioHolder(String text, Registry.Office office, String country,
      LocalDate date) {
    if (text == null) {
      return null;
    }
    String words = null;
    Matcher m = PORTFOLIO_AFTER.matcher(text);
    if (m.find()) {
      words = m.group(1);
    } else {
      Matcher b = PORTFOLIO_BEFORE.matcher(text);
      if (b.find()) {
        words = b.group(1);
      }
    }
    if (words == null) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    for (String w : words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      // a country or demonym ("Israeli Intelligence Minister") is no portfolio word
      if (w.length() > 2 && !NOT_PORTFOLIO.contains(w)
          && Title.parse(registry, w).country == null) {
        keys.add(w.length() > 6 ? w.substring(0, 6) : w); // "defence" and "defense" share a stem
      }
    }
    if (keys.isEmpty()) {
      return null;
    }
    Person found = null;
    for (Person p : registry.holders(office.name(), country, date)) {
      boolean match = p.rolesAt(date).stream().anyMatch(r -> r.position() != null
          && country.equals(r.country()) && registry.office(r.office()) != null
          && registry.office(r.office()).kind().equals(office.kind())
          && keys.stream().allMatch(k -> r.position().toLowerCase(java.util.Locale.ROOT).contains(k)));
      if (match) {
        if (found != null) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  /** Whether the person holds an office of this kind at the date (ever, when the date is null). */
  private boolean holds(Person p, LocalDate date, Registry.Office office) {
    return (date == null ? p.roles() : p.rolesAt(date)).stream()
        .anyMatch(r -> registry.office(r.office()) != null
            && registry.office(r.office()).kind().equals(office.kind()));
  }

  /** Common English nicknames and the given name they stand for ("Mike" Conaway is K. Michael). */
  private static final java.util.Map<String, String> NICKNAMES = java.util.Map.ofEntries(
      java.util.Map.entry("mike", "michael"), java.util.Map.entry("bob", "robert"),
      java.util.Map.entry("bill", "william"), java.util.Map.entry("jim", "james"),
      java.util.Map.entry("tom", "thomas"), java.util.Map.entry("joe", "joseph"),
      java.util.Map.entry("dick", "richard"), java.util.Map.entry("chuck", "charles"),
      java.util.Map.entry("ted", "edward"), java.util.Map.entry("dan", "daniel"),
      java.util.Map.entry("steve", "steven"), java.util.Map.entry("tony", "anthony"),
      java.util.Map.entry("chris", "christopher"), java.util.Map.entry("matt", "matthew"),
      java.util.Map.entry("nick", "nicholas"), java.util.Map.entry("pat", "patrick"),
      java.util.Map.entry("jeff", "jeffrey"), java.util.Map.entry("ben", "benjamin"),
      java.util.Map.entry("sam", "samuel"), java.util.Map.entry("liz", "elizabeth"),
      java.util.Map.entry("kate", "katherine"), java.util.Map.entry("sue", "susan"),
      java.util.Map.entry("dave", "david"), java.util.Map.entry("rick", "richard"),
      java.util.Map.entry("ron", "ronald"), java.util.Map.entry("don", "donald"),
      java.util.Map.entry("greg", "gregory"), java.util.Map.entry("andy", "andrew"));

  /** Levenshtein distance exactly at most one (one insertion, deletion or substitution). */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) {
        return false;
      }
      edited = true;
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return !edited || i == a.length() && j == b.length();
  }

  private static void addOnce(List<Person> l, Person p) {
    if (!l.contains(p)) {
      l.add(p);
    }
  }
}
