package org.mediastance.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input record that could not become an article, written to {@code quarantine/} with the reason.
 *
 * <p>A mutable Java bean so that Spark can encode it with {@code Encoders.bean}; Parquet column
 * names are the snake_case forms of the property names (see {@link Columns}). Not thread-safe.
 */
public class Rejected implements Serializable {
  private static final long serialVersionUID = 1L;

  private String sourceFile;
  private Long position;
  private String reason;
  private String detail;
  private String raw;

  public Rejected() {}

  public String getSourceFile() { return sourceFile; }
  public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
  public Long getPosition() { return position; }
  public void setPosition(Long position) { this.position = position; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getDetail() { return detail; }
  public void setDetail(String detail) { this.detail = detail; }
  public String getRaw() { return raw; }
  public void setRaw(String raw) { this.raw = raw; }

  @Override public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Rejected)) return false;
    Rejected x = (Rejected) o;
    return Objects.equals(sourceFile, x.sourceFile)
        && Objects.equals(position, x.position)
        && Objects.equals(reason, x.reason)
        && Objects.equals(detail, x.detail)
        && Objects.equals(raw, x.raw);
  }

  @Override public int hashCode() { return Objects.hash(sourceFile, position, reason, detail, raw); }

  @Override public String toString() {
    return "Rejected{" + "sourceFile=" + sourceFile + ", " + "position=" + position + ", " + "reason=" + reason + ", " + "detail=" + detail + ", " + "raw=" + raw + "}";
  }
}
