package org.mediastance.actors.build;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Counts kept and left-out rows of a build, for the command's output. */
public final class Report {
  final Map<String, Integer> counts = new TreeMap<>();
  final Map<String, Integer> unmapped = new TreeMap<>();
  final TreeSet<String> unknownJurisdictions = new TreeSet<>();

  void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  void unmapped(String position) {
    unmapped.merge(position, 1, Integer::sum);
  }

  public Map<String, Integer> counts() {
    return counts;
  }

  public TreeSet<String> unknownJurisdictions() {
    return unknownJurisdictions;
  }

  /** The report as text: counts, unknown jurisdictions, the most frequent unmapped positions. */
  public String text(int topUnmapped) {
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(String.format("  %-46s %9d%n", k, v)));
    sb.append("unknown jurisdictions (left out, not guessed): ")
        .append(unknownJurisdictions.isEmpty() ? "none" : String.join(", ", unknownJurisdictions))
        .append('\n');
    if (topUnmapped > 0 && !unmapped.isEmpty()) {
      sb.append("most frequent unmapped leader positions:\n");
      sb.append(unmapped.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(topUnmapped).map(e -> String.format("  %5d  %s", e.getValue(), e.getKey()))
          .collect(Collectors.joining("\n"))).append('\n');
    }
    return sb.toString();
  }
}
