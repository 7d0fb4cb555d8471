package org.mediastance.model;

import java.time.LocalDate;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * One accepted news article: metadata and cleaned text. {@code text} is the reference for every character offset a later stage reports; {@code clusterId} groups syndicated copies (exact and near duplicates).
 *
 * <p>A mutable Java bean so that Spark can encode it with {@code Encoders.bean}; Parquet column
 * names are the snake_case forms of the property names (see {@link Columns}). Not thread-safe.
 */
public class Article implements Serializable {
  private static final long serialVersionUID = 1L;

  private String id;
  private String outlet;
  private String outletRaw;
  private LocalDate published;
  private String dateRaw;
  private String dateQuality;
  private String url;
  private String title;
  private String text;
  private String sourceFile;
  private Long recordPosition;
  private String clusterId;
  private Integer clusterSize;
  /** Outlet attributes (name → value, e.g. bias → left), from the record and the outlet metadata file. */
  private Map<String, String> outletAttrs;
  /** Where each outlet attribute came from (name → record:FIELD, metadata:FILE:LINE or derived:ATTRIBUTE). */
  private Map<String, String> outletAttrSources;

  public Article() {}

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getOutlet() { return outlet; }
  public void setOutlet(String outlet) { this.outlet = outlet; }
  public String getOutletRaw() { return outletRaw; }
  public void setOutletRaw(String outletRaw) { this.outletRaw = outletRaw; }
  public LocalDate getPublished() { return published; }
  public void setPublished(LocalDate published) { this.published = published; }
  public String getDateRaw() { return dateRaw; }
  public void setDateRaw(String dateRaw) { this.dateRaw = dateRaw; }
  public String getDateQuality() { return dateQuality; }
  public void setDateQuality(String dateQuality) { this.dateQuality = dateQuality; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getSourceFile() { return sourceFile; }
  public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
  public Long getRecordPosition() { return recordPosition; }
  public void setRecordPosition(Long recordPosition) { this.recordPosition = recordPosition; }
  public String getClusterId() { return clusterId; }
  public void setClusterId(String clusterId) { this.clusterId = clusterId; }
  public Integer getClusterSize() { return clusterSize; }
  public void setClusterSize(Integer clusterSize) { this.clusterSize = clusterSize; }
  public Map<String, String> getOutletAttrs() { return outletAttrs; }
  public void setOutletAttrs(Map<String, String> outletAttrs) { this.outletAttrs = outletAttrs; }
  public Map<String, String> getOutletAttrSources() { return outletAttrSources; }
  public void setOutletAttrSources(Map<String, String> outletAttrSources) { this.outletAttrSources = outletAttrSources; }

  @Override public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Article)) return false;
    Article x = (Article) o;
    return Objects.equals(id, x.id)
        && Objects.equals(outlet, x.outlet)
        && Objects.equals(outletRaw, x.outletRaw)
        && Objects.equals(published, x.published)
        && Objects.equals(dateRaw, x.dateRaw)
        && Objects.equals(dateQuality, x.dateQuality)
        && Objects.equals(url, x.url)
        && Objects.equals(title, x.title)
        && Objects.equals(text, x.text)
        && Objects.equals(sourceFile, x.sourceFile)
        && Objects.equals(recordPosition, x.recordPosition)
        && Objects.equals(clusterId, x.clusterId)
        && Objects.equals(clusterSize, x.clusterSize)
        && Objects.equals(outletAttrs, x.outletAttrs)
        && Objects.equals(outletAttrSources, x.outletAttrSources);
  }

  @Override public int hashCode() { return Objects.hash(id, outlet, outletRaw, published, dateRaw, dateQuality, url, title, text, sourceFile, recordPosition, clusterId, clusterSize, outletAttrs, outletAttrSources); }

  @Override public String toString() {
    return "Article{" + "id=" + id + ", " + "outlet=" + outlet + ", " + "outletRaw=" + outletRaw + ", " + "published=" + published + ", " + "dateRaw=" + dateRaw + ", " + "dateQuality=" + dateQuality + ", " + "url=" + url + ", " + "title=" + title + ", " + "text=" + text + ", " + "sourceFile=" + sourceFile + ", " + "recordPosition=" + recordPosition + ", " + "clusterId=" + clusterId + ", " + "clusterSize=" + clusterSize + ", " + "outletAttrs=" + outletAttrs + ", " + "outletAttrSources=" + outletAttrSources + "}";
  }
}
