package org.mediastance.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Word lists for speaker mentions: titles and role nouns, group nouns, institution heads,
 * metonyms (seats of government), country names and demonyms, and first-name gender.
 *
 * <p>Countries/demonyms and first-name gender are read from the CoreNLP models jar
 * ({@code dcoref/demonyms.txt}, {@code dcoref/namegender.combine.txt}) — a kept library resource
 * rather than a hand-made list; the rest is a short hand list of English function words of news
 * attribution. Loaded once per JVM; immutable and thread-safe after class initialisation.
 */
public final class Lexicon {
  private Lexicon() {}

  static final Set<String> TITLES = set(
      "president", "vice", "minister", "affairs", "prime", "premier", "chancellor", "secretary", "foreign",
      "defense", "defence", "interior", "finance", "state", "general", "gen.", "gen", "adm.",
      "sen.", "senator", "rep.", "representative", "gov.", "governor", "mayor", "spokesman",
      "spokeswoman", "spokesperson", "ambassador", "envoy", "deputy", "chief", "leader", "king",
      "queen", "prince", "crown", "sheikh", "emir", "pope", "judge", "justice", "attorney",
      "director", "chairman", "chairwoman", "chair", "speaker", "commander", "lt.", "col.", "maj.",
      "capt.", "sgt.", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "adviser", "advisor",
      "national", "security", "press", "top", "senior", "former", "acting", "assistant",
      "undersecretary", "official", "diplomat", "lawmaker", "congressman", "congresswoman",
      "candidate", "nominee", "ceo", "head", "counselor", "envoy", "supreme", "majority",
      "minority", "house", "senate", "democratic", "republican", "presidential", "first", "lady",
      "economy", "trade", "health", "justice", "homeland", "energy", "treasury", "army", "navy",
      "coach", "analyst", "executive", "founder", "president-elect", "white", "administration",
      "u.n.", "un", "nato", "eu", "general-secretary", "secretary-general", "inspector", "chief",
      "special", "representative", "counsel", "rev.", "father", "rabbi", "imam", "ayatollah",
      // military and police ranks ("Brigadier General Zaw Min Tun")
      "brigadier", "brig.", "colonel", "lieutenant", "major", "captain", "admiral", "marshal", "sergeant",
      "commodore", "superintendent", "commissioner", "brigadier-general", "major-general", "lieutenant-general",
      "lt", "col", "maj", "rear");

  /** Role nouns that can head a nominal description of a person. */
  static final Set<String> ROLE_NOUNS = set(
      "president", "minister", "premier", "chancellor", "secretary", "senator", "governor",
      "mayor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat",
      "leader", "king", "queen", "prince", "emir", "pope", "judge", "director", "chairman",
      "chairwoman", "commander", "general", "adviser", "advisor", "official", "lawmaker",
      "congressman", "congresswoman", "candidate", "nominee", "ceo", "head", "chief", "founder",
      "attorney", "prosecutor", "lawyer", "officer", "spokesperson", "strongman", "dictator",
      "monarch", "president-elect", "businessman", "billionaire", "professor", "author", "man",
      "woman", "politician", "democrat", "republican", "executive", "activist", "researcher",
      "economist", "analyst", "expert", "negotiator", "aide", "representative", "sheriff",
      "deputy", "owner", "manager", "coach", "doctor", "witness", "victim", "source", "resident",
      "member", "actor", "singer", "star", "writer", "journalist", "reporter", "editor");

  /** Role families: a nominal with one of these words matches an entity described by another. */
  static final Map<String, String> ROLE_FAMILY = new HashMap<>();

  static {
    String[][] fam = {
        {"diplomat", "foreign", "secretary of state", "ambassador", "envoy", "diplomat"},
        {"president", "president", "leader", "head of state"},
        {"premier", "prime minister", "premier", "chancellor"},
        {"spokesman", "spokesman", "spokeswoman", "spokesperson", "press secretary"},
        {"general", "general", "commander", "gen."}};
    for (String[] f : fam) {
      for (int i = 1; i < f.length; i++) ROLE_FAMILY.put(f[i], f[0]);
    }
  }

  /** Plural or collective heads of unnamed-group speakers. */
  static final Set<String> GROUP_NOUNS = set(
      "officials", "sources", "analysts", "experts", "diplomats", "lawmakers", "critics",
      "authorities", "residents", "protesters", "leaders", "observers", "investigators",
      "prosecutors", "police", "witnesses", "activists", "researchers", "scientists", "economists",
      "republicans", "democrats", "conservatives", "liberals", "aides", "advisers", "advisors",
      "spokesmen", "ministers", "members", "supporters", "opponents", "voters", "people",
      "americans", "russians", "officers", "doctors", "militants", "rebels", "insurgents",
      "representatives", "senators", "governors", "mayors", "judges", "lawyers", "attorneys",
      "executives", "organizers", "participants", "candidates", "groups", "organizations",
      "agencies", "ministries", "governments", "states", "countries", "nations", "allies",
      "media", "reports", "polls", "surveys", "studies", "documents", "statement", "report",
      "official", "source", "spokesperson");

  /** Heads of institution names. */
  static final Set<String> INSTITUTION_HEADS = set(
      "ministry", "department", "agency", "council", "committee", "party", "commission", "court",
      "government", "administration", "house", "pentagon", "kremlin", "congress", "senate",
      "parliament", "army", "forces", "police", "office", "bank", "union", "organization",
      "organisation", "institute", "university", "times", "post", "news", "network", "reuters",
      "ap", "afp", "journal", "company", "corp.", "inc.", "group", "foundation", "service",
      "bureau", "board", "fund", "campaign", "coalition", "alliance", "association", "center",
      "centre", "embassy", "mission", "cabinet", "duma", "knesset", "assembly", "regime",
      "military", "navy", "command", "secretariat", "tass", "ria", "interfax", "xinhua", "cnn",
      "bbc", "fox", "nbc", "abc", "cbs", "msnbc", "npr", "politico", "post", "tribune");

  /** Capitals used as speakers for their country's government ("Moscow said"). */
  static final Set<String> CAPITALS = set(
      "moscow", "washington", "beijing", "tehran", "damascus", "kiev", "kyiv", "london", "paris", "berlin",
      "ankara", "jerusalem", "riyadh", "pyongyang", "seoul", "tokyo", "brussels", "baghdad", "kabul",
      "islamabad", "new delhi", "cairo", "doha", "abu dhabi", "caracas", "havana", "ottawa", "canberra",
      "rome", "madrid", "minsk", "tbilisi", "warsaw", "beirut", "amman", "taipei", "hanoi", "manila",
      "jakarta", "brasilia", "mexico city", "pretoria");
  /** Seats of government and other place names used as speakers: the capitals and the seats in them. */
  static final Set<String> METONYMS = union(CAPITALS, set(
      "kremlin", "white house", "pentagon", "downing street", "elysee", "élysée",
      "foggy bottom", "capitol hill", "state department", "white hall", "whitehall", "zhongnanhai",
      "number 10", "quai d'orsay", "foreign ministry", "defense ministry", "defence ministry"));

  /** True when a speaker is a capital standing for its government ("Minsk", "Washington"). */
  public static boolean isCapital(String speaker) {
    return speaker != null && CAPITALS.contains(speaker.strip().replaceFirst("^(?i)the\\s+", "").toLowerCase(Locale.ROOT));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i", "you");

  static final Set<String> WEEKDAYS_MONTHS = set(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
      "today", "yesterday", "tonight");

  /** Capitalized words that start sentences but are not names. */
  static final Set<String> NOT_NAME = set(
      "the", "a", "an", "but", "and", "or", "in", "on", "at", "as", "if", "when", "while", "after",
      "before", "since", "for", "from", "with", "without", "by", "to", "of", "that", "this",
      "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its",
      "our", "my", "your", "there", "here", "what", "who", "why", "how", "where", "which", "so",
      "yet", "still", "also", "then", "now", "later", "earlier", "meanwhile", "however",
      "although", "though", "because", "during", "under", "over", "about", "among", "despite",
      "according", "asked", "speaking", "mr", "last", "next", "some", "many", "most", "all",
      "no", "not", "one", "two", "three", "both", "each", "every", "other", "another", "such",
      "even", "just", "only", "perhaps", "instead", "thus", "indeed", "yes", "oh", "well",
      "like", "until", "unless", "whether", "said", "says", "say", "told", "read", "more", "less",
      "much", "several", "few", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "today", "tonight", "tomorrow",
      "yesterday", "photo", "image", "video", "watch", "read", "related", "advertisement");

  static final Set<String> NAME_PARTICLES = set("al", "bin", "ibn", "de", "van", "von", "la", "du", "da", "del", "der", "le", "di", "abu", "el", "dos", "st.", "of");

  private static final Map<String, String> DEMONYM_TO_COUNTRY = new HashMap<>();
  private static final Set<String> COUNTRIES = new HashSet<>();
  private static final Map<String, String> GENDER = new HashMap<>();

  static {
    loadDemonyms();
    loadGender();
    for (String c : new String[] {"u.s.", "us", "u.s", "america", "united states", "u.k.", "uk",
        "britain", "great britain", "united kingdom", "european union", "soviet union",
        // short forms of names the CoreNLP list has only in full
        "democratic republic of congo", "republic of congo", "republic of korea"}) {
      COUNTRIES.add(c);
    }
    DEMONYM_TO_COUNTRY.put("u.s.", "united states");
    DEMONYM_TO_COUNTRY.put("american", "united states");
    DEMONYM_TO_COUNTRY.put("british", "united kingdom");
    DEMONYM_TO_COUNTRY.put("u.k.", "united kingdom");
  }

  private static void loadDemonyms() {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(
        "edu/stanford/nlp/models/dcoref/demonyms.txt")) {
      if (in == null) return;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t");
        String country = f[0].trim().toLowerCase(Locale.ROOT);
        if (country.isEmpty()) continue;
        COUNTRIES.add(country);
        for (int i = 1; i < f.length; i++) {
          String d = f[i].trim().toLowerCase(Locale.ROOT);
          if (!d.isEmpty()) DEMONYM_TO_COUNTRY.putIfAbsent(d, country);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read CoreNLP demonyms list", e);
    }
  }

  private static void loadGender() {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(
        "edu/stanford/nlp/models/dcoref/namegender.combine.txt")) {
      if (in == null) return;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 2) GENDER.put(f[0].trim(), f[1].trim().equals("MALE") ? "m" : "f");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read CoreNLP name-gender list", e);
    }
  }

  private static Set<String> set(String... words) {
    return Set.of(new HashSet<>(java.util.Arrays.asList(words)).toArray(new String[0]));
  }

  /** Country name for a country, demonym or "U.S."-style word (lower case), else null. */
  public static String country(String lower) {
    String l = stripPossessive(lower);
    if (COUNTRIES.contains(l)) return l;
    return DEMONYM_TO_COUNTRY.get(l);
  }

  /** True for a country's name (lower case), not a demonym: "the central african republic" without "the". */
  public static boolean isCountryName(String lower) {
    return COUNTRIES.contains(stripPossessive(lower));
  }

  public static boolean isCountryOrDemonym(String lower) {
    return country(lower) != null;
  }

  /** "m", "f" or null for a first name (lower case). */
  public static String genderOfFirstName(String lower) {
    return GENDER.get(lower);
  }

  static String stripPossessive(String s) {
    if (s.endsWith("'s") || s.endsWith("’s")) return s.substring(0, s.length() - 2);
    if (s.endsWith("'") || s.endsWith("’")) return s.substring(0, s.length() - 1);
    return s;
  }
}
