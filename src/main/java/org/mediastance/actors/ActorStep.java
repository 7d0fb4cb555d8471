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
 * else the country the article names most ({@link RegistryResolver#countryMentions}). Immutable
 * and thread-safe.
 */
public final class ActorStep {
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
    if (homeCountry != null) {
      return homeCountry;
    }
    Map<String, Integer> m = resolver.countryMentions(text, date);
    return m.isEmpty() ? null : m.keySet().iterator().next();
  }

  /** Fills the actor columns of the article's statements (nothing to do without statements). */
  public void resolve(Article a, List<Statement> statements) {
    if (statements.isEmpty()) {
      return;
    }
    String context = contextCountry(a.getText(), a.getPublished());
    for (Statement s : statements) {
      ActorRef ref = resolver.resolveSpeaker(s.getSpeaker() == null ? "" : s.getSpeaker(),
          s.getSpeakerDescription(), s.getSpeakerType(), a.getPublished(), context);
      s.setActorId(ref.actorId());
      s.setRole(ref.role());
      s.setGovernment(ref.government());
      s.setActorCategory(ref.category());
      s.setActorConfidence(ref.confidence());
    }
  }
}
