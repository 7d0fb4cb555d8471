package org.mediastance.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One frame a statement uses, with the cue text that triggered it and a score in [0, 1].
 *
 * <p>A mutable Java bean so that Spark can encode it with {@code Encoders.bean}; Parquet column
 * names are the snake_case forms of the property names (see {@link Columns}). Not thread-safe.
 */
public class FrameHit implements Serializable {
  private static final long serialVersionUID = 1L;

  private String frame;
  private String cue;
  private Double score;

  public FrameHit() {}

  public String getFrame() { return frame; }
  public void setFrame(String frame) { this.frame = frame; }
  public String getCue() { return cue; }
  public void setCue(String cue) { this.cue = cue; }
  public Double getScore() { return score; }
  public void setScore(Double score) { this.score = score; }

  @Override public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof FrameHit)) return false;
    FrameHit x = (FrameHit) o;
    return Objects.equals(frame, x.frame)
        && Objects.equals(cue, x.cue)
        && Objects.equals(score, x.score);
  }

  @Override public int hashCode() { return Objects.hash(frame, cue, score); }

  @Override public String toString() {
    return "FrameHit{" + "frame=" + frame + ", " + "cue=" + cue + ", " + "score=" + score + "}";
  }
}
