package org.mediastance.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8, decoded as Windows-1252 (once or several times) and re-encoded,
 * e.g. {@code Ã¢â‚¬â„¢} → {@code ’} and {@code â€œ} → {@code “}, as found in the AllSides corpus.
 *
 * <p>Only runs of characters from the Windows-1252 upper half are touched, and a run is replaced
 * only if its bytes decode as strict UTF-8 to something shorter, so correct accented text ("café",
 * "Zürich") is left alone. Written by hand because no maintained Java library does this (ftfy is
 * Python); stateless and thread-safe.
 */
public final class Mojibake {
  private Mojibake() {}

  private static final String CP1252_HIGH =
      "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D"
          + "\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178";
  /** A run of two or more characters that Windows-1252 maps to bytes 0x80–0xFF. */
  private static final Pattern RUN =
      Pattern.compile("[\u0080-\u00FF" + CP1252_HIGH + "]{2,}");
  /** Cheap pre-check: the lead bytes of UTF-8 sequences read as Windows-1252. */
  private static final Pattern SUSPECT = Pattern.compile("[\u00C2-\u00F4][\u0080-\u00BF" + CP1252_HIGH + "]");

  /** Returns {@code text} with mojibake runs repaired (up to three layers deep). */
  public static String repair(String text) {
    if (text == null || !SUSPECT.matcher(text).find()) {
      return text;
    }
    String cur = text;
    for (int round = 0; round < 3; round++) {
      String next = repairOnce(cur);
      if (next.equals(cur)) {
        break;
      }
      cur = next;
    }
    return cur;
  }

  private static String repairOnce(String text) {
    Matcher m = RUN.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String run = m.group();
      String fixed = fixRun(run);
      if (fixed != null) {
        if (out == null) out = new StringBuilder(text.length());
        out.append(text, last, m.start()).append(fixed);
        last = m.end();
      }
    }
    if (out == null) return text;
    out.append(text, last, text.length());
    return out.toString();
  }

  /** Decodes the longest valid UTF-8 prefix pieces of the run; null if nothing changes. */
  private static String fixRun(String run) {
    byte[] bytes = new byte[run.length()];
    for (int i = 0; i < run.length(); i++) {
      int b = toCp1252(run.charAt(i));
      if (b < 0) return null;
      bytes[i] = (byte) b;
    }
    // Decode greedily: valid UTF-8 multi-byte sequences are decoded, stray bytes kept as they were.
    StringBuilder sb = new StringBuilder(run.length());
    boolean changed = false;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 1;
      if (len > 1 && i + len <= bytes.length) {
        String dec = decodeStrict(bytes, i, len);
        if (dec != null) {
          sb.append(dec);
          i += len;
          changed = true;
          continue;
        }
      }
      sb.append(run.charAt(i));
      i++;
    }
    return changed ? sb.toString() : null;
  }

  private static String decodeStrict(byte[] b, int off, int len) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = d.decode(ByteBuffer.wrap(b, off, len));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int toCp1252(char c) {
    if (c >= 0x80 && c <= 0xFF) {
      return c;
    }
    int idx = CP1252_HIGH.indexOf(c);
    if (idx < 0) return -1;
    // Byte values of CP1252_HIGH characters, in the same order.
    final int[] codes = {0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C,
        0x8E, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F};
    return codes[idx];
  }
}
