package org.mediastance.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mediastance.actors.ActorRef;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.attribution.Attributor;
import org.mediastance.config.JobConfig;
import org.mediastance.framing.FrameDetector;
import org.mediastance.stance.StanceScorer;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;

/**
 * The per-article steps of the analysis, in order: extraction and attribution first, then the
 * steps that fill in more columns of each statement. Each step's models load once per JVM.
 */
public final class Steps {
  private Steps() {}

  /** The names of the steps {@link #forConfig} builds, in order (known without loading models). */
  public static final List<String> NAMES = List.of("attribution", "actors", "stance", "frames");

  public static List<ArticleStep> forConfig(JobConfig cfg) {
    List<ArticleStep> steps = new ArrayList<>();
    Attributor.Settings settings = Attributor.Settings.from(cfg);
    steps.add(step("attribution", (a, st) -> st.addAll(Attributor.get(settings).extract(a))));
    RegistryResolver resolver = RegistryResolver.load(cfg.actors());
    String home = cfg.homeCountry();
    steps.add(step("actors", (a, st) -> resolveActors(resolver, home, a, st)));
    StanceScorer stance = StanceScorer.forModel(cfg.stanceModel());
    steps.add(step("stance", (a, st) -> {
      for (Statement s : st) s.setTargets(stance.score(s, a.getText(), resolver));
    }));
    FrameDetector frames = FrameDetector.forCodebook(cfg.codebook());
    steps.add(step("frames", (a, st) -> {
      for (Statement s : st) s.setFrames(frames.detect(s));
    }));
    return steps;
  }

  /**
   * Fills actor columns: the speaker's actor, office, government and category at the article's
   * date. Titles without a country ("the president") are read in the article's context country:
   * the configured {@code home_country}, else the country the article names most.
   */
  static void resolveActors(RegistryResolver r, String home, Article a, List<Statement> statements) {
    if (statements.isEmpty()) return;
    String context = home;
    if (context == null) {
      Map<String, Integer> m = r.countryMentions(a.getText(), a.getPublished());
      context = m.isEmpty() ? null : m.keySet().iterator().next();
    }
    for (Statement s : statements) {
      ActorRef ref = r.resolveSpeaker(s.getSpeaker() == null ? "" : s.getSpeaker(), s.getSpeakerDescription(),
          s.getSpeakerType(), a.getPublished(), context);
      s.setActorId(ref.actorId());
      s.setRole(ref.role());
      s.setGovernment(ref.government());
      s.setActorCategory(ref.category());
      s.setActorConfidence(ref.confidence());
    }
  }

  /** A step from a name and a body. */
  static ArticleStep step(String name, Body body) {
    return new ArticleStep() {
      @Override public String name() {
        return name;
      }

      @Override public void apply(Article article, List<Statement> statements) throws Exception {
        body.apply(article, statements);
      }
    };
  }

  /** The body of a step. */
  @FunctionalInterface
  interface Body {
    void apply(Article article, List<Statement> statements) throws Exception;
  }
}
