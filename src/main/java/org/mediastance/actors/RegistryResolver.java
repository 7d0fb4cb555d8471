package org.mediastance.actors;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Resolver} backed by the actor registry: maps a speaker (name, description, type,
 * article date) or a target phrase to an actor, the office held at the date, the government it
 * speaks for and a category.
 *
 * <p>Rules, in order: a registry person named in the speaker (or in the description before any
 * second title) is resolved through the roles covering the date, with title cues (former,
 * candidate, -elect) able to say it is not a government voice; otherwise a title (office plus a
 * country from a demonym, country name, metonym or institution, or the office's default country,
 * or the caller's context country) gives role and government even for unknown people, and a
 * title-only speaker ("the president") is looked up among the office's dated holders; otherwise a
 * country, metonym or institution is the government itself (role "government"); otherwise
 * {@link ActorRef#unknown()}. Without a date, a person's category comes from the title, or from the
 * latest role, with lower confidence.
 *
 * <p>This class is the facade: the speaker rules are in {@link SpeakerRules}, the target rules in
 * {@link TargetRules}, the rules both share in {@link ActorRules}, the country count of a text in
 * {@link CountryMentions}; the registry is read by {@link RegistryLoader}.
 *
 * <p>Instances come from {@link #load(String)}, cached per user file for the JVM; they are
 * immutable and thread-safe, and serialise as their user-file path (re-loaded on the executor).
 */
public final class RegistryResolver implements Resolver, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, RegistryResolver> CACHE = new ConcurrentHashMap<>();
  private static final String SHIPPED = "";

  /** Categories whose actors speak for a government. */
  public static final Set<String> GOVERNMENT_CATEGORIES = ActorRules.GOVERNMENT_CATEGORIES;

  private final String userFile;
  private final transient ActorRegistry registry;
  private final transient ActorRules rules;
  private final transient SpeakerRules speakers;
  private final transient TargetRules targets;
  private final transient CountryMentions mentions;

  private RegistryResolver(String userFile, ActorRegistry registry) {
    this.userFile = userFile;
    this.registry = registry;
    this.rules = new ActorRules(registry);
    this.speakers = new SpeakerRules(registry, rules);
    this.targets = new TargetRules(registry, rules);
    this.mentions = new CountryMentions(registry);
  }

  /**
   * The resolver for the shipped registry merged with a user file ({@code --actors}; null for none).
   * Loaded once per path and JVM; a bad user file is a {@code UsageException}.
   */
  public static RegistryResolver load(String userFileOrNull) {
    String key = userFileOrNull == null ? SHIPPED : userFileOrNull;
    return CACHE.computeIfAbsent(key, k -> new RegistryResolver(userFileOrNull,
        RegistryLoader.load(userFileOrNull == null ? List.of() : List.of(userFileOrNull))));
  }

  /** The resolver for the shipped registry only. */
  public static RegistryResolver shipped() {
    return load(null);
  }

  private Object readResolve() throws ObjectStreamException {
    return load(userFile);
  }

  /** The registry behind this resolver. */
  public ActorRegistry registry() {
    return registry;
  }

  // ------------------------------------------------------------------ speakers

  @Override
  public ActorRef resolveSpeaker(String speaker, String description, String speakerType,
      LocalDate date) {
    return resolveSpeaker(speaker, description, speakerType, date, null);
  }

  /**
   * As {@link #resolveSpeaker(String, String, String, LocalDate)}, with the ISO3 code of the
   * country the article is about or published in, used only when a title names no country ("the
   * president" in a U.S. story). Null when unknown.
   */
  public ActorRef resolveSpeaker(String speaker, String description, String speakerType,
      LocalDate date, String contextCountry) {
    return speakers.resolve(speaker, description, speakerType, date, contextCountry);
  }

  // ------------------------------------------------------------------ targets

  @Override
  public ActorRef resolveTarget(String mention, LocalDate date) {
    return targets.resolve(mention, date);
  }

  @Override
  public boolean isDemonym(String word) {
    return targets.isDemonym(word);
  }

  @Override
  public String countryName(String iso3) {
    Registry.Country c = iso3 == null ? null : registry.country(iso3);
    return c == null ? null : c.name();
  }

  @Override
  public boolean isSeatOfGovernment(String mention) {
    return mention != null && !mention.isBlank() && Title.parse(registry, mention).seatOfGovernment;
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The person holding an office (canonical name or title, e.g. "president", "Foreign Minister")
   * for a country or organisation on a day, as a reference; {@link ActorRef#unknown()} when the
   * registry has nobody.
   */
  @Override
  public ActorRef resolveOffice(String office, String countryOrOrg, LocalDate date) {
    return rules.office(office, countryOrOrg, date);
  }

  /**
   * True when a place name follows a locative preposition ("in", "at", "to", "from", "near",
   * ...), possibly with "the" between: "in Moscow", "at the White House". Such a mention is a place,
   * neither a speaker nor a target.
   *
   * @param textBefore the text immediately before the mention (any length; only the end is read)
   */
  public static boolean isLocativeUse(String textBefore) {
    return TargetRules.isLocativeUse(textBefore);
  }

  /** See {@link TargetRules#skipToPreposition}: the word before "the" and region words. */
  public static int skipToPreposition(String[] lowerWords) {
    return TargetRules.skipToPreposition(lowerWords);
  }

  /**
   * How often each country is named in a text (by name, demonym, people, metonym, national
   * institution, or a registry person in office at the date), most named first. A caller can pass
   * the first entry as the context country of {@link #resolveSpeaker(String, String, String,
   * LocalDate, String)} for titles without a country ("the president"); it is a heuristic, and the
   * outlet's home country may be the better choice for domestic news.
   */
  public Map<String, Integer> countryMentions(String text, LocalDate date) {
    return mentions.count(text, date);
  }

  /** The country a sentence opens with, as a rule its subject ("Egypt demanded ..."), or null. */
  public String openingCountry(String sentence, LocalDate date) {
    return mentions.opening(sentence, date);
  }

  /** True when the category speaks for a government. */
  public static boolean isGovernmentCategory(String category) {
    return GOVERNMENT_CATEGORIES.contains(category);
  }
}
