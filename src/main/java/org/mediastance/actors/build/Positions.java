package org.mediastance.actors.build;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a Peppercat {@code position} ("Minister of Foreign Affairs", "Member of the Bundestag",
 * "Governor of Saratov Oblast") to a canonical office of the registry's office table
 * ({@code actors/offices.yaml}), or says why it is left out.
 *
 * <p>Sub-national offices (governors, mayors, regional and state parliaments, "Prime Minister of
 * Crimea", "Head of the Republic of Adygea") are left out: they are not national government voices.
 * Courts, central banks and party posts are left out too. Positions that match no rule are
 * "unmapped" and counted by the build, so that the rules can be extended.
 */
public final class Positions {

  /** The outcome: an office and its category, or a reason for leaving the row out. */
  public record Mapped(String office, String category, String skip) {
    static Mapped of(String office, String category) {
      return new Mapped(office, category, null);
    }

    static Mapped skip(String why) {
      return new Mapped(null, null, why);
    }

    public boolean kept() {
      return office != null;
    }
  }

  static final String SUBNATIONAL = "sub-national";
  static final String NOT_GOVERNMENT = "court, bank or party";
  static final String UNMAPPED = "unmapped";

  private static final List<String> SUBNATIONAL_WORDS = List.of("governor", "mayor", "oblast",
      "krai", "okrug", "province", "provincial", "region", "regional", "county", "municipal",
      "city council", "prefect", "canton", "district", "landtag", "state senate", "state assembly",
      "legislative assembly of", "state legislat", "autonomous", "city of", "lieutenant");
  private static final List<String> NOT_GOVERNMENT_WORDS = List.of("court", "justice", "judge",
      "central bank", "bank of", "party", "ombudsman", "auditor", "council of europe", "cppcc");
  private static final Pattern OF_TAIL = Pattern.compile(".* of (?:the )?([^,()]+)$");
  private static final List<String> BODY_WORDS = List.of("assembly", "parliament", "congress",
      "senate", "house", "chamber", "council", "duma", "rada", "sejm", "knesset", "sabha",
      "deputies", "representatives", "legislature", "commons", "lords", "cortes", "riksdag",
      "storting", "bundestag", "diet", "majlis", "yuan", "sangsad", "government", "cabinet",
      "ministers", "state", "country", "nation", "republic", "federation", "union", "kingdom",
      "people", "united nations", "european", "confederation", "principality", "service",
      "agency", "force", "ministry", "office", "department", "bureau", "staff", "police", "army",
      "navy", "guard");

  private Positions() {}

  /** The office of a leader-list row ({@code leaders-historic.csv}). */
  public static Mapped leader(String position, String catalog, boolean usa, boolean org) {
    String p = position.toLowerCase(Locale.ROOT).replace('\u2013', '-').trim();
    if (p.contains("ambassador to the united nations") || p.contains("permanent representative")) {
      return Mapped.of("un ambassador", "diplomatic");
    }
    if (p.startsWith("ambassador") || p.contains(" ambassador") || p.startsWith("high commissioner to")) {
      return Mapped.of("ambassador", "diplomatic");
    }
    for (String w : NOT_GOVERNMENT_WORDS) {
      if (p.contains(w)) {
        return Mapped.skip(NOT_GOVERNMENT);
      }
    }
    for (String w : SUBNATIONAL_WORDS) {
      if (p.contains(w)) {
        return Mapped.skip(SUBNATIONAL);
      }
    }
    if (org) {
      return orgOffice(p);
    }
    if (p.matches(".*\\b(president|prime minister|premier|chancellor)[ -]elect\\b.*")) {
      return Mapped.skip(UNMAPPED); // not yet in office
    }
    // a post in someone else's office ("Minister in the Prime Minister's Office", "Presidential
    // Spokesperson", "Special Adviser to the Prime Minister") is not that office
    boolean serving = p.startsWith("presidential ")
        || p.matches(".*\\b(to|in|at|of|for) the (prime minister|president|presidency|premier|head of state"
            + "|minister of defen[cs]e)\\b.*") || p.matches(".*\\b(prime minister|president|minister"
            + " of defen[cs]e)(['’]s)? (office|department|cabinet|military cabinet)\\b.*");
    if (p.contains("spokesperson") || p.contains("spokesman") || p.contains("spokeswoman")
        || p.contains("spokeperson")) {
      return Mapped.of("spokesperson", "government");
    }
    boolean ministerial = !p.contains("prime minister")
        && (p.contains("minister") || p.contains("secretary"));
    if (!ministerial && foreignPlace(position, catalog)) {
      return Mapped.skip(SUBNATIONAL);
    }
    if (p.matches(".*\\b(deputy|vice)[ -]?(prime minister|premier|chancellor)\\b.*")
        || p.contains("vice-premier")) {
      return Mapped.of("deputy prime minister", "government");
    }
    if (serving) {
      return p.matches("(minister|secretary of state)\\b.*") && !p.matches("(minister|secretary) of state\\b.*")
          ? Mapped.of("minister", "government")
          : p.matches(".*\\b(advis[eo]r|counsel+or)\\b.*") ? Mapped.of("adviser", "government")
          : Mapped.of("official", "government");
    }
    // the foreign portfolio: foreign affairs or relations, not foreign trade or commerce
    boolean foreign = p.matches(".*\\b(foreign|external) (and [a-z]+ )?(affairs|relations|action|ministry)\\b.*")
        || p.matches(".*\\bforeign (minister|secretary)\\b.*")
        || p.matches("minister of (europe and )?foreign and .*")
        || (usa && p.matches("(deputy |under |assistant )?secretary of state\\b.*"));
    boolean junior = p.matches(".*\\b(deputy|vice|under|undersecretary|assistant|state secretary|secretary of state for"
        + "|secretary of state to|minister of state|parliamentary|junior|acting)\\b.*") && !p.startsWith("vice president")
        && !p.startsWith("vice-president");
    if (foreign && p.matches(".*\\b(delegate|state minister|associate)\\b.*")) {
      return Mapped.of("deputy foreign minister", "diplomatic");
    }
    if (junior && !(p.startsWith("secretary of state for") && !usa)) {
      return foreign ? Mapped.of("deputy foreign minister", "diplomatic")
          : Mapped.of("official", "government");
    }
    if (p.startsWith("vice president") || p.startsWith("vice-president")) {
      return p.matches("vice[ -]president of the .*(senate|assembly|parliament|chamber|house|"
          + "legislative|congress|duma|yuan|bundestag|councillors|people's).*")
          ? Mapped.of("official", "legislature") : Mapped.of("vice president", "government");
    }
    if (p.equals("t\u00e1naiste") || p.equals("tanaiste")) {
      return Mapped.of("deputy prime minister", "government");
    }
    if (p.equals("chancellor of the exchequer")) {
      return Mapped.of("minister", "government");
    }
    if (p.matches("(acting |caretaker |interim |alternate )?(prime minister|premier|taoiseach)\\b.*")
        || p.contains("head of government") || p.contains("(prime minister)")
        || p.matches("president of the (council of ministers|government)\\b.*")) {
      return Mapped.of("prime minister", "government");
    }
    if (p.matches("(federal )?chancellor( of (the )?(federal )?(republic of )?(germany|austria))?")) {
      return Mapped.of("chancellor", "government");
    }
    if (p.matches("president of the .*(senate|assembly|parliament|chamber|house|legislative"
        + "|congress|duma|council|yuan|bundestag|storting|landsting|althing|sejm|knesset|majlis).*")
        || p.matches("president of (congress|parliament|the senate)\\b.*")) {
      return p.matches(".*\\b(constitutional|privy|supreme|islamic|state)\\b.*")
          ? Mapped.skip(UNMAPPED) : Mapped.of("speaker", "legislature");
    }
    if (p.matches("president( of\\b.*)?") || p.matches("(acting |interim |federal )president\\b.*")
        || p.contains("head of state")) {
      return Mapped.of("president", "government");
    }
    if (p.matches("(king|queen|emir|amir|sultan|monarch|grand duke|sovereign prince|prince|"
        + "co-prince|yang di-pertuan agong|emperor)\\b.*")) {
      return Mapped.of("king", "government");
    }
    if (p.startsWith("supreme leader")) {
      return Mapped.of("supreme leader", "government");
    }
    if (p.startsWith("speaker") || p.matches("(chair|chairman|chairperson) of the (state duma|"
        + "parliament|national assembly|senate|federation council|verkhovna rada|knesset).*")) {
      return Mapped.of("speaker", "legislature");
    }
    if (foreign) {
      return usa ? Mapped.of("secretary of state", "diplomatic")
          : Mapped.of("foreign minister", "diplomatic");
    }
    if (p.matches("(federal )?(minister|secretary)( of state for)? (of|for)? ?(national )?defen[cs]e"
        + "( and [^,]*(security|forces|veterans|affairs|logistics)[^,]*| of [a-z ]+)?(, .*)?")
        || p.matches("(minister|secretary) of defen[cs]e") || p.equals("defence minister")
        || p.equals("defense minister")) {
      return usa ? Mapped.of("secretary of defense", "military")
          : Mapped.of("defense minister", "military");
    }
    if (p.contains("national security advis")) {
      return Mapped.of("national security adviser", "government");
    }
    if (p.contains("press secretary")) {
      return Mapped.of("press secretary", "government");
    }
    if (p.matches("(senior )?advis[eo]r to the president.*") || p.startsWith("counselor to the president")) {
      return Mapped.of("adviser", "government");
    }
    if (p.startsWith("captain regent") || p.equals("member of the federal council")) {
      return Mapped.of(p.startsWith("captain") ? "head of state" : "minister", "government");
    }
    if (p.contains("attorney general") || p.contains("attorney-general")) {
      return Mapped.of("attorney general", "government");
    }
    if (p.contains("national intelligence") || p.contains("of the cia")
        || p.contains("intelligence agency") || p.contains("intelligence service")) {
      return Mapped.of("intelligence chief", "government");
    }
    if (p.contains("joint chiefs") || p.contains("general staff") || p.contains("defence staff")
        || p.contains("commander of the armed forces")
        || p.matches("(chief|commander) of the .*(defen[cs]e|armed) forces?\\b.*")
        || p.matches("chief of staff of the (army|"
        + "air force|navy|armed forces).*") || p.contains("chief of naval operations")) {
      return Mapped.of("military chief", "military");
    }
    if (p.contains("chief of staff")) {
      return Mapped.of("chief of staff", "government");
    }
    if (p.contains("minister") || p.startsWith("secretary of") || p.startsWith("secretary for")
        || p.startsWith("secretary of state for")) {
      return usa ? Mapped.of("secretary", "government") : Mapped.of("minister", "government");
    }
    return Mapped.skip(UNMAPPED);
  }

  /** Offices of the EU and UN lists (category igo, no government). */
  private static Mapped orgOffice(String p) {
    if (p.startsWith("secretary-general") || p.startsWith("secretary general")) {
      return Mapped.of("secretary-general", "igo");
    }
    if (p.startsWith("president of the european commission")
        || p.startsWith("president of the european council")) {
      return Mapped.of("igo president", "igo");
    }
    if (p.startsWith("high representative")) {
      return Mapped.of("high representative", "igo");
    }
    if (p.contains("commissioner") || p.startsWith("vice-president of the european commission")
        || p.startsWith("deputy secretary-general")) {
      return Mapped.of("official", "igo");
    }
    return Mapped.skip(UNMAPPED);
  }

  /** The office of a legislator-list row: a member of a national legislature, or left out. */
  public static Mapped legislator(String position, String catalog, boolean org) {
    String p = position.toLowerCase(Locale.ROOT).trim();
    for (String w : NOT_GOVERNMENT_WORDS) {
      if (p.contains(w)) {
        return Mapped.skip(NOT_GOVERNMENT);
      }
    }
    for (String w : SUBNATIONAL_WORDS) {
      if (p.contains(w)) {
        return Mapped.skip(SUBNATIONAL);
      }
    }
    if (p.contains("legislative assembly") && !p.contains("national")) {
      return Mapped.skip(SUBNATIONAL);
    }
    if (org) {
      return p.contains("european parliament") ? Mapped.of("legislator", "igo")
          : Mapped.skip(UNMAPPED);
    }
    if (foreignPlace(position, catalog)) {
      return Mapped.skip(SUBNATIONAL);
    }
    return p.contains("senat") ? Mapped.of("senator", "legislature")
        : Mapped.of("legislator", "legislature");
  }

  /**
   * True when the position ends in "of PLACE" with a place other than the country and no body
   * ("Parliament of Catalonia", "Prime Minister of Crimea", "Head of the Republic of Adygea").
   */
  static boolean foreignPlace(String position, String catalog) {
    Matcher m = OF_TAIL.matcher(position.trim());
    if (!m.matches()) {
      return false;
    }
    String tail = m.group(1).toLowerCase(Locale.ROOT);
    String country = catalog == null ? "" : catalog.toLowerCase(Locale.ROOT);
    // the country itself, or a shorter form of its name ("Congo" in "Democratic Republic of the
    // Congo"); a longer place containing it ("Iraqi Kurdistan", "South Australia") is a region
    if (!country.isEmpty() && country.contains(tail)) {
      return false;
    }
    for (String w : BODY_WORDS) {
      if (tail.contains(w)) {
        return false;
      }
    }
    return Character.isUpperCase(m.group(1).charAt(0));
  }
}
