package org.mediastance.pipeline;

import java.util.List;
import java.util.Set;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;

/**
 * One step of the per-article analysis, run inside a Spark task: the first step produces the
 * statements of an article, later steps fill in more of their columns (actors, frames, stance).
 * Each step declares the statement columns it reads ({@link #requires}) and those it fills
 * ({@link #adds}), by their output names ({@code government}, {@code frames}); {@link Steps#check}
 * rejects a chain in which a step reads a column no earlier step adds, as CoreNLP rejects an
 * annotator whose requirements are not satisfied. Implementations are thread-safe and hold their
 * models in per-JVM holders.
 */
public interface ArticleStep {
  /** A short name for timings ("attribution", "actors", "frames", "stance"). */
  String name();

  /** Statement columns this step reads (empty for the step that creates the statements). */
  Set<String> requires();

  /** Statement columns this step fills in. */
  Set<String> adds();

  /** Adds to or fills in {@code statements} for {@code article}; may throw to fail the article. */
  void apply(Article article, List<Statement> statements) throws Exception;
}
