package org.mediastance.aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds reciprocal exchanges: government A speaks against B (a confident stance label −1 toward
 * target B) in frame F, and B against A in the same frame, with no gap longer than
 * {@code windowDays} days between consecutive claims. The seed's "doomed to failure" claims
 * (Lavrov, RUS → USA; Obama, USA → RUS; same day, frame failure) are one exchange.
 *
 * <p>One exchange per pair of governments, frame and run of claims: the claims of both
 * directions are sorted by date and cut where two consecutive claims are more than
 * {@code windowDays} apart; a run holding both directions is an exchange with all its
 * statements, not the cross product of its remarks. Side "a" is the government that spoke first
 * (same day: the alphabetically first). Each side's strength is the noisy-OR of its remarks'
 * confidences, a remark being one speaker's words (carried by many outlets or copies, it counts
 * once, with its most confident copy); the exchange's confidence is the weaker side's, so a
 * single weak statement cannot make an exchange look strong.
 *
 * <p>Outlet coverage is judged over the exchange's window [first claim, max(last claim, first
 * claim + windowDays)]: an outlet "carried" side a if it published any claim of side a of the
 * exchange (likewise b); outlets that quoted either government in the window but carried neither
 * side are "neither". Plain Java, stateless and thread-safe.
 */
public final class ReciprocalClaims {
  private ReciprocalClaims() {}

  /**
   * One claim statement: a statement by a government voice with label −1 toward another
   * government, in one frame, with the confidence of that label.
   */
  public record Claim(String statementId, String articleId, String outlet, LocalDate date,
      String government, String target, String frame, String speaker, String content, String url,
      double confidence) {}

  /** A statement by a government in an outlet on a date (for "covered either government"). */
  public record Mention(String outlet, String government, LocalDate date) {}

  /** One side of an exchange: its government, the other government, and its claims in date order. */
  public record Side(String government, String target, List<Claim> claims, double confidence) {
    public LocalDate first() { return claims.get(0).date(); }
    public LocalDate last() { return claims.get(claims.size() - 1).date(); }
    /** The speaker of the side's first claim. */
    public String speaker() { return Objects.toString(claims.get(0).speaker(), ""); }
    /** The side's distinct speakers, in order of first claim. */
    public List<String> speakers() {
      Set<String> s = new LinkedHashSet<>();
      for (Claim c : claims) s.add(Objects.toString(c.speaker(), ""));
      return List.copyOf(s);
    }
    /** The side's most confident claim (first in date order among equals). */
    public Claim strongest() {
      Claim best = claims.get(0);
      for (Claim c : claims) if (c.confidence() > best.confidence()) best = c;
      return best;
    }
    /** Distinct remarks (one speaker's words, wherever and whenever carried). */
    public int remarks() {
      Set<String> s = new TreeSet<>();
      for (Claim c : claims) s.add(remark(c));
      return s.size();
    }
  }

  /** A reciprocal exchange with the outlets' coverage and its confidence. */
  public record Exchange(String pairId, String frame, Side a, Side b, int daysApart, LocalDate windowStart,
      LocalDate windowEnd, Map<String, String> outletCoverage, double confidence) {
    public long count(String category) {
      return outletCoverage.values().stream().filter(category::equals).count();
    }
  }

  public static final String BOTH = "both";
  public static final String ONLY_A = "only_a";
  public static final String ONLY_B = "only_b";
  public static final String NEITHER = "neither";

  static final Comparator<Claim> CLAIM_ORDER = Comparator.comparing(Claim::date)
      .thenComparing(Claim::government).thenComparing(c -> Objects.toString(c.speaker(), ""))
      .thenComparing(c -> Objects.toString(c.outlet(), "")).thenComparing(c -> Objects.toString(c.statementId(), ""));

  /** Finds the reciprocal exchanges among {@code claims} and classifies outlets using {@code mentions}. */
  public static List<Exchange> exchanges(List<Claim> claims, List<Mention> mentions, int windowDays) {
    if (windowDays < 0) throw new IllegalArgumentException("windowDays must be >= 0");
    // (governments in alphabetical order, frame) -> claims of both directions
    Map<String, List<Claim>> groups = new TreeMap<>();
    for (Claim c : claims) {
      if (c.date() == null || c.frame() == null || c.government() == null || c.target() == null
          || c.government().equals(c.target())) {
        continue;
      }
      String lo = c.government().compareTo(c.target()) < 0 ? c.government() : c.target();
      String hi = lo.equals(c.government()) ? c.target() : c.government();
      groups.computeIfAbsent(lo + "|" + hi + "|" + c.frame(), k -> new ArrayList<>()).add(c);
    }
    List<Exchange> found = new ArrayList<>();
    for (List<Claim> g : groups.values()) {
      g.sort(CLAIM_ORDER);
      List<Claim> run = new ArrayList<>();
      for (Claim c : g) {
        if (!run.isEmpty() && ChronoUnit.DAYS.between(run.get(run.size() - 1).date(), c.date()) > windowDays) {
          exchange(run, mentions, windowDays, found);
          run = new ArrayList<>();
        }
        run.add(c);
      }
      exchange(run, mentions, windowDays, found);
    }
    found.sort(Comparator.comparing(Exchange::windowStart).thenComparing(e -> e.a().government())
        .thenComparing(e -> e.b().government()).thenComparing(Exchange::frame));
    List<Exchange> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Exchange e = found.get(i);
      out.add(new Exchange(String.format("P%05d", i + 1), e.frame(), e.a(), e.b(), e.daysApart(),
          e.windowStart(), e.windowEnd(), e.outletCoverage(), e.confidence()));
    }
    return out;
  }

  /** Adds the exchange of one run of claims (date order) when it holds both directions. */
  private static void exchange(List<Claim> run, List<Mention> mentions, int windowDays,
      List<Exchange> out) {
    if (run.isEmpty()) return;
    String govA = run.get(0).government();
    List<Claim> a = new ArrayList<>();
    List<Claim> b = new ArrayList<>();
    for (Claim c : run) (c.government().equals(govA) ? a : b).add(c);
    if (b.isEmpty()) return;
    Side sa = new Side(govA, a.get(0).target(), List.copyOf(a), strength(a));
    Side sb = new Side(b.get(0).government(), govA, List.copyOf(b), strength(b));
    LocalDate start = run.get(0).date();
    LocalDate last = run.get(run.size() - 1).date();
    LocalDate end = last.isAfter(start.plusDays(windowDays)) ? last : start.plusDays(windowDays);
    Set<String> carriedA = new TreeSet<>();
    Set<String> carriedB = new TreeSet<>();
    for (Claim c : a) if (c.outlet() != null) carriedA.add(c.outlet());
    for (Claim c : b) if (c.outlet() != null) carriedB.add(c.outlet());
    Set<String> covered = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.date() != null && m.outlet() != null && inside(m.date(), start, end)
          && (sa.government().equals(m.government()) || sb.government().equals(m.government()))) {
        covered.add(m.outlet());
      }
    }
    covered.addAll(carriedA);
    covered.addAll(carriedB);
    Map<String, String> cov = new TreeMap<>();
    for (String o : covered) {
      boolean x = carriedA.contains(o);
      boolean y = carriedB.contains(o);
      cov.put(o, x && y ? BOTH : x ? ONLY_A : y ? ONLY_B : NEITHER);
    }
    int gap = (int) Math.abs(ChronoUnit.DAYS.between(sa.first(), sb.first()));
    out.add(new Exchange(null, run.get(0).frame(), sa, sb, gap, start, end, cov,
        Math.min(sa.confidence(), sb.confidence())));
  }

  /**
   * True when a failure claim is about the target: no other target the content judges −1 is named
   * before it. "Obama knew about Russia ... and he did nothing about it" casts Obama as failing, not
   * Russia; "Moscow's efforts to prop up the Assad regime are doomed to failure" stays Moscow's.
   * Mentions are read as written before any " (" resolution note; one not in the content counts
   * as named first (the cue's object).
   */
  static boolean failureAbout(String content, String mention, List<String> negativeMentions) {
    int at = position(content, mention);
    for (String other : negativeMentions) {
      if (other == null || other.equals(mention)) continue;
      int o = position(content, other);
      if (o >= 0 && o < at) return false;
    }
    return true;
  }

  private static int position(String content, String mention) {
    if (content == null || mention == null) return -1;
    int paren = mention.indexOf(" (");
    return content.indexOf(paren > 0 ? mention.substring(0, paren) : mention);
  }

  /** A remark's key: the speaker and the words (lower case, spaces collapsed). */
  static String remark(Claim c) {
    String words = c.content() == null ? "" : c.content().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
    return Objects.toString(c.speaker(), "") + "|" + (words.isEmpty() ? String.valueOf(c.date()) : words);
  }

  /**
   * Noisy-OR of a side's remarks: each remark (one speaker's words) counts once with its most
   * confident copy, so syndicated copies add nothing; rounded to three decimals.
   */
  static double strength(List<Claim> side) {
    Map<String, Double> best = new LinkedHashMap<>();
    for (Claim c : side) best.merge(remark(c), c.confidence(), Math::max);
    double miss = 1;
    for (double p : best.values()) miss *= 1 - Math.max(0, Math.min(1, p));
    return Math.round((1 - miss) * 1000) / 1000.0;
  }

  private static boolean inside(LocalDate d, LocalDate start, LocalDate end) {
    return !d.isBefore(start) && !d.isAfter(end);
  }
}
