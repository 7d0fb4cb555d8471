package org.mediastance.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input record that could not become an analysed article, written to {@code quarantine/} with the reason: source file, position (1-based line or row, WARC byte offset, 0 for one-article files), the record's id when it had one, a specific reason (see ingest.Reasons), details and the raw record (truncated).
 *
 * <p>A mutable Java bean so that Spark can encode it with {@code Encoders.bean}; Parquet column
 * names are the snake_case forms of the property names (see {@link Columns}). Not thread-safe.
 */
public class Rejected implements Serializable {
  private static final long serialVersionUID = 1L;

  private String sourceFile;
  private Long position;
  private String recordId;
  private String reason;
  private String detail;
  private String raw;

  public Rejected() {}

  public String getSourceFile() { return sourceFile; }
  public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
  public Long getPosition() { return position; }
  public void setPosition(Long position) { this.position = position; }
  public String getRecordId() { return recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }
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
        && Objects.equals(recordId, x.recordId)
        && Objects.equals(reason, x.reason)
        && Objects.equals(detail, x.detail)
        && Objects.equals(raw, x.raw);
  }

  @Override public int hashCode() { return Objects.hash(sourceFile, position, recordId, reason, detail, raw); }

  @Override public String toString() {
    return "Rejected{" + "sourceFile=" + sourceFile + ", " + "position=" + position + ", " + "recordId=" + recordId + ", " + "reason=" + reason + ", " + "detail=" + detail + ", " + "raw=" + raw + "}";
  }
}
