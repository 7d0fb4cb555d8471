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
  /** Persons named as possessors ("Obama's adviser", "Putin's government"): not the bearer. */
  final List<PersonSym> possessorHits = new ArrayList<>();
  /** The person named right after the first title, or before it: the title is theirs. */
  Person titleHolder;
  /** The title stands right before the holder's name ("Chief Cabinet Secretary Katsunobu Kato"). */
  boolean titleBeforeName;
  /** The first title belongs to an organisation named after it ("president of the Rotary Club"). */
  boolean officeOfOrganisation;
  /** A city, regional or other sub-national office ("city officials", "local leaders"). */
  boolean subnational;
  /** The country comes from a metonym with an article: "the White House", "the Kremlin". */
  boolean seatOfGovernment;
  /** A quantifier before a people's name: "many Russians" are people, not the government. */
  boolean quantified;

  private static final Set<String> QUANTIFIERS = Set.of("many", "most", "some", "few", "several",
      "ordinary", "millions", "thousands", "hundreds", "majority", "average", "young", "older",
      "poor", "rich", "all", "fewer", "more");
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

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "mx");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

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
      "she", "they", "it", "we", "you", "i", "him", "them", "r", "d", "jr", "sr", "semi",
      "semi-official", "quasi-official");

  /** Head nouns that may follow a named news outlet without naming anyone else. */
  private static final Set<String> MEDIA_HEADS = Set.of("news", "agency", "newspaper", "daily", "broadcaster",
      "television", "channel", "network", "service", "wire", "outlet", "radio", "tv");

  private Title() {}

  static Title parse(ActorRegistry reg, String text) {
    Title t = new Title();
    if (text == null || text.isBlank()) {
      return t;
    }
    text = text.replace('\u2019', '\''); // "North Korea’s": typographic apostrophes as plain ones
    java.util.regex.Matcher pm = PARTY_TAG.matcher(text);
    if (pm.find()) {
      t.usPartyTag = true;
      text = pm.replaceAll(" ");
    }
    List<Tok> toks = new ArrayList<>(Phrases.tokenize(text));
    // middle initials ("Sergei V. Lavrov") are not part of the names in the index
    toks.removeIf(x -> INITIAL.matcher(x.text()).matches());
    int n = toks.size();
    int officeStart = -1;
    int officeEnd = -1;
    int lastFormerEnd = -10;
    int lastDeputyEnd = -10;
    boolean officeAfterFirst = false;
    OfficeSym deferred = null;
    int lastNameWord = -10;
    int i = 0;
    while (i < n) {
      Tok tok = toks.get(i);
      if (tok.isPunct() || tok.key().equals("'s")) {
        i++;
        continue;
      }
      Match<Sym> m = reg.index().matchAt(toks, i, n);
      t.quantified |= QUANTIFIERS.contains(tok.key());
      if (m == null) {
        if (t.inst != null && MEDIA_HEADS.contains(tok.key())
            && ("media".equals(t.inst.category()) || "state_media".equals(t.inst.category()))) {
          // "Russia's TASS news agency": the head noun of a named outlet is not another word
          i++;
          continue;
        }
        if (!STOP.contains(tok.key())) {
          if (tok.capitalized() && Character.isLetter(tok.key().charAt(0))) {
            t.hasName = true;
            lastNameWord = i;
          } else if (Character.isLetter(tok.key().charAt(0))) {
            t.hasOtherWords = true;
          }
        }
        i++;
        continue;
      }
      t.recognised = true;
      boolean honorific = i > 0 && HONORIFICS.contains(toks.get(i - 1).key());
      if (honorific && first(m.values(), PersonSym.class) == null) {
        // "Mr. King", "Mr. Major": a surname that happens to be a title or a name
        t.hasName = true;
        lastNameWord = m.to() - 1;
        i = m.to();
        continue;
      }
      // Among values under one phrase: offices, cues, institutions, countries, then persons.
      OfficeSym os = honorific ? null : first(m.values(), OfficeSym.class);
      if (os != null && os.office().name().equals(PRESS_OFFICE)
          && !(m.from() > 0 && toks.get(m.from() - 1).key().equals("'s"))) {
        os = null; // "the State Department's regional office": an office of the institution, not its voice
      }
      if (os != null && os.office().needsContext() && t.country == null && t.inst == null) {
        // "police" counts only with a country named, before or after ("Police in Essex, England");
        // an "office" (only right after a possessive, above) also with an office holder ("Erdogan's office")
        if (deferred == null) {
          deferred = os;
        }
        os = null;
      }
      CueSym cs = honorific ? null : first(m.values(), CueSym.class);
      InstSym is = honorific ? null : first(m.values(), InstSym.class);
      for (Sym s : m.values()) {
        // a country's own institution wins over the generic one of the same name
        if (s instanceof InstSym x && x.inst().country() != null && is.inst().country() == null) {
          is = x;
        }
      }
      CountrySym co = honorific ? null : first(m.values(), CountrySym.class);
      if (co != null && ofOrganisation(toks, m.from(), lastNameWord)) {
        // "United Mine Workers of America", "Bank of England": part of an organisation's name
        co = null;
      }
      if (co != null && is == null && os == null && first(m.values(), PersonSym.class) == null
          && (lastNameWord == m.from() - 1 || inParentheses(toks, m.from(), m.to()))) {
        // "Rep. Jim Jordan", "C. A. (Dutch) Ruppersberger": a name that is spelled like a country
        t.hasName = true;
        lastNameWord = m.to() - 1;
        i = m.to();
        continue;
      }
      if (os != null && os.office().name().equals("official") && outletAt(reg, toks, m.to())) {
        os = null; // "China's official Xinhua news agency": an adjective of the outlet, not an office
      }
      if (os != null && possessorFollows(reg, toks, m.to())) {
        // "President Trump's ambassador": the title is the possessor's
        os = null;
      }
      if (os != null) {
        if (t.office == null) {
          t.office = os.office();
          t.plural = os.plural();
          officeStart = m.from();
          officeEnd = m.to();
          t.officeOfOrganisation = organisationAfter(reg, toks, m.to());
          t.former |= m.from() - lastFormerEnd <= 5;
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
          case "subnational" -> t.subnational = true;
          default -> { }
        }
      } else if (is != null || co != null) {
        if (is != null && (t.inst == null || t.inst.country() == null && is.inst().country() != null
            && java.util.Objects.equals(t.inst.category(), is.inst().category()))) {
          // "North Korea's state news agency KCNA": the named agency wins over the generic kind
          t.inst = is.inst();
        }
        if (t.country == null) {
          if (co != null) {
            t.country = co.country();
            t.countryForm = co.form();
            // "the White House", "the Kremlin": a seat of government, unlike a capital city
            t.seatOfGovernment = ActorRegistry.METONYM.equals(co.form())
                && (m.from() > 0 && toks.get(m.from() - 1).key().equals("the")
                    || toks.get(m.from()).key().equals("the"));
          } else if (is.inst().country() != null) {
            t.country = reg.country(is.inst().country());
            t.countryForm = ActorRegistry.METONYM;
          }
        }
      }
      // "Obama's adviser", and "Clinton spokesman Nick Merrill": the person served, not the bearer
      boolean possessor = m.to() < n && (toks.get(m.to()).key().equals("'s")
          || t.office == null && startsOffice(reg, toks, m.to()));
      for (Sym s : m.values()) {
        if (!(s instanceof PersonSym ps)) {
          continue;
        }
        if (possessor) {
          t.possessorHits.add(ps);
        } else if (!officeAfterFirst) {
          boolean first = t.fullHits.isEmpty() && t.surnameHits.isEmpty();
          (ps.full() ? t.fullHits : t.surnameHits).add(ps);
          if (first && (t.office == null || onlyPunctuation(toks, officeEnd, m.from()))) {
            t.titleHolder = ps.person();
            t.titleBeforeName = t.office != null;
          }
        }
      }
      i = m.to();
    }
    if (t.office == null && deferred != null && !t.hasName && (t.country != null || t.inst != null
        || deferred.office().name().equals(PRESS_OFFICE) && !t.possessorHits.isEmpty())) {
      t.office = deferred.office();
      t.plural = deferred.plural();
    }
    if (t.usPartyTag) {
      // "(D-N.Y.)" marks a member of Congress, whatever other country the text mentions
      t.country = reg.country("USA");
      t.countryForm = ActorRegistry.NAME;
    }
    return t;
  }

  private static boolean inParentheses(List<Tok> toks, int from, int to) {
    return from > 0 && to < toks.size() && toks.get(from - 1).text().equals("(") && toks.get(to).text().equals(")");
  }

  /** The office of "Erdogan's office said" (offices.yaml). */
  static final String PRESS_OFFICE = "press office";

  /** A registry person named at {@code j} and followed by "'s". */
  private static boolean possessorFollows(ActorRegistry reg, List<Tok> toks, int j) {
    Match<Sym> m = j < toks.size() ? reg.index().matchAt(toks, j, toks.size()) : null;
    return m != null && first(m.values(), PersonSym.class) != null && m.to() < toks.size()
        && toks.get(m.to()).key().equals("'s");
  }

  private static boolean startsOffice(ActorRegistry reg, List<Tok> toks, int j) {
    Match<Sym> m = j < toks.size() ? reg.index().matchAt(toks, j, toks.size()) : null;
    return m != null && first(m.values(), OfficeSym.class) != null;
  }

  /** Whether a news outlet (media or state media) is named right at {@code j}. */
  private static boolean outletAt(ActorRegistry reg, List<Tok> toks, int j) {
    Match<Sym> m = j < toks.size() ? reg.index().matchAt(toks, j, toks.size()) : null;
    if (m == null) {
      return false;
    }
    for (Sym s : m.values()) {
      if (s instanceof InstSym x && x.inst().country() != null
          && ("media".equals(x.inst().category()) || "state_media".equals(x.inst().category()))) {
        return true;
      }
    }
    return false;
  }

  /** True when "of"/"at"/"for" (the) and an unknown capitalised word follow position j. */
  private static boolean organisationAfter(ActorRegistry reg, List<Tok> toks, int j) {
    if (j >= toks.size() || !Set.of("of", "at", "for", "with").contains(toks.get(j).key())) {
      return false;
    }
    j++;
    if (j < toks.size() && toks.get(j).key().equals("the")) {
      j++;
    }
    if (j < toks.size() && toks.get(j).capitalized() && !STOP.contains(toks.get(j).key())
        && reg.index().matchAt(toks, j, toks.size()) == null) {
      return true;
    }
    // "a spokesman for the protest movement", "a spokeswoman for the rebels": a group of no government
    for (int k = j; k < toks.size() && k < j + 3 && !toks.get(k).capitalized(); k++) {
      if (NON_STATE_GROUPS.contains(toks.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case nouns of groups that are no government ("spokesman for the protest movement"). */
  private static final Set<String> NON_STATE_GROUPS = Set.of("movement", "protesters", "protestors", "demonstrators",
      "rebels", "insurgents", "militants", "militia", "opposition", "campaign", "family", "activists", "organisers",
      "organizers", "coalition", "alliance", "union", "company", "charity", "students");

  private static boolean onlyPunctuation(List<Tok> toks, int from, int to) {
    for (int j = Math.max(from, 0); j < to; j++) {
      if (!toks.get(j).isPunct() && !toks.get(j).key().equals("the")) {
        return false;
      }
    }
    return from >= 0;
  }

  /** True when tokens before {@code from} read "Name of" or "Name of the". */
  private static boolean ofOrganisation(List<Tok> toks, int from, int lastNameWord) {
    int j = from - 1;
    if (j >= 0 && toks.get(j).key().equals("the")) {
      j--;
    }
    return j >= 1 && toks.get(j).key().equals("of") && lastNameWord == j - 1;
  }

  private static <T> T first(List<Sym> values, Class<T> c) {
    for (Sym s : values) {
      if (c.isInstance(s)) {
        return c.cast(s);
      }
    }
    return null;
  }

  /** The registry persons this text names, full names first, possessors last. */
  List<Person> persons() {
    List<Person> out = new ArrayList<>();
    fullHits.forEach(h -> add(out, h.person()));
    if (out.isEmpty()) {
      surnameHits.forEach(h -> add(out, h.person()));
    }
    if (out.isEmpty()) {
      possessorHits.stream().filter(PersonSym::full).forEach(h -> add(out, h.person()));
    }
    if (out.isEmpty()) {
      possessorHits.forEach(h -> add(out, h.person()));
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
