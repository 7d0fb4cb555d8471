package org.mediastance.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mediastance.actors.ActorRegistry;
import org.mediastance.actors.Registry;

/**
 * Which targets the stance matrix shows, in which order: the {@value #GOVERNMENTS} government
 * targets with most stance values first (most first), then the {@value #OTHERS} persons and
 * organisations with most, grouped by the government they belong to (groups in the order of the
 * government columns, other groups after them by name, then most values first). Plain Java;
 * stateless.
 */
public final class StanceTargets {
  private StanceTargets() {}

  public static final int GOVERNMENTS = 12;
  public static final int OTHERS = 12;
  public static final String NO_GROUP = "(none)";

  /** A target with its type (government, person, institution, ...), group and stance values. */
  public record Target(String target, String type, String group, long n) {}

  /** The shown targets, in column order. */
  public static List<Target> order(List<Target> all) {
    Comparator<Target> byN = Comparator.comparingLong(Target::n).reversed().thenComparing(Target::target);
    List<Target> govs = all.stream().filter(t -> "government".equals(t.type())).sorted(byN).limit(GOVERNMENTS).toList();
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < govs.size(); i++) pos.put(govs.get(i).target(), i);
    List<Target> others = all.stream().filter(t -> !"government".equals(t.type())).sorted(byN).limit(OTHERS)
        .sorted(Comparator.<Target>comparingInt(t -> pos.getOrDefault(t.group(), Integer.MAX_VALUE))
            .thenComparing(Target::group).thenComparing(byN))
        .toList();
    List<Target> out = new ArrayList<>(govs);
    out.addAll(others);
    return out;
  }

  /**
   * The government a target belongs to: a government itself; an institution its registry country;
   * a person the country of their latest role that names one; else {@value #NO_GROUP}.
   */
  public static Function<String[], String> grouper(ActorRegistry reg) {
    // institution targets are keyed by canonical name (FBI, european-union), not registry id
    java.util.Map<String, Registry.Institution> byKey = new java.util.HashMap<>();
    for (Registry.Institution i : reg.institutions().values()) {
      byKey.putIfAbsent(org.mediastance.stance.TargetNames.institutionKey(i.name(), i.country()), i);
    }
    return tt -> {
      String id = tt[0];
      String type = tt[1];
      if ("government".equals(type)) return id;
      Registry.Institution inst = reg.institutions().get(id);
      if (inst == null && "institution".equals(type)) inst = byKey.get(id);
      if (inst != null && inst.country() != null) return inst.country();
      Registry.Person p = reg.persons().get(id);
      if (p != null) {
        return p.roles().stream().filter(r -> r.country() != null)
            .max(Comparator.comparing(Registry.Role::start)).map(Registry.Role::country).orElse(NO_GROUP);
      }
      return NO_GROUP;
    };
  }
}
