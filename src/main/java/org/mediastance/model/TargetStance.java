package org.mediastance.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a statement says about one target: the target (ISO3 government code, actor id, or the mention text when unresolved), the stance score in [-1, 1], its label -1/0/+1 and a confidence.
 *
 * <p>A mutable Java bean so that Spark can encode it with {@code Encoders.bean}; Parquet column
 * names are the snake_case forms of the property names (see {@link Columns}). Not thread-safe.
 */
public class TargetStance implements Serializable {
  private static final long serialVersionUID = 1L;

  private String target;
  private String mention;
  private String targetType;
  private Double stance;
  private Integer label;
  private Double confidence;

  public TargetStance() {}

  public String getTarget() { return target; }
  public void setTarget(String target) { this.target = target; }
  public String getMention() { return mention; }
  public void setMention(String mention) { this.mention = mention; }
  public String getTargetType() { return targetType; }
  public void setTargetType(String targetType) { this.targetType = targetType; }
  public Double getStance() { return stance; }
  public void setStance(Double stance) { this.stance = stance; }
  public Integer getLabel() { return label; }
  public void setLabel(Integer label) { this.label = label; }
  public Double getConfidence() { return confidence; }
  public void setConfidence(Double confidence) { this.confidence = confidence; }

  @Override public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof TargetStance)) return false;
    TargetStance x = (TargetStance) o;
    return Objects.equals(target, x.target)
        && Objects.equals(mention, x.mention)
        && Objects.equals(targetType, x.targetType)
        && Objects.equals(stance, x.stance)
        && Objects.equals(label, x.label)
        && Objects.equals(confidence, x.confidence);
  }

  @Override public int hashCode() { return Objects.hash(target, mention, targetType, stance, label, confidence); }

  @Override public String toString() {
    return "TargetStance{" + "target=" + target + ", " + "mention=" + mention + ", " + "targetType=" + targetType + ", " + "stance=" + stance + ", " + "label=" + label + ", " + "confidence=" + confidence + "}";
  }
}
