package org.mediastance.actors;

import java.time.LocalDate;

/**
 * Decides what a name, title or metonym refers to: which actor, which office at a date, which
 * national government (ISO 3166-1 alpha-3) or which other kind of source. One resolver serves both
 * speakers (who made a statement) and targets (whom a statement talks about), so the two agree.
 *
 * <p>Implementations are immutable and thread-safe: one instance is shared by all tasks of a JVM.
 */
public interface Resolver {

  /**
   * Resolves the speaker of a statement.
   *
   * @param speaker the canonical name found within the article ("Sergei Lavrov", "U.S. officials",
   *     "Moscow"), never null
   * @param description the fullest description of the speaker in the article ("Russian Foreign
   *     Minister Sergei Lavrov"), or null
   * @param speakerType person, institution, group or unknown
   * @param date the article's publication date, or null when unknown
   * @return the resolution; {@link ActorRef#unknown()} when nothing applies
   */
  ActorRef resolveSpeaker(String speaker, String description, String speakerType, LocalDate date);

  /**
   * Resolves a phrase that a statement talks about ("Moscow's efforts" → RUS, "Assad" → SYR's
   * president, "the U.S. strategy" → USA).
   *
   * @return the resolution, or {@link ActorRef#unknown()} when the phrase names no known actor
   */
  ActorRef resolveTarget(String mention, LocalDate date);

  /**
   * True when the word is a country's demonym as written ("Russian", "Syrian"): used alone before a
   * noun ("Syrian rebels", "an Irish citizen") it describes people or things of the country, not
   * its government. The default knows no demonyms.
   */
  default boolean isDemonym(String word) {
    return false;
  }

  /**
   * True when the phrase is a seat of government named with its article ("the White House", "the
   * Kremlin"): an institution whose staff can be "in" it, unlike a capital city.
   */
  default boolean isSeatOfGovernment(String mention) {
    return false;
  }

  /** The registry name of the country with this ISO3 code ("IRN": "Iran"); null when unknown. */
  default String countryName(String iso3) {
    return null;
  }

  /**
   * The person holding an office ("president", "prime minister") of a country (ISO3) on a day; the
   * default knows nobody.
   */
  default ActorRef resolveOffice(String office, String countryOrOrg, LocalDate date) {
    return ActorRef.unknown();
  }
}
