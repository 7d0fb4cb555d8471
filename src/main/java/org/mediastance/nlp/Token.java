package org.mediastance.nlp;

/**
 * One token of an article: its original text, character offsets into the article text, and the
 * part-of-speech and NER tags when the sentence was tagged (null otherwise).
 *
 * <p>Plain data so that attribution logic can be tested on hand-built tokens without CoreNLP.
 * Mutable only while a sentence is being tagged; not thread-safe.
 */
public final class Token {
  public final String text;
  public final String lower;
  public final int begin;
  public final int end;
  public String pos;
  public String ner;

  public Token(String text, int begin, int end) {
    this(text, begin, end, null);
  }

  public Token(String text, int begin, int end, String pos) {
    this.text = text;
    this.lower = text.toLowerCase(java.util.Locale.ROOT);
    this.begin = begin;
    this.end = end;
    this.pos = pos;
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  public boolean posStarts(String prefix) {
    return pos != null && pos.startsWith(prefix);
  }

  @Override
  public String toString() {
    return pos == null ? text : text + "/" + pos;
  }
}
