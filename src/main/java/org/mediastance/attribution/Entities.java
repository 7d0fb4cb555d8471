package org.mediastance.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * The people and institutions of one article, from capitalized name runs in every sentence (no NER
 * needed): a full name with its titles and appositions establishes a person (the name follows the
 * last title of the run: "US Commerce Secretary Wilbur Ross"); later surnames link back, even
 * where they are spelled like a country ("Jordan" after "Rep. Jim Jordan"); countries, seats of
 * government and institution names are institutions. Plain Java, one instance per document; not
 * thread-safe.
 */
final class Entities {
  /** A person or institution of the article. */
  static final class Entity {
    String type;
    String name;
    String surname;
    String description = "";
    int descTokens;
    String gender;
    /** The gender comes from the first-name list, not from a title or honorific. */
    boolean genderGuessed;
    final Set<String> countries = new LinkedHashSet<>();
    final List<String> nominals = new ArrayList<>();
    /** Every title or role word seen before or in apposition to any mention ("judge" of "Judge Owen"). */
    final Set<String> roleWords = new java.util.HashSet<>();
  }

  /** An occurrence of an entity in a sentence, tokens [start, end). */
  record Mention(int sentence, int start, int end, int begin, Entity entity, boolean inQuote) {}

  private final String text;
  private final List<Sentence> sentences;
  private final Extractor ex;
  final List<Mention> mentions = new ArrayList<>();
  final Map<String, List<Entity>> bySurname = new HashMap<>();
  private final Map<String, Entity> institutions = new HashMap<>();

  Entities(String text, List<Sentence> sentences, Extractor ex) {
    this.text = text;
    this.sentences = sentences;
    this.ex = ex;
    collect();
  }

  private void collect() {
    List<int[]> bare = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens;
      int i = 0;
      while (i < t.size()) {
        if (!nameTok(t, i)) {
          i++;
          continue;
        }
        int j = i;
        while (j < t.size() && (nameTok(t, j) || j > i && j + 1 < t.size() && Lexicon.NAME_PARTICLES.contains(t.get(j).lower) && !t.get(j).lower.equals("of") && nameTok(t, j + 1))) {
          j += nickname(t, j) ? 4 : 1;
        }
        int a = i;
        while (a < j && Lexicon.NOT_NAME.contains(t.get(a).lower)) a++;
        if (a < j && placeAfterPreposition(t, a, j)) {
          i = Math.max(j, i + 1);
          continue;
        }
        if (a < j) {
          int[] r = run(s, a, j);
          if (r != null) bare.add(r);
        }
        i = Math.max(j, i + 1);
      }
    }
    // single surnames, after all full names are known
    for (int[] r : bare) {
      Sentence s = sentences.get(r[0]);
      String w = key(s.tokens.get(r[1]).text);
      List<Entity> es = bySurname.get(w);
      if (es != null) {
        mentions.add(new Mention(r[0], r[1], r[2], s.tokens.get(r[1]).begin, es.get(es.size() - 1), ex.inQuote(s.tokens.get(r[1]).begin)));
      }
    }
    mentions.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
  }

  /**
   * "in New York", "at Camp David": a name run after a locative preposition, without a title or a
   * possessive, is a place, not a person a pronoun could refer to.
   */
  private static boolean placeAfterPreposition(List<Token> t, int a, int j) {
    if (a == 0 || !Set.of("in", "at", "near").contains(t.get(a - 1).lower)) return false;
    if (j < t.size() && (t.get(j).lower.equals("'s") || t.get(j).lower.equals("\u2019s"))) return false;
    for (int k = a; k < j; k++) {
      if (title(t.get(k).lower)) return false;
    }
    return true;
  }

  /** An Arabic name word written with its lower-case article ("al-Sadiq", "el-Sisi", "ash-Sharaa"). */
  private static final java.util.regex.Pattern ARTICLE_PREFIXED =
      java.util.regex.Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-\\p{Lu}[\\p{L}'’-]+");

  private boolean nameTok(List<Token> t, int i) {
    Token x = t.get(i);
    if (ARTICLE_PREFIXED.matcher(x.text).matches()) return true; // "al-Mahdi", "el-Sisi": one name word
    if (!x.isCapitalized() || !Character.isLetter(x.text.charAt(0))) return false;
    if (x.pos != null) return x.pos.startsWith("NNP") || Lexicon.TITLES.contains(x.lower) && x.pos.startsWith("NN");
    return true;
  }

  /** Registers a name run; returns {sentence, start, end} for a bare single word to link later. */
  private int[] run(Sentence s, int a, int j) {
    List<Token> t = s.tokens;
    // "Senate Intelligence Committee Dianne Feinstein": the body, then a two-word name of its member
    for (int h = j - 3; h >= a; h--) {
      if (Lexicon.INSTITUTION_HEADS.contains(t.get(h).lower)) {
        boolean name = true;
        for (int k = h + 1; k < j; k++) {
          String l = t.get(k).lower;
          name &= !Lexicon.INSTITUTION_HEADS.contains(l) && !Lexicon.TITLES.contains(l) && Lexicon.country(l) == null;
        }
        if (name) return run(s, h + 1, j);
        break;
      }
    }
    boolean inQ = ex.inQuote(t.get(a).begin);
    String whole = join(t, a, j);
    String lw = stripThe(whole.toLowerCase(Locale.ROOT));
    if (j - a == 1 && bySurname.containsKey(key(t.get(a).text))) {
      // "Jordan" after "Rep. Jim Jordan": the person, not the country
      return new int[] {s.index, a, j};
    }
    if (Lexicon.METONYMS.contains(lw) || Lexicon.country(lw) != null || isInstitution(t, a, j) && !titledName(t, a, j)) {
      Entity e = institutions.computeIfAbsent(lw, k -> {
        Entity n = new Entity();
        n.type = "institution";
        n.name = Lexicon.stripPossessive(stripThe(whole));
        n.description = n.name;
        return n;
      });
      mentions.add(new Mention(s.index, a, j, t.get(a).begin, e, inQ));
      return null;
    }
    int p = a;
    while (p < j && (title(t.get(p).lower) || Lexicon.isCountryOrDemonym(t.get(p).lower) || isInstitution(t, p, p + 1))) p++;
    if (p == a && a >= 2 && (t.get(a - 1).lower.equals("for") || t.get(a - 1).lower.equals("of"))
        && (title(t.get(a - 2).lower) || Lexicon.ROLE_NOUNS.contains(t.get(a - 2).lower) || t.get(a - 2).isCapitalized())) {
      // "High Commissioner for Refugees Filippo Grandi", "for Human Rights Navi Pillay": the
      // title's complement runs to its last plural word, the name follows
      int last = -1;
      for (int k = a; k < j - 2; k++) if (t.get(k).posStarts("NNS") || t.get(k).posStarts("NNPS")) last = k;
      if (last >= 0) p = last + 1;
    }
    // "US Commerce Secretary Wilbur Ross": the name follows the last title of the run
    for (int k = j - 1; k > p; k--) {
      if (title(t.get(k).lower) && !Lexicon.NAME_PARTICLES.contains(t.get(k).lower) && !nameSyllableUn(t.get(k))) {
        p = k + 1;
        break;
      }
    }
    if (p >= j) return null;
    for (int k = p; k < j; k++) {
      String l = t.get(k).lower;
      if (nameSyllableUn(t.get(k))) continue;
      if (Lexicon.TITLES.contains(l) && !Lexicon.NAME_PARTICLES.contains(l) || Lexicon.INSTITUTION_HEADS.contains(l)) return null;
    }
    if (j - p == 1 && p == a) {
      return new int[] {s.index, p, j};
    }
    // description: lowercase titles / demonyms / possessives before, apposition after
    int d = p;
    while (d - 1 >= 0) {
      Token x = t.get(d - 1);
      if (Lexicon.TITLES.contains(x.lower) || Lexicon.isCountryOrDemonym(x.lower) || x.lower.equals("'s") || x.lower.equals("’s")
          || x.lower.equals("of") && d - 2 >= 0 && Lexicon.TITLES.contains(t.get(d - 2).lower) && !ex.inQuote(x.begin)
          || x.isCapitalized() && d - 1 >= a) {
        d--;
      } else {
        break;
      }
    }
    if (d < a && d == p) d = p;
    int descEnd = j;
    String appo = "";
    if (j + 1 < t.size() && t.get(j).lower.equals(",")) {
      int k = j + 1;
      boolean role = false;
      // up to 16 tokens, participles allowed: "Tricia Newbold, a manager working in the White House's
      // Personnel Security Office,"; a finite verb ends it (a relative clause is no apposition)
      while (k < t.size() && k < j + 16 && !t.get(k).lower.equals(",") && !t.get(k).lower.equals(".")
          && !(t.get(k).posStarts("VB") && !t.get(k).posStarts("VBG") && !t.get(k).posStarts("VBN")
              && !t.get(k).lower.equals("'s") && !t.get(k).lower.equals("’s"))) {
        if (Lexicon.ROLE_NOUNS.contains(t.get(k).lower) || Lexicon.TITLES.contains(t.get(k).lower) && !t.get(k).lower.equals("state")
            || Lexicon.INSTITUTION_HEADS.contains(t.get(k).lower) && k > j + 1 && t.get(k - 1).isCapitalized()) role = true;
        k++;
      }
      String first = t.get(j + 1).lower;
      if (role && k > j + 1 && !first.equals("who") && !first.equals("said") && k < t.size() && (t.get(k).lower.equals(",") || t.get(k).lower.equals("."))) {
        appo = text.substring(t.get(j + 1).begin, t.get(k - 1).end);
      }
    }
    // "Russia's foreign minister, Sergei Lavrov"
    String appoBefore = "";
    if (d == p && p - 2 >= 0 && t.get(p - 1).lower.equals(",")) {
      int r = p - 2;
      // "Iran's ambassador to the United Nations, Majid Takht-Ravanchi": the organisation after the role
      int q = r;
      // ("a spokesman for the Indian foreign ministry, Arindam Bagchi": a lower-case institution too)
      while (q >= 0 && q >= p - 8 && (t.get(q).isCapitalized() && !t.get(q).lower.equals("'s") || t.get(q).lower.equals("the")
          || organisationWord(t, q, r))) q--;
      boolean organisation = ORGANISATION_PREPS.contains(t.get(Math.max(q, 0)).lower)
          || q >= 0 && t.get(q).lower.equals("for") && Lexicon.INSTITUTION_HEADS.contains(t.get(r).lower); // "spokesman for the ministry"
      if (q < r && q >= 1 && organisation && Lexicon.ROLE_NOUNS.contains(t.get(q - 1).lower)) r = q - 1;
      int k = r;
      while (k >= 0 && k >= r - 6 && (Lexicon.TITLES.contains(t.get(k).lower) || Lexicon.ROLE_NOUNS.contains(t.get(k).lower) || Lexicon.isCountryOrDemonym(t.get(k).lower) || t.get(k).lower.endsWith("'s") || t.get(k).lower.equals("’s") || t.get(k).lower.equals("'s"))) k--;
      if (k < r && Lexicon.ROLE_NOUNS.contains(t.get(r).lower)) appoBefore = text.substring(t.get(k + 1).begin, t.get(p - 2).end);
    }
    String name = Lexicon.stripPossessive(join(t, p, descEnd));
    String desc = Lexicon.stripPossessive(text.substring(t.get(d).begin, t.get(descEnd - 1).end));
    if (!appoBefore.isEmpty()) desc = appoBefore + ", " + desc;
    if (!appo.isEmpty()) desc = desc + ", " + appo;
    Entity e = findOrCreatePerson(name, t.get(p).lower);
    int tokens = desc.split("\\s+").length;
    if (tokens > e.descTokens) {
      e.description = desc;
      e.descTokens = tokens;
    }
    for (String w : desc.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      String c = Lexicon.country(w);
      if (c != null) e.countries.add(c);
      if (Lexicon.ROLE_NOUNS.contains(w) || Lexicon.TITLES.contains(w)) e.roleWords.add(w);
    }
    if (!(t.get(d).lower.equals("mr.") || t.get(d).lower.equals("mrs.") || t.get(d).lower.equals("ms."))) {
      // title-based gender
    } else {
      e.gender = t.get(d).lower.equals("mr.") ? "m" : "f";
      e.genderGuessed = false;
    }
    mentions.add(new Mention(s.index, d, j, t.get(d).begin, e, inQ));
    return null;
  }

  /** Prepositions joining a role to its organisation: "ambassador to the United Nations", "president of Ecuador". */
  /**
   * A lower-case word of an institution's name between a role's preposition and the name in
   * apposition at {@code r} ("the Indian foreign ministry", "Thailand's government"): its head, a
   * country or demonym, a possessive, or an adjective before the head.
   */
  private static boolean organisationWord(List<Token> t, int q, int r) {
    String l = t.get(q).lower;
    if (!Lexicon.INSTITUTION_HEADS.contains(t.get(r).lower)) return false;
    return q == r || Lexicon.isCountryOrDemonym(l) || l.equals("'s") || l.equals("’s") || t.get(q).posStarts("JJ");
  }

  private static final Set<String> ORGANISATION_PREPS = Set.of("to", "of"); // not "at" ("spokesman at Fort Bragg, North Carolina") nor "for" ("U.N. special representative for Iraq")

  /** A title word, British honorifics without a full stop included ("Mr Ross"). */
  private static boolean title(String lower) {
    return Lexicon.TITLES.contains(lower) || HONORIFICS.contains(lower);
  }

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "lord");

  /** A title followed by a personal name within the run: "Britain's U.N. Ambassador Mark Lyall Grant". */
  private static boolean titledName(List<Token> t, int a, int j) {
    for (int k = j - 1; k > a; k--) {
      if (title(t.get(k - 1).lower) && t.get(k - 1).isCapitalized() && !Lexicon.INSTITUTION_HEADS.contains(t.get(k).lower)
          && !title(t.get(k).lower) && !isAcronym(t.get(k).text)) {
        for (int x = k; x < j; x++) if (Lexicon.INSTITUTION_HEADS.contains(t.get(x).lower) || isAcronym(t.get(x).text)) return false;
        return true;
      }
    }
    return false;
  }

  /** "UN", "NATO", "U.N.": two or more capitals (an initial "C." is none). */
  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
        && w.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** Name token {@code j} is followed by a nickname in parentheses and the rest of the name: "C. A. (Dutch) Ruppersberger". */
  private boolean nickname(List<Token> t, int j) {
    return j + 4 < t.size() && (t.get(j + 1).text.equals("(") || t.get(j + 1).lower.equals("-lrb-"))
        && (t.get(j + 3).text.equals(")") || t.get(j + 3).lower.equals("-rrb-")) && nameTok(t, j + 2) && nameTok(t, j + 4);
  }

  Entity findOrCreatePerson(String name, String firstLower) {
    String[] parts = name.split("\\s+");
    String sur = key(parts[parts.length - 1]);
    String first = parts.length > 1 ? parts[0].toLowerCase(Locale.ROOT) : null;
    List<Entity> es = bySurname.computeIfAbsent(sur, k -> new ArrayList<>());
    for (Entity e : es) {
      String ef = e.name.split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (first == null || e.name.split("\\s+").length == 1 || ef.equals(first)) {
        if (name.length() > e.name.length()) e.name = name;
        return e;
      }
    }
    Entity e = new Entity();
    e.type = "person";
    e.name = name;
    e.surname = sur;
    e.gender = first != null ? Lexicon.genderOfFirstName(first) : null;
    e.genderGuessed = e.gender != null;
    es.add(e);
    // surname-only entities created earlier ("Smith said" before "John Smith") are kept apart
    return e;
  }

  boolean isInstitution(List<Token> t, int a, int j) {
    for (int k = a; k < j; k++) {
      Token x = t.get(k);
      if (Lexicon.INSTITUTION_HEADS.contains(x.lower)) return true;
      if (isAcronym(x.text) && !x.text.equals("U.S.") && !x.text.equals("I")) return true;
      if ("ORGANIZATION".equals(x.ner)) return true;
    }
    return false;
  }

  static String key(String w) {
    return Lexicon.stripPossessive(w.toLowerCase(Locale.ROOT));
  }

  static String join(List<Token> t, int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int k = a; k < b; k++) {
      if (k > a) sb.append(' ');
      sb.append(t.get(k).text);
    }
    return sb.toString();
  }

  static String stripThe(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    if (l.startsWith("the ")) return s.substring(4);
    return s;
  }

  static String stripDeterminer(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    for (String d : new String[] {"the ", "a ", "an ", "some ", "several ", "one ", "another ", "many ", "other "}) {
      if (l.startsWith(d)) return s.substring(d.length());
    }
    return s;
  }

  /** "Un" of "Kim Jong Un" (written so, not "UN" or "U.N."): a name syllable, not the United Nations. */
  private static boolean nameSyllableUn(Token x) {
    return x.text.equals("Un");
  }
}
