package org.mediastance.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mediastance.actors.ActorRegistry.CountrySym;
import org.mediastance.actors.ActorRegistry.CueSym;
import org.mediastance.actors.ActorRegistry.InstSym;
import org.mediastance.actors.ActorRegistry.OfficeSym;
import org.mediastance.actors.ActorRegistry.PersonSym;
import org.mediastance.actors.ActorRegistry.Sym;
import org.mediastance.actors.Phrases.Match;
import org.mediastance.actors.Phrases.Tok;
import org.mediastance.actors.Registry.Country;
import org.mediastance.actors.Registry.Institution;
import org.mediastance.actors.Registry.Office;
import org.mediastance.actors.Registry.Person;

/**
 * What a name or description says about its bearer, read with the registry's phrase index:
 * the first country named (by name, demonym, metonym or a national institution), the first
 * institution, the first office title (and whether it is a plural group form), the cue words
 * former / deputy / candidate / elect / opposition, the registry persons named, and whether words
 * remain that look like an unknown personal name. An immutable value; parsing is thread-safe.
 */
final class Title {
  /** Person hits that may be the bearer (not persons named later in a clause like "aide to X"). */
  final List<PersonSym> fullHits = new ArrayList<>();
  final List<PersonSym> surnameHits = new ArrayList<>();
  Country country;
  String countryForm;
  Institution inst;
  Office office;
  boolean plural;
  boolean former;
  boolean deputy;
  boolean candidate;
  boolean elect;
  boolean opposition;
  /** Capitalised words not explained by the registry: an unknown personal name. */
  boolean hasName;
  /** Lower-case content words not explained by the registry ("businessman"). */
  boolean hasOtherWords;
  /** A US party-state tag: "(R-S.C.)", "D-Calif.". */
  boolean usPartyTag;
  /** Anything at all was recognised. */
  boolean recognised;

  private static final Pattern PARTY_TAG = Pattern.compile(
      "(?:^|[\\s(,])[RDI]\\s?[-\u2013]\\s?[A-Z][A-Za-z.]+(?:\\s[A-Z][A-Za-z.]+)?(?=\\)|,|\\s|$)");

  /** Words that neither name nor describe the bearer. */
  static final Set<String> STOP = Set.of("the", "a", "an", "of", "for", "to", "and", "in", "on",
      "at", "by", "with", "its", "his", "her", "their", "our", "senior", "top", "chief", "head",
      "new", "current", "longtime", "veteran", "powerful", "close", "who", "is", "was", "also",
      "both", "two", "three", "several", "some", "many", "other", "another", "one", "said", "says",
      "then", "now", "high", "ranking", "level", "high-ranking", "unnamed", "anonymous", "named",
      "speaking", "condition", "anonymity", "'s", "mr", "mrs", "ms", "dr", "sir", "madam", "lord",
      "prince", "sheikh", "president's", "that", "this", "these", "those", "all", "acting",
      "interim", "outgoing", "permanent", "press", "national", "state", "federal", "western",
      "eu", "from", "about", "familiar", "matter", "situation", "talks", "told", "he",
      "she", "they", "it", "we", "you", "i", "him", "them", "r", "d", "jr", "sr");

  private Title() {}

  static Title parse(ActorRegistry reg, String text) {
    Title t = new Title();
    if (text == null || text.isBlank()) {
      return t;
    }
    if (PARTY_TAG.matcher(text).find()) {
      t.usPartyTag = true;
    }
    List<Tok> toks = Phrases.tokenize(text);
    int n = toks.size();
    int officeStart = -1;
    int officeEnd = -1;
    int lastFormerEnd = -10;
    int lastDeputyEnd = -10;
    boolean officeAfterFirst = false;
    int i = 0;
    while (i < n) {
      Tok tok = toks.get(i);
      if (tok.isPunct() || tok.key().equals("'s")) {
        i++;
        continue;
      }
      Match<Sym> m = reg.index().matchAt(toks, i, n);
      if (m == null) {
        if (!STOP.contains(tok.key())) {
          if (tok.capitalized() && Character.isLetter(tok.key().charAt(0))) {
            t.hasName = true;
          } else if (Character.isLetter(tok.key().charAt(0))) {
            t.hasOtherWords = true;
          }
        }
        i++;
        continue;
      }
      t.recognised = true;
      // Among values under one phrase: offices, cues, institutions, countries, then persons.
      OfficeSym os = first(m.values(), OfficeSym.class);
      CueSym cs = first(m.values(), CueSym.class);
      InstSym is = first(m.values(), InstSym.class);
      CountrySym co = first(m.values(), CountrySym.class);
      if (os != null) {
        if (t.office == null) {
          t.office = os.office();
          t.plural = os.plural();
          officeStart = m.from();
          officeEnd = m.to();
          t.former |= m.from() - lastFormerEnd <= 3;
          t.deputy |= m.from() == lastDeputyEnd;
        } else {
          officeAfterFirst = true;
        }
        if (os.office().name().equals("candidate")) {
          t.candidate = true;
        }
      } else if (cs != null) {
        switch (cs.cue()) {
          case "former" -> lastFormerEnd = m.to();
          case "deputy" -> lastDeputyEnd = m.to();
          case "candidate" -> t.candidate = true;
          case "elect" -> t.elect |= t.office != null && m.from() == officeEnd;
          case "opposition" -> t.opposition = true;
          default -> { }
        }
      } else if (is != null || co != null) {
        if (is != null && t.inst == null) {
          t.inst = is.inst();
        }
        if (t.country == null) {
          if (co != null) {
            t.country = co.country();
            t.countryForm = co.form();
          } else if (is.inst().country() != null) {
            t.country = reg.country(is.inst().country());
            t.countryForm = ActorRegistry.METONYM;
          }
        }
      }
      if (!officeAfterFirst) {
        for (Sym s : m.values()) {
          if (s instanceof PersonSym ps) {
            (ps.full() ? t.fullHits : t.surnameHits).add(ps);
          }
        }
      }
      i = m.to();
    }
    if (t.usPartyTag && t.country == null) {
      t.country = reg.country("USA");
      t.countryForm = ActorRegistry.NAME;
    }
    return t;
  }

  private static <T> T first(List<Sym> values, Class<T> c) {
    for (Sym s : values) {
      if (c.isInstance(s)) {
        return c.cast(s);
      }
    }
    return null;
  }

  /** The registry persons this text names, full names first. */
  List<Person> persons() {
    List<Person> out = new ArrayList<>();
    fullHits.forEach(h -> add(out, h.person()));
    if (out.isEmpty()) {
      surnameHits.forEach(h -> add(out, h.person()));
    }
    return out;
  }

  private static void add(List<Person> l, Person p) {
    if (!l.contains(p)) {
      l.add(p);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "Title[country=%s office=%s plural=%s inst=%s former=%s deputy=%s cand=%s elect=%s opp=%s"
            + " name=%s persons=%s]",
        country == null ? null : country.iso3(), office == null ? null : office.name(), plural,
        inst == null ? null : inst.id(), former, deputy, candidate, elect, opposition, hasName,
        persons().stream().map(Person::id).toList());
  }
}
