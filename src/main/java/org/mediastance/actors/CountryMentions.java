package org.mediastance.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mediastance.actors.Registry.Role;

/**
 * Counts the countries a text names: by name, demonym, people, metonym, national institution, or a
 * registry person in office at the date. The most named one is the usual context country of an
 * article (see {@link ActorStep}). Immutable and thread-safe.
 */
final class CountryMentions {
  private final ActorRegistry registry;

  CountryMentions(ActorRegistry registry) {
    this.registry = registry;
  }

  /**
   * How often each country is named in the text, most named first (a tie: the one named first), each
   * longest phrase counted once.
   */
  Map<String, Integer> count(String text, LocalDate date) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    Map<String, Integer> first = new java.util.HashMap<>();
    scan(text, date, (iso, i) -> {
      counts.merge(iso, 1, Integer::sum);
      first.putIfAbsent(iso, i);
      return true;
    });
    Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            // a tie goes to the country named first: a lede names the speaker's own country first
            // ("Pakistan's Prime Minister ... said India ..."), the alphabet says nothing
            .thenComparing(e -> first.get(e.getKey())))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Words that may open a sentence before its subject. */
  private static final java.util.Set<String> OPENING_CONJUNCTIONS = java.util.Set.of("but", "and", "meanwhile",
      "however", "yet", "also", "separately");

  /**
   * The country a sentence opens with (same ways of naming as {@link #count}), its subject as a rule:
   * "Egypt demanded ...", "The Belgian federal prosecutor's office said ..."; null when the sentence
   * opens otherwise ("Speaking alongside South Korean ...").
   */
  String opening(String sentence, LocalDate date) {
    List<Phrases.Tok> toks = Phrases.tokenize(sentence);
    int start = 0;
    // "But the Saudi-led coalition's spokesman": a conjunction and an article come before the subject
    if (start < toks.size() && OPENING_CONJUNCTIONS.contains(toks.get(start).key())) start++;
    if (start < toks.size() && toks.get(start).key().equals("the")) start++;
    int first = start;
    String[] out = new String[1];
    // a lone surname is no opening country ("No Rush for a Deal" is no North Korean minister)
    scan(toks, date, false, (iso, i) -> {
      if (i == first) out[0] = iso;
      return false;
    });
    return out[0];
  }

  /** Calls {@code found} with each country named, in text order (token index), while it returns true. */
  private void scan(String text, LocalDate date, java.util.function.BiPredicate<String, Integer> found) {
    scan(Phrases.tokenize(text), date, true, found);
  }

  private void scan(List<Phrases.Tok> toks, LocalDate date, boolean surnames,
      java.util.function.BiPredicate<String, Integer> found) {
    int i = 0;
    while (i < toks.size()) {
      Phrases.Match<ActorRegistry.Sym> m = registry.index().matchAt(toks, i, toks.size());
      if (m == null) {
        i++;
        continue;
      }
      String iso = null;
      for (ActorRegistry.Sym s : m.values()) {
        if (s instanceof ActorRegistry.CountrySym cs) {
          iso = cs.country().iso3();
        } else if (s instanceof ActorRegistry.InstSym is && is.inst().country() != null) {
          iso = is.inst().country();
        } else if (s instanceof ActorRegistry.PersonSym ps && date != null && iso == null
            && (surnames || m.to() - i > 1)) {
          iso = ps.person().rolesAt(date).stream().map(Role::country)
              .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (iso != null) {
          break;
        }
      }
      if (iso != null && !found.test(iso, i)) {
        return;
      }
      i = m.to();
    }
  }
}
