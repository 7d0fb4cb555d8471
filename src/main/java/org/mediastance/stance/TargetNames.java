package org.mediastance.stance;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mediastance.actors.ActorRef;

/**
 * Names and keys of targets: the slug a target key is written as ("European Union" →
 * {@code european-union}), whether a resolution is a registry person, the bare name of an
 * unresolved person mention without titles ("Special Counsel Robert Mueller" → "Robert Mueller",
 * "Elijah Cummings of Maryland" → "Elijah Cummings") and a surname's fuller form named elsewhere in
 * the article ("Chairman Cummings" → "Elijah Cummings"). Stateless and thread-safe.
 */
public final class TargetNames {
  private TargetNames() {}

  /** Roles and categories of registry entries that are bodies, not persons. */
  private static final Set<String> BODY_ROLES = Set.of("ministry", "legislature", "agency",
      "party", "government", "organization", "armed group", "opposition", "media", "state media",
      "military");
  private static final Set<String> BODY_CATEGORIES = Set.of("igo", "media", "state_media");

  /**
   * Title and honorific words that may stand before a person's name; stripped from unresolved
   * names ("Chairman Cummings", "Special Counsel Robert Mueller").
   */
  private static final Set<String> TITLE_WORDS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir",
      "dame", "lord", "lady", "chairman", "chairwoman", "chair", "speaker", "senator", "sen",
      "rep", "representative", "congressman", "congresswoman", "gov", "governor", "president",
      "prime", "minister", "secretary", "special", "counsel", "general", "gen", "adm", "admiral",
      "col", "colonel", "sgt", "sergeant", "judge", "justice", "leader", "majority", "minority",
      "deputy", "vice", "chief", "ambassador", "former", "acting", "director", "attorney",
      "commander", "lt", "lieutenant", "captain", "capt", "major", "maj", "private", "pvt",
      "corporal", "cpl", "officer", "agent", "spokesman", "spokeswoman", "premier", "chancellor",
      "king", "queen", "prince", "princess", "sheikh", "emir", "crown", "house", "senate", "state",
      "defense", "defence", "foreign", "interior", "finance", "treasury", "national", "security",
      "adviser", "advisor", "army", "navy", "air", "force", "marine", "u.s.", "us", "mayor");
  /** Words that make a capitalised run a body, not a person ("Foreign Affairs Committee"). */
  private static final Set<String> BODY_WORDS = Set.of("committee", "department", "council",
      "party", "agency", "service", "ministry", "office", "house", "news", "court", "commission",
      "bureau", "administration", "government", "assembly", "parliament", "senate", "congress",
      "company", "corporation", "group", "front", "army", "force", "forces", "command", "union",
      "bank", "fund", "network", "organization", "organisation", "times", "post", "journal",
      "institute", "university", "foundation", "association", "league", "movement", "board",
      "authority", "week", "sunday", "today", "tower", "war", "cup", "deal", "act", "plan");

  /** Lower-case ASCII slug, as the gold compares names: "Sauli Niinistö" → sauli-niinisto. */
  static String slug(String name) {
    if (name == null) return null;
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

  /**
   * The key of an institution: its canonical name when that is an acronym (FBI, CIA, NATO: the
   * gold writes the canonical name, and a three-capital name compares as written), else the slug.
   */
  public static String institutionKey(String name) {
    return ACRONYM.matcher(name).matches() ? name : slug(name);
  }

  private static final Pattern US_NAMED = Pattern.compile("(?i)(U\\.S\\.|US|United States|American|White House)\\b.*");

  /**
   * The key of a government's institution: {@link #institutionKey}, with "U.S." before a U.S.
   * body whose registry name does not say the country ("State Department" -> u-s-state-department,
   * "Congress" -> u-s-congress), as the gold writes them; other countries' registry names carry
   * their demonym already ("Russian Foreign Ministry").
   */
  public static String institutionKey(String name, String government) {
    if ("USA".equals(government) && !ACRONYM.matcher(name).matches() && !US_NAMED.matcher(name).matches()) {
      return slug("U.S. " + name);
    }
    return institutionKey(name);
  }

  /** True when the resolution is a registry person (not a body, country or government). */
  static boolean isPerson(ActorRef r) {
    return r.actorId() != null && !r.actorId().equals(r.government()) && r.name() != null
        && r.actorId().equals(slug(r.name()))
        && (r.role() == null || !BODY_ROLES.contains(r.role()))
        && (r.category() == null || !BODY_CATEGORIES.contains(r.category()));
  }

  /** True when a capitalised word is a title or honorific ("Chairman", "Sen."). */
  static boolean isTitleWord(String word) {
    return TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
  }

  /**
   * The name part of an unresolved capitalised run: leading titles and a trailing "of Place"
   * removed when the run looks like a person (no body word). Returns the words kept, or the run
   * unchanged when it is a body's name.
   */
  static List<String> personName(List<String> words) {
    for (String w : words) {
      if (BODY_WORDS.contains(w.toLowerCase(Locale.ROOT))) return words;
    }
    int b = 0;
    int e = words.size();
    for (int i = 0; i + 1 < e; i++) {
      if (words.get(i).equalsIgnoreCase("of") && i > 0) { e = i; break; }
    }
    while (b < e - 1 && isTitleWord(words.get(b))) b++;
    if (b == e - 1 && isTitleWord(words.get(b))) return words;
    return words.subList(b, e);
  }

  /** True when one of the words makes the run a body's name ("Crown Prosecution Service"). */
  static boolean hasBodyWord(List<String> words) {
    for (String w : words) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (BODY_WORDS.contains(lw) && !THING_WORDS.contains(lw) || GROUP_WORDS.contains(lw)) return true;
    }
    return false;
  }

  /** Words of {@link #BODY_WORDS} that name things, events or days, not organisations. */
  private static final Set<String> THING_WORDS = Set.of("house", "week", "sunday", "today",
      "tower", "war", "cup", "deal", "act", "plan");

  /** Further words of groups' names ("the Blue Lantern Society", "the Revolutionary Guard"). */
  private static final Set<String> GROUP_WORDS = Set.of("society", "club", "brigade", "brigades",
      "battalion", "militia", "guard", "guards", "alliance", "coalition", "federation", "state",
      "brotherhood", "taliban", "regime", "cartel", "network", "mission", "delegation");

  private static final Pattern GIVEN = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}\\.)?");

  /**
   * The fullest "Given Surname" for a lone surname found in the article text ("Cummings" →
   * "Elijah Cummings"), skipping titles before the surname; null when the article has none.
   */
  static String fullName(String surname, String article) {
    List<String> all = fullNames(surname, article);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every "Given Surname" for a lone surname in the article text, in order (see {@link #fullName}). */
  static List<String> fullNames(String surname, String article) {
    List<String> out = new java.util.ArrayList<>();
    if (article == null || surname == null || surname.length() < 3) return out;
    Matcher m = Pattern.compile("(" + GIVEN.pattern() + ") " + Pattern.quote(surname)
        + "(?![\\p{L}])").matcher(article);
    while (m.find()) {
      String given = m.group(1);
      String first = given.split(" ")[0];
      if (isTitleWord(first) || BODY_WORDS.contains(first.toLowerCase(Locale.ROOT))
          || first.equals("The") || first.endsWith("'s") || first.endsWith("’s")) {
        continue;
      }
      int before = m.start();
      // the given name starts a run ("Rep. Elijah Cummings", "said Elijah Cummings"), it does not
      // continue one ("House Oversight Committee Cummings")
      if (before > 1 && Character.isUpperCase(article.charAt(Math.max(0, prevWordStart(article, before))))
          && !isTitleWord(prevWord(article, before))) {
        continue;
      }
      String full = given + " " + surname;
      if (!out.contains(full)) out.add(full);
    }
    return out;
  }

  private static int prevWordStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    int end = i;
    while (i >= 0 && !Character.isWhitespace(text.charAt(i))) i--;
    return end < 0 ? 0 : i + 1;
  }

  private static String prevWord(String text, int at) {
    int s = prevWordStart(text, at);
    int e = at;
    while (e > s && text.charAt(e - 1) == ' ') e--;
    return s < e ? text.substring(s, e) : "";
  }
}
