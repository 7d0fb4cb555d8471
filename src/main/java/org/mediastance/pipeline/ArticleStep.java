package org.mediastance.pipeline;

import java.util.List;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;

/**
 * One step of the per-article analysis, run inside a Spark task: the first step produces the
 * statements of an article, later steps fill in more of their columns (actors, stance, frames).
 * Implementations are thread-safe and hold their models in per-JVM holders.
 */
public interface ArticleStep {
  /** A short name for timings ("attribution", "actors", "stance", "frames"). */
  String name();

  /** Adds to or fills in {@code statements} for {@code article}; may throw to fail the article. */
  void apply(Article article, List<Statement> statements) throws Exception;
}
