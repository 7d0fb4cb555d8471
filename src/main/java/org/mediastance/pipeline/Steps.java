package org.mediastance.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.mediastance.config.JobConfig;

/** Builds the per-article steps for a configuration, in order. */
public final class Steps {
  private Steps() {}

  public static List<ArticleStep> forConfig(JobConfig cfg) {
    List<ArticleStep> steps = new ArrayList<>();
    return steps;
  }
}
