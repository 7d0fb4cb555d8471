package org.mediastance.eval;

import java.util.List;

/**
 * One gold-annotated article: id, text and its attributions. Offsets are Java {@code String}
 * indices into {@code text}. Immutable.
 */
public record GoldDoc(String id, String text, List<Gold> statements) {

  /**
   * One gold attribution. {@code content} is a list of [begin, end) ranges (PolNeAR content can be
   * discontinuous); {@code cue}/{@code source} ranges may be null; {@code speaker} is the canonical
   * speaker when the gold format has one (mediastance), else null; {@code kind} likewise.
   */
  public record Gold(List<int[]> content, String contentText, String kind, int[] cue, String cueText,
      int[] source, String sourceText, String speaker, boolean speechAct) {}
}
