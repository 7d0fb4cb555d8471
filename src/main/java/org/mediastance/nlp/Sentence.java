package org.mediastance.nlp;

import java.util.List;

/**
 * One sentence of an article: its tokens, character span, index and paragraph number.
 * {@code tagged} says whether the costly annotators (POS, optionally NER) ran on it; the
 * attribution stage tags only sentences that can hold an attribution.
 *
 * <p>{@code coreMap} is CoreNLP's own sentence, kept so that it can be tagged later; it is null for
 * hand-built sentences in tests. Not thread-safe.
 */
public final class Sentence {
  public final int index;
  public final int begin;
  public final int end;
  public final int paragraph;
  public final List<Token> tokens;
  public boolean tagged;
  final Object coreMap;

  public Sentence(int index, int begin, int end, int paragraph, List<Token> tokens) {
    this(index, begin, end, paragraph, tokens, null);
  }

  Sentence(int index, int begin, int end, int paragraph, List<Token> tokens, Object coreMap) {
    this.index = index;
    this.begin = begin;
    this.end = end;
    this.paragraph = paragraph;
    this.tokens = tokens;
    this.coreMap = coreMap;
    this.tagged = !tokens.isEmpty() && tokens.get(0).pos != null;
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int i) {
    return tokens.get(i);
  }

  @Override
  public String toString() {
    return "S" + index + "@" + begin + tokens;
  }
}
