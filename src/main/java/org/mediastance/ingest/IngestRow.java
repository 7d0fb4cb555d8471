package org.mediastance.ingest;

import java.io.Serializable;
import org.mediastance.model.Article;
import org.mediastance.model.Rejected;

/**
 * One input record after ingestion: exactly one of {@code article} and {@code rejected} is set.
 * A bean so that Spark can carry both outcomes in one Dataset and count them per file.
 */
public class IngestRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private Article article;
  private Rejected rejected;
  private String sourceFile;

  public IngestRow() {}

  public static IngestRow accepted(Article a) {
    IngestRow r = new IngestRow();
    r.article = a;
    r.sourceFile = a.getSourceFile();
    return r;
  }

  public static IngestRow rejected(String sourceFile, long position, String reason, String detail, String raw) {
    return rejected(sourceFile, position, null, reason, detail, raw);
  }

  /** A quarantine row for a record whose id is known. */
  public static IngestRow rejected(String sourceFile, long position, String recordId, String reason,
      String detail, String raw) {
    Rejected x = new Rejected();
    x.setRecordId(recordId);
    x.setSourceFile(sourceFile);
    x.setPosition(position);
    x.setReason(reason);
    x.setDetail(detail);
    x.setRaw(truncate(raw));
    IngestRow r = new IngestRow();
    r.rejected = x;
    r.sourceFile = sourceFile;
    return r;
  }

  /**
   * The quarantine row of an article that was read but not kept (a duplicate id, an analysis that
   * failed): its source file and position, id, reason and detail, and its text as the raw record.
   */
  public static Rejected rejectedArticle(Article a, String reason, String detail) {
    Rejected x = new Rejected();
    x.setSourceFile(a.getSourceFile());
    x.setPosition(a.getRecordPosition());
    x.setRecordId(a.getId());
    x.setReason(reason);
    x.setDetail(detail);
    x.setRaw(truncate(a.getText()));
    return x;
  }

  /** Raw records are kept in quarantine up to this many characters. */
  public static final int MAX_RAW = 4000;

  /** {@code raw} cut to {@link #MAX_RAW} characters, saying how long it was; null stays null. */
  public static String truncate(String raw) {
    if (raw == null || raw.length() <= MAX_RAW) return raw;
    return raw.substring(0, MAX_RAW) + "…[truncated, " + raw.length() + " chars]";
  }

  public Article getArticle() { return article; }
  public void setArticle(Article article) { this.article = article; }
  public Rejected getRejected() { return rejected; }
  public void setRejected(Rejected rejected) { this.rejected = rejected; }
  public String getSourceFile() { return sourceFile; }
  public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
}
