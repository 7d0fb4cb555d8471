package org.mediastance.pipeline;

import org.mediastance.config.JobConfig;

/** The main job: every stage in order into one output folder. */
public final class RunJob {
  private final JobConfig cfg;

  public RunJob(JobConfig cfg) {
    this.cfg = cfg;
  }

  public int execute() {
    throw new IllegalStateException("run job not wired yet: " + cfg.out());
  }
}
