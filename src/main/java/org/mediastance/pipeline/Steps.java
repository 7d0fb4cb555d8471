package org.mediastance.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.mediastance.actors.ActorRef;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.attribution.Attributor;
import org.mediastance.config.JobConfig;
import org.mediastance.framing.FrameDetector;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;
import org.mediastance.stance.StanceScorer;

/**
 * Builds the per-article steps for a configuration, in order: attribution (statements and
 * speakers), actors (speaker → actor, government), stance (targets with stance) and frames.
 * Each step fetches its models from the per-JVM holders of its package ({@link Attributor#get},
 * {@link RegistryResolver#load}, {@link StanceScorer#forModel}, {@link FrameDetector#forCodebook}),
 * so building the list is cheap and the steps are thread-safe.
 */
public final class Steps {
  private Steps() {}

  public static List<ArticleStep> forConfig(JobConfig cfg) {
    List<ArticleStep> steps = new ArrayList<>();
    steps.add(step("attribution", (a, st) -> st.addAll(Attributor.get(cfg).extract(a))));
    steps.add(step("actors", (a, st) -> {
      RegistryResolver r = RegistryResolver.load(cfg.actors());
      for (Statement s : st) resolveSpeaker(r, s);
    }));
    steps.add(step("stance", (a, st) -> {
      RegistryResolver r = RegistryResolver.load(cfg.actors());
      StanceScorer sc = StanceScorer.forModel(cfg.stanceModel());
      for (Statement s : st) s.setTargets(sc.score(s, a.getText(), r));
    }));
    steps.add(step("frames", (a, st) -> {
      FrameDetector fd = FrameDetector.forCodebook(cfg.codebook());
      for (Statement s : st) s.setFrames(fd.detect(s));
    }));
    return steps;
  }

  /** Fills actor_id, role, government, actor_category and actor_confidence from the resolver. */
  public static void resolveSpeaker(RegistryResolver r, Statement s) {
    ActorRef ref = r.resolveSpeaker(s.getSpeaker(), s.getSpeakerDescription(), s.getSpeakerType(),
        s.getPublished());
    s.setActorId(ref.actorId());
    s.setRole(ref.role());
    s.setGovernment(ref.government());
    s.setActorCategory(ref.category());
    s.setActorConfidence(ref.confidence());
  }

  private interface Body {
    void apply(Article a, List<Statement> st) throws Exception;
  }

  private static ArticleStep step(String name, Body body) {
    return new ArticleStep() {
      @Override public String name() { return name; }
      @Override public void apply(Article a, List<Statement> st) throws Exception { body.apply(a, st); }
    };
  }
}
