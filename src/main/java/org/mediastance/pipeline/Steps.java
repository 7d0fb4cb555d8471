package org.mediastance.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mediastance.actors.ActorStep;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.attribution.Attributor;
import org.mediastance.config.JobConfig;
import org.mediastance.framing.FrameDetector;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;
import org.mediastance.stance.StanceScorer;

/**
 * The per-article steps of the analysis, in the order the data needs them: extraction and
 * attribution create the statements; actors fill in who the speaker is and for which government;
 * frames come next, and stance last (it reads the government and actor to drop the speaker's own
 * side, and takes the polarity of the content's frames from the frame step's detector, so the
 * stance prior and the {@code frames} column come from one codebook). Each step's models load
 * once per JVM. The chain is checked when it is built ({@link #check}).
 */
public final class Steps {
  private Steps() {}

  /** Columns the attribution step fills in. */
  static final Set<String> STATEMENT_COLUMNS = Set.of("statement_id", "article_id", "cluster_id", "outlet",
      "published", "url", "kind", "content", "content_begin", "content_end", "sentence", "sentence_begin",
      "cue", "cue_lemma", "cue_begin", "speaker_mention", "speaker_begin", "speaker", "speaker_type",
      "speaker_description", "attribution_confidence");

  /** What a step reads and adds, by name (see {@link ArticleStep}). */
  public record Contract(String name, Set<String> requires, Set<String> adds) {}

  /** The steps {@link #forConfig} builds, in order, with their contracts (known without loading models). */
  public static final List<Contract> CONTRACTS = List.of(
      new Contract("attribution", Set.of(), STATEMENT_COLUMNS),
      new Contract("actors", Set.of("speaker", "speaker_description", "speaker_type", "published"),
          Set.of("actor_id", "role", "government", "actor_category", "actor_confidence")),
      new Contract("frames", Set.of("content", "cue", "sentence"), Set.of("frames", "extra_frames")),
      new Contract("stance", Set.of("content", "sentence", "cue", "cue_lemma", "government", "actor_id"),
          Set.of("targets")));

  /** The names of the steps {@link #forConfig} builds, in order. */
  public static final List<String> NAMES = CONTRACTS.stream().map(Contract::name).toList();

  public static List<ArticleStep> forConfig(JobConfig cfg) {
    Attributor.Settings settings = Attributor.Settings.from(cfg);
    RegistryResolver resolver = RegistryResolver.load(cfg.actors());
    ActorStep actors = new ActorStep(resolver, cfg.homeCountry());
    FrameDetector frames = FrameDetector.forCodebook(cfg.codebook(), cfg.frameModel());
    StanceScorer stance = StanceScorer.forModel(cfg.stanceModel());
    Map<String, Body> bodies = Map.of(
        "attribution", (a, st) -> st.addAll(Attributor.get(settings).extract(a)),
        "actors", actors::resolve,
        "frames", (a, st) -> {
          for (Statement s : st) {
            FrameDetector.Split fs = frames.detectSplit(s);
            s.setFrames(fs.frames());
            s.setExtraFrames(fs.extra());
          }
        },
        "stance", (a, st) -> {
          List<List<org.mediastance.model.TargetStance>> t = stance.scoreAll(st, a.getText(), resolver, frames::polarity);
          for (int i = 0; i < st.size(); i++) st.get(i).setTargets(t.get(i));
        });
    List<ArticleStep> steps = new ArrayList<>();
    for (Contract c : CONTRACTS) steps.add(step(c, bodies.get(c.name())));
    check(steps);
    return steps;
  }

  /**
   * Checks a step chain: every column a step requires is added by an earlier step, and step
   * names are unique. Throws {@link IllegalArgumentException} naming the step and the missing
   * column (and the step that would add it, when one later in the chain does).
   */
  public static void check(List<ArticleStep> steps) {
    Set<String> have = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      ArticleStep s = steps.get(i);
      if (!names.add(s.name())) throw new IllegalArgumentException("step '" + s.name() + "' appears twice");
      for (String col : s.requires()) {
        if (have.contains(col)) continue;
        String later = null;
        for (ArticleStep t : steps.subList(i + 1, steps.size())) {
          if (t.adds().contains(col)) {
            later = t.name();
            break;
          }
        }
        throw new IllegalArgumentException("step '" + s.name() + "' requires column '" + col + "', which no earlier step adds"
            + (later == null ? "" : " (step '" + later + "' adds it: run it before '" + s.name() + "')"));
      }
      have.addAll(s.adds());
    }
  }

  /** A step from its contract and a body. */
  static ArticleStep step(Contract c, Body body) {
    return new ArticleStep() {
      @Override public String name() {
        return c.name();
      }

      @Override public Set<String> requires() {
        return c.requires();
      }

      @Override public Set<String> adds() {
        return c.adds();
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
