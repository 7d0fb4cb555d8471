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
 * Finds reciprocal claims: government A makes a claim against B (stance label -1 toward target B)
 * in frame F, and B makes one against A in the same frame within {@code windowDays} days
 * (inclusive: |date A - date B| <= window). The seed's "doomed to failure" pair (Lavrov, RUS → USA;
 * Obama, USA → RUS; same day, frame failure) is one such pair.
 *
 * <p>Claim statements are grouped into claim events by (government, target, frame, speaker, date),
 * so one remark reported by many outlets is one event. Each event is paired with its nearest
 * counter-event (smallest day gap; ties: earlier date, then speaker); the union of these matches,
 * without duplicates, is the pair list — at most one pair per event, which keeps the output linear in
 * the number of events. Side "a" is the earlier event (same day: the alphabetically first
 * government).
 *
 * <p>Outlet coverage of a pair is judged over the window [first date, first date + windowDays]:
 * an outlet "carried" side a if it published any statement of a's government against b's in frame F
 * in the window (likewise b); outlets that quoted either government in the window but carried
 * neither claim are "neither". Plain Java, stateless and thread-safe.
 */
public final class ReciprocalClaims {
  private ReciprocalClaims() {}

  /** One claim statement: a statement whose speaker government has label -1 toward a government target, in one frame. */
  public record Claim(String statementId, String articleId, String outlet, LocalDate date,
      String government, String target, String frame, String speaker, String content, String url) {}

  /** A statement by a government in an outlet on a date (for "covered either government"). */
  public record Mention(String outlet, String government, LocalDate date) {}

  /** Claim statements grouped by (government, target, frame, speaker, date). */
  public record Event(String government, String target, String frame, String speaker, LocalDate date,
      List<Claim> claims) {
    String key() {
      return government + "|" + target + "|" + frame + "|" + speaker + "|" + date;
    }
  }

  /** A reciprocal pair with the outlets' coverage. */
  public record Pair(String pairId, Event a, Event b, int daysApart, LocalDate windowStart,
      LocalDate windowEnd, Map<String, String> outletCoverage) {
    public long count(String category) {
      return outletCoverage.values().stream().filter(category::equals).count();
    }
  }

  public static final String BOTH = "both";
  public static final String ONLY_A = "only_a";
  public static final String ONLY_B = "only_b";
  public static final String NEITHER = "neither";

  /** Groups claims into events in a deterministic order. Claims without date or frame are ignored. */
  public static List<Event> events(List<Claim> claims) {
    Map<String, List<Claim>> m = new TreeMap<>();
    Map<String, Claim> first = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.date() == null || c.frame() == null || c.government() == null || c.target() == null
          || c.government().equals(c.target())) {
        continue;
      }
      String k = c.government() + "|" + c.target() + "|" + c.frame() + "|"
          + Objects.toString(c.speaker(), "") + "|" + c.date();
      m.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
      first.putIfAbsent(k, c);
    }
    List<Event> out = new ArrayList<>();
    for (var e : m.entrySet()) {
      Claim c = first.get(e.getKey());
      List<Claim> cs = new ArrayList<>(e.getValue());
      cs.sort(Comparator.comparing(Claim::outlet, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Claim::statementId, Comparator.nullsFirst(Comparator.naturalOrder())));
      out.add(new Event(c.government(), c.target(), c.frame(), Objects.toString(c.speaker(), ""),
          c.date(), List.copyOf(cs)));
    }
    return out;
  }

  /** Finds the reciprocal pairs among {@code claims} and classifies outlets using {@code mentions}. */
  public static List<Pair> pairs(List<Claim> claims, List<Mention> mentions, int windowDays) {
    if (windowDays < 0) throw new IllegalArgumentException("windowDays must be >= 0");
    List<Event> events = events(claims);
    Map<String, List<Event>> byDirection = new TreeMap<>();
    for (Event e : events) {
      byDirection.computeIfAbsent(e.government() + ">" + e.target() + ">" + e.frame(), k -> new ArrayList<>()).add(e);
    }
    Map<String, Event[]> chosen = new TreeMap<>();
    for (Event e : events) {
      List<Event> opposite = byDirection.getOrDefault(e.target() + ">" + e.government() + ">" + e.frame(), List.of());
      Event best = null;
      long bestGap = Long.MAX_VALUE;
      for (Event o : opposite) {
        long gap = Math.abs(ChronoUnit.DAYS.between(e.date(), o.date()));
        if (gap > windowDays) continue;
        if (best == null || gap < bestGap
            || (gap == bestGap && EVENT_ORDER.compare(o, best) < 0)) {
          best = o;
          bestGap = gap;
        }
      }
      if (best != null) {
        Event a = EVENT_ORDER.compare(e, best) <= 0 ? e : best;
        Event b = a == e ? best : e;
        chosen.putIfAbsent(a.key() + "#" + b.key(), new Event[] {a, b});
      }
    }
    List<Event[]> ordered = new ArrayList<>(chosen.values());
    ordered.sort(Comparator.<Event[], Event>comparing(p -> p[0], EVENT_ORDER)
        .thenComparing(p -> p[1], EVENT_ORDER));
    List<Pair> out = new ArrayList<>();
    int i = 0;
    for (Event[] p : ordered) {
      i++;
      out.add(coverage(String.format("P%05d", i), p[0], p[1], claims, mentions, windowDays));
    }
    return out;
  }

  /** Events in time order; same day: government, then speaker, then target. */
  static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::date)
      .thenComparing(Event::government).thenComparing(Event::speaker).thenComparing(Event::target)
      .thenComparing(Event::frame);

  static Pair coverage(String id, Event a, Event b, List<Claim> claims, List<Mention> mentions, int windowDays) {
    LocalDate start = a.date().isBefore(b.date()) ? a.date() : b.date();
    LocalDate end = start.plusDays(windowDays);
    Set<String> carriedA = new TreeSet<>();
    Set<String> carriedB = new TreeSet<>();
    Set<String> covered = new LinkedHashSet<>();
    for (Claim c : claims) {
      if (c.date() == null || c.outlet() == null || !a.frame().equals(c.frame()) || !inside(c.date(), start, end)) {
        continue;
      }
      if (a.government().equals(c.government()) && a.target().equals(c.target())) carriedA.add(c.outlet());
      if (b.government().equals(c.government()) && b.target().equals(c.target())) carriedB.add(c.outlet());
    }
    for (Mention m : mentions) {
      if (m.date() != null && m.outlet() != null && inside(m.date(), start, end)
          && (a.government().equals(m.government()) || b.government().equals(m.government()))) {
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
    int gap = (int) Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
    return new Pair(id, a, b, gap, start, end, cov);
  }

  private static boolean inside(LocalDate d, LocalDate start, LocalDate end) {
    return !d.isBefore(start) && !d.isAfter(end);
  }
}
