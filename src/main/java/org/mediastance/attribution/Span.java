package org.mediastance.attribution;

/**
 * One attribution found by {@link Extractor} before speaker resolution: kind, content offsets
 * into the article text, the sentence and cue, and the speaker mention as a token range of a
 * sentence (or, for continuations, the attribution it inherits its speaker from).
 *
 * <p>Mutable working record of one document's extraction; not thread-safe.
 */
public final class Span {
  public Kind kind;
  public int contentBegin;
  public int contentEnd;
  public int sentence;
  public int cueBegin = -1;
  public int cueEnd = -1;
  public String cue;
  public String cueLemma;
  /** Sentence index and token range [speakerStart, speakerEnd) of the speaker mention; -1 if none. */
  public int speakerSentence = -1;
  public int speakerStart = -1;
  public int speakerEnd = -1;
  /** Speaker taken from another attribution (continuations, interrupted quotes, participles). */
  public Span inheritFrom;
  public double confidence;
  /** Set by the resolver. */
  public Resolved resolved;

  boolean hasSpeaker() {
    return speakerStart >= 0;
  }

  @Override
  public String toString() {
    return kind + "[" + contentBegin + "," + contentEnd + ") cue=" + cue + " spk=" + speakerSentence + ":" + speakerStart + "-" + speakerEnd;
  }

  /** A resolved speaker: canonical name, type, fullest description, mention text and offset. */
  public record Resolved(String speaker, String type, String description, String mention,
      int mentionBegin, double confidence, Object entity) {}
}
