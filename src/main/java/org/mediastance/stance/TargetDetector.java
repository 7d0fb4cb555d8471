package org.mediastance.stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mediastance.actors.ActorRef;
import org.mediastance.actors.Resolver;
import org.mediastance.learn.Tok;
import org.mediastance.model.Statement;

/**
 * Finds what a statement talks about and resolves it with the actor {@link Resolver}.
 *
 * <p>Rules, in order: (1) named mentions in the content — runs of capitalised words (with an
 * inner "of", a leading "the"), resolved whole, then by their first or last word; a possessive or
 * a following policy noun is kept in the mention text ("Moscow's efforts", "the U.S. strategy");
 * (2) the object of the cue in the sentence ("accused Washington of", "called on the United
 * States to", "urged Russia to"); (3) the pronouns they/them/their/theirs, resolved to the nearest
 * preceding collective (a country, government or metonym, never a person) in the content, else in
 * up to {@link #CONTEXT_CHARS} characters of article text before the statement, skipping the
 * speaker's own government; (4) when the content names nothing (a short partial quote), the named
 * mentions of the surrounding sentence outside the speaker's mention. Reads {@code content},
 * {@code contentBegin}, {@code sentence}, {@code sentenceBegin}, {@code cue},
 * {@code speakerMention}, {@code government}, {@code actorId}, {@code published}. Unresolved
 * names of two or more capitalised words are kept (target type {@code other}); places after a
 * locative preposition ("in Syria", "in the North Caucasus") are not targets.
 * Stateless and thread-safe.
 */
public final class TargetDetector {
  private TargetDetector() {}

  public static final int CONTEXT_CHARS = 700;

  /** How a target was found. */
  public enum Via { NAMED, CUE_OBJECT, PRONOUN, SENTENCE }

  /**
   * One target mention: where it is ({@code text} and character span within it, which is the
   * content or the sentence), its display mention, its resolution and how it was found.
   */
  public record Mention(String mention, String text, int begin, int end, ActorRef ref, Via via) {
    /** The target key: actor id for persons and institutions, else ISO3, else the mention. */
    public String key() {
      if (ref.actorId() != null && !ref.actorId().equals(ref.government())) return ref.actorId();
      if (ref.government() != null) return ref.government();
      if (ref.actorId() != null) return ref.actorId();
      return mention;
    }

    /** person, government, institution or other. */
    public String type() {
      if (ref.isUnknown()) return "other";
      if (ref.actorId() != null && !ref.actorId().equals(ref.government())) {
        return ref.role() != null && !"government".equals(ref.role()) && ref.name() != null
            && !isInstitutionRole(ref.role()) ? "person" : "institution";
      }
      return "government";
    }
  }

  private static boolean isInstitutionRole(String role) {
    return Set.of("ministry", "legislature", "agency", "party", "government").contains(role);
  }

  private static final Set<String> PRONOUNS = Set.of("they", "them", "their", "theirs");
  private static final Set<String> POLICY_NOUNS = Set.of("strategy", "effort", "efforts", "policy",
      "policies", "government", "regime", "administration", "military", "forces", "troops", "plan",
      "approach", "position", "role", "actions", "action", "campaign", "presence", "support",
      "involvement", "intervention", "leadership", "officials", "diplomats", "move", "moves",
      "decision", "stance", "strikes", "operation", "aggression", "leaders", "army");
  private static final Set<String> STOP_CAPS = Set.of("the", "a", "an", "i", "we", "you", "he",
      "she", "it", "they", "this", "that", "these", "those", "but", "and", "or", "so", "if", "in",
      "on", "at", "for", "as", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "there", "here",
      "what", "when", "where", "why", "how", "our", "my", "your", "his", "her", "its", "their",
      "later", "today", "yesterday", "also", "still", "now", "then", "all", "both");
  private static final Set<String> CUE_PREPS = Set.of("on", "upon", "to", "with");

  /** Targets of a statement, in order of appearance; may hold several mentions of one target. */
  public static List<Mention> detect(Statement s, String articleText, Resolver resolver) {
    LocalDate date = s.getPublished();
    List<Mention> out = new ArrayList<>();
    String content = s.getContent() == null ? "" : s.getContent();
    List<Mention> named = named(content, resolver, date, Via.NAMED);
    out.addAll(named);
    String sentence = s.getSentence();
    // (2) the object of the cue
    if (sentence != null && s.getCue() != null && !s.getCue().isBlank()) {
      Mention m = cueObject(sentence, s.getCue(), resolver, date);
      if (m != null) out.add(m);
    }
    // (3) pronouns
    List<Tok.Token> toks = Tok.tokenize(content);
    for (int ti = 0; ti < toks.size(); ti++) {
      Tok.Token t = toks.get(ti);
      if (!PRONOUNS.contains(t.lower())) continue;
      if (localPluralBefore(toks, ti)) continue;
      Mention ante = antecedent(named, t.begin(), s, articleText, resolver, date);
      if (ante != null) {
        out.add(new Mention(t.text() + " (" + ante.mention() + ")", content, t.begin(), t.end(),
            ante.ref(), Via.PRONOUN));
      }
    }
    // (4) sentence mentions for short contents that name nothing
    if (named.isEmpty() && sentence != null && !sentence.equals(content)) {
      String sm = s.getSpeakerMention();
      for (Mention m : named(sentence, resolver, date, Via.SENTENCE)) {
        if (sm != null && overlapsText(sentence, m, sm)) continue;
        if (s.getSpeaker() != null && m.mention().contains(s.getSpeaker())) continue;
        out.add(m);
      }
    }
    return out;
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

  /** Nearest preceding collective for a pronoun at {@code pos} in the content. */
  private static Mention antecedent(List<Mention> named, int pos, Statement s, String article,
      Resolver resolver, LocalDate date) {
    String own = s.getGovernment();
    for (int i = named.size() - 1; i >= 0; i--) {
      Mention m = named.get(i);
      if (m.begin() < pos && isCollective(m.ref()) && !m.ref().government().equals(own)) return m;
    }
    if (article == null || s.getContentBegin() == null) return null;
    int end = Math.max(0, Math.min(s.getContentBegin(), article.length()));
    // the statement's own sentence start may hold the speaker; context ends at the content
    String ctx = article.substring(Math.max(0, end - CONTEXT_CHARS), end);
    List<Mention> prev = named(ctx, resolver, date, Via.PRONOUN);
    for (int i = prev.size() - 1; i >= 0; i--) {
      Mention m = prev.get(i);
      if (isCollective(m.ref()) && !m.ref().government().equals(own)) return m;
    }
    return null;
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

  /** Named mentions in text: capitalised runs resolved whole, else by first or last word. */
  static List<Mention> named(String text, Resolver resolver, LocalDate date, Via via) {
    List<Mention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    List<Tok.Token> toks = Tok.tokenize(text);
    int n = toks.size();
    int i = 0;
    while (i < n) {
      if (!startsName(toks, i)) { i++; continue; }
      int b = i;
      int e = i + 1;
      while (e < n) {
        if (startsName(toks, e)) { e++; continue; }
        if (e + 1 < n && toks.get(e).lower().equals("of") && startsName(toks, e + 1)) { e += 2; continue; }
        break;
      }
      int sb = b;
      if (b > 0 && toks.get(b - 1).lower().equals("the")) sb = b - 1;
      String whole = text.substring(toks.get(sb).begin(), toks.get(e - 1).end());
      ActorRef ref = resolver.resolveTarget(whole, date);
      int rb = sb;
      int re = e;
      if (ref.isUnknown() && e - b > 1) {
        ActorRef last = resolver.resolveTarget(toks.get(e - 1).text(), date);
        ActorRef first = resolver.resolveTarget(toks.get(b).text(), date);
        if (!first.isUnknown()) { ref = first; rb = b; re = b + 1; }
        else if (!last.isUnknown()) { ref = last; rb = e - 1; re = e; }
      }
      if ((isCollective(ref) || ref.isUnknown()) && org.mediastance.actors.RegistryResolver.isLocativeUse(
          text.substring(Math.max(0, toks.get(sb).begin() - 20), toks.get(sb).begin()))) {
        i = e; // "in Syria", "at the White House": a place, not a target
        continue;
      }
      boolean single = e - b == 1;
      boolean stop = single && STOP_CAPS.contains(toks.get(b).lower());
      // unresolved names are kept only when they are several capitalised words ("Islamic State"),
      // not a lone adjective or word ("Muslim", "Western-backed")
      if (!ref.isUnknown() || (!single && !stop)) {
        // display mention: possessive and/or policy noun after the name
        int de = re;
        if (de < n && toks.get(de).lower().equals("'s")) de++;
        if (de < n && POLICY_NOUNS.contains(toks.get(de).lower())) de++;
        else if (de > re && de < n && toks.get(de).isWord() && !toks.get(de).isCapitalized()) de++;
        String mention = text.substring(toks.get(rb).begin(), toks.get(de - 1).end());
        out.add(new Mention(mention, text, toks.get(rb).begin(), toks.get(re - 1).end(), ref, via));
      }
      i = e;
    }
    return out;
  }

  private static boolean startsName(List<Tok.Token> toks, int i) {
    Tok.Token t = toks.get(i);
    return t.isWord() && t.isCapitalized() && Character.isLetter(t.text().charAt(0));
  }
}
