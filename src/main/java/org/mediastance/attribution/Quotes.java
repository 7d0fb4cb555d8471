package org.mediastance.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in article text, any style: {@code "…"}, {@code “…”}, {@code ‘…’} (outside
 * double quotes only), {@code «…»}, {@code „…“}. A quotation never crosses a paragraph break
 * (blank line); one left open at the end of a paragraph ends there (the news convention for a
 * quotation continued in the next paragraph, which opens with a new quotation mark).
 *
 * <p>Hand-written because the rule is short and character-exact offsets are needed. Pure and
 * thread-safe.
 */
public final class Quotes {
  private Quotes() {}

  /** A quotation: {@code begin/end} include the marks, {@code innerBegin/innerEnd} do not. */
  public record Quote(int begin, int end, int innerBegin, int innerEnd, boolean closed) {
    public boolean contains(int pos) {
      return pos >= begin && pos < end;
    }

    public boolean overlaps(int b, int e) {
      return b < end && e > begin;
    }
  }

  /** All quotations in {@code text}, in order. */
  public static List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    int n = text.length();
    int open = -1;
    char closeWith = 0;
    int singleOpen = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < n && isParagraphBreak(text, i)) {
        if (open >= 0) {
          out.add(trimmed(text, open, i, false));
          open = -1;
        }
        singleOpen = -1;
        continue;
      }
      if (open < 0) {
        if (c == '"' || c == '“' || c == '„' || c == '«') {
          open = i;
          closeWith = c == '"' ? '"' : c == '“' ? '”' : c == '„' ? '“' : '»';
          singleOpen = -1;
        } else if (c == '‘' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          singleOpen = i;
        } else if (c == '’' && singleOpen >= 0
            && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1)))
            && i - singleOpen > 1) {
          out.add(new Quote(singleOpen, i + 1, singleOpen + 1, i, true));
          singleOpen = -1;
        }
      } else {
        boolean closes = c == closeWith || (closeWith == '”' && c == '"')
            || (closeWith == '"' && c == '”');
        if (closes) {
          out.add(new Quote(open, i + 1, open + 1, i, true));
          open = -1;
        }
      }
    }
    if (open >= 0) out.add(trimmed(text, open, n, false));
    return out;
  }

  private static Quote trimmed(String text, int open, int end, boolean closed) {
    int e = end;
    while (e > open + 1 && Character.isWhitespace(text.charAt(e - 1))) e--;
    return new Quote(open, e, open + 1, e, closed);
  }

  static boolean isParagraphBreak(String text, int i) {
    int j = i + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
    return j < text.length() && text.charAt(j) == '\n';
  }

  /** True if {@code c} is any quotation mark this class knows. */
  public static boolean isQuoteChar(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‘' || c == '’';
  }
}
