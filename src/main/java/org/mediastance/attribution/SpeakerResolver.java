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
 * Resolves speaker mentions within one article to a canonical name, a type (person, institution,
 * group, unknown) and the fullest description of the speaker in the article. Tracks entities from
 * capitalized name runs in every sentence (no NER needed): a full name with its titles and
 * appositions establishes a person; later surnames, pronouns ("he" → the most recent speaker or
 * main-clause subject of matching gender, not merely the nearest name) and nominal descriptions
 * ("Russia's top diplomat" → the person whose titles share a role family and country) link back.
 * Countries, seats of government ("Moscow", "the Kremlin"), institution names and unnamed groups
 * ("U.S. officials") are speakers of their own types.
 *
 * <p>Plain Java, one instance per document; not thread-safe.
 */
public final class SpeakerResolver {

  /** A person or institution of the article. */
  static final class Entity {
    String type;
    String name;
    String surname;
    String description = "";
    int descTokens;
    String gender;
    final Set<String> countries = new LinkedHashSet<>();
    final List<String> nominals = new ArrayList<>();
  }

  /** An occurrence of an entity in a sentence, tokens [start, end). */
  record Mention(int sentence, int start, int end, int begin, Entity entity, boolean inQuote) {}

  private final String text;
  private final List<Sentence> sentences;
  private final Extractor ex;
  private final List<Mention> mentions = new ArrayList<>();
  private final Map<String, List<Entity>> bySurname = new HashMap<>();
  private final Map<String, Entity> institutions = new HashMap<>();
  private final List<Span> resolvedSoFar = new ArrayList<>();

  public SpeakerResolver(String text, List<Sentence> sentences, Extractor ex) {
    this.text = text;
    this.sentences = sentences;
    this.ex = ex;
    collect();
  }

  // ------------------------------------------------------------ entity collection

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
        while (j < t.size() && (nameTok(t, j) || j > i && j + 1 < t.size() && Lexicon.NAME_PARTICLES.contains(t.get(j).lower) && !t.get(j).lower.equals("of") && nameTok(t, j + 1))) j++;
        int a = i;
        while (a < j && Lexicon.NOT_NAME.contains(t.get(a).lower)) a++;
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

  private boolean nameTok(List<Token> t, int i) {
    Token x = t.get(i);
    if (!x.isCapitalized() || !Character.isLetter(x.text.charAt(0))) return false;
    if (x.pos != null) return x.pos.startsWith("NNP") || Lexicon.TITLES.contains(x.lower) && x.pos.startsWith("NN");
    return true;
  }

  /** Registers a name run; returns {sentence, start, end} for a bare single word to link later. */
  private int[] run(Sentence s, int a, int j) {
    List<Token> t = s.tokens;
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
    // "US Commerce Secretary Wilbur Ross": the name follows the last title of the run
    for (int k = j - 1; k > p; k--) {
      if (title(t.get(k).lower) && !Lexicon.NAME_PARTICLES.contains(t.get(k).lower)) {
        p = k + 1;
        break;
      }
    }
    if (p >= j) return null;
    for (int k = p; k < j; k++) {
      String l = t.get(k).lower;
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
      while (k < t.size() && k < j + 10 && !t.get(k).lower.equals(",") && !t.get(k).lower.equals(".") && !t.get(k).posStarts("VB")) {
        if (Lexicon.ROLE_NOUNS.contains(t.get(k).lower) || Lexicon.TITLES.contains(t.get(k).lower) && !t.get(k).lower.equals("state")) role = true;
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
      int k = p - 2;
      while (k >= 0 && k >= p - 8 && (Lexicon.TITLES.contains(t.get(k).lower) || Lexicon.ROLE_NOUNS.contains(t.get(k).lower) || Lexicon.isCountryOrDemonym(t.get(k).lower) || t.get(k).lower.endsWith("'s") || t.get(k).lower.equals("’s") || t.get(k).lower.equals("'s"))) k--;
      if (k < p - 2 && Lexicon.ROLE_NOUNS.contains(t.get(p - 2).lower)) appoBefore = text.substring(t.get(k + 1).begin, t.get(p - 2).end);
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
    }
    if (!(t.get(d).lower.equals("mr.") || t.get(d).lower.equals("mrs.") || t.get(d).lower.equals("ms."))) {
      // title-based gender
    } else {
      e.gender = t.get(d).lower.equals("mr.") ? "m" : "f";
    }
    mentions.add(new Mention(s.index, d, j, t.get(d).begin, e, inQ));
    return null;
  }

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

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private Entity findOrCreatePerson(String name, String firstLower) {
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
    es.add(e);
    // surname-only entities created earlier ("Smith said" before "John Smith") are kept apart
    return e;
  }

  private boolean isInstitution(List<Token> t, int a, int j) {
    for (int k = a; k < j; k++) {
      Token x = t.get(k);
      if (Lexicon.INSTITUTION_HEADS.contains(x.lower)) return true;
      if (x.text.length() >= 2 && x.text.length() <= 6 && x.text.chars().allMatch(c -> Character.isUpperCase(c) || c == '.') && !x.text.equals("U.S.") && !x.text.equals("I")) return true;
      if ("ORGANIZATION".equals(x.ner)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------ resolution

  /** Resolves every span in order (earlier resolutions inform pronouns later). */
  public void resolveAll(List<Span> spans) {
    List<Span> order = new ArrayList<>(spans);
    order.sort((x, y) -> Integer.compare(x.cueBegin >= 0 ? x.cueBegin : x.contentBegin, y.cueBegin >= 0 ? y.cueBegin : y.contentBegin));
    for (Span sp : order) resolve(sp);
    // inherited speakers can only be filled after their source
    for (Span sp : order) if (sp.resolved == null) resolve(sp);
  }

  Span.Resolved resolve(Span sp) {
    if (sp.resolved != null) return sp.resolved;
    if (sp.inheritFrom != null && !sp.hasSpeaker()) {
      Span.Resolved r = sp.inheritFrom.resolved != null ? sp.inheritFrom.resolved : resolve(sp.inheritFrom);
      sp.resolved = r;
      resolvedSoFar.add(sp);
      return r;
    }
    Sentence s = sentences.get(sp.speakerSentence);
    List<Token> t = s.tokens;
    int a = sp.speakerStart;
    int b = sp.speakerEnd;
    String mention = text.substring(t.get(a).begin, t.get(b - 1).end);
    int mb = t.get(a).begin;
    Span.Resolved r;
    if (b - a == 1 && Lexicon.PRONOUNS.contains(t.get(a).lower)) {
      r = pronoun(s, a, t.get(a).lower, mention, mb);
    } else {
      r = nounPhrase(s, a, b, mention, mb);
    }
    sp.resolved = r;
    resolvedSoFar.add(sp);
    return r;
  }

  private Span.Resolved nounPhrase(Sentence s, int a, int bAll, String mention, int mb) {
    List<Token> t = s.tokens;
    // "a spokesman for the new administration", "officials in Baghdad": the head precedes the preposition
    int b = ppHead(t, a, bAll);
    String headText = b < bAll ? text.substring(t.get(a).begin, t.get(b - 1).end) : mention;
    Token head = t.get(b - 1);
    String headL = Lexicon.stripPossessive(head.lower);
    // a person named in the mention
    Entity person = null;
    Entity inst = null;
    for (Mention m : mentions) {
      if (m.sentence() != s.index || m.end() <= a || m.start() >= b) continue;
      if (m.entity().type.equals("person")) person = m.entity();
      else if (inst == null) inst = m.entity();
    }
    boolean headIsCommon = !head.isCapitalized() || head.posStarts("NN") && !head.posStarts("NNP");
    // "Bergdahl's former Army comrades", "the Trump administration": a noun after the name heads the phrase
    if (person != null && !((headIsCommon || Lexicon.INSTITUTION_HEADS.contains(headL)) && b - 1 > lastTokenOf(person, s, a, b))) {
      return new Span.Resolved(person.name, "person", fullDescription(person), mention, mb, 1.0, person);
    }
    if (Documents.isDocument(headL) && headIsCommon) {
      Span.Resolved r = document(s, a, b, mention, mb);
      if (r != null) return r;
    }
    String det = t.get(a).lower;
    boolean plural = head.posStarts("NNS") || head.posStarts("NNPS") && !headIsCommon || Lexicon.GROUP_NOUNS.contains(headL) && headL.endsWith("s");
    if (headIsCommon && plural || Lexicon.GROUP_NOUNS.contains(headL) && headIsCommon) {
      return new Span.Resolved(stripDeterminer(headText), "group", stripDeterminer(mention), mention, mb, 0.9, null);
    }
    if (headIsCommon && Lexicon.ROLE_NOUNS.contains(headL)) {
      if (det.equals("a") || det.equals("an") || det.equals("one") || det.equals("another")) {
        return new Span.Resolved(stripDeterminer(headText), "group", stripDeterminer(mention), mention, mb, 0.8, null);
      }
      Entity e = nominal(s, a, b, headL, mention);
      if (e != null) return new Span.Resolved(e.name, "person", fullDescription(e), mention, mb, 0.7, e);
      return new Span.Resolved(stripDeterminer(headText), "person", stripDeterminer(mention), mention, mb, 0.5, null);
    }
    if (inst != null) {
      return new Span.Resolved(COUNTRY_ABBREVIATIONS.getOrDefault(inst.name, inst.name), "institution", stripDeterminer(mention), mention, mb, 0.9, inst);
    }
    String lw = stripThe(headText.toLowerCase(Locale.ROOT));
    if (Lexicon.METONYMS.contains(lw) || Lexicon.country(lw) != null || isInstitution(t, a, b)) {
      String name = Lexicon.stripPossessive(stripThe(headText));
      return new Span.Resolved(COUNTRY_ABBREVIATIONS.getOrDefault(name, name), "institution", stripDeterminer(mention), mention, mb, 0.9, null);
    }
    if (head.isCapitalized()) {
      // a lone surname not introduced with a full name; NER decides when present
      String ner = head.ner;
      String type = "LOCATION".equals(ner) || "ORGANIZATION".equals(ner) ? "institution" : "person";
      List<Entity> es = bySurname.get(key(head.text));
      if (es != null) {
        Entity e = es.get(es.size() - 1);
        return new Span.Resolved(e.name, "person", fullDescription(e), mention, mb, 0.9, e);
      }
      Entity byFirst = b - a == 1 ? firstNamed(key(head.text), mb) : null;
      if (byFirst != null) return new Span.Resolved(byFirst.name, "person", fullDescription(byFirst), mention, mb, 0.8, byFirst);
      String name = Lexicon.stripPossessive(stripDeterminer(headText));
      Entity e = null;
      if (type.equals("person")) {
        e = findOrCreatePerson(name, head.lower);
      }
      return new Span.Resolved(name, type, stripDeterminer(mention), mention, mb, 0.7, e);
    }
    if (headIsCommon && (det.equals("the") || det.equals("this"))) {
      // "the ministry", "the agency": the latest institution whose name contains the head
      for (int k = mentions.size() - 1; k >= 0; k--) {
        Mention m = mentions.get(k);
        if (m.begin() >= mb) continue;
        if (m.entity().type.equals("institution") && m.entity().name.toLowerCase(Locale.ROOT).contains(headL)) {
          return new Span.Resolved(m.entity().name, "institution", m.entity().description, mention, mb, 0.6, m.entity());
        }
      }
    }
    return new Span.Resolved(stripDeterminer(headText), "unknown", stripDeterminer(mention), mention, mb, 0.4, null);
  }

  /** Country abbreviations as speakers, written out. */
  private static final Map<String, String> COUNTRY_ABBREVIATIONS = Map.of(
      "US", "United States", "U.S.", "United States", "UK", "United Kingdom", "U.K.", "United Kingdom");

  /** End of the head part of [a, b): before a preposition that opens a modifier ("officials in Baghdad"), else b. */
  private static int ppHead(List<Token> t, int a, int b) {
    for (int p = a + 1; p < b - 1; p++) {
      String w = t.get(p).lower;
      if (!PREPOSITIONS.contains(w)) continue;
      if (w.equals("of") && t.get(p - 1).isCapitalized() && t.get(p + 1).isCapitalized()) continue; // "Secretary of State"
      Token h = t.get(p - 1);
      if (h.pos != null && !h.posStarts("NN")) continue;
      return p;
    }
    return b;
  }

  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "from", "with");

  /** The person introduced earlier whose first name is {@code first} ("Rand" for Rand Paul), if exactly one. */
  private Entity firstNamed(String first, int before) {
    Entity found = null;
    for (Mention m : mentions) {
      if (m.begin() >= before) break;
      Entity e = m.entity();
      if (!e.type.equals("person") || e == found) continue;
      String[] parts = e.name.split("\\s+");
      if (parts.length >= 2 && key(parts[0]).equals(first)) {
        if (found != null) return null;
        found = e;
      }
    }
    return found;
  }

  /** A document as speaker: its issuer ("the report" → who released it), the mention kept as written; null if unknown. */
  private Span.Resolved document(Sentence s, int a, int b, String mention, int mb) {
    List<Token> t = s.tokens;
    for (int k = a; k < b - 1; k++) {
      if (t.get(k).posStarts("PRP$") || t.get(k).pos == null && POSSESSIVES.containsKey(t.get(k).lower)) {
        // "Her memo": the owner
        Span.Resolved r = pronoun(s, k, POSSESSIVES.getOrDefault(t.get(k).lower, "it"), mention, mb);
        return r.type().equals("unknown") ? null : r;
      }
    }
    Documents.Issuer i = Documents.issuer(sentences, new Documents.Names() {
      @Override public int[] nameAt(int si, int k) {
        for (Mention m : mentions) {
          if (m.sentence() == si && m.start() <= k && k < m.end() && !m.inQuote() && Lexicon.country(m.entity().name.toLowerCase(Locale.ROOT)) == null) {
            return new int[] {m.start(), m.end()};
          }
        }
        return null;
      }

      @Override public Span.Resolved speakerBefore(int si, int k) {
        Span.Resolved found = null;
        for (Span o : resolvedSoFar) {
          if (o.resolved != null && o.cueBegin >= 0 && sentenceIndexAt(o.cueBegin) == si && o.cueBegin < sentences.get(si).tokens.get(k).begin) found = o.resolved;
        }
        return found;
      }
    }, s.index, a, b);
    if (i == null) return null;
    Span.Resolved r = i.resolved();
    if (r == null) {
      Sentence is = sentences.get(i.sentence());
      r = nounPhrase(is, i.start(), i.end(), text.substring(is.tokens.get(i.start()).begin, is.tokens.get(i.end() - 1).end), mb);
    }
    return new Span.Resolved(r.speaker(), r.type(), r.description(), mention, mb, 0.7 * r.confidence(), r.entity());
  }

  private static final Map<String, String> POSSESSIVES = Map.of("his", "he", "her", "she", "its", "it", "their", "they");

  private int lastTokenOf(Entity e, Sentence s, int a, int b) {
    int last = -1;
    for (Mention m : mentions) if (m.sentence() == s.index && m.entity() == e && m.start() < b && m.end() > a) last = Math.max(last, m.end() - 1);
    return last;
  }

  /** "Russia's top diplomat", "the president": the most recent person with a matching role and compatible country. */
  private Entity nominal(Sentence s, int a, int b, String headL, String mention) {
    String fam = Lexicon.ROLE_FAMILY.getOrDefault(headL, headL);
    Set<String> countries = new LinkedHashSet<>();
    for (String w : mention.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      String c = Lexicon.country(w);
      if (c != null) countries.add(c);
    }
    int mb = s.tokens.get(a).begin;
    Entity best = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.begin() >= mb || !m.entity().type.equals("person")) continue;
      Entity e = m.entity();
      String d = e.description.toLowerCase(Locale.ROOT);
      boolean roleOk = d.contains(headL);
      if (!roleOk) {
        for (Map.Entry<String, String> f : Lexicon.ROLE_FAMILY.entrySet()) {
          if (f.getValue().equals(fam) && d.contains(f.getKey())) roleOk = true;
        }
      }
      if (!roleOk) continue;
      if (!countries.isEmpty() && !e.countries.isEmpty() && java.util.Collections.disjoint(countries, e.countries)) continue;
      best = e;
      break;
    }
    if (best != null && !countries.isEmpty() && best.countries.isEmpty() && !best.nominals.contains(mention)) {
      best.nominals.add(stripThe(mention));
    }
    return best;
  }

  private Span.Resolved pronoun(Sentence s, int a, String p, String mention, int mb) {
    if ((p.equals("i") || p.equals("we")) && ex.inQuote(mb)) {
      // "I" inside a quotation: the quotation's speaker, named in the sentence or speaking before
      Span.Resolved q = quoteSpeaker(s, mention, mb);
      if (q != null) return q;
    }
    if (p.equals("i") || p.equals("we") || p.equals("you")) {
      return new Span.Resolved(mention, "unknown", null, mention, mb, 0.3, null);
    }
    boolean personal = p.equals("he") || p.equals("she");
    String gender = p.equals("he") ? "m" : p.equals("she") ? "f" : null;
    for (int si = s.index; si >= 0 && si >= s.index - 6; si--) {
      // attributions in that sentence, latest first
      Entity fromSpeaker = null;
      Span.Resolved rs = null;
      for (int k = resolvedSoFar.size() - 1; k >= 0; k--) {
        Span o = resolvedSoFar.get(k);
        if (o.resolved == null || o.resolved.entity() == null && !(!personal && !o.resolved.type().equals("person") && !o.resolved.type().equals("unknown"))) continue;
        int where = o.cueBegin >= 0 ? o.cueBegin : o.contentBegin;
        if (where >= mb || o.sentence != si && sentenceIndexAt(where) != si) continue;
        if (fits(o.resolved, personal, gender)) {
          rs = o.resolved;
          break;
        }
      }
      if (rs != null) return new Span.Resolved(rs.speaker(), rs.type(), rs.description(), mention, mb, 0.8 * rs.confidence(), rs.entity());
      // else the first fitting entity outside quotations in that sentence, if it is the subject
      for (Mention m : mentions) {
        if (m.sentence() != si || m.inQuote() || m.begin() >= mb) continue;
        if (!subjectPosition(sentences.get(si), m)) break;
        Entity e = m.entity();
        if (personal && e.type.equals("person") && (gender == null || e.gender == null || e.gender.equals(gender))) {
          return new Span.Resolved(e.name, "person", fullDescription(e), mention, mb, 0.7, e);
        }
        if (!personal && !e.type.equals("person")) {
          return new Span.Resolved(e.name, e.type, e.description, mention, mb, 0.5, e);
        }
      }
    }
    return new Span.Resolved(mention, "unknown", null, mention, mb, 0.2, null);
  }

  /** The mention opens its clause: no finite verb or preposition before it ("While he thought X had something on Mr Trump" is not). */
  private static boolean subjectPosition(Sentence s, Mention m) {
    List<Token> t = s.tokens;
    int from = SpeakerSpans.introEnd(t, m.start());
    if (m.start() < from) return false;
    for (int k = from; k < m.start(); k++) {
      Token x = t.get(k);
      if (x.pos != null && (x.pos.equals("VBD") || x.pos.equals("VBZ") || x.pos.equals("VBP") || x.pos.equals("MD"))) return false;
      if (x.pos == null && Lexicon.PRONOUNS.contains(x.lower)) return false;
    }
    return m.start() == 0 || !AFTER_PREPOSITION.contains(t.get(m.start() - 1).lower);
  }

  private static final Set<String> AFTER_PREPOSITION = Set.of("on", "about", "with", "to", "for", "by",
      "against", "of", "at", "from", "into", "over", "than", "like", "and", "or");

  /** The speaker of a quotation whose "I" is the only mention: a person named outside quotes in the sentence, else the latest person speaking. */
  private Span.Resolved quoteSpeaker(Sentence s, String mention, int mb) {
    for (Mention m : mentions) {
      if (m.sentence() == s.index && !m.inQuote() && m.entity().type.equals("person")) {
        return new Span.Resolved(m.entity().name, "person", fullDescription(m.entity()), mention, mb, 0.6, m.entity());
      }
    }
    for (int k = resolvedSoFar.size() - 1; k >= 0; k--) {
      Span.Resolved r = resolvedSoFar.get(k).resolved;
      if (r != null && r.entity() != null && r.type().equals("person") && resolvedSoFar.get(k).contentBegin < mb) {
        return new Span.Resolved(r.speaker(), r.type(), r.description(), mention, mb, 0.5 * r.confidence(), r.entity());
      }
    }
    return null;
  }

  private boolean fits(Span.Resolved r, boolean personal, String gender) {
    if (personal) {
      if (!r.type().equals("person") || r.entity() == null) return false;
      Entity e = (Entity) r.entity();
      return gender == null || e.gender == null || e.gender.equals(gender);
    }
    return r.type().equals("group") || r.type().equals("institution");
  }

  private int sentenceIndexAt(int pos) {
    for (Sentence s : sentences) if (pos >= s.begin && pos < s.end) return s.index;
    return -1;
  }

  private String fullDescription(Entity e) {
    if (e.countries.isEmpty() && !e.nominals.isEmpty()) return e.description + ", " + e.nominals.get(0);
    return e.description;
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
}
