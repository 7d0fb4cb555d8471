package org.mediastance.stance;

import java.util.List;
import java.util.Locale;
import org.mediastance.learn.Tok;
import org.mediastance.model.Statement;

/**
 * The part of a statement's sentence that a short content's targets may come from: from the cue
 * (or the content, when the content comes first) to the end of the content, then on to the first
 * clause break (a comma, semicolon, colon, full stop or dash) but at most {@link #TAIL_WORDS} words.
 * So "Trump called Bolton a 'wacko'" and "what he called the 'remarkable bond' between the U.S. and
 * Poland" keep Bolton and Poland, while the sentence's subject, a clause after a comma ("..., while
 * French Foreign Minister Laurent Fabius said") and words far after the quote do not count. When
 * the content comes before the cue, the words after the cue up to a clause break count too
 * ("'a disaster,' he said of the deal"), and so does a "referring to" clause after the cue
 * ("'We will never accept this,' said Hua, ..., referring to the new U.S. visa restrictions").
 * Stateless and thread-safe.
 */
final class ClauseWindow {
  private ClauseWindow() {}

  private static final java.util.regex.Pattern CLOSED = java.util.regex.Pattern.compile("[,;.!?][\"'”’]*\\s*$");
  /** Conjunctions that open another clause ("..., while Fabius said"). */
  private static final java.util.Set<String> BREAK_WORDS = java.util.Set.of("while", "whereas", "but",
      "although", "though", "because", "after", "before", "when", "which", "who");

  /** Words after the content (or after a cue that follows it) that still belong to its clause. */
  static final int TAIL_WORDS = 6;

  /**
   * Character span [begin, end) of the sentence, or null when the content or the cue cannot be
   * placed in it (then the whole sentence counts).
   */
  static int[] of(Statement s) {
    String sentence = s.getSentence();
    String content = s.getContent();
    if (sentence == null || content == null) return null;
    int cb = offset(s.getContentBegin(), s.getSentenceBegin(), sentence, content);
    if (cb < 0) return null;
    int ce = cb + content.length();
    String cue = s.getCue();
    int qb = cue == null || cue.isBlank() ? -1 : offset(s.getCueBegin(), s.getSentenceBegin(), sentence, cue);
    // a content that ends its clause itself ("was 'clear,'") has no tail
    int te = CLOSED.matcher(content).find() ? ce : tail(sentence, ce);
    if (qb < 0) return new int[] {cb, te};
    if (qb < cb) return new int[] {qb, te};
    return new int[] {cb, referredTo(sentence, qb + cue.length(), tail(sentence, qb + cue.length()))};
  }

  /** "..., referring to", "..., in reference to": what a quote before its cue is about. */
  private static final java.util.regex.Pattern REFERRING = java.util.regex.Pattern.compile(
      ",\\s*(?:referring to|in reference to|in response to|speaking of|talking about)\\s",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The end of a clause after the cue (at {@code from}) that says what the quote refers to
   * ("'We will never accept this,' said Hua, a spokeswoman for China's Foreign Ministry, referring
   * to the new U.S. visa restrictions"), else {@code end} unchanged. The speaker's own words in
   * between are left out by the caller.
   */
  private static int referredTo(String sentence, int from, int end) {
    java.util.regex.Matcher m = REFERRING.matcher(sentence.substring(from));
    return m.find() ? tail(sentence, from + m.end()) : end;
  }

  private static int offset(Integer absBegin, Integer sentenceBegin, String sentence, String part) {
    if (absBegin != null && sentenceBegin != null) {
      int at = absBegin - sentenceBegin;
      if (at >= 0 && sentence.startsWith(part, at)) return at;
    }
    int at = sentence.indexOf(part);
    if (at < 0) at = sentence.toLowerCase(Locale.ROOT).indexOf(part.toLowerCase(Locale.ROOT));
    return at;
  }

  /** Irregular past tenses of reporting and acting verbs that may open a second verb phrase. */
  private static final java.util.Set<String> IRREGULAR_PAST = java.util.Set.of("said", "told", "made", "gave",
      "took", "spoke", "wrote", "went", "sent", "met", "held", "put", "set", "left", "won", "lost");

  /** A past-tense verb: a regular "-ed" form or {@link #IRREGULAR_PAST}. */
  private static boolean pastVerb(String lower) {
    return lower.length() > 4 && lower.endsWith("ed") || IRREGULAR_PAST.contains(lower);
  }

  /** End of the clause that goes on at {@code from}: the first break or {@link #TAIL_WORDS} words. */
  static int tail(String sentence, int from) {
    List<Tok.Token> toks = Tok.tokenize(sentence.substring(from));
    int end = from;
    int words = 0;
    for (int i = 0; i < toks.size(); i++) {
      Tok.Token t = toks.get(i);
      String w = t.text();
      // "described the protesters as terrorists and thanked Russia": a second verb phrase of the subject
      if (t.lower().equals("and") && i + 1 < toks.size() && pastVerb(toks.get(i + 1).lower())) break;
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") || w.equals("—")
          || w.equals("–") || w.equals("(")) {
        break;
      }
      if (t.isWord() && (++words > TAIL_WORDS || BREAK_WORDS.contains(t.lower()))) break;
      end = from + t.end();
    }
    return end;
  }
}
