package org.mediastance.stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mediastance.actors.ActorRef;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.actors.Resolver;
import org.mediastance.learn.Tok;
import org.mediastance.model.Statement;

/**
 * Finds what a statement talks about and resolves it with the actor {@link Resolver}.
 *
 * <p>Rules, in order: (1) named mentions in the content — runs of capitalised words (with an
 * inner "of", a leading "the"; leading function words such as "But" or "No" dropped), resolved
 * whole, then by their first word (never a person) or last word (a person only when the words
 * before belong to that person's name); a possessive or a following policy noun is kept in the
 * mention text ("Moscow's efforts"); a person's regime, government or administration is that
 * government ("the Assad regime" → SYR); (2) the object of the cue in the sentence ("accused
 * Washington of"); (3) the pronouns they/them/their/theirs: the nearest preceding named body or
 * country in the content, else a country named in the article's paragraph before the statement
 * (the previous paragraph when the quote opens its own), never a lone demonym, the speaker's own
 * government or what the content itself names; "the regime": the country named most often in up
 * to {@link #CONTEXT_CHARS} characters before; (3b) "the president" / "the prime minister": the
 * office holder of the speaker's country at the date;  (4) when a short content (at most
 * {@link #SHORT_CONTENT_WORDS} words) names nothing, the named mentions of the content's clause
 * in the sentence ({@link ClauseWindow}) outside the speaker's mention. Not targets: places after a locative preposition ("in
 * Syria", "a summit in Brussels"), outlets as sources ("told Fox News"), all-capital datelines,
 * a lone demonym before a non-state noun ("Syrian rebels"), a person's possessive before a
 * non-policy noun ("Trump's personal lawyers") and the speaker's own government (except for
 * legislators and the opposition). Unresolved names are kept when they are several capitalised
 * words ("Islamic State"), without titles ("Special Counsel Robert Mueller" → Robert Mueller); a
 * lone surname takes the fuller name the article uses. Reads {@code content}, {@code
 * contentBegin}, {@code sentence}, {@code cue}, {@code speakerMention}, {@code speaker}, {@code
 * government}, {@code actorId}, {@code actorCategory}, {@code published}. Stateless and
 * thread-safe.
 */
public final class TargetDetector {
  private TargetDetector() {}

  public static final int CONTEXT_CHARS = 700;
  /** A paragraph with fewer characters before the content counts as opened by it. */
  static final int OPENING_CHARS = 3;

  /** How a target was found. */
  public enum Via { NAMED, CUE_OBJECT, PRONOUN, SENTENCE, CONTEXT }

  /**
   * One target mention: where it is ({@code text} and character span within it, which is the
   * content or the sentence), its display mention, its resolution and how it was found.
   */
  public record Mention(String mention, String text, int begin, int end, ActorRef ref, Via via) {
    /**
     * The target key, as the gold writes it: ISO3 for a country or government, else a person's
     * registry id (the slug of the canonical name), else an institution's canonical name: an
     * acronym as written (FBI, NATO), any other name as its slug ("European Union" →
     * european-union), else the name as written without titles.
     */
    public String key() {
      if (ref.isUnknown()) return ref.name() != null ? ref.name() : mention;
      if (ref.actorId() != null && !ref.actorId().equals(ref.government())) {
        if (TargetNames.isPerson(ref) || ref.name() == null) return ref.actorId();
        return TargetNames.institutionKey(ref.name(), ref.government());
      }
      if (ref.government() != null) return ref.government();
      return ref.actorId();
    }

    /** person, government, institution or other. */
    public String type() {
      if (ref.isUnknown()) return "other";
      if (ref.actorId() != null && !ref.actorId().equals(ref.government())) {
        return TargetNames.isPerson(ref) ? "person" : "institution";
      }
      return "government";
    }
  }

  private static final Set<String> PRONOUNS = Set.of("they", "them", "their", "theirs");
  private static final Set<String> POLICY_NOUNS = Set.of("strategy", "effort", "efforts", "policy",
      "policies", "government", "regime", "administration", "military", "forces", "troops", "plan",
      "approach", "position", "role", "actions", "action", "campaign", "presence", "support",
      "involvement", "intervention", "leadership", "officials", "diplomats", "move", "moves",
      "decision", "stance", "strikes", "operation", "aggression", "leaders", "army");
  /**
   * A person's own words and deeds: after a possessive they make the person the topic ("Trump's
   * speech at the UN was hate speech"), unlike what the person owns or employs ("Trump's lawyers").
   */
  private static final Set<String> CONDUCT_NOUNS = Set.of("remarks", "comments", "speech", "statement",
      "statements", "words", "tweet", "tweets", "behavior", "behaviour", "conduct", "handling", "response",
      "record", "rhetoric", "threats", "claim", "claims", "accusations", "failure", "failures", "mistakes", "lies",
      "decisions", "attacks", "refusal", "visit", "trip", "remark", "comment", "interview", "stunt");
  /**
   * Words that may stand between a demonym and its state noun ("the Afghan political leadership",
   * "Chinese military aircraft", "Iranian security forces"): still the state.
   */
  private static final Set<String> STATE_QUALIFIERS = Set.of("political", "military", "civilian", "top",
      "senior", "new", "current", "ruling", "central", "federal", "national", "communist", "security",
      "armed", "government", "state", "naval", "air", "regime");
  /** Nouns after an international body's name that make it a document of the body, not the body. */
  private static final Set<String> NORMS = Set.of("charter", "resolution", "resolutions", "convention", "conventions");
  /** Nouns after a person's name that stand for the government the person leads. */
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("regime", "government",
      "administration");
  /**
   * Nouns after a lone demonym that make it the state ("Russian intelligence agents", "Chinese
   * spying"), unlike people or things of the country ("Syrian rebels", "an Irish citizen").
   */
  private static final Set<String> STATE_NOUNS = Set.of("government", "regime", "officials",
      "authorities", "leadership", "leaders", "leader", "military", "forces", "troops", "army",
      "navy", "intelligence", "agents", "spies", "spying", "hackers", "diplomats", "state",
      "side", "aggression", "interference", "involvement", "administration", "president",
      "ministry", "embassy", "warplanes", "jets", "missile", "missiles", "strikes", "airstrikes", "economy",
      "rocket", "rockets", "vessels", "ships", "aircraft", "planes", "militia", "coast",
      "products", "goods", "exports", "imports", "offensive", "invasion", "incursion", "attack",
      "attacks", "operation", "operations", "crackdown", "decision", "sanctions",
      "threats", "occupation", "annexation", "program", "programme", "nuclear", "authorities'",
      "delegation", "envoy", "ambassador", "minister", "foreign", "defense", "defence", "security",
      "tariffs", "tariff", "drone", "drones", "bombing", "bombings", "bombardment", "blockade",
      "warships", "bombers", "submarines", "propaganda", "disinformation",
      "hegemony", "bullying", "expansionism", "provocation", "provocations", "ban", "bans",
      "restrictions", "measures", "countermeasures", "retaliation", "actions",
      "action", "move", "moves", "claims", "demands", "pressure", "embargo", "violation", "violations",
      "threat", "entrenchment", "presence", "militarization", "militarisation", "buildup", "expansion");
  private static final Set<String> STOP_CAPS = Set.of("the", "a", "an", "i", "we", "you", "he",
      "she", "it", "they", "this", "that", "these", "those", "but", "and", "or", "so", "if", "in",
      "on", "at", "for", "as", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "there", "here",
      "what", "when", "where", "why", "how", "our", "my", "your", "his", "her", "its", "their",
      "later", "today", "yesterday", "also", "still", "now", "then", "all", "both", "no", "yes",
      "not", "while", "after", "before", "because", "although", "though", "since", "until",
      "once", "every", "each", "any", "some", "many", "one", "just", "even", "only", "let");
  private static final Set<String> CUE_PREPS = Set.of("on", "upon", "to", "with");
  /** Words before a news outlet that make it a source or venue, not a target ("told CNN"). */
  private static final Set<String> SOURCE_WORDS = Set.of("told", "tell", "telling", "tells",
      "with", "on", "to", "by", "from", "according", "via", "in");
  /** Contents up to this many words name their targets in the surrounding sentence. */
  public static final int SHORT_CONTENT_WORDS = 6;
  /** Speaker categories whose own government may be a target (legislators, opposition). */
  private static final Set<String> OWN_GOVERNMENT_CRITICS = Set.of("legislature", "opposition");

  /** A statement's target mentions and the keys of its partners ({@link #partnersOfOwn}). */
  public record Detected(List<Mention> mentions, Set<String> partners) {}

  /** Targets of a statement, in order of appearance; may hold several mentions of one target. */
  public static List<Mention> detect(Statement s, String articleText, Resolver resolver) {
    return detectWithPartners(s, articleText, resolver).mentions();
  }

  /**
   * Keys of the targets the content joins with the speaker's own government by "and" ("the United
   * States and Russia need to re-establish communication", said by Russia's foreign minister):
   * partners of a joint action or relation, not its adversaries.
   */
  public static Set<String> partnersOfOwn(Statement s, Resolver resolver) {
    return detectWithPartners(s, null, resolver).partners();
  }

  /** {@link #detect} and {@link #partnersOfOwn} from one reading of the content's names. */
  public static Detected detectWithPartners(Statement s, String articleText, Resolver resolver) {
    LocalDate date = org.mediastance.ingest.UrlDates.reference(s.getPublished(), s.getUrl());
    List<Mention> out = new ArrayList<>();
    String content = s.getContent() == null ? "" : s.getContent();
    List<Mention> named = named(content, resolver, date, Via.NAMED);
    if (tellCue(s)) {
      // "told NBC News with 'a high level of confidence'": the addressee opening the content
      named.removeIf(m -> content.substring(0, m.begin()).isBlank() && isOutlet(m));
    }
    Mention asked = askedToActOnAnother(named, content, s);
    // the one asked acts for the speaker: whom it is asked to act against stays a target
    if (asked != null) named.remove(asked);
    List<Mention> voiced = coSpeakersDropped(named, content);
    List<Mention> kept = victimsAndPlacesDropped(voiced, content, s.getGovernment());
    Set<String> droppedKeys = new java.util.HashSet<>(); // victims and places, not co-speakers
    for (Mention m : voiced) if (!kept.contains(m)) droppedKeys.add(m.key());
    for (Mention m : kept) droppedKeys.remove(m.key());
    out.addAll(kept);
    String sentence = s.getSentence();
    // (2) the object of the cue
    // "told the U.N. General Assembly that rich countries had failed": whom one tells is the
    // audience, not what is evaluated ("told Russia to withdraw" asks it to act: kept; so is
    // the one told when it is the subject: "tell China it will be held to account")
    boolean audience = tellCue(s) && !ADDRESSEE_IS_TOPIC.matcher(content.stripLeading()).lookingAt();
    if (sentence != null && s.getCue() != null && !s.getCue().isBlank() && !audience) {
      Mention m = cueObject(sentence, s.getCue(), resolver, date);
      // the speaker after the cue ("said an Army spokesman") or a source ("according to") is no object
      boolean source = s.getSpeakerMention() != null && m != null && overlapsText(sentence, m, s.getSpeakerMention());
      if (m != null && asked != null && m.key().equals(asked.key())) m = null; // asked to act, not evaluated
      // "said Alexei Navalny had been poisoned": the name after the cue opens the content, which made it a victim
      if (m != null && droppedKeys.contains(m.key())) m = null;
      if (m != null && !source && !s.getCue().toLowerCase(Locale.ROOT).startsWith("according")
          && !inEarlierClause(m, s, sentence)) out.add(m);
      if (m == null) {
        // "Pelosi accused him of engaging in a cover-up": the person "him" stands for
        int[] pr = cueObjectPronoun(sentence, s.getCue());
        Mention ante = pr == null ? null : personAntecedent(List.of(), 0, s, articleText, resolver, date);
        if (pr == null) {
          // "said the WHO had lost credibility and accused it of ...": the subject of the sentence's earlier clause
          pr = cueObjectIt(sentence, s.getCue());
          ante = pr == null ? null : clauseSubjectBefore(sentence, pr[0], s, resolver, date);
        }
        if (pr == null && kept.isEmpty()) {
          // "Makolo dismissed the claim as 'baseless'", "called the strike 'uncalled-for aggression'":
          // whose claim or act it is, the government the text before named last
          pr = actObject(sentence, s);
          ante = pr == null ? null : antecedent(List.of(), 0, s, articleText, resolver, date, false);
          if (pr != null && ante == null && !sentence.substring(pr[0], pr[1]).contains(content.strip())) {
            ante = actorBeforeParagraph(s, articleText, resolver, date);
          }
        }
        if (ante != null) {
          out.add(new Mention(sentence.substring(pr[0], pr[1]) + " (" + ante.mention() + ")", sentence,
              pr[0], pr[1], ante.ref(), Via.CUE_OBJECT));
        }
      }
    }
    // (3) pronouns and "the regime"
    List<Tok.Token> toks = Tok.tokenize(content);
    for (int ti = 0; ti < toks.size(); ti++) {
      Tok.Token t = toks.get(ti);
      boolean regime = (t.lower().equals("regime") || t.lower().equals("junta")) && ti > 0 && toks.get(ti - 1).lower().equals("the")
          && !(ti + 1 < toks.size() && toks.get(ti + 1).lower().equals("of")); // "the regime of Assad" names it
      if (!regime && (!PRONOUNS.contains(t.lower()) || localPluralBefore(toks, ti))) continue;
      Mention ante = antecedent(named, t.begin(), s, articleText, resolver, date, regime);
      if (ante != null) {
        out.add(new Mention(t.text() + " (" + ante.mention() + ")", content, t.begin(), t.end(),
            ante.ref(), Via.PRONOUN));
      }
    }
    // (3e) "the insurgents were on the run", "airstrikes against Islamist militants": the armed group
    // the text named before
    Mention group = groupNounAntecedent(named, toks, s, articleText, resolver, date);
    if (group != null) out.add(group);
    // (3d) "calling it illegal", "blamed North Korea ..., saying that if it would stop": what the
    // sentence's earlier clause named
    if (named.isEmpty() && sentence != null && s.getContentBegin() != null && s.getSentenceBegin() != null) {
      Mention it = earlierClauseObject(s, content, toks, sentence, resolver, date);
      if (it != null) out.add(it);
    }
    // (3b) "the president", "the administration" of the speaker's own country
    List<Mention> offices = OwnOffices.mentions(s, content, toks, resolver, date);
    // (3a) "he", "his", "she", "her": a third person where the speaker cannot be meant
    if (thirdPersonVoice(s)) {
      // "The president can't distinguish ... against his campaign": the content's own persons first
      List<Mention> inContent = new ArrayList<>(named);
      inContent.addAll(offices);
      inContent.sort(java.util.Comparator.comparingInt(Mention::begin));
      for (Tok.Token t : toks) {
        if (!PERSON_PRONOUNS.contains(t.lower())) continue;
        Mention ante = personAntecedent(inContent, t.begin(), s, articleText, resolver, date);
        if (ante != null && !inContent.contains(ante)) { // one named in the content is a target already
          out.add(new Mention(t.text() + " (" + ante.mention() + ")", content, t.begin(), t.end(),
              ante.ref(), Via.PRONOUN));
        }
        break; // the first one; later ones mostly repeat it
      }
    }
    // (3c) "the deal", "the agreement": the named agreement of the article
    Mention deal = agreementReference(toks, content, named, s, articleText, resolver, date);
    if (deal == null && sentence != null && words(toks) <= SHORT_CONTENT_WORDS && named.isEmpty()) {
      // "called the pact an 'embarrassment'": the agreement the sentence names before the content
      int at = sentence.indexOf(content);
      String head = at > 0 ? sentence.substring(0, at) : null;
      // the whole sentence is the mention's text: its stance is read from the content too
      if (head != null) deal = agreementReference(Tok.tokenize(head), sentence, named, s, articleText, resolver, date);
    }
    if (deal != null) out.add(deal);
    Mention body = bodyReference(toks, content, named, s, articleText, resolver, date);
    if (body == null && sentence != null && words(toks) <= SHORT_CONTENT_WORDS && named.isEmpty()) {
      // "The divided council has not 'shouldered its responsibilities'": the subject before a short quote
      int at = sentence.indexOf(content);
      if (at > 0) body = bodyReference(Tok.tokenize(sentence.substring(0, at)), sentence, named, s, articleText, resolver, date);
    }
    if (body != null) out.add(body);
    out.addAll(offices);
    // (4) sentence mentions for short contents that name nothing
    if (named.isEmpty() && sentence != null && !sentence.equals(content)
        && words(toks) <= SHORT_CONTENT_WORDS) {
      String sm = s.getSpeakerMention();
      int[] w = ClauseWindow.of(s);
      for (Mention m : named(sentence, resolver, date, Via.SENTENCE)) {
        if (sm != null && overlapsText(sentence, m, sm)) continue;
        if (w != null && (m.begin() < w[0] || m.end() > w[1])) continue; // outside the content's clause
        if (s.getSpeaker() != null && m.mention().contains(s.getSpeaker())) continue;
        out.add(m);
      }
    }
    List<Mention> found = finish(out, s, articleText, resolver, date);
    if (found.isEmpty() && s.getGovernment() != null) {
      // (5a) "China firmly opposes the test": whose act it is, the government the text before named last
      int[] act = contentActObject(toks);
      Mention ante = act == null ? null : antecedent(List.of(), 0, s, articleText, resolver, date, false);
      if (ante != null) {
        found = finish(List.of(new Mention(content.substring(act[0], act[1]) + " (" + ante.mention() + ")", content,
            act[0], act[1], ante.ref(), Via.CONTEXT)), s, articleText, resolver, date);
      }
    }
    if (found.isEmpty()) {
      // (5) "Pakistan reserved the right to respond", "it will be devastating": a threat or charge
      // aimed at no one the content names is aimed at the other government the text before named
      Mention adversary = contextAdversary(s, content, articleText, resolver, date);
      if (adversary != null) found = finish(List.of(adversary), s, articleText, resolver, date);
    }
    return new Detected(found, partners(named, content, s.getGovernment()));
  }

  /**
   * Words of a government's reaction against another party or of a charge against its conduct
   * (retaliation, lost patience, no tolerance, a violation, a provocation, interference): such a
   * content is aimed at someone even when it names no one.
   */
  static final Pattern HOSTILE = Pattern.compile("(?i)(?:respond|responds|responded|response"
      + "|retaliat\\p{L}*|countermeasures?|patience|tolerat\\p{L}*|devastat\\p{L}*"
      + "|consequences|regrets?|regretted|violat\\p{L}*|recogni[sz]e|provocat\\p{L}*|provok\\p{L}*"
      + "|aggressi\\p{L}*|hostile|interference|interfering|blackmail\\p{L}*|escalat\\p{L}*|threatening|threat"
      + "|destabili[sz]\\p{L}*)");
  /** Hostile acts a negation before them turns into restraint ("not to further escalate"); not charges ("does not accept provocations"). */
  private static final Pattern RESTRAINABLE = Pattern.compile("(?i)respon\\p{L}*|escalat\\p{L}*|provok\\p{L}*|interfer(?:e|es|ed|ing)");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "avoid", "avoiding", "without", "de");
  /** Before "respond"/"response": the speaker's side will act ("would respond", "a crushing response"). */
  private static final Set<String> RESPONSE_AGENCY = Set.of("will", "would", "'ll", "shall", "ready", "right",
      "must", "necessary", "strong", "strongly", "firm", "firmly", "robust", "crushing", "overwhelming", "effective",
      "military", "decisive", "appropriate", "forceful", "harsh", "swift", "tough", "resolute", "proportionate",
      "proportional", "reciprocal", "'s", "’s");
  /** Words before "threat" that make it grave ("a serious threat", "an unprecedented, grave threat"). */
  private static final Set<String> GRAVE = Set.of("serious", "grave", "unprecedented", "direct", "imminent",
      "existential", "major", "real", "clear", "significant", "growing", "great", "gravest", "biggest", "greatest");
  /** Words before "threat" naming a threat of no government ("the extremist threat", "a terror threat"). */
  private static final Set<String> NON_STATE = Set.of("extremist", "extremists", "terrorist", "terror", "terrorism",
      "jihadist", "militant", "islamist", "cyber", "virus", "climate");

  /**
   * True when "threat" at {@code i} is a grave threat someone poses ("posed a serious threat to
   * Japan", "an unprecedented, grave threat"), not one of no government ("the extremist threat")
   * nor a mere word ("deal with that threat").
   */
  private static boolean graveThreat(List<Tok.Token> toks, int i) {
    boolean grave = i + 1 < toks.size() && toks.get(i + 1).lower().equals("to");
    for (int k = Math.max(0, i - 3); k < i; k++) {
      String w = toks.get(k).lower();
      if (NON_STATE.contains(w)) return false;
      grave |= GRAVE.contains(w);
    }
    return grave;
  }

  /** After "respond": how ("respond strongly", "respond with force"). */
  private static final Set<String> RESPONSE_MANNER = Set.of("strongly", "firmly", "forcefully", "with", "accordingly",
      "decisively", "harshly", "in");

  /**
   * The government a hostile content that names no target is aimed at: the other government the
   * {@link #CONTEXT_CHARS} before it name most, its span the hostile word; null for a speaker of
   * no government or a content with no such word. A negated reaction is restraint ("does not
   * further escalate"), a response needs the speaker's agency ("will respond", "a crushing
   * response"; not "the response to the attacks"), and a regret of one's own ("to my great
   * regret") aims at no one.
   */
  static Mention contextAdversary(Statement s, String content, String article, Resolver resolver, LocalDate date) {
    if (s.getGovernment() == null || article == null || s.getContentBegin() == null) return null;
    List<Tok.Token> toks = Tok.tokenize(content);
    Tok.Token hit = null;
    for (int i = 0; i < toks.size() && hit == null; i++) {
      Tok.Token t = toks.get(i);
      String w = t.lower();
      // "prepared for a military option" (not "short of a military option")
      boolean option = w.startsWith("option") && i > 0 && toks.get(i - 1).lower().equals("military")
          && !(i > 3 && toks.get(i - 3).lower().equals("short") && toks.get(i - 2).lower().equals("of"))
          && !(i > 4 && toks.get(i - 4).lower().equals("short") && toks.get(i - 3).lower().equals("of"));
      if (!t.isWord() || !option && !HOSTILE.matcher(t.text()).matches()) continue;
      boolean negated = false;
      for (int k = Math.max(0, i - 3); k < i; k++) negated |= NEGATIONS.contains(toks.get(k).lower());
      boolean passive = i > 0 && Set.of("be", "been", "being").contains(toks.get(i - 1).lower());
      // "does not further escalate" restrains the speaker; "would not be provoked" answers another
      if (negated && !passive && RESTRAINABLE.matcher(w).matches()) continue;
      if (w.startsWith("respon")) {
        // right before it, or before "to" or an adverb ("ready to respond", "would quickly respond")
        String prev = i > 0 ? toks.get(i - 1).lower() : "";
        boolean agency = RESPONSE_AGENCY.contains(prev) || i > 1 && (prev.equals("to") || prev.endsWith("ly"))
            && RESPONSE_AGENCY.contains(toks.get(i - 2).lower());
        boolean manner = i + 1 < toks.size() && RESPONSE_MANNER.contains(toks.get(i + 1).lower())
            && !(i + 2 < toks.size() && toks.get(i + 1).lower().equals("in") && !toks.get(i + 2).lower().equals("kind"));
        if (!agency && !manner) continue;
      }
      if (w.startsWith("regret") && i >= 2 && Set.of("my", "our").contains(toks.get(i - 2).lower())) continue;
      if (w.equals("threat") && (negated || !graveThreat(toks, i))) continue;
      hit = t;
    }
    if (hit == null) hit = judgingWord(toks);
    if (hit == null) return null;
    int end = Math.max(0, Math.min(s.getContentBegin(), article.length()));
    // the country the text before names most (persons in office count for theirs): the topic, not
    // the venue of the last sentence ("a press conference with Spanish Prime Minister Mariano Rajoy")
    List<Mention> before = new ArrayList<>();
    for (Mention m : named(article.substring(Math.max(0, end - CONTEXT_CHARS), end), resolver, date, Via.CONTEXT)) {
      ActorRef half = koreanHalf(m.ref(), article, resolver, date);
      before.add(half == null ? m : new Mention(m.mention(), m.text(), m.begin(), m.end(), half, m.via()));
    }
    Mention ante = mostNamed(before, s.getGovernment(), Set.of());
    if (ante == null) return null;
    return new Mention(hit.text() + " (" + ante.mention() + ")", content, hit.begin(), hit.end(), ante.ref(), Via.CONTEXT);
  }

  /** Contents up to this many words that judge and name no one judge the party the text before is about. */
  static final int JUDGING_CONTENT_WORDS = 12;
  /** Nouns that judge a party's act or claim ("a grave mistake", "a lie", "blackmail"). */
  private static final Set<String> JUDGING_NOUNS = Set.of("mistake", "error", "lie", "lies", "blackmail",
      "betrayal", "insult", "nonsense", "farce", "sham", "hoax", "disgrace", "slander", "smear", "propaganda", "breach");
  /** Words after a judging "-ing" word that show it takes no object ("insulting and false"). */
  private static final Set<String> NOT_OBJECTS = Set.of("and", "or", "but", "to");
  /** First-person words: a content about the speaker's own side judges no one else. */
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "our", "my", "me", "ours");

  /**
   * The judging word of a short content that names no one ("its decisions were 'irresponsible'",
   * "a grave mistake", "deeply offensive"): a negative adjective or judging noun, not negated and
   * not in a content about the speaker's own side; null otherwise. Such a judgement is of the
   * party whose act the text before reports, as a hostile word is.
   */
  static Tok.Token judgingWord(List<Tok.Token> toks) {
    if (words(toks) > JUDGING_CONTENT_WORDS) return null;
    for (Tok.Token t : toks) if (FIRST_PERSON.contains(t.lower())) return null;
    for (int i = 0; i < toks.size(); i++) {
      Tok.Token t = toks.get(i);
      if (!t.isWord() || !LocalCues.isNegativeAdjective(t.lower()) && !JUDGING_NOUNS.contains(t.lower())) continue;
      // "a video insulting Islam": a participle with its object, not a judgement
      if (t.lower().endsWith("ing") && i + 1 < toks.size() && toks.get(i + 1).isWord()
          && !NOT_OBJECTS.contains(toks.get(i + 1).lower())) continue;
      // "it would be a mistake to jeopardise the deal": a warning about an act, not a judgement of a party
      if (i + 1 < toks.size() && toks.get(i + 1).lower().equals("to")
          && toks.subList(0, i).stream().anyMatch(x -> x.lower().equals("it"))) continue;
      boolean negated = false;
      for (int k = Math.max(0, i - 3); k < i; k++) negated |= NEGATIONS.contains(toks.get(k).lower());
      if (!negated) return t;
    }
    return null;
  }

  /**
   * Drops the speaker's own government (unless a legislator or the opposition speaks: they
   * evaluate their own executive) and gives lone unresolved surnames the fuller name the article
   * uses.
   */
  private static List<Mention> finish(List<Mention> ms, Statement s, String article, Resolver resolver, LocalDate date) {
    List<Mention> out = new ArrayList<>();
    String own = s.getGovernment();
    boolean ownAllowed = s.getActorCategory() != null
        && OWN_GOVERNMENT_CRITICS.contains(s.getActorCategory());
    for (Mention m : ms) {
      if (own != null && !ownAllowed && own.equals(m.key()) && "government".equals(m.type())) continue;
      // a generic body of no country ("State" of "State of the Union", "the Cabinet") is nobody's
      if (m.ref().actorId() != null && m.ref().actorId().startsWith("gen-") && m.ref().government() == null) continue;
      ActorRef other = otherBearer(m, article, resolver, date);
      if (other != null) m = new Mention(m.mention(), m.text(), m.begin(), m.end(), other, m.via());
      ActorRef nick = m.ref().isUnknown() ? nicknamed(m.ref().name(), article, resolver, date) : null;
      if (nick == null) nick = koreanHalf(m.ref(), article, resolver, date);
      if (nick != null) m = new Mention(m.mention(), m.text(), m.begin(), m.end(), nick, m.via());
      if (m.ref().isUnknown() && m.ref().name() != null && !m.ref().name().contains(" ")) {
        String full = TargetNames.fullName(m.ref().name(), article);
        if (full != null) {
          m = new Mention(m.mention(), m.text(), m.begin(), m.end(), unknownNamed(full), m.via());
        } else if (accusedByName(m, s, article)) {
          // the object of the charging cue: its polarity is the cue's ("praised WikiLeaks for")
          m = new Mention(m.mention(), m.text(), m.begin(), m.end(), m.ref(), Via.CUE_OBJECT);
        } else {
          continue; // a lone unknown word names nothing we can key
        }
      }
      out.add(m);
    }
    return out;
  }

  /**
   * Who a lone surname linked to a registry person stands for when the article names only other
   * bearers of it ("Johnson" in a story that names Lyndon B. Johnson, not Boris Johnson): that
   * fuller name, resolved or kept as a name; null when the link stands or the article names no one.
   */
  static ActorRef otherBearer(Mention m, String article, Resolver resolver, LocalDate date) {
    if (article == null || !TargetNames.isPerson(m.ref()) || m.ref().actorId() == null) return null;
    String word = m.text().substring(m.begin(), m.end());
    if (word.contains(" ") || word.length() < 3 || !Character.isUpperCase(word.charAt(0))) return null;
    // any "Word Surname" of the article, titles included ("President Trump"), naming the linked person keeps it
    Matcher any = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*) " + Pattern.quote(word) + "(?![\\p{L}])").matcher(article);
    while (any.find()) {
      if (m.ref().actorId().equals(resolver.resolveTarget(any.group(), date).actorId())) return null;
    }
    for (String f : TargetNames.fullNames(word, article)) {
      // a capitalised word opening a sentence or a headline is no given name ("To Kim", "Top Trump aide")
      boolean inside = false;
      for (int at = article.indexOf(f); at >= 0 && !inside; at = article.indexOf(f, at + 1)) {
        inside = at > 0 && !SENTENCE_START.matcher(article.substring(Math.max(0, at - 3), at)).find();
      }
      if (!inside) continue;
      if (STOP_CAPS.contains(f.substring(0, f.indexOf(' ')).toLowerCase(Locale.ROOT))) continue;
      ActorRef r = resolver.resolveTarget(f, date);
      return r.isUnknown() ? unknownNamed(f) : r;
    }
    return null;
  }

  private static final Pattern SENTENCE_START = Pattern.compile("(?:[.!?:;|\"“”]\\s*|\\n\\s*)$");

  private static final Pattern NICKNAME = Pattern.compile("(\\p{Lu}[\\p{L}'’]+) (\\p{Lu}[\\p{L}]+)");

  /**
   * The registry person an unresolved "Epithet Given" name stands for ("Crooked Hillary": the
   * article's Hillary Clinton), when the article names a registry person with that given name
   * and the epithet is no title; else null.
   */
  static ActorRef nicknamed(String name, String article, Resolver resolver, LocalDate date) {
    if (name == null || article == null) return null;
    Matcher n = NICKNAME.matcher(name);
    if (!n.matches() || TargetNames.isTitleWord(n.group(1))) return null;
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(n.group(2)) + " (\\p{Lu}[\\p{L}'’-]+)").matcher(article);
    while (m.find()) {
      ActorRef r = resolver.resolveTarget(n.group(2) + " " + m.group(1), date);
      if (TargetNames.isPerson(r)) return r;
    }
    return null;
  }

  /**
   * "the North" and "the South" of a story about the two Koreas ("Seoul would respond if the North
   * took further steps"): North Korea when the article names it (or Pyongyang), South Korea likewise;
   * else null (the north of a country, Northern Ireland, Sudan).
   */
  static ActorRef koreanHalf(ActorRef ref, String article, Resolver resolver, LocalDate date) {
    if (article == null || !ref.isUnknown() || ref.name() == null) return null;
    String n = ref.name().toLowerCase(Locale.ROOT);
    if (n.startsWith("the ")) n = n.substring(4);
    if (n.equals("north") && KOREA_NORTH.matcher(article).find()) return resolver.resolveTarget("North Korea", date);
    if (n.equals("south") && KOREA_SOUTH.matcher(article).find()) return resolver.resolveTarget("South Korea", date);
    return null;
  }

  private static final Pattern KOREA_NORTH = Pattern.compile("\\bNorth Korea|\\bPyongyang\\b|\\bDPRK\\b");
  private static final Pattern KOREA_SOUTH = Pattern.compile("\\bSouth Korea|\\bSeoul\\b");

  // "over" after another country: what its act passes over ("North Korea's missile launch over
  // Japan"); after the speaker's own side it is what it threatens ("force over Taiwan"): kept
  private static final Set<String> AGAINST = Set.of("against", "on", "upon", "over");
  /** Verbs of attack and violation whose object, after another country named before, is its victim. */
  private static final Set<String> ATTACKED = Set.of("hit", "hits", "struck", "strike", "strikes",
      "attacked", "attack", "attacks", "attacking", "bombed", "bomb", "bombing", "shelled", "shelling",
      "targeted", "targeting", "invaded", "invade", "invading", "violated", "violate", "violates",
      "violating", "occupied", "occupying", "annexed", "annexing", "seize", "seized", "seizing",
      "annex", "occupy", "capture", "captured", "capturing", "exclude", "excluded", "excluding",
      "expel", "expelled", "expelling", "isolate", "isolated", "isolating", "punish", "punished",
      "punishing", "sanction", "sanctioned", "sanctioning"); // "the U.S. decision to exclude Cuba"
  private static final Set<String> IN = Set.of("in", "into", "inside", "within", "across",
      "throughout", "hosting", "housing"); // "strikes on bases hosting U.S. troops": where they are
  private static final Set<String> DIRECTIONS = Set.of("the", "eastern", "western", "northern",
      "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern",
      "north", "south", "east", "west", "rural", "occupied");

  /**
   * Drops countries that are the victim or the place of another party's action, named before them
   * in the content: "Russia's actions against Ukraine" (a country after against / on, when a
   * country other than the speaker's own acts), "Russia's involvement in the violence in eastern
   * Ukraine" (a country after in / into / across, when any other country is named before it).
   * "Sanctions on Iran" with nobody else named keeps Iran: the speaker's side acts. Whoever follows
   * a verb of killing ("to kill Mr. Litvinenko", "poisoned Skripal") is its victim; a country after
   * a verb of attack or violation reads like one after "against" ("Russia violated Ukraine's
   * sovereignty", "Iran's missiles hit Iraq's air base").
   */
  static List<Mention> victimsAndPlacesDropped(List<Mention> named, String content, String own) {
    List<Mention> out = new ArrayList<>();
    Mention lastDropped = null;
    for (Mention m : named) {
      if (lastDropped != null && lastDropped.end() <= m.begin()
          && (LIST_GOES_ON.matcher(content.substring(lastDropped.end(), m.begin())).matches()
              || HEAD_OF.matcher(content.substring(lastDropped.end(), m.begin())).matches())) {
        // "by supporting the UAE and Saudi Arabia", "sheltering ELN guerrillas and FARC dissidents": the
        // rest of the list; "admitting Polisario Front leader Brahim Ghali": the person it qualifies
        lastDropped = m;
        continue;
      }
      String g = m.ref().government();
      boolean country = g != null && "government".equals(m.type());
      String prep = country ? prepositionBefore(content, m.begin()) : null;
      if (!country && TargetNames.isPerson(m.ref()) && "against".equals(prepositionBefore(content, m.begin()))) {
        // "new U.S. sanctions against President Vladimir Putin": a person is the victim of another
        // government's act as a country is ("against" only: "on" and "in" say less of a person)
        prep = "against";
        g = g == null ? "" : g;
      }
      if (!country && prep == null && "for".equals(prepositionBefore(content, m.begin()))) {
        // "Kigali of supporting M23 rebels", "Maduro's government was sheltering ELN guerrillas": a
        // group or person another government aids is the beneficiary of the act charged, not its target
        prep = "for";
        g = g == null ? "" : g;
      }
      if (!country && g == null && "igo".equals(m.ref().category())) {
        // "Belarus is using migrants as a weapon against the European Union": a union of states
        // is the victim of another's act as a country is ("against" / "on" only, not a place)
        prep = prepositionBefore(content, m.begin());
        if (prep != null && !AGAINST.contains(prep)) prep = null;
      }
      boolean drop = HARM.contains(lemmaBefore(content, m.begin())) // "the operation to kill Mr. Litvinenko": the victim
          || sufferedOf(content, m.begin()) // "the killing of journalist Jamal Khashoggi"
          || SUFFERED_AFTER.matcher(content.substring(m.end())).lookingAt(); // "Navalny had been poisoned"
      if (prep != null && !actsItself(m)) {
        for (Mention a : named) {
          String ag = a.ref().government();
          if (a.begin() >= m.begin() || ag == null || ag.equals(g)) continue;
          // a place, or the beneficiary of aid ("for"), whoever acts; a victim, of another's act
          if (IN.contains(prep) && heldWith(content, m.begin())) continue; // "its friends in Doha"
          if (IN.contains(prep) || "for".equals(prep) || !ag.equals(own)) drop = true;
        }
      }
      if (!drop) out.add(m);
      else lastDropped = m;
    }
    return out;
  }

  /**
   * Last words of a country mention that name an act only the country itself commits ("Russian
   * aggression"); forces and strikes are left out, they may be the victims ("attacks on Syrian troops").
   */
  private static final Set<String> OWN_ACTS = Set.of("aggression", "invasion", "occupation", "interference",
      "meddling", "incursion", "annexation", "expansionism", "provocations", "provocation", "propaganda",
      "disinformation", "crackdown", "blockade", "bombardment", "offensive", "hegemony", "bullying");

  /**
   * True when the mention names the country's own act ("supporting Ukraine against Russian
   * aggression"): the actor, never the victim or the place of another's act.
   */
  private static boolean actsItself(Mention m) {
    String[] w = m.mention().toLowerCase(Locale.ROOT).split("\\s+");
    return w.length > 1 && OWN_ACTS.contains(w[w.length - 1]);
  }

  /** Cues that ask someone to act ("called on", "urged"): their object opens the content. */
  private static final Set<String> ASKING = Set.of("urge", "ask", "press", "appeal", "implore", "exhort", "request");
  private static final Pattern ASKED_OPENING = Pattern.compile("^\\s*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** "to" after the one asked, or after its members ("urged G7 countries to impose ..."). */
  private static final String ASKED_TO = "^\\s+(?:(?:countries|nations|members|member states|leaders|governments|states"
      + "|partners|allies)\\s+)?to\\s+";
  private static final Pattern TO_ACT = Pattern.compile(ASKED_TO + "[a-z]");
  /** Acts on a party the content need not name ("urged G7 countries to impose new sanctions"). */
  private static final Pattern TO_ACT_ON_OTHERS = Pattern.compile(ASKED_TO + "(?:immediately\\s+|urgently\\s+)?"
      + "(?:impose|tighten|expand|step up|increase|sanction|punish|pressure|isolate|expel|arm|send|supply|provide|help"
      + "|support|join)\\b");
  /** What one is asked to do about its own conduct ("urged Russia to end support for Syria"): evaluated. */
  private static final Pattern TO_CHANGE_COURSE = Pattern.compile(ASKED_TO + "(?:immediately\\s+|urgently\\s+)?"
      + "(?:stop|cease|end|halt|abandon|withdraw|release|refrain|drop|reverse|pull|back down|change|comply|respect"
      + "|abide|honou?r|lift|rescind|revoke|suspend|return|rejoin|reconsider|abandon|renounce|free)\\b");

  /**
   * The addressee of a request who is asked to act on someone else ("called on the European Union to
   * impose sanctions on Russia"): the content opens with it (or its members: "G7 countries") and
   * "to", and names another party after it or asks an act on others ("to impose new sanctions",
   * "to send weapons"). It is asked, not evaluated; one asked to change its own conduct ("urged Iran to return to
   * the deal", nobody else named) stays. Null when there is none.
   */
  static Mention askedToActOnAnother(List<Mention> named, String content, Statement s) {
    String cue = s.getCue() == null ? "" : s.getCue().toLowerCase(Locale.ROOT);
    String lemma = s.getCueLemma() == null ? "" : s.getCueLemma();
    boolean asking = ASKING.contains(lemma) || cue.matches("(?:has |have |had )?call(?:s|ed|ing)? (?:on|upon)");
    if (!asking || named.isEmpty()) return null;
    Mention first = named.get(0);
    if (!ASKED_OPENING.matcher(content.substring(0, first.begin())).matches()
        || !TO_ACT.matcher(content.substring(first.end())).lookingAt()
        || TO_CHANGE_COURSE.matcher(content.substring(first.end())).lookingAt()) return null;
    if (TO_ACT_ON_OTHERS.matcher(content.substring(first.end())).lookingAt()) return first;
    String own = s.getGovernment();
    for (Mention m : named) {
      if (m.begin() > first.end() && !m.key().equals(first.key()) && (own == null || !own.equals(m.key()))) return first;
    }
    return null;
  }

  /** Verbs of killing and harming whose object suffers the act: a victim, not evaluated. */
  private static final Set<String> HARM = Set.of("kill", "murder", "poison", "assassinate",
      "execute", "torture", "kidnap", "abduct", "behead", "slay", "detain", "arrest", "jail", "imprison", "shoot",
      "free", "release"); // "calls to free Alexei Navalny": the one held, not the one evaluated

  /** Nouns of an act suffered by whoever follows "of": "the killing of", "the arrest of", "the invasion of". */
  private static final Set<String> SUFFERED = Set.of("killing", "killings", "murder", "assassination",
      "shooting", "stabbing", "beating",
      "poisoning", "execution", "torture", "kidnapping", "abduction", "beheading", "death", "deaths",
      "disappearance", "arrest", "detention", "imprisonment", "jailing", "invasion", "occupation",
      "annexation", "bombing", "bombardment", "shelling", "blockade", "siege", "persecution",
      "exclusion", "expulsion", "isolation", "seizure", "harassment", "intimidation", "encirclement",
      "destruction", "starvation", "targeting", "sanctioning", "suppression", "oppression",
      "takeover", "conquest", "subjugation", "colonization", "colonisation",
      "violation", "violations", "breach", "infringement"); // "a violation of Ukraine's territorial integrity"
  /**
   * A passive of harm right after the mention ("Navalny had been poisoned", "Hamdok was detained by
   * the military", "Ukraine was invaded"): the mention suffers the act, it is not evaluated.
   */
  private static final Pattern SUFFERED_AFTER = Pattern.compile("\\s+(?:was|were|is|are|had been|has been|have been"
      + "|is being|was being|were being|being|been)\\s+(?:\\w+ly\\s+)?(?:poisoned|killed|murdered|assassinated|detained"
      + "|arrested|jailed|imprisoned|kidnapped|abducted|executed|tortured|attacked|invaded|occupied|bombed|shelled"
      + "|targeted|beheaded|wounded|injured)\\b"
      // "Navalny was the victim of a crime": a victim, whatever the crime
      + "|\\s+(?:was|were|is|are|had been|has been|have been|became|become)\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+)?victims?\\s+of\\b");

  /**
   * True when the mention follows "of" after a noun of an act it suffers, with at most two
   * describing words between ("the killing of journalist Jamal Khashoggi", "the arrest of Meng
   * Wanzhou"): the victim, not evaluated.
   */
  static boolean sufferedOf(String text, int begin) {
    List<Tok.Token> t = Tok.tokenize(text.substring(0, Math.max(0, begin)));
    int i = t.size() - 1;
    int described = 0;
    boolean common = false; // a title or lower-case word among them: "Kosovo Serb politician Oliver Ivanovic"
    while (i >= 0 && t.get(i).isWord() && !t.get(i).lower().equals("of") && described < 3) {
      common |= TargetNames.isTitleWord(t.get(i).text()) || !t.get(i).isCapitalized();
      i--;
      described++;
    }
    while (i >= 0 && t.get(i).text().equals(".")) i--;
    return i > 0 && (described == 0 || common) && t.get(i).lower().equals("of") && SUFFERED.contains(t.get(i - 1).lower());
  }

  /** Lemma of the word right before {@code begin} in {@code text}, or "". */
  private static String lemmaBefore(String text, int begin) {
    List<Tok.Token> t = Tok.tokenize(text.substring(0, Math.max(0, begin)));
    int i = t.size() - 1;
    while (i >= 0 && (t.get(i).text().equals(".") || TargetNames.isTitleWord(t.get(i).text()))) i--; // "kill Mr. Litvinenko"
    return i < 0 || !t.get(i).isWord() ? "" : t.get(i).lemma();
  }

  /** Verbs of saying and of attitude whose subjects voice the content rather than being evaluated. */
  private static final Pattern VOICING = Pattern.compile("(?:said|say|says|regret(?:ted|s)?|welcome[ds]?"
      + "|condemn(?:ed|s)?|critici[sz]e[ds]?|praise[ds]?|urge[ds]?|call(?:ed|s)?|warn(?:ed|s)?|agree[ds]?"
      + "|insist(?:ed|s)?|stress(?:ed|es)?|express(?:ed|es)?|voice[ds]?|denie[ds]|deny|reject(?:ed|s)?"
      + "|demand(?:ed|s)?|announce[ds]?|vow(?:ed|s)?|pledge[ds]?|promise[ds]?|accuse[ds]?)");
  private static final Pattern COORDINATION = Pattern.compile("^\\s*(?:,\\s*and|,|and|&)\\s*$");
  /** What joins the next item of a list, past a head noun of the item before ("ELN guerrillas and FARC dissidents"). */
  private static final Pattern LIST_GOES_ON = Pattern.compile("^\\s*(?:[a-z]+\\s*)?(?:,\\s*and|,|and|&)\\s*$");
  /** A leader's title between an organisation and its leader's name ("Polisario Front leader Brahim Ghali"). */
  private static final Pattern HEAD_OF = Pattern.compile("^\\s+(?:leader|chief|head|commander|founder)\\s+$");

  /**
   * Drops the subjects of a verb of saying or attitude in the content: "France, Germany and
   * Britain regretted the U.S. decision" reports what they said with the speaker; the U.S. is
   * evaluated, they are not.
   */
  static List<Mention> coSpeakersDropped(List<Mention> named, String content) {
    Set<Mention> voices = new java.util.HashSet<>();
    for (int i = 0; i < named.size(); i++) {
      int j = i;
      while (j + 1 < named.size() && named.get(j).end() <= named.get(j + 1).begin()
          && COORDINATION.matcher(content.substring(named.get(j).end(), named.get(j + 1).begin())).matches()) j++;
      Matcher w = NEXT_WORD.matcher(content.substring(named.get(j).end()));
      if (w.lookingAt() && VOICING.matcher(w.group(1).toLowerCase(Locale.ROOT)).matches()) {
        for (int k = i; k <= j; k++) voices.add(named.get(k));
      }
    }
    if (voices.isEmpty()) return named;
    List<Mention> out = new ArrayList<>(named);
    out.removeAll(voices);
    return out;
  }

  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(?:(?:also|have|has|had|jointly|strongly|all)\\s+)*([A-Za-z]+)\\b");

  /** The preposition before a mention, past "the" and direction words ("in eastern"), or null. */
  private static String prepositionBefore(String text, int begin) {
    String[] w = text.substring(0, Math.max(0, begin)).toLowerCase(Locale.ROOT).split("[^a-z]+");
    for (int i = w.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
      if (w[i].isEmpty()) { seen--; continue; }
      if (AGAINST.contains(w[i]) || IN.contains(w[i])) return w[i];
      if (ATTACKED.contains(w[i])) return "against"; // "missiles hit Iraq's air base", "violated Ukraine's sovereignty"
      // "the greatest threat to Israel", "a blow to European security": what is threatened
      if (w[i].equals("to") && i > 0 && THREAT_TO.contains(w[i - 1])) return "against";
      // "by supporting the UAE", "to end support for Syria": the beneficiary of another's act
      if (BENEFITING.contains(w[i]) || (w[i].equals("for") || w[i].equals("to")) && i > 0 && AID.contains(w[i - 1])) return "for";
      if (!DIRECTIONS.contains(w[i])) return null;
    }
    return null;
  }

  /** Nouns whose "to" names what suffers them ("a threat to Israel"). */
  private static final Set<String> THREAT_TO = Set.of("threat", "threats", "danger", "dangers", "risk",
      "risks", "menace", "blow", "damage", "harm", "affront", "insult");
  /** Verbs whose object benefits from the act ("supporting the UAE"). */
  private static final Set<String> BENEFITING = Set.of("supporting", "arming", "funding", "backing", "financing",
      "sheltering", "harbouring", "harboring", "sponsoring", "admitting", "aiding", "shielding");
  /** Nouns of aid before "for"/"to" ("support for Syria", "arms to Saudi Arabia"). */
  private static final Set<String> AID = Set.of("support", "aid", "assistance", "arms", "weapons", "funding",
      "tanks", "missiles", "jets", "ammunition", "equipment", "aircraft", "drones", "shells", "rockets", "artillery",
      "vaccines", "troops", "supplies", "loans", "mercenaries", "fighters", "money");

  private static final Pattern JOINED = Pattern.compile("^\\s*(?:and|&)\\s*$");

  /** Keys of the named mentions joined by "and" with a mention of the speaker's own government. */
  private static Set<String> partners(List<Mention> ms, String content, String own) {
    if (own == null) return Set.of();
    Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention a = ms.get(i);
      Mention b = ms.get(i + 1);
      if (a.end() > b.begin() || !JOINED.matcher(content.substring(a.end(), b.begin())).matches()) continue;
      String ga = a.ref().government();
      String gb = b.ref().government();
      if (own.equals(ga) && gb != null && !own.equals(gb)) out.add(b.key());
      if (own.equals(gb) && ga != null && !own.equals(ga)) out.add(a.key());
    }
    return out;
  }

  private static int words(List<Tok.Token> toks) {
    int n = 0;
    for (Tok.Token t : toks) if (t.isWord()) n++;
    return n;
  }

  private static boolean overlapsText(String sentence, Mention m, String speakerMention) {
    for (int i = sentence.indexOf(speakerMention); i >= 0; i = sentence.indexOf(speakerMention, i + 1)) {
      if (m.begin() < i + speakerMention.length() && m.end() > i) return true;
    }
    return false;
  }

  private static final Set<String> PLURAL_NOUNS = Set.of("people", "police", "military", "men",
      "women", "children", "forces", "troops", "officials", "leaders", "countries", "sides", "both",
      "parties", "others", "everyone", "all");

  /**
   * True when a plural noun (or a sentence boundary) comes before the pronoun in the content: then
   * "they" most likely refers to something inside the quote ("military people ... They
   * understand"), not to a country named before it in the article.
   */
  private static boolean localPluralBefore(List<Tok.Token> toks, int ti) {
    for (int j = ti - 1; j >= 0; j--) {
      Tok.Token t = toks.get(j);
      String w = t.lower();
      if (w.equals(".") || w.equals("?") || w.equals("!")) return true;
      if (!t.isWord() || t.isCapitalized()) continue;
      if (PLURAL_NOUNS.contains(w)) return true;
      if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
          && !w.endsWith("is") && !Set.of("was", "has", "does", "is", "this", "its", "yes").contains(w)
          && j + 1 < toks.size() && j + 1 == ti) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,2}|II|III|IV");
  /** Determiners that make an agreement noun any agreement, not the one the article names. */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "another", "new", "no",
      "future", "every", "each", "other", "such");
  /** Nouns that refer back to a named agreement of the article ("the deal", "this agreement"). */
  private static final Set<String> AGREEMENT_REFERENCES = Set.of("deal", "agreement", "accord",
      "pact", "treaty", "pipeline");

  /**
   * "The worst deal ever negotiated", "the nuclear deal with Western powers": a lower-case
   * agreement noun, not indefinite ("a deal", "any agreement"), refers to the named agreement
   * ({@code agreements.yaml}) the article names last before the content, or the one named after
   * the country the article names last ("Iran ... the nuclear deal": the Iran nuclear deal), when
   * the content names none itself. A domain word before the noun ("nuclear", "climate") must be in the agreement's
   * name, and "pipeline" only refers to a pipeline.
   */
  private static Mention agreementReference(List<Tok.Token> toks, String content, List<Mention> named,
      Statement s, String article, Resolver resolver, LocalDate date) {
    for (Mention m : named) if (isAgreement(m.ref())) return null;
    if (article == null || s.getContentBegin() == null) return null;
    for (int i = 0; i < toks.size(); i++) {
      Tok.Token t = toks.get(i);
      if (!AGREEMENT_REFERENCES.contains(t.text())) continue;
      int k = i - 1;
      String domain = null;
      while (k >= 0 && !toks.get(k).isCapitalized() && toks.get(k).isWord()
          && !INDEFINITE.contains(toks.get(k).lower()) && !DETERMINERS.contains(toks.get(k).lower())
          && !COPULA_OR_THERE.contains(toks.get(k).lower()) && i - k <= 3) {
        if (AGREEMENT_DOMAINS.contains(toks.get(k).lower())) domain = toks.get(k).lower();
        k--;
      }
      if (k >= 0 && (INDEFINITE.contains(toks.get(k).lower()) || toks.get(k).isCapitalized() && i - k == 1
          || COPULA_OR_THERE.contains(toks.get(k).lower()))) continue; // "there was agreement"
      if (k > 0 && VIOLATE.contains(toks.get(k - 1).lemma())) continue; // "violated the deal": its victim, not evaluated
      int end = Math.max(0, Math.min(s.getContentBegin(), article.length()));
      String prefix = article.substring(0, end);
      List<Mention> before = named(prefix, resolver, date, Via.PRONOUN);
      for (int j = before.size() - 1; j >= 0; j--) {
        Mention b = before.get(j);
        ActorRef r = b.ref();
        if (!isAgreement(r) && isCollective(r)) {
          // "Iran ... the nuclear deal": the country's agreement of that kind, when one is named so
          r = countryAgreement(prefix.substring(b.begin(), b.end()), domain, t.text(), resolver, date);
        } else if (TargetNames.isPerson(r) && resolver.countryName(r.government()) != null) {
          // "Iranian President Hassan Rouhani defended the nuclear deal": his country's agreement
          r = countryAgreement(resolver.countryName(r.government()), domain, t.text(), resolver, date);
        }
        if (fits(r, domain, t.text())) {
          return new Mention(t.text() + " (" + r.name() + ")", content, t.begin(), t.end(), r, Via.PRONOUN);
        }
      }
      return null;
    }
    return null;
  }

  /** Participles after a comma whose "it" is what the clause before named ("..., calling it illegal"). */
  private static final Set<String> NAMING_PARTICIPLES = Set.of("calling", "describing", "terming", "labelling",
      "labeling", "branding", "dubbing", "deeming");
  /** Verbs of a clause whose object a later "it" in the same sentence refers to ("blamed North Korea ..., saying"). */
  private static final Set<String> EVALUATING_VERBS = Set.of("blame", "accuse", "criticize", "criticise",
      "condemn", "denounce", "slam", "reject", "praise", "welcome", "defend", "attack", "fault", "decry",
      "hail", "applaud", "commend", "warn", "threaten", "urge");
  /** Linking verbs after which "it" opens a clause about something else ("it is crazy to ..."). */
  private static final Set<String> EXPLETIVE_COPULAS = Set.of("is", "was", "'s", "’s", "seems", "seemed",
      "appears", "appeared", "has", "had");
  /** Words after which "it" is a clause's subject ("if it would stop"). */
  private static final Set<String> IT_OPENERS = Set.of("if", "that", "because", "when", "unless", "while",
      "since", "and", "but", "as");

  /** "it is crazy to", "it would be a mistake to": an "it" that stands for no one. */
  private static boolean expletive(List<Tok.Token> toks, int itAt) {
    if (itAt + 1 >= toks.size()) return false;
    String next = toks.get(itAt + 1).lower();
    if (EXPLETIVE_COPULAS.contains(next)) return true;
    return (next.equals("would") || next.equals("will") || next.equals("could") || next.equals("might"))
        && itAt + 2 < toks.size() && toks.get(itAt + 2).lower().equals("be");
  }

  /**
   * "Imran Khan condemned India's decision ..., calling it illegal", "Trump criticized a deal
   * Germany struck ... on the Nord Stream 2 pipeline project, calling it 'not fair'", "Tillerson
   * blamed North Korea for the rising tensions, saying that if it would stop testing missiles":
   * when the content names nothing and either opens with (or follows) "it" after a naming
   * participle, or holds a subject "it" after a clause whose verb evaluates an object, the object
   * that clause named first (after its verb) is meant: its named agreement when the object is a
   * deal, else its first country, person or body. Not the speaker, not the speaker's own government;
   * not an "it" that opens a linking verb ("it is crazy to ..."), which stands for no one.
   */
  private static Mention earlierClauseObject(Statement s, String content, List<Tok.Token> toks, String sentence,
      Resolver resolver, LocalDate date) {
    int at = s.getContentBegin() - s.getSentenceBegin();
    if (at <= 0 || at > sentence.length()) return null;
    List<Tok.Token> head = Tok.tokenize(sentence.substring(0, at));
    int h = head.size() - 1;
    while (h >= 0 && !head.get(h).isWord()) h--; // an opening quotation mark
    boolean itBefore = h > 0 && head.get(h).lower().equals("it") && NAMING_PARTICIPLES.contains(head.get(h - 1).lower());
    int itAt = -1;
    for (int i = 0; i < toks.size() && i < 4 && itAt < 0; i++) {
      // a subject "it": first, or after a conjunction ("if it would stop"), not an object ("he'd done it")
      if (toks.get(i).lower().equals("it") && (i == 0 || IT_OPENERS.contains(toks.get(i - 1).lower()))) itAt = i;
    }
    String cue = s.getCue() == null ? "" : s.getCue().toLowerCase(Locale.ROOT);
    boolean naming = NAMING_PARTICIPLES.contains(cue) && itAt == 0;
    if (!itBefore && !naming && itAt < 0) return null;
    if (!itBefore && !naming && itAt >= 0 && expletive(toks, itAt)) return null;
    // the clause before: up to the last comma of the head
    int comma = -1;
    for (int i = head.size() - 1; i >= 0; i--) if (head.get(i).text().equals(",")) { comma = i; break; }
    if (comma < 0) return null;
    int verb = -1;
    for (int i = 0; i < comma; i++) {
      String l = head.get(i).lemma();
      if (EVALUATING_VERBS.contains(l) || (itBefore || naming) && (l.equals("say") || l.equals("call"))) { verb = i; break; }
    }
    if (verb < 0) return null;
    String clause = sentence.substring(head.get(verb).end(), head.get(comma).begin());
    List<Mention> objects = named(clause, resolver, date, Via.PRONOUN);
    Mention pick = null;
    boolean deal = false;
    for (int i = verb + 1; i < comma && i <= verb + 4; i++) deal |= AGREEMENT_REFERENCES.contains(head.get(i).lower());
    for (Mention m : objects) {
      if (s.getGovernment() != null && s.getGovernment().equals(m.key()) && "government".equals(m.type())) continue;
      if (s.getActorId() != null && s.getActorId().equals(m.ref().actorId())) continue;
      if (m.ref().isUnknown()) continue;
      if (deal && isAgreement(m.ref())) { pick = m; break; }
      if (pick == null && !deal) pick = m;
    }
    if (deal && pick == null) {
      for (Mention m : objects) if (!m.ref().isUnknown() && !(s.getGovernment() != null && s.getGovernment().equals(m.key()))) { pick = m; break; }
    }
    if (pick == null) return null;
    if (itBefore) {
      // the quote is the complement of "it": the sentence is the mention's text, "it" its place
      Tok.Token t = head.get(h);
      return new Mention("it (" + pick.ref().name() + ")", sentence, t.begin(), t.end(), pick.ref(), Via.PRONOUN);
    }
    Tok.Token t = toks.get(Math.max(itAt, 0));
    return new Mention(t.text() + " (" + pick.ref().name() + ")", content, t.begin(), t.end(), pick.ref(), Via.PRONOUN);
  }

  /** Head nouns of a definite description that stands for a body named before ("the council", "the committee"). */
  private static final Set<String> BODY_HEADS = Set.of("council", "committee", "commission", "agency",
      "bureau", "alliance", "bloc", "court", "tribunal", "panel");
  /** Bodies a head noun stands for although their name does not end with it ("the alliance": NATO). */
  private static final java.util.Map<String, Set<String>> BODY_HEAD_NAMES = java.util.Map.of(
      "alliance", Set.of("nato"), "bloc", Set.of("european union", "eu", "asean"));
  /** Adjectives allowed between "the" and the head noun ("the divided council"). */
  static final int BODY_ADJECTIVES = 1;

  /**
   * "The divided council has not shouldered its responsibilities", said after the article named the
   * UN Security Council: the body named last before the content whose name ends with the head noun
   * (or NATO for "the alliance", the EU for "the bloc"). Not when the content names a body itself,
   * nor for "the council of ..." or "the Council" with a name after it.
   */
  private static Mention bodyReference(List<Tok.Token> toks, String content, List<Mention> named,
      Statement s, String article, Resolver resolver, LocalDate date) {
    if (article == null || s.getContentBegin() == null) return null;
    for (Mention m : named) if (!isCollective(m.ref()) && !TargetNames.isPerson(m.ref()) && !m.ref().isUnknown()) return null;
    for (int i = 1; i < toks.size(); i++) {
      String head = toks.get(i).text();
      if (!BODY_HEADS.contains(head)) continue; // lower case only: "the Council" is a name
      int k = i - 1;
      if (k > 0 && !toks.get(k).lower().equals("the") && toks.get(k).isWord() && !toks.get(k).isCapitalized()) k--;
      if (k < 0 || !toks.get(k).lower().equals("the") || i - k - 1 > BODY_ADJECTIVES) continue;
      if (i + 1 < toks.size() && (toks.get(i + 1).lower().equals("of") || toks.get(i + 1).isCapitalized())) continue;
      int end = Math.max(0, Math.min(s.getContentBegin(), article.length()));
      int start = Math.max(0, end - CONTEXT_CHARS * 2);
      List<Mention> before = named(article.substring(start, end), resolver, date, Via.PRONOUN);
      for (int j = before.size() - 1; j >= 0; j--) {
        ActorRef r = before.get(j).ref();
        if (r.isUnknown() || r.name() == null || TargetNames.isPerson(r) || isCollective(r)) continue;
        String name = r.name().toLowerCase(Locale.ROOT);
        if (!name.endsWith(" " + head) && !BODY_HEAD_NAMES.getOrDefault(head, Set.of()).contains(name)) continue;
        if (s.getGovernment() != null && s.getGovernment().equals(r.government())
            && !OWN_GOVERNMENT_CRITICS.contains(String.valueOf(s.getActorCategory()))) return null; // the speaker's own body
        Tok.Token t = toks.get(k);
        return new Mention(content.substring(t.begin(), toks.get(i).end()) + " (" + r.name() + ")", content,
            t.begin(), toks.get(i).end(), r, Via.PRONOUN);
      }
      return null;
    }
    return null;
  }

  /** The agreement "COUNTRY [domain] noun" names ("Iran nuclear deal"), trying each domain when none is given. */
  private static ActorRef countryAgreement(String country, String domain, String noun, Resolver resolver, LocalDate date) {
    ActorRef r = resolver.resolveTarget(country + " " + (domain == null ? "" : domain + " ") + noun, date);
    for (java.util.Iterator<String> d = AGREEMENT_DOMAINS.iterator(); domain == null && !isAgreement(r) && d.hasNext(); ) {
      r = resolver.resolveTarget(country + " " + d.next() + " " + noun, date); // "the pact": the Iran nuclear pact
    }
    return r;
  }

  /** True when {@code r} is an agreement of the domain and kind the reference names ("the pipeline" is one). */
  private static boolean fits(ActorRef r, String domain, String noun) {
    if (!isAgreement(r)) return false;
    String name = r.name().toLowerCase(Locale.ROOT);
    if (domain != null && !name.contains(domain)) return false;
    return noun.equals("pipeline") == (name.contains("pipeline") || r.actorId().contains("STREAM"));
  }

  private static final Set<String> VIOLATE = Set.of("violate", "breach", "break", "breaking", "broke", "violating");
  private static final Set<String> COPULA_OR_THERE = Set.of("is", "was", "are", "were", "be", "been",
      "there", "reached", "reach", "no", "of", "in", "on", "for", "without");
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "its", "our", "their");

  /** True for a named agreement, treaty or programme ({@code agreements.yaml}). */
  static boolean isAgreement(ActorRef r) {
    return r != null && "agreement".equals(r.role()) && r.government() == null && r.actorId() != null && r.name() != null;
  }

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");

  /**
   * True when "he" or "she" in the content cannot be the speaker: a direct or partial quote (the
   * speaker says "I"). In reported speech ("Trump said he would") the pronoun is mostly the
   * speaker, and where a body speaks the antecedent is too often the wrong person.
   */
  static boolean thirdPersonVoice(Statement s) {
    String kind = s.getKind();
    return "direct".equals(kind) || "partial".equals(kind);
  }

  /** Words after an object "her" ("accused her of", "urged her to"), unlike a noun after a possessive "her". */
  private static final Set<String> AFTER_OBJECT = Set.of("of", "to", "for", "with", "over", "in", "on", "as",
      "that", "about", "not", "and", "again", "repeatedly", "publicly");

  /** The span of "him" or "her" right after the cue in the sentence ("accused him of"), or null. */
  private static int[] cueObjectPronoun(String sentence, String cue) {
    int from = afterCue(sentence, cue);
    if (from < 0) return null;
    List<Tok.Token> toks = Tok.tokenize(sentence.substring(from));
    if (toks.isEmpty() || !OBJECT_PRONOUNS.contains(toks.get(0).lower())) return null;
    if (toks.get(0).lower().equals("her") && toks.size() > 1 && toks.get(1).isWord()
        && !AFTER_OBJECT.contains(toks.get(1).lower())) {
      return null; // "said her country supported": a possessive, the speaker's own
    }
    return new int[] {from + toks.get(0).begin(), from + toks.get(0).end()};
  }

  /** Cues that judge their object ("called the decision a mistake", "condemned the strike"). */
  private static final Set<String> JUDGING_CUES = Set.of("call", "describe", "dismiss", "label", "brand", "term",
      "condemn", "denounce", "reject", "criticize", "criticise", "slam", "decry", "deplore", "regret", "blast");
  /** Heads of a definite object that is someone's claim or act, named before ("the claim", "the strike"). */
  private static final Set<String> ACT_NOUNS = Set.of("claim", "claims", "accusation", "accusations", "allegation",
      "allegations", "charge", "charges", "remarks", "comments", "decision", "move", "step", "strike", "strikes",
      "attack", "attacks", "measure", "measures", "action", "actions", "vote", "operation", "deployment", "junta",
      "regime", "policy", "plan", "proposal", "sanctions", "tariffs", "ban", "expulsion", "incursion", "raid",
      "test", "tests", "launch", "launches", "offer", "offers", "dossier", "demand", "demands", "ultimatum");
  private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those", "that", "its", "their");

  /**
   * The span of a definite noun phrase right after a judging cue whose head is a claim or an act
   * ("dismissed the claim as", "called the strike"), with at most two words between the determiner
   * and the head; null otherwise.
   */
  static int[] actObject(String sentence, Statement s) {
    if (s.getCue() == null || s.getCueLemma() == null || !JUDGING_CUES.contains(s.getCueLemma())) return null;
    int from = afterCue(sentence, s.getCue());
    if (from < 0) return null;
    List<Tok.Token> toks = Tok.tokenize(sentence.substring(from));
    if (toks.isEmpty() || !DEFINITE.contains(toks.get(0).lower())) return null;
    for (int k = 1; k < toks.size() && k <= 3; k++) {
      Tok.Token x = toks.get(k);
      if (!x.isWord() || x.isCapitalized()) return null;
      if (ACT_NOUNS.contains(x.lower())) {
        // the head ends the phrase: not "the decision to ..." / "the attack on X" (named there)
        if (k + 1 < toks.size() && toks.get(k + 1).isWord() && !AFTER_ACT.contains(toks.get(k + 1).lower())) return null;
        return new int[] {from + toks.get(0).begin(), from + x.end()};
      }
    }
    return null;
  }

  /** Words after an opposed act that still end it ("condemn the attack on our embassy", "the strikes in Syria"). */
  private static final Set<String> AFTER_OPPOSED_ACT = Set.of("in", "on");
  /** Verbs in a content that oppose their object ("firmly opposes the test", "we condemn this attack"). */
  private static final Set<String> OPPOSING = Set.of("oppose", "condemn", "denounce", "reject", "criticize",
      "criticise", "decry", "deplore", "regret");

  /**
   * The span of a definite act or claim a content's own opposing verb takes as its object ("China
   * firmly opposes the test", "we strongly condemn this attack"), as {@link #actObject} reads the
   * cue's; null otherwise.
   */
  static int[] contentActObject(List<Tok.Token> toks) {
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (!OPPOSING.contains(toks.get(i).lemma())) continue;
      int d = i + 1;
      if (!DEFINITE.contains(toks.get(d).lower())) continue;
      for (int k = d + 1; k < toks.size() && k <= d + 3; k++) {
        Tok.Token x = toks.get(k);
        if (!x.isWord() || x.isCapitalized()) break;
        if (ACT_NOUNS.contains(x.lower())) {
          if (k + 1 < toks.size() && toks.get(k + 1).isWord() && !AFTER_ACT.contains(toks.get(k + 1).lower())
              && !AFTER_OPPOSED_ACT.contains(toks.get(k + 1).lower())) {
            break; // "the decision to leave", "the test site": a longer phrase, not the act itself
          }
          return new int[] {toks.get(d).begin(), x.end()};
        }
      }
    }
    return null;
  }

  /** Words that may follow an act object's head ("called the strike an act", "dismissed the claim as"). */
  private static final Set<String> AFTER_ACT = Set.of("as", "a", "an", "and", "but", "which", "that", "by");

  /** The offset right after the cue's first occurrence in the sentence, or -1. */
  private static int afterCue(String sentence, String cue) {
    int at = sentence.indexOf(cue);
    return at < 0 ? -1 : at + cue.length();
  }

  /** The span of "it" right after the cue in the sentence, followed by "of"/"as"/"a"/"an" ("accused it of"), or null. */
  private static int[] cueObjectIt(String sentence, String cue) {
    int from = afterCue(sentence, cue);
    if (from < 0) return null;
    List<Tok.Token> toks = Tok.tokenize(sentence.substring(from));
    if (toks.size() < 2 || !toks.get(0).lower().equals("it") || !IT_OBJECT_NEXT.contains(toks.get(1).lower())) return null;
    return new int[] {from + toks.get(0).begin(), from + toks.get(0).end()};
  }

  private static final Set<String> IT_OBJECT_NEXT = Set.of("of", "as", "a", "an", "for");
  /** A finite verb or auxiliary right after a clause's subject ("the WHO had lost", "Maduro's regime had burned"). */
  private static final Pattern SUBJECT_VERB = Pattern.compile(
      "^(?:\\s*['’]s\\s+\\w+)?\\s+(?:had|has|have|was|were|is|are|would|will|could|did)\\b");

  /**
   * The non-person named as the subject of a clause of the sentence before {@code pos} (the last
   * one followed by a finite verb), never the speaker's own government: what "it" after a second
   * cue stands for ("said the World Health Organization had lost credibility and accused it of").
   */
  private static Mention clauseSubjectBefore(String sentence, int pos, Statement s, Resolver resolver, LocalDate date) {
    Mention found = null;
    for (Mention m : named(sentence, resolver, date, Via.CUE_OBJECT)) {
      if (m.end() > pos || TargetNames.isPerson(m.ref()) || m.ref().isUnknown()) continue;
      if (s.getGovernment() != null && s.getGovernment().equals(m.key())) continue;
      if (SUBJECT_VERB.matcher(sentence.substring(m.end(), pos)).lookingAt()) found = m;
    }
    return found; // read from the sentence as a cue object already
  }

  /**
   * The person a third-person pronoun at {@code pos} in the content stands for: the nearest person
   * named before it in the content, else in the {@link #CONTEXT_CHARS} of the article before the
   * content; never the speaker. Persons named only in a possessive ("Trump's lawyers") are not
   * candidates ({@link #named} drops them).
   */
  private static Mention personAntecedent(List<Mention> named, int pos, Statement s, String article,
      Resolver resolver, LocalDate date) {
    for (int i = named.size() - 1; i >= 0; i--) {
      Mention m = named.get(i);
      if (m.begin() < pos && TargetNames.isPerson(m.ref()) && !isSpeaker(m, s)) return m;
    }
    if (article == null || s.getContentBegin() == null) return null;
    int end = Math.max(0, Math.min(s.getContentBegin(), article.length()));
    List<Mention> prev = named(article.substring(Math.max(0, end - CONTEXT_CHARS), end), resolver, date, Via.PRONOUN);
    for (int i = prev.size() - 1; i >= 0; i--) {
      Mention m = prev.get(i);
      if (TargetNames.isPerson(m.ref()) && !isSpeaker(m, s)) return m;
    }
    return null;
  }

  /** True when a person mention is the statement's speaker (by registry id or surname). */
  private static boolean isSpeaker(Mention m, Statement s) {
    if (s.getActorId() != null && s.getActorId().equals(m.ref().actorId())) return true;
    String name = m.ref().name() != null ? m.ref().name() : m.mention();
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return s.getSpeaker() != null && !last.isEmpty() && s.getSpeaker().contains(last);
  }

  /**
   * Nearest preceding group for a pronoun (or "the regime") at {@code pos} in the content: in the
   * content any named body or country that is not a person; else, in the article's paragraph
   * before the statement (the paragraph before that when the content opens its paragraph; at
   * most {@link #CONTEXT_CHARS} characters), a country or government named by name or metonym,
   * not by a lone demonym, and not one the content itself names. "The regime" reads the whole
   * window and takes the country named most often there. The speaker's own government is skipped.
   */
  private static Mention antecedent(List<Mention> named, int pos, Statement s, String article,
      Resolver resolver, LocalDate date, boolean regime) {
    String own = s.getGovernment();
    for (int i = named.size() - 1; i >= 0; i--) {
      Mention m = named.get(i);
      if (m.begin() >= pos || m.ref().isUnknown() || TargetNames.isPerson(m.ref())) continue;
      if (own != null && own.equals(m.ref().government())) continue;
      if (regime && !isCollective(m.ref())) continue;
      return m;
    }
    if (article == null || s.getContentBegin() == null) return null;
    int end = Math.max(0, Math.min(s.getContentBegin(), article.length()));
    int start = Math.max(0, end - CONTEXT_CHARS);
    // the paragraph before the content; a quote that opens its paragraph reads the one before
    int para = regime ? -1 : article.lastIndexOf('\n', end - 1);
    if (para >= start && article.substring(para + 1, end).strip().length() < OPENING_CHARS) {
      int prevEnd = para;
      while (prevEnd > start && Character.isWhitespace(article.charAt(prevEnd - 1))) prevEnd--;
      para = article.lastIndexOf('\n', prevEnd - 1);
    }
    if (para >= start) start = para + 1;
    String ctx = article.substring(start, end);
    Set<String> inContent = new java.util.HashSet<>();
    for (Mention m : named) if (m.ref().government() != null) inContent.add(m.ref().government());
    List<Mention> prev = named(ctx, resolver, date, Via.PRONOUN);
    if (regime) {
      // "Russia and Iran have been insisting ... the regime": the attribution's own names are the speakers' side
      Integer sb = s.getSentenceBegin();
      int from = start;
      if (sb != null && sb > from && sb <= end) prev.removeIf(m -> from + m.begin() >= sb);
      return mostNamed(prev, own, inContent);
    }
    for (int i = prev.size() - 1; i >= 0; i--) {
      Mention m = prev.get(i);
      // "they ... doubling down on Assad": what the content names is not who "they" are
      if (isCollective(m.ref()) && !m.ref().government().equals(own)
          && !inContent.contains(m.ref().government()) && !resolver.isDemonym(m.mention())) {
        return m;
      }
    }
    return null;
  }

  /** Nouns that stand for a non-state armed group named before ("the insurgents", "these terrorists"). */
  // not "rebels": in a civil war they are mostly the opposition, not the armed group named last
  private static final Set<String> GROUP_NOUNS = Set.of("militants", "insurgents", "jihadists",
      "terrorists", "extremists", "fighters", "militia", "militias", "militiamen", "guerrillas", "group",
      "criminals", "bandits"); // "These criminals will be hunted down" after al-Shabaab is named

  /** Words that may stand before a group noun that refers back ("the militants", "Islamist militants"). */
  private static final Set<String> GROUP_DETERMINERS = Set.of("the", "this", "these", "those");
  private static final Set<String> GROUP_LEADS = Set.of("islamist", "foreign", "jihadist", "armed", "against", "by",
      "of", "with", "on");

  /**
   * The armed group a group noun of a government voice's content stands for ("the group of using
   * captives as human shields", "the insurgents were on the run", "airstrikes against Islamist
   * militants" after "Islamic State" was named): the armed group ({@link StanceScorer#armedGroup})
   * named last in the {@link #CONTEXT_CHARS} of the article before the content, not the speaker's
   * own. "The group" needs "the" or "this" before it and no other organisation named nearer (an NGO
   * or a party is "the group" too). A content that names an armed group itself has its target already.
   */
  private static Mention groupNounAntecedent(List<Mention> named, List<Tok.Token> toks, Statement s,
      String article, Resolver resolver, LocalDate date) {
    if (s.getGovernment() == null) return null; // targets are a government voice's
    for (Mention m : named) if (StanceScorer.armedGroup(m.ref())) return null;
    for (int ti = 0; ti < toks.size(); ti++) {
      Tok.Token t = toks.get(ti);
      String w = t.lower();
      if (!GROUP_NOUNS.contains(w) || t.isCapitalized() && ti > 0) continue;
      String before = ti > 0 ? toks.get(ti - 1).lower() : "";
      boolean the = GROUP_DETERMINERS.contains(before);
      if (w.equals("group") && (!Set.of("the", "this").contains(before)
          || ti + 1 < toks.size() && toks.get(ti + 1).lower().equals("of")
             && !(ti + 2 < toks.size() && toks.get(ti + 2).lower().endsWith("ing")))) {
        continue; // "the group of seven", but "accused the group of using human shields"
      }
      if (!the && !w.equals("group") && ti > 0 && toks.get(ti - 1).isWord()
          && !GROUP_LEADS.contains(before)) {
        continue; // "Kurdish fighters", "opposition militants" name another group
      }
      if (article == null || s.getContentBegin() == null) return null;
      int end = Math.max(0, Math.min(s.getContentBegin(), article.length()));
      List<Mention> prev = named(article.substring(Math.max(0, end - CONTEXT_CHARS), end), resolver, date, Via.PRONOUN);
      for (int i = prev.size() - 1; i >= 0; i--) {
        Mention m = prev.get(i);
        if (StanceScorer.armedGroup(m.ref())) {
          if (m.ref().actorId() != null && m.ref().actorId().equals(s.getActorId())) return null; // its own voice
          return new Mention(t.text() + " (" + m.mention() + ")", s.getContent(), t.begin(), t.end(), m.ref(), Via.PRONOUN);
        }
        if (w.equals("group") && !TargetNames.isPerson(m.ref()) && m.ref().government() == null && !m.ref().isUnknown()) {
          return null; // the nearer organisation is "the group"
        }
      }
      return null;
    }
    return null;
  }

  /**
   * Whose act or body a judging cue's object is when its own paragraph names no other government
   * ("Last week French Foreign Minister Jean-Yves Le Drian called the junta 'illegitimate'"): the
   * one the paragraphs before it name most, within {@link #CONTEXT_CHARS}. Pronouns do not reach
   * that far ("they" a paragraph later is mostly someone else), and a content that is the act's
   * noun phrase itself ("dismissed the claim") is not judged by it.
   */
  private static Mention actorBeforeParagraph(Statement s, String article, Resolver resolver, LocalDate date) {
    if (article == null || s.getContentBegin() == null) return null;
    int end = Math.max(0, Math.min(s.getContentBegin(), article.length()));
    int para = article.lastIndexOf('\n', end - 1);
    int start = Math.max(0, end - CONTEXT_CHARS);
    if (para < start) return null;
    return mostNamed(named(article.substring(start, para), resolver, date, Via.PRONOUN), s.getGovernment(), Set.of());
  }

  /**
   * The country named most often (the nearest on ties), not the speaker's or the content's; a
   * person in office counts for the government they serve ("Assad ... the regime").
   */
  private static Mention mostNamed(List<Mention> prev, String own, Set<String> inContent) {
    java.util.Map<String, Integer> count = new java.util.HashMap<>();
    Mention best = null;
    for (Mention m : prev) {
      if (m.ref().government() == null || m.ref().government().equals(own)
          || inContent.contains(m.ref().government())) {
        continue;
      }
      int c = count.merge(m.ref().government(), 1, Integer::sum);
      if (best == null || c >= count.get(best.ref().government())) best = m;
    }
    if (best == null || isCollective(best.ref())) return best;
    String g = best.ref().government();
    return new Mention(best.mention(), best.text(), best.begin(), best.end(),
        new ActorRef(g, null, "government", g, "government", best.ref().confidence()), best.via());
  }

  /** A country, government or metonym (not a person or a single institution). */
  static boolean isCollective(ActorRef r) {
    return r.government() != null && (r.actorId() == null || r.actorId().equals(r.government()));
  }

  private static Mention cueObject(String sentence, String cue, Resolver resolver, LocalDate date) {
    int at = sentence.indexOf(cue);
    if (at < 0) at = sentence.toLowerCase(Locale.ROOT).indexOf(cue.toLowerCase(Locale.ROOT));
    if (at < 0) return null;
    int from = at + cue.length();
    List<Tok.Token> toks = Tok.tokenize(sentence.substring(from));
    int i = 0;
    if (i < toks.size() && CUE_PREPS.contains(toks.get(i).lower())) i++;
    if (i >= toks.size()) return null;
    List<Mention> ms = named(sentence, resolver, date, Via.CUE_OBJECT);
    int objBegin = from + toks.get(i).begin();
    for (Mention m : ms) {
      if (m.begin() == objBegin || (m.begin() <= objBegin + 4 && m.begin() >= objBegin && !m.ref().isUnknown())) {
        return m.ref().isUnknown() ? null : m;
      }
    }
    return null;
  }

  /** Words that may stand between a cue's object and the content ("accused him of engaging"). */
  static final int OBJECT_TO_CONTENT_WORDS = 3;

  /**
   * True when the cue's object ends well before the content starts: it belongs to an earlier
   * clause of the sentence ("said Turkey's demands were unreasonable but that Stockholm was ready
   * to talk": Turkey is no object of the second content).
   */
  private static boolean inEarlierClause(Mention m, Statement s, String sentence) {
    if (s.getContentBegin() == null || s.getSentenceBegin() == null) return false;
    int at = s.getContentBegin() - s.getSentenceBegin();
    if (at < 0 || at > sentence.length() || m.end() > at) return false;
    return words(Tok.tokenize(sentence.substring(m.end(), at))) > OBJECT_TO_CONTENT_WORDS;
  }

  /** Words after a possessive read for the possessed head noun ("Trump's courageous decision"). */
  static final int POSSESSED_HEAD_WORDS = 3;

  /**
   * True when a policy noun (or, for a person, a conduct noun) heads the noun phrase after the
   * possessive at {@code from}, past up to two describing words: "Trump's decision", "Trump's
   * courageous decision", "Putin's remarks"; not "Trump's personal lawyers".
   */
  private static boolean conductAfter(List<Tok.Token> toks, int from, boolean person) {
    for (int k = from; k < toks.size() && k < from + POSSESSED_HEAD_WORDS; k++) {
      Tok.Token t = toks.get(k);
      if (!t.isWord()) return false;
      String w = t.lower();
      if (POLICY_NOUNS.contains(w) || person && CONDUCT_NOUNS.contains(w)) return true;
      if (k > from && (STOP_CAPS.contains(w) || t.isCapitalized())) return false; // "Trump's lawyers and the"
    }
    return false;
  }

  private static ActorRef unknownNamed(String name) {
    return new ActorRef(null, name, null, null, "other", 0.3);
  }

  /** Capitalised words whose possessive stays inside an organisation's name ("People's"). */
  private static final Set<String> NAME_POSSESSORS = Set.of("people", "peoples", "workers", "women",
      "citizens", "soldiers", "martyrs", "veterans");

  /**
   * Named mentions in text: capitalised runs resolved whole, else by their last word (a person
   * only when the words before it are part of that person's name) or first word (never a
   * person: "Paul Manafort" is not Rand Paul).
   */
  static List<Mention> named(String text, Resolver resolver, LocalDate date, Via via) {
    List<Mention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    List<Tok.Token> toks = Tok.tokenize(text);
    int n = toks.size();
    int i = 0;
    int placeEnd = -1; // the token after the last name dropped as a border place
    while (i < n) {
      if (!startsName(toks, i)) { i++; continue; }
      int b = i;
      int e = i + 1;
      while (e < n) {
        if (startsName(toks, e)) { e++; continue; }
        if (e + 1 < n && toks.get(e).lower().equals("of") && startsName(toks, e + 1)) { e += 2; continue; }
        if (middleInitial(toks, e)) { e++; continue; } // "Lyndon B. Johnson" is one name
        if (e + 1 < n && NAME_POSSESSORS.contains(toks.get(e - 1).lower())
            && Set.of("'s", "’s", "'", "’").contains(toks.get(e).lower()) && startsName(toks, e + 1)) {
          e += 2; // "the Tigray People's Liberation Front", "the Kurdistan Workers' Party": one name
          continue;
        }
        break;
      }
      if (e < n && SHORT_NUMBER.matcher(toks.get(e).text()).matches()
          && !resolver.resolveTarget(text.substring(toks.get(b).begin(), toks.get(e).end()), date).isUnknown()) {
        e++; // "Nord Stream 2": a number that is part of the name
      }
      i = e;
      while (b < e - 1 && STOP_CAPS.contains(toks.get(b).lower())) b++; // "When I", "But Russia"
      int sb = b;
      if (b > 0 && toks.get(b - 1).lower().equals("the")) sb = b - 1;
      String whole = text.substring(toks.get(sb).begin(), toks.get(e - 1).end());
      ActorRef ref = resolver.resolveTarget(whole, date);
      // a name opened by a particle is an organisation's ("al-Qaeda"), not a person's by surname ("al-Asad air base")
      if (NAME_PARTICLE.matcher(toks.get(b).text()).matches() && TargetNames.isPerson(ref)) continue;
      int rb = sb;
      int re = e;
      int deal = agreementEnd(toks, e);
      if (deal > e) {
        // "the Iran nuclear deal", "the Paris climate accord": the named agreement, not the country
        ActorRef agreement = resolver.resolveTarget(text.substring(toks.get(b).begin(), toks.get(deal - 1).end()), date);
        if (!agreement.isUnknown() && agreement.government() == null && agreement.actorId() != null
            && !TargetNames.isPerson(agreement)) {
          ref = agreement;
          re = deal;
          i = deal;
          e = deal;
        }
      }
      if (isCountry(ref) && e - b == 1 && sb >= 2 && toks.get(sb - 1).lower().equals("with")
          && AGREEMENT_NOUNS.contains(toks.get(sb - 2).lower())) {
        // "the nuclear agreement with Iran": the country's named agreement, not the country
        int nb = sb - 2;
        String domain = nb >= 1 && AGREEMENT_DOMAINS.contains(toks.get(nb - 1).lower()) ? toks.get(nb - 1).lower() : null;
        ActorRef agreement = countryAgreement(ref.name(), domain, toks.get(nb).lower(), resolver, date);
        if (fits(agreement, domain, toks.get(nb).lower())) {
          ref = agreement;
          rb = domain != null ? nb - 1 : nb;
        }
      }
      if (e - b > 1 && FACILITY_WORDS.contains(toks.get(e - 1).lower()) && !TargetNames.isPerson(ref)
          && (ref.isUnknown() || isCountry(ref))) {
        continue; // "the Damascus International Airport", "the South China Sea": a place, not the state
      }
      if (ref.isUnknown() && e - b > 1) {
        ActorRef last = resolver.resolveTarget(toks.get(e - 1).text(), date);
        ActorRef first = resolver.resolveTarget(toks.get(b).text(), date);
        if (!first.isUnknown() && !TargetNames.isPerson(first)) { ref = first; rb = b; re = b + 1; }
        else if (!last.isUnknown() && partOfName(toks, b, e - 1, last)) { ref = last; rb = e - 1; re = e; }
      }
      int office = ref.government() != null && "government".equals(ref.category())
          && !(sb > 0 && FORMER.contains(toks.get(sb - 1).lower())) ? officeEnd(toks, e) : e;
      if (office > e && office < n && Character.isUpperCase(toks.get(office).text().charAt(0))) {
        office = e; // "Iranian president Mohammad Khatami": the name that follows is the target
      }
      if (office > e) {
        // "Ireland's prime minister", "the Russian president": who held the office that day
        ActorRef holder = resolver.resolveTarget(text.substring(toks.get(b).begin(), toks.get(office - 1).end()), date);
        if (TargetNames.isPerson(holder)) {
          ref = holder;
          rb = b;
          re = office;
          i = office;
          e = office;
        }
      }
      if (allCapsWords(toks, b, e) && (ref.isUnknown() || isCollective(ref))) {
        continue; // datelines and headlines: "HELSINKI (Reuters)", "SANCTIONS ARE COMING"
      }
      boolean person = TargetNames.isPerson(ref);
      String follow = re < n ? toks.get(re).lower() : "";
      if (!person && ROLE_AFTER_NAME.contains(follow) && sb > 0 && toks.get(sb - 1).lower().equals("as")) {
        continue; // "his resignation as Conservative Party leader": the office, not the party
      }
      if (!person && (follow.equals("resolution") || follow.equals("resolutions"))) {
        continue; // "violated U.N. Security Council resolutions": the resolutions are meant, not the body
      }
      if (!person && !isCountry(ref) && (APPLICANT_NOUNS.contains(follow) || (follow.equals("member")
          || follow.equals("state") && re + 1 < n && toks.get(re + 1).lower().equals("member"))
          && sb > 0 && ONE_OF.contains(toks.get(sb - 1).lower()))) {
        continue; // "attack a NATO member", "their NATO bids": one member or the applicants, not the body
      }
      if (!person && isCountry(ref)) {
        if (BORDER_NOUNS.contains(follow) || sb > 1 && toks.get(sb - 1).lower().equals("with")
            && BORDER_NOUNS.contains(toks.get(sb - 2).lower().replaceAll("s$", ""))
            || placeEnd >= 0 && sb == placeEnd + 1 && LIST_WORDS.contains(toks.get(placeEnd).lower())
            && !follow.equals("'s") && !POLICY_NOUNS.contains(follow) && !STATE_NOUNS.contains(follow)) {
          placeEnd = re; // "border crossings with Iraq and Syria", "in Libya and Egypt": the places that follow too
          continue; // "the Ukraine border", "border crossings with Iraq": a place
        }
        if (sb > 1 && toks.get(sb - 1).lower().equals("of") && OFFICE_HEADS.contains(toks.get(sb - 2).lower())) {
          continue; // "the president of the United States": part of an office title, the holder is meant
        }
        // the name run's own last word ("the Vietnam War") or the word after it ("his Russia probe")
        int nameFrom = toks.get(rb).lower().equals("the") ? rb + 1 : rb; // "the Iraq war": "the" is no part of the run
        boolean inRun = re - nameFrom > 1 && re == e;
        String noun = inRun ? toks.get(re - 1).lower() : follow;
        if (COMPANY_WORDS.contains(noun)) continue; // "an Ethiopian Airlines crash": a company
        if (POSSESSION_NOUNS.contains(follow) || follow.equals("national") && re + 1 < n
            && toks.get(re + 1).lower().equals("security")) {
          continue; // "damage to U.S. national security", "on American soil": what is affected
        }
        String event = EVENT_NOUNS.get(noun);
        boolean demonym = re - nameFrom == 1 && resolver.isDemonym(toks.get(nameFrom).text());
        if (event != null && !demonym) { // "the Syrian war": a lone demonym is read below (not the state)
          // "the Vietnam War", "the Cuban Missile Crisis", "his Russia probe": an event named after
          // the country, not the country
          int end = inRun ? re : re + 1;
          int from = toks.get(rb).lower().equals("the") ? rb + 1 : rb;
          String name = inRun ? text.substring(toks.get(from).begin(), toks.get(end - 1).end()) : ref.name() + " " + event;
          out.add(new Mention(text.substring(toks.get(from).begin(), toks.get(end - 1).end()), text,
              toks.get(from).begin(), toks.get(end - 1).end(), unknownNamed(name), via));
          i = Math.max(i, end);
          continue;
        }
      }
      String before = text.substring(Math.max(0, toks.get(sb).begin() - 40), toks.get(sb).begin());
      if (!person && PARTNERED.matcher(before).find()) {
        // "in close coordination with the European Union, the United Kingdom, France": the list too
        placeEnd = re < n && toks.get(re).text().equals("]") ? re + 1 : re;
        continue; // partners the speaker's side acts with, not what it evaluates
      }
      if (!person && isPlace(before)
          && !staffedSeat(toks, sb, e, whole, resolver)) {
        placeEnd = re; // "events in Libya and Egypt", "journalists from Russia, China and Britain": the list too
        continue; // "in Syria", "at the White House", "a summit in Brussels", "a trip to China": a place
      }
      if ("media".equals(ref.category()) && sb > 0 && SOURCE_WORDS.contains(toks.get(sb - 1).lower())) {
        continue; // "told Fox News", "according to Reuters": a source, not a target
      }
      boolean single = e - b == 1;
      String next = re < n ? toks.get(re).lower() : "";
      if ("igo".equals(ref.category()) && NORMS.contains(next)) {
        continue; // "the principles of the United Nations charter", "Security Council resolutions": a norm, not the body
      }
      if (single && !ref.isUnknown() && resolver.isDemonym(toks.get(b).text())
          && !STATE_NOUNS.contains(next) && !(STATE_QUALIFIERS.contains(next) && re + 1 < n
              && STATE_NOUNS.contains(toks.get(re + 1).lower()))) {
        continue; // "Syrian rebels", "an Irish citizen": people or things, not the state
      }
      boolean possessive = next.equals("'s") || next.equals("’s");
      String after = possessive && re + 1 < n ? toks.get(re + 1).lower() : "";
      if (person && possessive && GOVERNMENT_NOUNS.contains(after) && ref.government() != null) {
        // "the Assad regime" is handled below; "Kim Jong Un's government": the state
        ref = new ActorRef(ref.government(), null, "government", ref.government(), "government", ref.confidence());
      } else if (person && ref.government() != null && (GOVERNMENT_NOUNS.contains(next)
          || sb > 1 && toks.get(sb - 1).lower().equals("of") && GOVERNMENT_NOUNS.contains(toks.get(sb - 2).lower()))) {
        // "the Assad regime", "the regime of Bashar al-Assad": the state
        ref = new ActorRef(ref.government(), null, "government", ref.government(), "government", ref.confidence());
      } else if ((person || ref.isUnknown()) && possessive && !conductAfter(toks, re + 1, person)
          && !LocalCues.isNegativeAdjective(after)
          && !((person || ref.isUnknown()) && LocalCues.possessorJudged(text, toks.get(re - 1).end()))) {
        // "Pelosi's visit to Taiwan was a serious violation": what the possessor did is judged // "Trump's bizarre relationship" evaluates Trump
        continue; // "Trump's personal lawyers", "Mr Nunberg's remarks": not the person evaluated
      }
      boolean stop = single && STOP_CAPS.contains(toks.get(b).lower());
      if (stop && !toks.get(b).lower().equals("may")) continue; // "No one can", not a Mr No
      if (ref.isUnknown()) {
        List<String> words = new ArrayList<>();
        for (int k = b; k < e; k++) words.add(toks.get(k).text());
        List<String> name = TargetNames.personName(words);
        // unresolved names are kept when they are several capitalised words ("Islamic State") or
        // a surname after a title ("Chairman Cummings"), not a lone word ("Muslim")
        if (stop) continue;
        // "the Rigged Witch Hunt", "the World Cup": a thing or an event, not an actor, unless a body
        if (sb < b && name.size() == words.size() && !TargetNames.hasBodyWord(words)) continue;
        ref = unknownNamed(String.join(" ", name).replace(" ’", "’").replace(" '", "'").replace(" .", "."));
      }
      // display mention: possessive and/or policy noun after the name
      int de = re;
      if (de < n && (toks.get(de).lower().equals("'s") || toks.get(de).lower().equals("’s"))) de++;
      if (de < n && POLICY_NOUNS.contains(toks.get(de).lower())) de++;
      String mention = text.substring(toks.get(rb).begin(), toks.get(de - 1).end());
      out.add(new Mention(mention, text, toks.get(rb).begin(), toks.get(re - 1).end(), ref, via));
    }
    return out;
  }

  /** Words naming an agreement after the capitalised name, with an optional domain word before. */
  private static final Set<String> AGREEMENT_NOUNS = Set.of("deal", "agreement", "accord",
      "accords", "pact", "treaty", "pipeline", "initiative", "partnership", "agreements");
  private static final Set<String> AGREEMENT_DOMAINS = Set.of("nuclear", "climate", "trade",
      "peace", "arms", "free");

  /** The token after "nuclear deal" / "climate accord" right after a name ending at {@code e}, else e. */
  private static int agreementEnd(List<Tok.Token> toks, int e) {
    int k = e;
    if (k < toks.size() && AGREEMENT_DOMAINS.contains(toks.get(k).lower())) k++;
    if (k < toks.size() && toks.get(k).lower().equals("trade")) k++; // "free trade agreement"
    return k < toks.size() && AGREEMENT_NOUNS.contains(toks.get(k).lower()) ? k + 1 : e;
  }

  private static final Set<String> TELL = Set.of("tell", "told", "tells", "telling");

  private static final Pattern OUTLET_NAME = Pattern.compile(
      "(?i).*\\b(?:news|post|times|journal|press|tv|radio|television|network|magazine|bbc|cnn|msnbc|reuters|nbc|cbs|abc)$");

  /** A news outlet: the registry's media category, or a name ending like one ("NBC News"). */
  private static boolean isOutlet(Mention m) {
    return "media".equals(m.ref().category()) || m.ref().isUnknown() && OUTLET_NAME.matcher(m.mention()).matches();
  }

  /** True when the cue is a verb of telling, whose object is the addressee. */
  private static boolean tellCue(Statement s) {
    String c = s.getCueLemma() != null && !s.getCueLemma().isBlank() ? s.getCueLemma() : s.getCue();
    if (c == null || c.isBlank()) return false;
    return TELL.contains(c.trim().toLowerCase(Locale.ROOT).split("\\s+")[0]);
  }

  /** Content that asks the one told to act ("to withdraw") or is about it ("it will be held to account"). */
  private static final Pattern ADDRESSEE_IS_TOPIC = Pattern.compile("(?i)(?:to|it|its|you|your)\\b");
  /** Titles after an organisation's name that make it an office held ("as Labour leader"). */
  private static final Set<String> ROLE_AFTER_NAME = Set.of("leader", "chairman", "chairwoman", "chair",
      "chief", "head", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "member",
      "envoy", "ambassador", "commander", "director");
  /** Nouns after an organisation's name that mean those applying to join it, not the body itself. */
  private static final Set<String> APPLICANT_NOUNS = Set.of("bid", "bids", "application",
      "applications", "accession", "candidate", "candidates", "aspirant", "aspirants");
  /** Words before "NATO member" that make it one member ("a NATO member"), not the members acting together. */
  private static final Set<String> ONE_OF = Set.of("a", "an", "any", "another", "one", "every", "each");
  /** Nouns after (or, with "with", before) a country that make it a place: "the Ukraine border". */
  private static final Set<String> BORDER_NOUNS = Set.of("border", "borders", "frontier",
      "crossing", "coast", "coastline", "airspace");
  private static final Set<String> LIST_WORDS = Set.of("and", "or", ",");
  /** Nouns after a country's name that make the phrase a company ("Ethiopian Airlines"). */
  private static final Set<String> COMPANY_WORDS = Set.of("airlines", "airways", "railways",
      "telecom", "motors");
  /** Nouns after a country's name that make the phrase an event named after it, with its canonical word. */
  /** Last words of a facility's or a place's name ("Damascus International Airport", "Tiananmen Square"): a place, not its city's state. */
  private static final Set<String> FACILITY_WORDS = Set.of("airport", "airbase", "base", "port", "harbor",
      "harbour", "square", "street", "avenue", "hotel", "university", "hospital", "stadium", "bridge", "park",
      "mall", "station", "zone", "strait", "sea", "gulf", "river", "island", "islands");
  private static final Map<String, String> EVENT_NOUNS = Map.of("war", "War", "crisis", "crisis",
      "probe", "investigation", "investigation", "investigation", "inquiry", "investigation");
  /** Nouns after a country's name that make it what a statement says is affected, not an actor. */
  private static final Set<String> POSSESSION_NOUNS = Set.of("interests", "soil",
      "territory", "waters", "homeland"); // "airspace" is a border noun, read first

  /** True for a reference to a country or its government (not a person or an institution of it). */
  private static boolean isCountry(ActorRef ref) {
    return ref.actorId() != null && ref.actorId().equals(ref.government()) && "government".equals(ref.category());
  }

  /** A one-letter middle initial and its full stop inside a name run: "B" "." before "Johnson". */
  private static boolean middleInitial(List<Tok.Token> toks, int e) {
    if (e + 1 >= toks.size() || e < 2) return false;
    Tok.Token dot = toks.get(e);
    Tok.Token init = toks.get(e - 1);
    return dot.text().equals(".") && init.text().length() == 1 && Character.isUpperCase(init.text().charAt(0))
        && dot.begin() == init.end() && startsName(toks, e + 1) && startsName(toks, e - 2);
  }

  private static final Set<String> FORMER = Set.of("former", "ex", "late", "then", "previous", "next", "future");
  /** Portfolio words that may stand inside a lower-case office title ("foreign minister"). */
  private static final Set<String> PORTFOLIO_WORDS = Set.of("foreign", "defense", "defence",
      "interior", "finance", "state", "crown");
  /** Heads of a lower-case office title after a country ("Ireland's prime minister"). */
  private static final Set<String> OFFICE_HEADS = Set.of("president", "minister", "chancellor",
      "premier", "secretary", "king", "queen", "emir", "leader", "prince");

  /** The token after a lower-case office title right after a country name ending at {@code e}, else e. */
  private static int officeEnd(List<Tok.Token> toks, int e) {
    int k = e;
    if (k < toks.size() && (toks.get(k).lower().equals("'s") || toks.get(k).lower().equals("’s"))) k++;
    int end = e;
    for (int w = 0; w < 3 && k < toks.size(); w++, k++) {
      Tok.Token x = toks.get(k);
      if (Character.isUpperCase(x.text().charAt(0))) break;
      String l = x.lower();
      if (!TargetNames.isTitleWord(l) && !PORTFOLIO_WORDS.contains(l)) break;
      if (OFFICE_HEADS.contains(l)) end = k + 1;
    }
    return end;
  }

  private static final Set<String> TOWARD = Set.of("to", "toward", "towards");
  /**
   * Words before "to" that make the next name a destination ("travelled to China", "troops to
   * Syria"); after any other word "to" names an addressee or a relation ("our commitment to South
   * Korea", "speaking to North Korea", "when it comes to Russia"), which the statement is about.
   */
  private static final Pattern MOTION = Pattern.compile("(?:travel|trip|visit|journey|fl[eiy]|flew|go|goes|went|gone|going|"
      + "return|arriv|came|come|coming|head|mov|deploy|send|sent|dispatch|ship|export|import|flight|"
      + "flown|driv|drove|march|sail|evacuat|transfer|smuggl|deliver|flee|fled|migrat|emigrat|"
      + "defect|relocat|extradit|deport|border|route|path|way|road|access|entry|invit|welcom|"
      + "ambassador|envoy|embassy|delegation|mission|tour|stop|back|home|aid|arms|weapons|troops)\\w*");

  /**
   * True when the words before a name make it a place: a locative preposition ("in", "at",
   * {@link RegistryResolver#isLocativeUse}), except "to"/"toward" after a word that is not one of
   * motion, sending or access ({@link #MOTION}).
   */
  static boolean isPlace(String before) {
    String[] w = before.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim().split("\\s+");
    int i = RegistryResolver.skipToPreposition(w);
    // "the breakaway regions of eastern Ukraine", "parts of Syria": a part of the place
    if (i > 0 && w[i].equals("of") && PARTS.contains(w[i - 1])) return true;
    if (!RegistryResolver.isLocativeUse(before)) return false;
    if (i > 0 && w[i].equals("from") && LocalCues.isHarm(w[i - 1])) return false; // "pressure from Beijing": its agent
    // "shelling from neighboring Congo", "rockets fired from Gaza": where the attack comes from is its agent
    if (i > 0 && w[i].equals("from") && ATTACKS.contains(w[i - 1])) return false;
    // "his separation from the United States", "independence from Britain": the one broken with
    if (i > 0 && w[i].equals("from") && BREAKS.contains(w[i - 1])) return false;
    // "demanded answers from the Russian government": the one called to account
    if (i > 0 && w[i].equals("from") && ACCOUNTS.contains(w[i - 1])) return false;
    // "the authorities in Kosovo": the place's own government, not a place
    if (i > 0 && w[i].equals("in") && RULERS.contains(w[i - 1])) return false;
    // "stand by its friends in Doha": the government one stands with, not a place
    if (i > 0 && w[i].equals("in") && FRIENDS.contains(w[i - 1])) return false;
    if (i < 0 || !TOWARD.contains(w[i])) return true;
    if (i > 1 && w[i - 1].equals("comes") && w[i - 2].equals("it")) return false; // "when it comes to Russia"
    return i > 0 && MOTION.matcher(w[i - 1]).matches();
  }

  /**
   * Nouns for parts of a country before "of" ("the regions of eastern Ukraine"); not a singular
   * "part", whose "of" is as often the agent ("acts of war on the part of the United States").
   */
  private static final Set<String> PARTS = Set.of("region", "regions", "parts", "area", "areas",
      "province", "provinces", "territory", "territories", "city", "cities", "town", "towns", "village",
      "villages", "coast", "north", "south", "east", "west", "interior", "outskirts");
  /** Attacks and their firing before "from" ("shelling from Congo", "missiles launched from Iran"). */
  private static final Set<String> ATTACKS = Set.of("shelling", "shells", "fire", "fired", "firing", "bombs",
      "bombing", "rockets", "rocket", "missiles", "missile", "mortars", "launched", "attacks", "attack", "strikes",
      "incursions", "incursion", "infiltration", "shots", "drones");
  /** Nouns of breaking with a country before "from" ("separation from the United States"). */
  private static final Set<String> BREAKS = Set.of("separation", "independence", "divorce", "decoupling",
      "decouple", "secession", "secede", "break", "split", "distance", "distancing");
  /** What is demanded of someone before "from" ("answers from Moscow", "an apology from Tokyo"). */
  private static final Set<String> ACCOUNTS = Set.of("answers", "answer", "explanation", "explanations",
      "clarification", "clarifications", "apology", "apologies", "accountability", "assurances", "guarantees",
      "concessions", "compensation");
  /** Nouns for those who govern a place ("the authorities in Kosovo", "the regime in Damascus"). */
  private static final Set<String> RULERS = Set.of("authorities", "authority", "government", "regime",
      "leadership", "rulers", "junta");
  /** True when "in" before {@code begin} follows a noun of those one stands with ("its friends in Doha"). */
  private static boolean heldWith(String text, int begin) {
    List<Tok.Token> t = Tok.tokenize(text.substring(0, Math.max(0, begin)));
    int i = t.size() - 1;
    if (i >= 0 && t.get(i).lower().equals("the")) i--;
    return i >= 1 && t.get(i).lower().equals("in") && FRIENDS.contains(t.get(i - 1).lower());
  }

  /** Nouns of those a speaker's side stands with, before the capital they sit in ("our friends in Kyiv"). */
  private static final Set<String> FRIENDS = Set.of("friends", "brothers", "allies", "partners", "counterparts");

  /** Cue lemmas that take their object with "of" or "for": "accused Huawei of", "blamed Hamas for". */
  private static final Set<String> CHARGING_CUES = Set.of("accuse", "blame", "criticize", "criticise",
      "condemn", "fault", "praise", "thank", "commend", "credit");

  /**
   * True when a lone name the registry does not know, and that no person in the article bears as
   * a surname, is the one a charging cue names ("accused Huawei of facilitating Chinese spying",
   * with the content opening at the name): a company or group the statement evaluates, named once
   * in a one-sentence item as well; not a deity thanked ("thanked God for").
   */
  private static final Set<String> DEITIES = Set.of("God", "Allah", "Lord", "Heaven", "Providence");

  private static boolean accusedByName(Mention m, Statement s, String article) {
    String lemma = StanceScorer.cueLemma(s);
    if (lemma == null || !CHARGING_CUES.contains(lemma) || article == null) return false;
    String name = m.ref().name();
    if (name.length() < 3 || !Character.isUpperCase(name.charAt(0)) || DEITIES.contains(name)) return false;
    boolean opens = m.via() == Via.CUE_OBJECT || m.via() == Via.NAMED && m.text().substring(0, m.begin()).isBlank();
    Matcher next = NEXT_WORD.matcher(m.text().substring(m.end()));
    // the cue's own object, named once in a one-sentence item as well ("blamed Twitter for fuelling unrest")
    return opens && next.lookingAt() && Set.of("of", "for").contains(next.group(1).toLowerCase(Locale.ROOT));
  }

  /** Words before a name that make it a partner of the action ("in close coordination with the [European Union]"). */
  private static final Pattern PARTNERED = Pattern.compile("(?i)(?:\\b(?:in\\s+(?:close\\s+)?(?:coordination|consultation"
      + "|cooperation|concert|partnership|conjunction|tandem))\\s+with|\\balongside)\\s+(?:the\\s+)?\\[?\\s*$");

  /** Prepositions after which a seat of government is its staff: "the high-ups in the White House". */
  private static final Set<String> STAFFED = Set.of("in", "inside", "within", "from");

  /**
   * True when a seat of government follows "in", "inside", "within" or "from" ("information from
   * the White House", "officials in the Kremlin"): the institution, whose people act and are
   * evaluated; "at the White House" stays a venue.
   */
  private static boolean staffedSeat(List<Tok.Token> toks, int sb, int e, String whole, Resolver resolver) {
    // "in the Damascus suburb of Douma": the name modifies a noun, "the" is the noun's
    boolean modifier = e < toks.size() && toks.get(e).isWord() && !toks.get(e).isCapitalized()
        && !SEAT_FOLLOWERS.contains(toks.get(e).lower());
    return sb > 0 && !modifier && STAFFED.contains(toks.get(sb - 1).lower()) && toks.get(sb).lower().equals("the")
        && resolver.isSeatOfGovernment(whole);
  }

  /** Words that may follow a seat of government used alone ("in the White House knows", "in the Kremlin who"). */
  private static final Set<String> SEAT_FOLLOWERS = Set.of("is", "was", "are", "were", "has", "had", "have",
      "knows", "know", "knew", "and", "or", "but", "who", "that", "which", "about", "on", "in", "to", "for",
      "of", "with", "as", "by", "from", "at", "over", "would", "will", "could", "should", "may", "might",
      "can", "did", "does", "do", "fact", "itself", "without", "before", "after", "since", "until",
      "than", "when", "while", "if", "because", "so", "not", "also", "still", "now", "then");

  /** True when the words before a last-word person are part of that person's name. */
  private static boolean partOfName(List<Tok.Token> toks, int b, int last, ActorRef ref) {
    if (!TargetNames.isPerson(ref)) return true;
    String name = ref.name().toLowerCase(Locale.ROOT);
    for (int k = b; k < last; k++) {
      String w = toks.get(k).lower();
      if (!TargetNames.isTitleWord(w) && !name.contains(w)) return false;
    }
    return true;
  }

  /** True when every word of the run is in capitals and one is longer than an acronym. */
  private static boolean allCapsWords(List<Tok.Token> toks, int b, int e) {
    boolean longWord = false;
    for (int k = b; k < e; k++) {
      String w = toks.get(k).text();
      if (!w.equals(w.toUpperCase(Locale.ROOT))) return false;
      if (w.length() >= 5) longWord = true;
    }
    return longWord;
  }

  private static boolean startsName(List<Tok.Token> toks, int i) {
    Tok.Token t = toks.get(i);
    // a particle-joined name also opens a name of its own ("al-Qaeda", "al-Shabab fighters")
    return t.isWord() && (t.isCapitalized() && Character.isLetter(t.text().charAt(0))
        || NAME_PARTICLE.matcher(t.text()).matches());
  }

  /** A lower-case name particle joined to a capitalised name ("Bashar al-Assad", "bin-Salman"). */
  private static final java.util.regex.Pattern NAME_PARTICLE =
      java.util.regex.Pattern.compile("(?:al|el|ad|as|ash|bin|ibn|abu)-\\p{Lu}.*");
}
