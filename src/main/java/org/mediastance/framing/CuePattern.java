package org.mediastance.framing;
import org.mediastance.learn.Tok;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One compiled cue: a sequence of word elements matched against tokens. A word matches a token
 * when one of the word's lemmas equals one of the token's lemmas or forms; {@code w*} matches any
 * token starting with {@code w}; {@code *} matches any one token; {@code ...} skips up to
 * {@link #MAX_GAP} tokens. Immutable and thread-safe.
 */
public final class CuePattern {
  public static final int MAX_GAP = 3;

  private sealed interface El permits Word, Prefix, Any, Gap {}
  private record Word(Set<String> lemmas) implements El {}
  private record Prefix(String prefix) implements El {}
  private record Any() implements El {}
  private record Gap() implements El {}

  private final String text;
  private final List<El> els;
  private final double weight;

  private CuePattern(String text, List<El> els, double weight) {
    this.text = text;
    this.els = els;
    this.weight = weight;
  }

  /** Compiles a cue; default weight 1.0 for phrases and 0.8 for a single word. */
  public static CuePattern compile(String text, Double weight) {
    String t = text.trim();
    if (t.isEmpty()) throw new IllegalArgumentException("empty cue");
    List<El> els = new ArrayList<>();
    for (String w : t.split("\\s+")) {
      if (w.equals("...")) {
        els.add(new Gap());
      } else if (w.equals("*")) {
        els.add(new Any());
      } else if (w.endsWith("*") && w.length() > 1) {
        els.add(new Prefix(Tok.normalise(w.substring(0, w.length() - 1))));
      } else {
        List<Tok.Token> toks = Tok.tokenize(w);
        if (toks.size() != 1) {
          // e.g. "they're" → two tokens: add each as its own word
          for (Tok.Token tk : toks) els.add(new Word(tk.lemmas()));
        } else {
          els.add(new Word(toks.get(0).lemmas()));
        }
      }
    }
    if (els.isEmpty() || els.get(0) instanceof Gap || els.get(els.size() - 1) instanceof Gap) {
      throw new IllegalArgumentException("cue '" + text + "' must start and end with a word");
    }
    if (els.stream().allMatch(e -> e instanceof Any)) {
      throw new IllegalArgumentException("cue '" + text + "' matches everything");
    }
    double w = weight != null ? weight : (els.size() == 1 ? 0.8 : 1.0);
    if (!(w > 0 && w <= 1)) throw new IllegalArgumentException("weight must be in (0, 1], got " + w);
    return new CuePattern(text, List.copyOf(els), w);
  }

  public String text() { return text; }

  /** The prefix of the first element when it is {@code w*}, else null. */
  String firstPrefix() {
    return els.get(0) instanceof Prefix p ? p.prefix() : null;
  }

  /** The lemmas the first element accepts, or null when it is a prefix or wildcard. */
  Set<String> firstLemmas() {
    return els.get(0) instanceof Word w ? w.lemmas() : null;
  }

  public double weight() { return weight; }

  /** Returns the end index (exclusive) of a match starting at token {@code start}, or -1. */
  public int matchAt(List<Tok.Token> toks, int start) {
    return match(toks, start, 0);
  }

  private int match(List<Tok.Token> toks, int i, int e) {
    if (e == els.size()) return i;
    El el = els.get(e);
    if (el instanceof Gap) {
      for (int g = 0; g <= MAX_GAP && i + g <= toks.size(); g++) {
        int r = match(toks, i + g, e + 1);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (i >= toks.size()) return -1;
    Tok.Token t = toks.get(i);
    boolean ok;
    if (el instanceof Any) {
      ok = t.isWord();
    } else if (el instanceof Prefix p) {
      ok = t.lower().startsWith(p.prefix());
    } else {
      ok = false;
      for (String l : ((Word) el).lemmas()) {
        if (t.lemmas().contains(l)) { ok = true; break; }
      }
    }
    return ok ? match(toks, i + 1, e + 1) : -1;
  }
}
