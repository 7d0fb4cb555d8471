package org.mediastance.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Neutralises untrusted text (article text, outlet and speaker names) for the places it ends up:
 * HTML text and attributes (jsoup's escaper), JSON embedded in a {@code <script>} block, CSV cells a
 * spreadsheet might run as formulas, file names, and link targets. Stateless and thread-safe.
 */
public final class Escape {
  private Escape() {}

  /** Cells starting with one of these are formulas to spreadsheets (OWASP CSV injection). */
  public static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");

  /** HTML-escapes text for element content and double- or single-quoted attributes. */
  public static String html(String s) {
    if (s == null) return "";
    // jsoup escapes & < > " (and nbsp); ' is escaped here too so single-quoted attributes are safe
    return Entities.escape(s).replace("'", "&#39;");
  }

  /**
   * Makes JSON text safe inside {@code <script type="application/json">}: {@code <}, {@code >},
   * {@code &}, U+2028 and U+2029 become \\u escapes. Hand-written because it is a five-character
   * mapping; it is correct for any valid JSON because these characters can occur only inside
   * string literals, where the \\u form means the same character.
   */
  public static String jsonForScript(String json) {
    StringBuilder b = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Prefixes {@code '} to a cell a spreadsheet would treat as a formula; null stays null. */
  public static String csvCell(String s) {
    if (s == null || s.isEmpty()) return s;
    return FORMULA_START.matcher(s).find() ? "'" + s : s;
  }

  /**
   * A file name for untrusted text: letters, digits, '.', '-' and '_' kept, everything else
   * '_', no leading dot, at most 60 characters, plus 8 hex digits of its SHA-256 so that distinct
   * names stay distinct. Never empty, never "." or "..", never contains a separator.
   */
  public static String fileName(String s) {
    String raw = s == null ? "" : s;
    String base = raw.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
    if (base.length() > 60) base = base.substring(0, 60);
    if (base.isEmpty()) base = "x";
    return base + "-" + sha256(raw).substring(0, 8);
  }

  /** Resolves {@code name} inside {@code dir}; throws if the result would leave {@code dir}. */
  public static Path inside(Path dir, String name) {
    Path d = dir.toAbsolutePath().normalize();
    Path p = d.resolve(name).normalize();
    if (!p.startsWith(d) || p.equals(d)) {
      throw new IllegalArgumentException("file name escapes " + dir + ": " + name);
    }
    return p;
  }

  /** The URL if it is an absolute http(s) URL without whitespace or control characters, else null. */
  public static String safeUrl(String url) {
    if (url == null) return null;
    String u = url.trim();
    if (!u.matches("(?i)https?://[^\\s\\p{Cntrl}\"'<>`]+")) return null;
    return u;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
