package org.mediastance.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.io.Serializable;
import java.util.Objects;

/**
 * One statement attributed to a source in an article (DESIGN.md's statement row). Offsets {@code contentBegin}/{@code contentEnd} are character offsets into the cleaned {@code Article.text}. {@code speakerDescription} is the fullest description of the speaker found in the article (e.g. "Russian Foreign Minister Sergei Lavrov"), used by the actor resolver.
 *
 * <p>A mutable Java bean so that Spark can encode it with {@code Encoders.bean}; Parquet column
 * names are the snake_case forms of the property names (see {@link Columns}). Not thread-safe.
 */
public class Statement implements Serializable {
  private static final long serialVersionUID = 1L;

  private String statementId;
  private String articleId;
  private String clusterId;
  private String outlet;
  private LocalDate published;
  private String url;
  private String kind;
  private String content;
  private Integer contentBegin;
  private Integer contentEnd;
  private String sentence;
  private Integer sentenceBegin;
  private String cue;
  private String cueLemma;
  private Integer cueBegin;
  private String speakerMention;
  private Integer speakerBegin;
  private String speaker;
  private String speakerType;
  private String speakerDescription;
  private Double attributionConfidence;
  private String actorId;
  private String role;
  private String government;
  private String actorCategory;
  private Double actorConfidence;
  private List<TargetStance> targets = new ArrayList<>();
  private List<FrameHit> frames = new ArrayList<>();
  /** Frames of the codebook marked {@code extra} (kept apart from the main frames in {@code frames}). */
  private List<FrameHit> extraFrames = new ArrayList<>();
  /** The article's outlet attributes (name → value); their sources are in the article row. */
  private Map<String, String> outletAttrs;

  public Statement() {}

  public String getStatementId() { return statementId; }
  public void setStatementId(String statementId) { this.statementId = statementId; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String articleId) { this.articleId = articleId; }
  public String getClusterId() { return clusterId; }
  public void setClusterId(String clusterId) { this.clusterId = clusterId; }
  public String getOutlet() { return outlet; }
  public void setOutlet(String outlet) { this.outlet = outlet; }
  public LocalDate getPublished() { return published; }
  public void setPublished(LocalDate published) { this.published = published; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public Integer getContentBegin() { return contentBegin; }
  public void setContentBegin(Integer contentBegin) { this.contentBegin = contentBegin; }
  public Integer getContentEnd() { return contentEnd; }
  public void setContentEnd(Integer contentEnd) { this.contentEnd = contentEnd; }
  public String getSentence() { return sentence; }
  public void setSentence(String sentence) { this.sentence = sentence; }
  public Integer getSentenceBegin() { return sentenceBegin; }
  public void setSentenceBegin(Integer sentenceBegin) { this.sentenceBegin = sentenceBegin; }
  public String getCue() { return cue; }
  public void setCue(String cue) { this.cue = cue; }
  public String getCueLemma() { return cueLemma; }
  public void setCueLemma(String cueLemma) { this.cueLemma = cueLemma; }
  public Integer getCueBegin() { return cueBegin; }
  public void setCueBegin(Integer cueBegin) { this.cueBegin = cueBegin; }
  public String getSpeakerMention() { return speakerMention; }
  public void setSpeakerMention(String speakerMention) { this.speakerMention = speakerMention; }
  public Integer getSpeakerBegin() { return speakerBegin; }
  public void setSpeakerBegin(Integer speakerBegin) { this.speakerBegin = speakerBegin; }
  public String getSpeaker() { return speaker; }
  public void setSpeaker(String speaker) { this.speaker = speaker; }
  public String getSpeakerType() { return speakerType; }
  public void setSpeakerType(String speakerType) { this.speakerType = speakerType; }
  public String getSpeakerDescription() { return speakerDescription; }
  public void setSpeakerDescription(String speakerDescription) { this.speakerDescription = speakerDescription; }
  public Double getAttributionConfidence() { return attributionConfidence; }
  public void setAttributionConfidence(Double attributionConfidence) { this.attributionConfidence = attributionConfidence; }
  public String getActorId() { return actorId; }
  public void setActorId(String actorId) { this.actorId = actorId; }
  public String getRole() { return role; }
  public void setRole(String role) { this.role = role; }
  public String getGovernment() { return government; }
  public void setGovernment(String government) { this.government = government; }
  public String getActorCategory() { return actorCategory; }
  public void setActorCategory(String actorCategory) { this.actorCategory = actorCategory; }
  public Double getActorConfidence() { return actorConfidence; }
  public void setActorConfidence(Double actorConfidence) { this.actorConfidence = actorConfidence; }
  public List<TargetStance> getTargets() { return targets; }
  public void setTargets(List<TargetStance> targets) { this.targets = targets; }
  public List<FrameHit> getFrames() { return frames; }
  public void setFrames(List<FrameHit> frames) { this.frames = frames; }
  public List<FrameHit> getExtraFrames() { return extraFrames; }
  public void setExtraFrames(List<FrameHit> extraFrames) { this.extraFrames = extraFrames; }
  public Map<String, String> getOutletAttrs() { return outletAttrs; }
  public void setOutletAttrs(Map<String, String> outletAttrs) { this.outletAttrs = outletAttrs; }

  @Override public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Statement)) return false;
    Statement x = (Statement) o;
    return Objects.equals(statementId, x.statementId)
        && Objects.equals(articleId, x.articleId)
        && Objects.equals(clusterId, x.clusterId)
        && Objects.equals(outlet, x.outlet)
        && Objects.equals(published, x.published)
        && Objects.equals(url, x.url)
        && Objects.equals(kind, x.kind)
        && Objects.equals(content, x.content)
        && Objects.equals(contentBegin, x.contentBegin)
        && Objects.equals(contentEnd, x.contentEnd)
        && Objects.equals(sentence, x.sentence)
        && Objects.equals(sentenceBegin, x.sentenceBegin)
        && Objects.equals(cue, x.cue)
        && Objects.equals(cueLemma, x.cueLemma)
        && Objects.equals(cueBegin, x.cueBegin)
        && Objects.equals(speakerMention, x.speakerMention)
        && Objects.equals(speakerBegin, x.speakerBegin)
        && Objects.equals(speaker, x.speaker)
        && Objects.equals(speakerType, x.speakerType)
        && Objects.equals(speakerDescription, x.speakerDescription)
        && Objects.equals(attributionConfidence, x.attributionConfidence)
        && Objects.equals(actorId, x.actorId)
        && Objects.equals(role, x.role)
        && Objects.equals(government, x.government)
        && Objects.equals(actorCategory, x.actorCategory)
        && Objects.equals(actorConfidence, x.actorConfidence)
        && Objects.equals(targets, x.targets)
        && Objects.equals(frames, x.frames)
        && Objects.equals(extraFrames, x.extraFrames)
        && Objects.equals(outletAttrs, x.outletAttrs);
  }

  @Override public int hashCode() { return Objects.hash(statementId, articleId, clusterId, outlet, published, url, kind, content, contentBegin, contentEnd, sentence, sentenceBegin, cue, cueLemma, cueBegin, speakerMention, speakerBegin, speaker, speakerType, speakerDescription, attributionConfidence, actorId, role, government, actorCategory, actorConfidence, targets, frames, extraFrames, outletAttrs); }

  @Override public String toString() {
    return "Statement{" + "statementId=" + statementId + ", " + "articleId=" + articleId + ", " + "clusterId=" + clusterId + ", " + "outlet=" + outlet + ", " + "published=" + published + ", " + "url=" + url + ", " + "kind=" + kind + ", " + "content=" + content + ", " + "contentBegin=" + contentBegin + ", " + "contentEnd=" + contentEnd + ", " + "sentence=" + sentence + ", " + "sentenceBegin=" + sentenceBegin + ", " + "cue=" + cue + ", " + "cueLemma=" + cueLemma + ", " + "cueBegin=" + cueBegin + ", " + "speakerMention=" + speakerMention + ", " + "speakerBegin=" + speakerBegin + ", " + "speaker=" + speaker + ", " + "speakerType=" + speakerType + ", " + "speakerDescription=" + speakerDescription + ", " + "attributionConfidence=" + attributionConfidence + ", " + "actorId=" + actorId + ", " + "role=" + role + ", " + "government=" + government + ", " + "actorCategory=" + actorCategory + ", " + "actorConfidence=" + actorConfidence + ", " + "targets=" + targets + ", " + "frames=" + frames + ", " + "extraFrames=" + extraFrames + ", " + "outletAttrs=" + outletAttrs + "}";
  }
}
