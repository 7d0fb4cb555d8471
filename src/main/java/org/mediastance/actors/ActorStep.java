package org.mediastance.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;

/**
 * The actor step of the analysis: fills each statement's actor columns (actor, office, government,
 * category, confidence) from its speaker at the article's date. Titles without a country ("the
 * president") are read in the article's context country: the configured {@code home_country},
 * else the country the article names most ({@link RegistryResolver#countryMentions}); without a
 * configured home country, a government only that context gave yields to a nearer one (the
 * speaker's own mention, the country its sentence or the sentence before opens with: {@code
 * nearerCountry}). Once the
 * governments are known it drops the statements that only repeat an outer one ({@link
 * #restatesOuter}). Immutable and thread-safe.
 */
public final class ActorStep {
  private static final java.util.regex.Pattern ABBREVIATION =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}./&]{1,6}");
  private final RegistryResolver resolver;
  private final String homeCountry;

  /**
   * @param resolver the resolver of the job's registry
   * @param homeCountry the configured {@code home_country} (ISO3), or null to take each article's
   *     most named country
   */
  public ActorStep(RegistryResolver resolver, String homeCountry) {
    this.resolver = resolver;
    this.homeCountry = homeCountry;
  }

  /**
   * The context country of a text published on a date: the home country when configured, else the
   * country the text names most (ties by ISO3 code), else null.
   */
  public String contextCountry(String text, LocalDate date) {
    return context(countriesNamed(text, date));
  }

  /** The countries a text names, most named first; none read when a home country is configured. */
  private Map<String, Integer> countriesNamed(String text, LocalDate date) {
    return homeCountry != null ? Map.of() : resolver.countryMentions(text, date);
  }

  private String context(Map<String, Integer> named) {
    return homeCountry != null ? homeCountry : named.isEmpty() ? null : named.keySet().iterator().next();
  }

  /**
   * The registry person's name when the speaker is only a title naming nobody ("the foreign
   * minister", "Israel's intelligence minister"), or an institution's full name when the speaker is
   * its abbreviation ("AFP"); else null.
   */
  String officeHolderName(String speaker, ActorRef ref) {
    if (ref.actorId() == null || ref.name() == null || speaker.isBlank()) {
      return null;
    }
    if (ABBREVIATION.matcher(speaker.trim()).matches()) {
      // "AFP", "NYT": an abbreviation is named by the institution's full name
      for (Registry.Institution in : resolver.registry().institutions().values()) {
        if (in.aliases() != null && in.aliases().contains(speaker.trim())
            && !in.name().equals(speaker.trim())) {
          return in.name();
        }
      }
      return null;
    }
    if (!resolver.registry().persons().containsKey(ref.actorId())) {
      return null;
    }
    Title t = Title.parse(resolver.registry(), speaker.replace('\u2019', '\''));
    String[] sw = speaker.trim().split("\\s+");
    String[] nw = ref.name().split("\\s+");
    String sl = sw[sw.length - 1].toLowerCase(java.util.Locale.ROOT);
    String nl = nw[nw.length - 1].toLowerCase(java.util.Locale.ROOT);
    if (t.hasName && sw.length >= 2 && !sl.equals(nl) && SpeakerRules.oneEditApart(sl, nl)) {
      return ref.name(); // a spelling variant of the registry name ("Mike Conway")
    }
    if (t.hasName || !t.fullHits.isEmpty() || !t.surnameHits.isEmpty()) {
      return null; // the speaker has a name of its own
    }
    return ref.name();
  }

  /**
   * One named person whose government was read from the words around each statement speaks for
   * the country read at their first statement, where the article introduces them ("Congo's
   * government spokesman, Lambert Mende, denied the charge"), not for the country a later sentence
   * opens with ("He said ... Pakistan had taken no concrete steps", said by India's foreign
   * secretary). Registry persons are left as they are.
   */
  static void sameSpeakerSameCountry(List<Statement> nearer) {
    Map<String, Statement> first = new java.util.HashMap<>();
    for (Statement s : nearer) {
      String sp = s.getSpeaker();
      if (sp == null || !sp.trim().contains(" ") || s.getActorId() != null || s.getGovernment() == null
          || !"person".equals(s.getSpeakerType())) {
        continue;
      }
      Statement f = first.get(sp);
      if (f == null || position(s) < position(f)) first.put(sp, s);
    }
    for (Statement s : nearer) {
      Statement f = s.getSpeaker() == null ? null : first.get(s.getSpeaker());
      if (f != null && f != s && s.getActorId() == null && s.getGovernment() != null) {
        s.setGovernment(f.getGovernment());
      }
    }
  }

  private static int position(Statement s) {
    return s.getContentBegin() == null ? Integer.MAX_VALUE : s.getContentBegin();
  }

  /** True when the country an actor reference is: "Russia" itself, not a person or body of it. */
  private static boolean countryItself(ActorRef r) {
    return r.actorId() != null && r.actorId().equals(r.government());
  }

  /**
   * Whether the reading of the speaker's fullest mention ({@code alt}) replaces the reading of its
   * description ({@code ref}): when the description found neither role nor government and the
   * mention finds a government; when a person was read as a country and the mention does not
   * say that again; when the description found no registry actor and the mention finds a person or
   * body (not merely a country it names), or a role of no government (a rebel group's spokesman,
   * a former official).
   */
  private static boolean mentionSaysMore(ActorRef ref, ActorRef alt, boolean personAsCountry) {
    if (ref.role() == null && ref.government() == null) {
      return alt.government() != null;
    }
    if (personAsCountry) {
      return !countryItself(alt);
    }
    return alt.actorId() != null && !countryItself(alt)
        || alt.government() == null && alt.role() != null && !RegistryResolver.isGovernmentCategory(alt.category());
  }

  private static final java.util.regex.Pattern NAME_SUFFIX =
      java.util.regex.Pattern.compile(",?\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)$");

  /**
   * Per speaker, the longest of its mentions that ends with its name ("British ambassador to
   * Ethiopia Alastair McPhail" for the later "McPhail"): what the article says of that speaker, read
   * for every statement of it.
   */
  static Map<String, String> fullestMentions(List<Statement> statements) {
    Map<String, String> out = new java.util.HashMap<>();
    for (Statement s : statements) {
      String sp = s.getSpeaker();
      String m = s.getSpeakerMention();
      // a name suffix after the surname ("Teodoro Locsin Jr.") still ends with the name
      String bare = m == null ? null : NAME_SUFFIX.matcher(m).replaceFirst("");
      if (sp == null || sp.isBlank() || m == null || !bare.endsWith(sp.substring(sp.lastIndexOf(' ') + 1))) {
        continue;
      }
      String old = out.get(sp);
      if (old == null || m.length() > old.length()) {
        out.put(sp, m);
      }
    }
    return out;
  }

  /** A title and its modifiers set off before the speaker's name ("A Houthi spokesman, "). */
  private static final java.util.regex.Pattern APPOSITIVE_LEAD = java.util.regex.Pattern.compile(
      "(?:^|[.!?\\n]\\s+|[“\"]\\s*)((?:(?:A|An|The)\\s+)?(?:[\\p{L}’'.-]+\\s+){0,4}?"
      + "(?:spokesman|spokeswoman|spokesperson|official|commander|leader|envoy|adviser|advisor|negotiator"
      + "|ambassador|minister))\\s*,\\s*$");

  /**
   * The title set off by a comma right before the speaker's name, which opens its sentence ("A Houthi
   * spokesman, Mohammed Abdulsalam, called the operation ..."): what the article says of the speaker
   * there, which the name's own description may have dropped; null when there is none.
   */
  static String appositiveLead(String text, Statement s) {
    Integer b = s.getSpeakerBegin();
    String m = s.getSpeakerMention();
    if (text == null || b == null || m == null || b <= 0 || b > text.length() || !text.startsWith(m, b)) {
      return null;
    }
    java.util.regex.Matcher x = APPOSITIVE_LEAD.matcher(text.substring(Math.max(0, b - 80), b));
    return x.find() ? x.group(1) : null;
  }

  /** "Abiy's office", "Abiy’s spokesman": a lone name owning an office. */
  private static final java.util.regex.Pattern LONE_POSSESSOR = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}-]+)['’]s\\s+(.+)");

  /**
   * The mention with its lone possessor written as the full name the article gives it ("Abiy’s
   * office" in a story that names "Abiy Ahmed": "Abiy Ahmed's office"), for persons the news calls by
   * their given name; null when the mention has no such possessor or the article no fuller name.
   */
  static String possessorInFull(String mention, String text) {
    if (mention == null || text == null) {
      return null;
    }
    java.util.regex.Matcher m = LONE_POSSESSOR.matcher(mention.trim());
    if (!m.matches()) {
      return null;
    }
    java.util.regex.Matcher f = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(m.group(1))
        + " (\\p{Lu}[\\p{L}-]+)(?!['’]s)").matcher(text);
    return f.find() ? m.group(1) + " " + f.group(1) + "'s " + m.group(2) : null;
  }

  /** "his office", "her spokeswoman": the staff of a person named before in the sentence. */
  private static final java.util.regex.Pattern STAFF_OF =
      java.util.regex.Pattern.compile("(?i)(?:his|her)\\s+(?:press\\s+)?(?:office|spokesman|spokeswoman|spokesperson|secretary)");
  private static final java.util.regex.Pattern NAME_RUN =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+)+");

  /**
   * For a speaker that is "his office" or "her spokeswoman": the government of the last person
   * named before the cue in the statement's sentence whose words there give a role and a government ("Sudan's ousted Prime Minister
   * Abdalla Hamdok was returned to his home, his office said": Sudan), as that person's office
   * (no registry actor of its own, so the speaker keeps its words); null when the sentence names
   * no such person.
   */
  private ActorRef principalOfStaff(Statement s, LocalDate date, String context) {
    String mention = s.getSpeakerMention() == null ? s.getSpeaker() : s.getSpeakerMention();
    if (mention == null || !STAFF_OF.matcher(mention.trim()).matches() || s.getSentence() == null
        || s.getCueBegin() == null || s.getSentenceBegin() == null) {
      return null;
    }
    int end = Math.min(s.getSentence().length(), Math.max(0, s.getCueBegin() - s.getSentenceBegin()));
    String before = s.getSentence().substring(0, end);
    java.util.regex.Matcher m = NAME_RUN.matcher(before);
    ActorRef last = null;
    while (m.find()) {
      // the name with the words of its clause before it: "Sudan's ousted Prime Minister Abdalla Hamdok"
      int from = Math.max(Math.max(before.lastIndexOf(',', m.start()), before.lastIndexOf(';', m.start())) + 1,
          Math.max(0, m.start() - 60));
      String described = before.substring(from, m.end()).trim();
      ActorRef r = resolver.resolveSpeaker(m.group(), described, "person", date, context);
      if (r.government() != null && r.role() != null && !r.government().equals(r.actorId())) {
        last = r;
      }
    }
    return last == null ? null
        : new ActorRef(null, last.name() + "'s office", "office", last.government(), last.category(), last.confidence());
  }

  /** The family of an office, so that a description matches its holder's registry role ("leader" ~ "president"). */
  static String officeFamily(String role) {
    if (role == null) {
      return null;
    }
    String r = role.toLowerCase(java.util.Locale.ROOT);
    if (r.contains("spokes") || r.contains("press secretary")) {
      return "spokesperson";
    }
    if (r.equals("foreign minister") || r.equals("secretary of state") || r.contains("diplomat")) {
      return "diplomat";
    }
    if (r.equals("president") || r.equals("head of state") || r.equals("supreme leader") || r.equals("king")
        || r.equals("emir")) {
      return "head of state";
    }
    if (r.equals("prime minister") || r.equals("premier") || r.equals("chancellor")) {
      return "head of government";
    }
    if (r.startsWith("defen") || r.contains("secretary of defense")) {
      return "defense";
    }
    return r;
  }

  /**
   * A speaker that describes an office rather than naming someone: it ends in a lower-case word
   * ("Ukrainian leader", "North Korea's foreign minister"); a name ends in a capitalised one
   * ("C. A. (Dutch) Ruppersberger", whom the registry does not know).
   */
  private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile("(?:^|\\s)\\p{Ll}[\\p{Ll}-]*$");

  /** True when a description's office ({@code described}) may be the holder's ({@code held}). */
  static boolean sameOffice(String described, String held) {
    String d = officeFamily(described);
    String h = officeFamily(held);
    if (d == null || h == null) {
      return false;
    }
    if (d.equals("leader")) {
      return h.equals("head of state") || h.equals("head of government"); // "the Ukrainian leader"
    }
    return d.equals(h);
  }

  /**
   * For a statement whose speaker is only a description of an office with its government ("the
   * Ukrainian leader", "North Korea's foreign minister" in an undated record), the statement of the
   * same article whose speaker the registry names as holding that office for that government: the
   * nearest one before it, else the first after it; null when there is none or the speaker is named.
   */
  static Statement namedHolder(Statement s, List<Statement> statements) {
    if (s.getActorId() != null || s.getGovernment() == null || s.getRole() == null || !"person".equals(s.getSpeakerType())
        || s.getSpeaker() == null || !DESCRIPTION.matcher(s.getSpeaker().trim()).find()
        || officeFamily(s.getRole()).equals("group")) {
      return null;
    }
    String mention = s.getSpeakerMention() == null ? "" : s.getSpeakerMention().trim().toLowerCase(java.util.Locale.ROOT);
    if (mention.startsWith("a ") || mention.startsWith("an ") || mention.startsWith("one ")) {
      return null; // "a foreign ministry spokesman": someone not named, not the holder named elsewhere
    }
    int at = s.getCueBegin() != null ? s.getCueBegin() : s.getContentBegin() != null ? s.getContentBegin() : 0;
    Statement before = null;
    Statement after = null;
    for (Statement t : statements) {
      if (t == s || t.getActorId() == null || !s.getGovernment().equals(t.getGovernment())
          || !"person".equals(t.getSpeakerType()) || !sameOffice(s.getRole(), t.getRole())) {
        continue;
      }
      int tat = t.getCueBegin() != null ? t.getCueBegin() : t.getContentBegin() != null ? t.getContentBegin() : 0;
      if (tat < at && (before == null || tat > (before.getCueBegin() == null ? 0 : before.getCueBegin()))) {
        before = t;
      } else if (tat > at && after == null) {
        after = t;
      }
    }
    return before != null ? before : after;
  }

  /**
   * A speaker whose government only the article's context country gave ("spokesman Eric Van Duyse"
   * in a story most about Britain) takes the country its own words name ("Israeli police spokesman
   * Micky Rosenfeld", where the article's fullest description kept "spokesman Micky Rosenfeld"), else
   * the country its own sentence opens with, quotations and an introductory phrase left out ("On
   * Tuesday, China's foreign ministry accused ..., while the military said"), else the country the
   * sentence before opens with ("Egypt demanded clarification from Ethiopia. A
   * spokesman for the foreign ministry, Ahmed Hafez, said": Egypt, though the story names Ethiopia
   * more): a generic title belongs to the actor the text has just made its subject, which in a short
   * item is often not the most named country.
   */
  private ActorRef nearerCountry(Statement s, String text, String speaker, String mention, ActorRef ref,
      LocalDate date, String context, List<Statement> all) {
    ActorRef alone = resolver.resolveSpeaker(speaker, s.getSpeakerDescription(), s.getSpeakerType(), date, null);
    if (alone.government() != null || ref.actorId() != null && resolver.registry().persons().containsKey(ref.actorId())) {
      return ref; // the speaker's own words name the government, or the context found the registry's person
    }
    if (mention != null && !mention.isBlank() && !mention.equals(s.getSpeakerDescription())) {
      ActorRef own = resolver.resolveSpeaker(speaker, mention, s.getSpeakerType(), date, null);
      if (own.government() != null) {
        return resolver.resolveSpeaker(speaker, mention, s.getSpeakerType(), date, context);
      }
      if (NON_GOVERNMENT.contains(own.category())) {
        return own; // "Houthi military spokesman Yahya Saree", "Amnesty spokesman": no government's voice
      }
    }
    Integer sb = s.getSentenceBegin();
    if (text == null || sb == null || sb < 0 || sb > text.length()) {
      return ref;
    }
    // the sentence's own words before the speaker, cue and content, quotations left out ("On
    // Tuesday, China's foreign ministry accused the U.S. ..., while the military said")
    int wordsEnd = Integer.MAX_VALUE;
    for (Integer x : new Integer[] {s.getSpeakerBegin(), s.getContentBegin(), s.getCueBegin()}) {
      if (x != null && x >= sb) wordsEnd = Math.min(wordsEnd, x);
    }
    String pre = wordsEnd <= text.length() ? unquoted(text.substring(sb, wordsEnd)).strip() : "";
    String near = resolver.openingCountry(pre, date);
    int comma = pre.indexOf(", ");
    if (near == null && comma > 0 && comma < INTRO_CHARS) {
      near = resolver.openingCountry(pre.substring(comma + 2), date); // after "On Tuesday, "
    }
    int placeEnd = pre.indexOf(',');
    if (near == null && pre.startsWith("In ") && placeEnd > 3 && placeEnd < INTRO_CHARS) {
      // "In Yerevan, Defence Ministry spokeswoman Shushan Stepanyan said": where the speaker is
      near = resolver.openingCountry(pre.substring(3, placeEnd), date);
    }
    if (near == null) {
      String before = sentenceBefore(text, sb);
      if (before.isEmpty()) {
        near = null;
      } else if (!org.mediastance.attribution.Quotes.isQuoteChar(before.charAt(0))) {
        // not a quotation, whose words are someone's, not the narrative's subject
        near = resolver.openingCountry(before, date);
      } else if (!"person".equals(s.getSpeakerType())) {
        // an unnamed body ("The presidency said") goes on with the voice quoted before; a named person
        // may be the other side's ("Government spokesman Steffen Hebestreit" after Ukraine's ambassador)
        near = quotedSpeakersCountry(s, all, sb - before.length() - 5);
      }
    }
    if (near == null || near.equals(context)) {
      return ref;
    }
    ActorRef alt = resolver.resolveSpeaker(speaker, s.getSpeakerDescription(), s.getSpeakerType(), date, near);
    return near.equals(alt.government()) ? alt : ref;
  }

  /**
   * The government of the speaker quoted in the sentence before ("'Without a proper explanation,
   * ...,' Foreign Minister Luiz Alberto Figueiredo told reporters. The presidency said ..."): whose
   * voice the story is following; null when no resolved statement sits in that sentence.
   */
  private static String quotedSpeakersCountry(Statement s, List<Statement> all, int from) {
    Statement best = null;
    for (Statement o : all) {
      Integer ob = o.getSentenceBegin();
      if (o == s || ob == null || ob >= s.getSentenceBegin() || ob < from || o.getGovernment() == null) {
        continue;
      }
      if (best == null || ob > best.getSentenceBegin()) {
        best = o;
      }
    }
    return best == null ? null : best.getGovernment();
  }

  /** Categories the registry gives to voices of no government (rebels, armed groups, NGOs, media, former officials). */
  private static final java.util.Set<String> NON_GOVERNMENT = java.util.Set.of("opposition", "ngo", "media", "expert",
      "other");

  /** Characters of an introductory phrase before the sentence's subject ("On Tuesday, "). */
  private static final int INTRO_CHARS = 30;

  /** The text with its quotations (and an unclosed one to the end) blanked out. */
  static String unquoted(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        in = c == '\u201c' || c == '"' && !in;
        b.append(' ');
        continue;
      }
      b.append(in ? ' ' : c);
    }
    return b.toString();
  }

  /** Characters read back for the sentence before a statement's. */
  private static final int SENTENCE_BEFORE_CHARS = 600;

  /** The sentence that ends where the one at {@code begin} starts (may be empty at the text's start). */
  static String sentenceBefore(String text, int begin) {
    int from = Math.max(0, begin - SENTENCE_BEFORE_CHARS);
    String window = text.substring(from, begin).stripTrailing();
    java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(java.util.Locale.ENGLISH);
    it.setText(window);
    int last = it.last();
    int prev = it.previous();
    String sentence = prev == java.text.BreakIterator.DONE ? window : window.substring(prev, last);
    // a line break ends a sentence too (after a headline with no full stop)
    return sentence.substring(sentence.lastIndexOf('\n', sentence.stripTrailing().length() - 1) + 1).strip();
  }

  /** Two to four capitalised words: a person's full name ("Rachel Shebesh"). */
  private static final java.util.regex.Pattern FULL_NAME =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3}");

  /**
   * Fills the actor columns of the article's statements (nothing to do without statements) and
   * removes from {@code statements} those that repeat an outer statement's words.
   */
  public void resolve(Article a, List<Statement> statements) {
    if (statements.isEmpty()) {
      return;
    }
    // an undated record is looked up at the date its URL carries, when it carries one
    LocalDate date = org.mediastance.ingest.UrlDates.reference(a.getPublished(), a.getUrl());
    Map<String, Integer> named = countriesNamed(a.getText(), date);
    String context = context(named);
    Map<String, String> fullest = fullestMentions(statements);
    List<Statement> nearer = new java.util.ArrayList<>(); // governments read from the words around them
    for (Statement s : statements) {
      String speaker = s.getSpeaker() == null ? "" : s.getSpeaker();
      ActorRef ref = resolver.resolveSpeaker(speaker, s.getSpeakerDescription(),
          s.getSpeakerType(), date, context);
      String mention = fullest.getOrDefault(speaker, s.getSpeakerMention());
      String lead = appositiveLead(a.getText(), s);
      if (lead != null && mention != null) {
        mention = lead + " " + mention; // "A Houthi spokesman, Mohammed Abdulsalam, called": the title before the name
      }
      boolean personAsCountry = "person".equals(s.getSpeakerType()) && countryItself(ref);
      if ((ref.role() == null && ref.government() == null || ref.actorId() == null || personAsCountry)
          && mention != null && !mention.isBlank() && !mention.equals(s.getSpeakerDescription())) {
        // the words at this mention may say what the article's fullest description does not
        // ("Fed economists Aaron Flaaen" where the description kept only the name; "Houthi
        // spokesman Yahya Saree" where it kept "spokesman Yahya Saree"; "Former U.S. ambassador to
        // Russia Michael McFaul" where "Russia Michael McFaul" read as the country)
        ActorRef alt = resolver.resolveSpeaker(speaker, mention, s.getSpeakerType(), date, context);
        if (mentionSaysMore(ref, alt, personAsCountry)) {
          ref = alt;
        }
      }
      if (ref.government() == null && ref.role() == null && FULL_NAME.matcher(speaker.trim()).matches() && named.size() > 1
          && s.getSentence() != null) {
        // a full name the context country's news does not take by name alone (a foreign
        // backbencher) is taken when the statement's own sentence names that person's country
        // (the article naming it somewhere is not enough: "Jim Walsh" of MIT is no Irish senator);
        // not when a role already says why there is none ("former ambassador", a rebel spokesman)
        // the speaker's own name is left out: a registry person counts for their own country
        String rest = s.getSentence();
        for (String w : speaker.trim().split("\\s+")) {
          rest = rest.replaceAll("\\b" + java.util.regex.Pattern.quote(w) + "\\b", " ");
        }
        for (String other : resolver.countryMentions(rest, date).keySet()) {
          if (other.equals(context)) {
            continue;
          }
          ActorRef alt = resolver.resolveSpeaker(speaker, s.getSpeakerDescription(), s.getSpeakerType(),
              date, other);
          if (other.equals(alt.government())) {
            ref = alt;
            break;
          }
        }
      }
      if (ref.government() != null && ref.government().equals(context) && homeCountry == null) {
        ref = nearerCountry(s, a.getText(), speaker, mention, ref, date, context, statements);
        nearer.add(s);
      }
      if (ref.government() == null && ref.role() == null) {
        // "Abiy's office": the possessor by the full name the article gives ("Abiy Ahmed")
        String full = possessorInFull(s.getSpeakerMention(), a.getText());
        if (full != null) {
          ActorRef byFull = resolver.resolveSpeaker(speaker, full, s.getSpeakerType(), date, context);
          if (byFull.government() != null) {
            ref = byFull;
          }
        }
      }
      if (ref.government() == null && ref.role() == null) {
        ActorRef principal = principalOfStaff(s, date, context);
        if (principal != null) {
          ref = principal;
        }
      }
      String holder = officeHolderName(speaker, ref);
      if (holder != null) {
        // "North Korea's foreign minister" resolved to the registry's holder that day: name them
        s.setSpeaker(holder);
      } else if (countryItself(ref) && ref.name() != null && org.mediastance.attribution.Lexicon.isCapital(speaker)) {
        // a capital speaks for its country ("Minsk", "Washington"): name the country, as "Russia said" is
        s.setSpeaker(ref.name());
      }
      s.setActorId(ref.actorId());
      s.setRole(ref.role());
      s.setGovernment(ref.government());
      s.setActorCategory(ref.category());
      s.setActorConfidence(ref.confidence());
    }
    sameSpeakerSameCountry(nearer);
    for (Statement s : statements) {
      Statement holder = namedHolder(s, statements);
      if (holder != null) {
        // "The Ukrainian leader called on ..." after "Zelensky said ...": the office's holder the article names
        s.setSpeaker(holder.getSpeaker());
        s.setActorId(holder.getActorId());
        s.setRole(holder.getRole());
        s.setActorCategory(holder.getActorCategory());
        s.setActorConfidence(Math.min(holder.getActorConfidence() == null ? 1.0 : holder.getActorConfidence(),
            s.getActorConfidence() == null ? 1.0 : s.getActorConfidence()));
      }
    }
    java.util.Set<Statement> restated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Statement s : statements) {
      if (restatesOuter(s, statements)) {
        restated.add(s);
      }
    }
    if (!restated.isEmpty()) {
      statements.removeIf(restated::contains);
    }
  }

  /**
   * Whether a statement spoken by a country itself (its capital or its name: "Cairo rejected the
   * filling") is reported inside the content of a statement of one of that government's own
   * people or bodies ("Shoukry said Cairo rejected the filling"): the official's claim, read a
   * second time with the metonym as speaker, not a second voice. A foreign capital there
   * ("Shoukry said Addis Ababa refused") stays a statement of its own. Likewise a statement whose
   * speaker is a pronoun standing for the outer statement's own speaker ("the ministry said it
   * condemned the decision").
   */
  static boolean restatesOuter(Statement s, List<Statement> statements) {
    if (s.getCueBegin() == null) {
      return false;
    }
    if (s.getSpeakerMention() != null && PRONOUNS.contains(s.getSpeakerMention().toLowerCase(java.util.Locale.ROOT))
        && s.getSpeaker() != null) {
      // "Pakistan's foreign ministry said it strongly condemned the decision", "he told Pelosi ..."
      // inside "Trump said he told Pelosi ...": the speaker's own words, read twice
      for (Statement t : statements) {
        if (t != s && s.getSpeaker().equals(t.getSpeaker()) && inContent(s.getCueBegin(), t)) {
          return true;
        }
      }
    }
    if (s.getGovernment() == null || !s.getGovernment().equals(s.getActorId())
        || "person".equals(s.getSpeakerType())) {
      return false;
    }
    for (Statement t : statements) {
      if (t == s || t.getContentBegin() == null || t.getContent() == null
          || !s.getGovernment().equals(t.getGovernment()) || s.getGovernment().equals(t.getActorId())) {
        continue;
      }
      if (inContent(s.getCueBegin(), t)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "he", "she", "they", "we", "i");

  private static boolean inContent(int pos, Statement t) {
    return t.getContentBegin() != null && t.getContent() != null
        && pos >= t.getContentBegin() && pos < t.getContentBegin() + t.getContent().length();
  }
}
