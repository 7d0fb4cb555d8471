package org.mediastance.learn;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap word tokenizer with character offsets and a tag-free lemmatizer, shared by frame
 * matching and stance features.
 *
 * <p>Tokens are runs of letters/digits (with inner apostrophes, hyphens and dots as in "U.S.",
 * "al-Assad", "they're" split as "they" + "'re") or single punctuation marks. Lemmas come from
 * CoreNLP's {@link Morphology} (a finite-state lemmatizer that needs no model file), asked twice:
 * as a verb (VBD: "doomed" → "doom") and as a noun (NNS: "failures" → "failure"); without a POS
 * tagger we cannot know which applies, so a token carries both and a cue matches either. This is
 * far cheaper than running CoreNLP's tagger and keeps scoring inside the speed budget.
 * Thread-safe: {@link Morphology} instances are not, so each thread keeps its own; lemma sets
 * are cached by word form (bounded).
 */
public final class Tok {
  private Tok() {}

  private static final Pattern TOKEN = Pattern.compile(
      "(?:[A-Za-z]\\.){2,}|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*|'(?:s|re|ve|ll|d|m|t)\\b|n't|[^\\s\\p{L}\\p{N}]",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final ThreadLocal<Morphology> MORPH = ThreadLocal.withInitial(Morphology::new);
  /** Lemma sets by lower-cased form; bounded, cleared when full (news vocabulary repeats a lot). */
  private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> LEMMAS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int LEMMA_CACHE_MAX = 200_000;

  /** One token: its text, lower-cased form, candidate lemmas and offsets into the input. */
  public record Token(String text, String lower, Set<String> lemmas, int begin, int end) {
    public boolean isWord() { return Character.isLetterOrDigit(text.charAt(0)); }
    public boolean isCapitalized() { return Character.isUpperCase(text.charAt(0)); }
    /** The first lemma (verb reading), used as the canonical form in features. */
    public String lemma() { return lemmas.iterator().next(); }
  }

  /** Tokenizes text; typographic apostrophes and quotes are normalised first (same length). */
  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    String norm = normalise(text);
    Matcher m = TOKEN.matcher(norm);
    while (m.find()) {
      String t = m.group();
      String lower = t.toLowerCase(Locale.ROOT);
      Set<String> lemmas = LEMMAS.get(lower);
      if (lemmas == null) {
        lemmas = lemmas(lower);
        if (LEMMAS.size() >= LEMMA_CACHE_MAX) LEMMAS.clear();
        LEMMAS.put(lower, lemmas);
      }
      out.add(new Token(text.substring(m.start(), m.end()), lower, lemmas, m.start(), m.end()));
    }
    return out;
  }

  private static Set<String> lemmas(String lower) {
    Set<String> lemmas = new LinkedHashSet<>(3);
    if (Character.isLetter(lower.charAt(0)) && lower.length() < 40) {
      Morphology morph = MORPH.get();
      lemmas.add(safe(morph.lemma(lower, "VBD"), lower));
      lemmas.add(safe(morph.lemma(lower, "NNS"), lower));
    }
    lemmas.add(lower);
    return java.util.Collections.unmodifiableSet(lemmas);
  }

  private static String safe(String s, String dflt) {
    return s == null || s.isEmpty() ? dflt : s.toLowerCase(Locale.ROOT);
  }

  /** Replaces typographic apostrophes/quotes by ASCII ones, one char for one char. */
  public static String normalise(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u02bc', '`' -> b.append('\'');
        case '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e' -> b.append('"');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
