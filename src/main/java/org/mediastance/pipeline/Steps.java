package org.mediastance.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.mediastance.actors.ActorStep;
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
    ActorStep actors = new ActorStep(resolver, cfg.homeCountry());
    steps.add(step("actors", actors::resolve));
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
