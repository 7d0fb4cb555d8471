package org.mediastance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text rules of the statement scorer, kept equal to the reference scorer
 * ({@code shared/tools/score-statements}) so both give the same figures: ASCII-only lower-case
 * word tokens, token overlap, speaker name keys, target slugs and aliases, Python truthiness and
 * Python's {@code round(x, 3)}. Stateless; thread-safe.
 */
public final class StatementRules {
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

  /** Title and office words dropped from speaker names before they are compared. */
  static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "minister", "secretary",
      "sen", "senator", "rep", "gen", "general", "prime", "foreign", "defense", "defence", "state", "of",
      "the", "u", "s");

  /** Other names of the same target, by slug. */
  static final Map<String, String> TARGET_ALIASES = Map.of("isil", "islamic-state", "isis", "islamic-state",
      "is", "islamic-state", "islamic-state-group", "islamic-state", "daesh", "islamic-state");

  private StatementRules() {}

  /** Non-ASCII characters removed (not replaced: "don’t" gives "dont"), lower-cased, runs of [a-z0-9]. */
  public static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) return out;
    Matcher m = TOKEN.matcher(asciiLower(s));
    while (m.find()) out.add(m.group());
    return out;
  }

  private static String asciiLower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.toString();
  }

  /** |common tokens (as multisets)| / max(|a|, |b|); 0 when either is empty. */
  public static double overlap(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0.0;
    Map<String, Integer> ca = new HashMap<>();
    for (String t : a) ca.merge(t, 1, Integer::sum);
    int common = 0;
    for (String t : b) {
      Integer n = ca.get(t);
      if (n != null && n > 0) {
        common++;
        ca.put(t, n - 1);
      }
    }
    return (double) common / Math.max(a.size(), b.size());
  }

  static List<String> nameKey(String s) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(s)) if (!TITLES.contains(t)) out.add(t);
    return out;
  }

  /**
   * Whether a predicted speaker names one of the gold speakers: equal name keys, the same last
   * word, or one key (joined by spaces) a substring of the other.
   */
  public static boolean sameSpeaker(String pred, List<String> golds) {
    List<String> p = nameKey(pred);
    if (p.isEmpty()) return false;
    String pj = String.join(" ", p);
    for (String g : golds) {
      List<String> k = nameKey(g);
      if (k.isEmpty()) continue;
      String kj = String.join(" ", k);
      if (p.equals(k) || p.get(p.size() - 1).equals(k.get(k.size() - 1)) || kj.contains(pj) || pj.contains(kj)) {
        return true;
      }
    }
    return false;
  }

  /** ISO3 codes stay as they are; anything else becomes an ASCII lower-case slug, then aliases apply. */
  public static String normTarget(String code) {
    String c = pyStrip(code == null ? "" : code);
    if (ISO3.matcher(c).matches()) return c;
    String slug = stripDashes(NON_SLUG.matcher(asciiLower(c)).replaceAll("-"));
    return TARGET_ALIASES.getOrDefault(slug, slug);
  }

  private static String stripDashes(String s) {
    int b = 0, e = s.length();
    while (b < e && s.charAt(b) == '-') b++;
    while (e > b && s.charAt(e - 1) == '-') e--;
    return s.substring(b, e);
  }

  /** Python's {@code str.strip()}: Unicode whitespace at both ends. */
  public static String pyStrip(String s) {
    int b = 0, e = s.length();
    while (b < e && pySpace(s.charAt(b))) b++;
    while (e > b && pySpace(s.charAt(e - 1))) e--;
    return s.substring(b, e);
  }

  private static boolean pySpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Python's {@code round(x, 3)}: the exact binary value rounded half-even to 3 decimals. */
  public static double round3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** The 3-decimal figure as Python prints it ({@code 0.0}, {@code 0.25}, {@code 1.0}). */
  public static BigDecimal round3Decimal(double x) {
    BigDecimal d = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 1 ? d.setScale(1) : d;
  }

  /** Python truthiness of a JSON value (absent and null are false). */
  static boolean truthy(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) return false;
    if (n.isBoolean()) return n.booleanValue();
    if (n.isNumber()) return n.doubleValue() != 0.0;
    if (n.isTextual()) return !n.textValue().isEmpty();
    return n.size() > 0;
  }

  /**
   * A JSON value as a comparable key: null for absent or null, the text for strings, a marked
   * JSON rendering otherwise (so a number never equals a string, as in Python).
   */
  static String key(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) return null;
    if (n.isTextual()) return n.textValue();
    return "\u0000json:" + n;
  }

  /** Python's {@code str(value)} for the scalar JSON values a list of targets or frames may hold. */
  static String pyStr(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) return "None";
    if (n.isTextual()) return n.textValue();
    if (n.isBoolean()) return n.booleanValue() ? "True" : "False";
    if (n.isIntegralNumber()) return n.bigIntegerValue().toString();
    return n.toString();
  }
}
