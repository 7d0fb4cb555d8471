package org.mediastance.io;

import java.nio.file.Path;

/**
 * The paths inside one run folder ({@code --out}, or its temporary sibling while the job runs):
 * the one place that names them, for the job, {@code report --from} and the notebook API.
 */
public record RunLayout(Path dir) {
  public Path articles() { return dir.resolve("articles"); }
  public Path statements() { return dir.resolve("statements"); }
  public Path articlesJsonl() { return dir.resolve("articles.jsonl"); }
  public Path statementsJsonl() { return dir.resolve("statements.jsonl"); }
  public Path quarantine() { return dir.resolve("quarantine"); }
  public Path metrics() { return dir.resolve("metrics"); }
  public Path report() { return dir.resolve("report"); }
  public Path reportPage() { return report().resolve("index.html"); }
  public Path manifest() { return dir.resolve("run.json"); }
}
