package org.mediastance.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.mediastance.model.Rejected;
import org.mediastance.model.Statement;

/**
 * The outcome of analysing one article: its statements, or the failure that quarantines it, and
 * the time each step took (for run.json's breakdown). A bean for Spark's encoders.
 */
public class Analysed implements Serializable {
  private static final long serialVersionUID = 1L;
  private String articleId;
  private List<Statement> statements = new ArrayList<>();
  private String failure;
  private String failureDetail;
  private Long chars;
  private List<Long> stepNanos = new ArrayList<>();
  /** Set only for a failed article: its quarantine row (source file, position, reason, raw text). */
  private Rejected rejected;

  public Analysed() {}

  public String getArticleId() { return articleId; }
  public void setArticleId(String articleId) { this.articleId = articleId; }
  public List<Statement> getStatements() { return statements; }
  public void setStatements(List<Statement> statements) { this.statements = statements; }
  public String getFailure() { return failure; }
  public void setFailure(String failure) { this.failure = failure; }
  public String getFailureDetail() { return failureDetail; }
  public void setFailureDetail(String failureDetail) { this.failureDetail = failureDetail; }
  public Long getChars() { return chars; }
  public void setChars(Long chars) { this.chars = chars; }
  public List<Long> getStepNanos() { return stepNanos; }
  public void setStepNanos(List<Long> stepNanos) { this.stepNanos = stepNanos; }
  public Rejected getRejected() { return rejected; }
  public void setRejected(Rejected rejected) { this.rejected = rejected; }
}
