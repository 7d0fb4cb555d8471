package org.mediastance.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenizer and longest-match phrase index for names, titles and cue words, folded for accents,
 * case, dots and hyphens ("U.S." = "US", "al-Assad" = "al Assad", "Élysée" = "Elysee").
 *
 * <p>Hand-written rather than CoreNLP's tokenizer because it runs on short strings at every
 * statement and must not load models. Short all-capital aliases ("US", "UN", "IS", "RT") only
 * match text written in capitals, so the pronoun "us" is never the United States. A possessive
 * "'s" is its own token, and punctuation tokens stop phrases. Immutable once built; thread-safe.
 *
 * @param <T> the value stored under a phrase
 */
final class Phrases<T> {

  /** One token: its text, its folded key, whether it has no lower-case letter, its span. */
  record Tok(String text, String key, boolean upper, boolean capitalized, int begin, int end) {
    boolean isPunct() {
      return !Character.isLetterOrDigit(key.charAt(0)) && !key.equals("'s");
    }
  }

  /** A phrase found in a token list: tokens [from, to) and the values stored under it. */
  record Match<T>(int from, int to, List<T> values) {}

  private record Entry<T>(T value, boolean requireUpper, boolean requireCapital) {}

  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*\\.?|[,;:()\"]");

  private final Map<String, List<Entry<T>>> map = new HashMap<>();
  private int maxLen = 1;
  /** Key prefixes that end in a possessive inside a stored phrase ("people 's" of "People's Republic of China"). */
  private final java.util.Set<String> possessivePrefixes = new java.util.HashSet<>();

  /** Accent-folds and unifies quotes, apostrophes and dashes. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
        .replace('\u201C', '"').replace('\u201D', '"')
        .replaceAll("[\\-\u2010\u2011\u2012\u2013\u2014/]", " ");
  }

  /** Splits text into tokens; offsets refer to the folded text, which has the same length. */
  static List<Tok> tokenize(String text) {
    List<Tok> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String f = fold(text);
    Matcher m = TOKEN.matcher(f);
    while (m.find()) {
      String t = m.group();
      int b = m.start();
      int e = m.end();
      // a trailing dot belongs to abbreviations (Sen., Gen., Rep.) but not to sentence ends; keep it
      // inside the text, drop it from the key.
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.endsWith("'s") && lower.length() > 2) {
        add(out, t.substring(0, t.length() - 2), b, e - 2);
        out.add(new Tok("'s", "'s", false, false, e - 2, e));
      } else if (lower.endsWith("s'") && lower.length() > 2) {
        add(out, t.substring(0, t.length() - 1), b, e - 1);
        out.add(new Tok("'s", "'s", false, false, e - 1, e));
      } else {
        add(out, t, b, e);
      }
    }
    return out;
  }

  private static void add(List<Tok> out, String t, int b, int e) {
    String key = t.replace(".", "").toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return;
    }
    boolean upper = !t.chars().anyMatch(Character::isLowerCase);
    boolean cap = Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0));
    out.add(new Tok(t, key, upper, cap, b, e));
  }

  /** The lookup key of a phrase: folded token keys joined by spaces, a leading "the" dropped. */
  static String key(String phrase) {
    List<Tok> toks = tokenize(phrase);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < toks.size(); i++) {
      String k = toks.get(i).key();
      if (i == 0 && k.equals("the") && toks.size() > 1) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(k);
    }
    return sb.toString();
  }

  /** Stores a value under a phrase; acronyms of up to five letters must match in capitals. */
  void put(String phrase, T value, boolean requireCapital) {
    String k = key(phrase);
    if (k.isEmpty()) {
      return;
    }
    String letters = phrase.replaceAll("[^\\p{L}]", "");
    boolean acronym = !letters.isEmpty() && letters.length() <= 5
        && !phrase.chars().anyMatch(Character::isLowerCase);
    List<Entry<T>> list = map.computeIfAbsent(k, x -> new ArrayList<>());
    for (int i = 0; i < list.size(); i++) {
      Entry<T> en = list.get(i);
      if (en.value().equals(value)) {
        if (en.requireUpper() && !acronym) {
          // the acronym is also written as a word ("Nato" beside "NATO"): any capitalised form matches
          list.set(i, new Entry<>(value, false, en.requireCapital() || requireCapital));
        }
        return;
      }
    }
    list.add(new Entry<>(value, acronym, requireCapital));
    String[] w = k.split(" ");
    maxLen = Math.max(maxLen, w.length);
    for (int i = 1; i < w.length - 1; i++) {
      if (w[i].equals("'s")) {
        possessivePrefixes.add(String.join(" ", java.util.Arrays.copyOfRange(w, 0, i + 1)));
      }
    }
  }

  /** The values stored under exactly this phrase (case rules applied), or an empty list. */
  List<T> get(String phrase) {
    List<Tok> toks = tokenize(phrase);
    int from = (!toks.isEmpty() && toks.get(0).key().equals("the") && toks.size() > 1) ? 1 : 0;
    Match<T> m = matchAt(toks, from, toks.size());
    return m != null && m.to() == toks.size() ? m.values() : List.of();
  }

  /** The longest phrase starting at token {@code from} and ending at or before {@code limit}. */
  Match<T> matchAt(List<Tok> toks, int from, int limit) {
    StringBuilder sb = new StringBuilder();
    Match<T> best = null;
    for (int j = from; j < Math.min(limit, from + maxLen); j++) {
      Tok t = toks.get(j);
      // a possessive ends the phrase ("Russia's foreign minister") unless a stored name goes on
      // through it ("People's Republic of China", "National People's Congress")
      if (t.isPunct() || (t.key().equals("'s") && j > from
          && !possessivePrefixes.contains(sb + " 's"))) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.key());
      List<Entry<T>> list = map.get(sb.toString());
      if (list == null) {
        continue;
      }
      List<T> ok = new ArrayList<>();
      for (Entry<T> en : list) {
        if (en.requireUpper() && !allUpper(toks, from, j + 1)) {
          continue;
        }
        if (en.requireCapital() && !toks.get(from).capitalized()) {
          continue;
        }
        ok.add(en.value());
      }
      if (!ok.isEmpty()) {
        best = new Match<>(from, j + 1, List.copyOf(ok));
      }
    }
    return best;
  }

  private static boolean allUpper(List<Tok> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!toks.get(i).upper()) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return map.size();
  }
}
