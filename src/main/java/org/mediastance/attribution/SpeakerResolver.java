package org.mediastance.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mediastance.attribution.Entities.Entity;
import org.mediastance.attribution.Entities.Mention;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * Resolves speaker mentions within one article to a canonical name, a type (person, institution,
 * group, unknown) and the fullest description of the speaker in the article. The article's people and
 * institutions come from {@link Entities}; surnames, first names, pronouns ("he" → the most recent speaker or
 * main-clause subject of matching gender, not merely the nearest name) and nominal descriptions
 * ("Russia's top diplomat" → the person whose titles share a role family and country) link back.
 * Countries, seats of government ("Moscow", "the Kremlin"), institution names and unnamed groups
 * ("U.S. officials") are speakers of their own types.
 *
 * <p>Plain Java, one instance per document; not thread-safe.
 */
public final class SpeakerResolver {

  private final String text;
  private final List<Sentence> sentences;
  private final Extractor ex;
  private final Entities ents;
  private final List<Mention> mentions;
  private final Map<String, List<Entity>> bySurname;
  private final List<Span> resolvedSoFar = new ArrayList<>();

  public SpeakerResolver(String text, List<Sentence> sentences, Extractor ex) {
    this.text = text;
    this.sentences = sentences;
    this.ex = ex;
    this.ents = new Entities(text, sentences, ex);
    this.mentions = ents.mentions;
    this.bySurname = ents.bySurname;
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
    String whole = stripThe(mention.toLowerCase(Locale.ROOT));
    if (b == bAll && Lexicon.isCountryName(whole) && whole.contains(" ")) {
      // "The Democratic Republic of Congo", "the Central African Republic": a country, though its
      // capitalised words look like a person's name
      String name = Lexicon.stripPossessive(stripThe(mention));
      return new Span.Resolved(name, "institution", stripDeterminer(mention), mention, mb, 0.9, null);
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
    if (headL.equals("percent") || headL.equals("%")) {
      // "53 percent said": the respondents of a poll
      return new Span.Resolved("poll respondents", "group", stripDeterminer(mention), mention, mb, 0.6, null);
    }
    boolean plural = head.posStarts("NNS") || head.posStarts("NNPS") && !headIsCommon || Lexicon.GROUP_NOUNS.contains(headL) && headL.endsWith("s");
    if (headIsCommon && plural || Lexicon.GROUP_NOUNS.contains(headL) && headIsCommon) {
      return new Span.Resolved(stripDeterminer(headText), "group", stripDeterminer(mention), mention, mb, 0.9, null);
    }
    if (headIsCommon && Lexicon.ROLE_NOUNS.contains(headL)) {
      if (det.equals("a") || det.equals("an") || det.equals("one") || det.equals("another")) {
        Entity later = det.equals("another") ? null : cataphor(s, a, b, headL, mention, mb);
        if (later != null) {
          return new Span.Resolved(later.name, "person", fullDescription(later), mention, mb, 0.6, later);
        }
        return new Span.Resolved(stripDeterminer(headText), "group", stripDeterminer(mention), mention, mb, 0.8, null);
      }
      if (POSSESSIVES.containsKey(det) && b - a >= 2) {
        // "his spokesman", "their lawyer": someone who works for the possessor, not the possessor
        Span.Resolved owner = pronoun(s, a, POSSESSIVES.get(det), mention, mb);
        if (!owner.type().equals("unknown") && !owner.type().equals("group")) {
          String name = owner.speaker() + "'s " + text.substring(t.get(a + 1).begin, t.get(b - 1).end);
          return new Span.Resolved(name, "person", name, mention, mb, 0.6 * owner.confidence(), null);
        }
      }
      Entity e = nominal(s, a, b, headL, mention);
      if (e == null) e = latestSpeaker(s.index, mb, mention, headL);
      if (e != null) return new Span.Resolved(e.name, "person", fullDescription(e), mention, mb, 0.7, e);
      return new Span.Resolved(stripDeterminer(headText), "person", stripDeterminer(mention), mention, mb, 0.5, null);
    }
    if (inst != null && BODY_HEADS.contains(headL) && lastTokenOf(inst, s, a, b) < b - 1
        && Lexicon.country(Lexicon.stripPossessive(inst.name.toLowerCase(Locale.ROOT))) != null) {
      // "China's commerce ministry", "South Korea's unification ministry": the body, not its country
      // (a body of a body keeps the body that is named: "State Department's regional security office")
      String name = stripDeterminer(headText);
      return new Span.Resolved(name, "institution", stripDeterminer(mention), mention, mb, 0.9, null);
    }
    if (inst != null) {
      return new Span.Resolved(COUNTRY_ABBREVIATIONS.getOrDefault(inst.name, inst.name), "institution", stripDeterminer(mention), mention, mb, 0.9, inst);
    }
    String lw = stripThe(headText.toLowerCase(Locale.ROOT));
    if (Lexicon.METONYMS.contains(lw) || Lexicon.country(lw) != null || ents.isInstitution(t, a, b)) {
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
        e = ents.findOrCreatePerson(name, head.lower);
      }
      return new Span.Resolved(name, type, stripDeterminer(mention), mention, mb, 0.7, e);
    }
    if (headIsCommon && (det.equals("the") || det.equals("this"))) {
      // "the ministry", "the agency": the latest institution whose name contains the head
      for (int k = mentions.size() - 1; k >= 0; k--) {
        Mention m = mentions.get(k);
        if (m.begin() >= mb) continue;
        String n = m.entity().name.toLowerCase(Locale.ROOT);
        if (m.entity().type.equals("institution") && (n.contains(headL) || BODY_NOUNS.contains(headL) && BODY_NOUNS.stream().anyMatch(n::endsWith))) {
          return new Span.Resolved(m.entity().name, "institution", m.entity().description, mention, mb, 0.6, m.entity());
        }
      }
    }
    return new Span.Resolved(stripDeterminer(headText), "unknown", stripDeterminer(mention), mention, mb, 0.4, null);
  }

  /** Heads of a name before a document noun that do not issue it ("news reports", "a court filing"). */
  private static final Set<String> NOT_ISSUERS = Set.of("news", "times", "post", "journal", "network", "reuters",
      "ap", "afp", "agency", "court", "university", "institute", "company", "group", "campaign");

  /** Words for a deliberative body: "the panel" is the committee named before. */
  private static final Set<String> BODY_NOUNS = Set.of("panel", "committee", "commission", "subcommittee");

  /** Country abbreviations as speakers, written out. */
  private static final Map<String, String> COUNTRY_ABBREVIATIONS = Map.of(
      "US", "United States", "U.S.", "United States", "UK", "United Kingdom", "U.K.", "United Kingdom");

  /** End of the head part of [a, b): before a preposition that opens a modifier ("officials in Baghdad"), else b. */
  private static int ppHead(List<Token> t, int a, int b) {
    for (int p = a + 1; p < b - 1; p++) {
      String w = t.get(p).lower;
      if (!PREPOSITIONS.contains(w)) continue;
      // "Secretary of State", "Minister of State for Foreign Affairs": a capitalised title
      if ((w.equals("of") || w.equals("for")) && t.get(p - 1).isCapitalized() && t.get(p + 1).isCapitalized()) continue;
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
    for (int k = b - 2; k > a; k--) {
      String w = t.get(k).lower;
      if (w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019")) {
        // "Republican committee members' notes", "the ministry's statement": the possessor issued it
        int from = t.get(a).lower.equals("the") ? a + 1 : a;
        if (from >= k) break;
        Span.Resolved r = nounPhrase(s, from, k, text.substring(t.get(from).begin, t.get(k - 1).end), mb);
        if (r.type().equals("unknown")) break;
        return new Span.Resolved(r.speaker(), r.type(), r.description(), mention, mb, 0.9 * r.confidence(), r.entity());
      }
    }
    if (b - 2 >= a && Lexicon.INSTITUTION_HEADS.contains(t.get(b - 2).lower) && !NOT_ISSUERS.contains(t.get(b - 2).lower)) {
      // "A Saudi foreign ministry statement", "a government statement": the institution named before it
      int from = t.get(a).posStarts("DT") ? a + 1 : a;
      if (from < b - 1) {
        Span.Resolved r = nounPhrase(s, from, b - 1, text.substring(t.get(from).begin, t.get(b - 2).end), mb);
        if (!r.type().equals("unknown")) {
          return new Span.Resolved(r.speaker(), r.type(), r.description(), mention, mb, 0.9 * r.confidence(), r.entity());
        }
      }
    }
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
          if (m.sentence() == si && m.start() <= k && k < m.end() && !m.inQuote() && Lexicon.country(m.entity().name.toLowerCase(Locale.ROOT)) == null
              && !Lexicon.METONYMS.contains(m.entity().name.toLowerCase(Locale.ROOT))) {
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

  /** Heads of a body named after its country ("China's commerce ministry"). */
  private static final Set<String> BODY_HEADS = Set.of("ministry", "department", "council", "commission",
      "committee", "army", "forces", "police", "court", "embassy", "mission", "military", "navy", "guard", "guards",
      "command"); // not "agency": "Russia's TASS news agency" is read as state media through its country

  private int lastTokenOf(Entity e, Sentence s, int a, int b) {
    int last = -1;
    for (Mention m : mentions) if (m.sentence() == s.index && m.entity() == e && m.start() < b && m.end() > a) last = Math.max(last, m.end() - 1);
    return last;
  }

  /** "The senator said": the person who spoke last, within the last three sentences, else null. */
  private Entity latestSpeaker(int si, int mb, String mention, String headL) {
    Set<String> countries = countriesIn(mention);
    for (int k = resolvedSoFar.size() - 1; k >= 0; k--) {
      Span o = resolvedSoFar.get(k);
      if (o.contentBegin >= mb && o.cueBegin >= mb || o.sentence < si - 3) continue;
      if (o.resolved != null && o.resolved.entity() instanceof Entity e && e.type.equals("person")) {
        // "North Korea's foreign minister" is not whoever spoke last
        if (countries.isEmpty()) return e;
        // "North Korea's foreign minister" is not whoever spoke last: same country, or same role
        return !e.countries.isEmpty() ? (java.util.Collections.disjoint(countries, e.countries) ? null : e)
            : roleMatches(e, headL) ? e : null;
      }
    }
    return null;
  }

  /** Countries named in a mention by one word or two ("North Korea's"). */
  static Set<String> countriesIn(String mention) {
    Set<String> countries = new LinkedHashSet<>();
    String[] w = mention.toLowerCase(Locale.ROOT).split("[\\s,]+");
    for (int i = 0; i < w.length; i++) {
      String c = Lexicon.country(w[i]);
      if (c == null && i + 1 < w.length) c = Lexicon.country(w[i] + " " + w[i + 1]);
      if (c != null) countries.add(c);
    }
    return countries;
  }

  /** The entity's description names the role or one of its family ("diplomat" for a foreign minister). */
  private static boolean roleMatches(Entity e, String headL) {
    String fam = Lexicon.ROLE_FAMILY.getOrDefault(headL, headL);
    String d = e.description.toLowerCase(Locale.ROOT);
    if (d.contains(headL)) return true;
    for (Map.Entry<String, String> f : Lexicon.ROLE_FAMILY.entrySet()) {
      if (f.getValue().equals(fam) && d.contains(f.getKey())) return true;
    }
    return false;
  }

  /** Specific roles an indefinite description introduces before the article names its holder. */
  private static final Set<String> CATAPHORIC_ROLES = Set.of("judge", "spokesman", "spokeswoman",
      "spokesperson", "minister", "ambassador", "envoy", "senator", "congressman", "congresswoman",
      "lawmaker", "governor", "mayor", "general", "commander", "prosecutor", "chairman",
      "chairwoman", "premier", "chancellor");

  /**
   * "A retired British judge has issued a report ... Judge Owen": an indefinite description of a
   * specific role stands for the one person the article introduces later with that role (title,
   * description or apposition) and a compatible country; null when none or several are.
   */
  private Entity cataphor(Sentence s, int a, int b, String headL, String mention, int mb) {
    if (!CATAPHORIC_ROLES.contains(headL)) return null;
    Set<String> countries = countriesIn(mention);
    Set<Entity> before = new java.util.HashSet<>();
    Entity found = null;
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!e.type.equals("person")) continue;
      if (m.begin() < mb) { before.add(e); continue; }
      if (before.contains(e) || e == found) continue;
      if (!(e.roleWords.contains(headL) || roleMatches(e, headL))) continue;
      if (!countries.isEmpty() && !e.countries.isEmpty() && java.util.Collections.disjoint(countries, e.countries)) continue;
      if (found != null) return null;
      found = e;
    }
    return found;
  }

  /** "Russia's top diplomat", "the president": the most recent person with a matching role and compatible country. */
  private Entity nominal(Sentence s, int a, int b, String headL, String mention) {
    String fam = Lexicon.ROLE_FAMILY.getOrDefault(headL, headL);
    Set<String> countries = countriesIn(mention);
    int mb = s.tokens.get(a).begin;
    Entity best = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.begin() >= mb || !m.entity().type.equals("person")) continue;
      Entity e = m.entity();
      if (!roleMatches(e, headL)) continue;
      if (!countries.isEmpty() && !e.countries.isEmpty() && java.util.Collections.disjoint(countries, e.countries)) continue;
      best = e;
      break;
    }
    if (best != null && !countries.isEmpty() && best.countries.isEmpty() && !best.nominals.contains(mention)) {
      best.nominals.add(stripThe(mention));
    }
    return best;
  }

  /** In a second pass, a gender guessed from a first name ("Rand" reads as female) may be wrong. */
  private boolean lenientGender;

  private Span.Resolved pronoun(Sentence s, int a, String p, String mention, int mb) {
    Span.Resolved r = pronounPass(s, a, p, mention, mb);
    if (r.entity() == null && "unknown".equals(r.type()) && (p.equals("he") || p.equals("she"))) {
      lenientGender = true;
      try {
        Span.Resolved second = pronounPass(s, a, p, mention, mb);
        if (second.entity() != null) {
          return new Span.Resolved(second.speaker(), second.type(), second.description(), mention, mb,
              0.8 * second.confidence(), second.entity());
        }
      } finally {
        lenientGender = false;
      }
    }
    return r;
  }

  private boolean genderFits(Entity e, String gender) {
    return gender == null || e.gender == null || e.gender.equals(gender) || lenientGender && e.genderGuessed;
  }

  private Span.Resolved pronounPass(Sentence s, int a, String p, String mention, int mb) {
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
        if (o.resolved == null || o.resolved.entity() == null && (personal ? si < s.index - 1 || !fits(o.resolved, true, gender)
            : o.resolved.type().equals("person") || o.resolved.type().equals("unknown"))) continue;
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
        if (m.start() < SpeakerSpans.introEnd(sentences.get(si).tokens, sentences.get(si).tokens.size())) continue;
        if (!subjectPosition(sentences.get(si), m)) {
          // an object is the referent only in the pronoun's own sentence, before any other pronoun
          if (si != s.index || pronounBefore(s, m.start(), p)) break;
        }
        Entity e = m.entity();
        if (personal && e.type.equals("person") && genderFits(e, gender)) {
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
  private boolean subjectPosition(Sentence s, Mention m) {
    List<Token> t = s.tokens;
    int from = SpeakerSpans.introEnd(t, m.start());
    if (m.start() < from) return false;
    for (int k = from; k < m.start(); k++) {
      Token x = t.get(k);
      if (ex.inQuote(x.begin) || Quotes.isQuoteChar(x.text.charAt(0))) continue;
      if (x.pos != null && (x.pos.equals("VBD") || x.pos.equals("VBZ") || x.pos.equals("VBP") || x.pos.equals("MD"))) return false;
      if (x.pos == null && Lexicon.PRONOUNS.contains(x.lower)) return false;
    }
    return m.start() == 0 || !AFTER_PREPOSITION.contains(t.get(m.start() - 1).lower);
  }

  private boolean pronounBefore(Sentence s, int end, String p) {
    for (int k = 0; k < end; k++) {
      Token x = s.tokens.get(k);
      if (x.lower.equals(p) && !ex.inQuote(x.begin)) return true;
    }
    return false;
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
    if (personal && r.entity() == null && r.type().equals("group")) {
      // "an Army spokesman said ... he said"
      String[] w = r.speaker().toLowerCase(Locale.ROOT).split("\\s+");
      return Lexicon.ROLE_NOUNS.contains(w[w.length - 1]);
    }
    if (personal) {
      if (!r.type().equals("person") || r.entity() == null) return false;
      Entity e = (Entity) r.entity();
      return genderFits(e, gender);
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
    return Entities.key(w);
  }

  static String join(List<Token> t, int a, int b) {
    return Entities.join(t, a, b);
  }

  static String stripThe(String s) {
    return Entities.stripThe(s);
  }

  static String stripDeterminer(String s) {
    return Entities.stripDeterminer(s);
  }
}
