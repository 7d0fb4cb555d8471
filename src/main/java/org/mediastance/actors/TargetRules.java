package org.mediastance.actors;

import static org.mediastance.actors.ActorRules.GOVERNMENT_CATEGORIES;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mediastance.actors.Registry.Person;

/**
 * The target rules: a phrase a statement talks about ("Moscow's efforts", "Assad", "the U.S.
 * strategy") is a registry person (narrowed by the date), else an office title that names a
 * government, else a country, metonym or institution; otherwise {@link ActorRef#unknown()}. Also
 * tells a place ("in Moscow") from an actor. Immutable and thread-safe.
 */
final class TargetRules {
  private static final Set<String> LOCATIVES = Set.of("in", "at", "to", "from", "near", "into",
      "inside", "outside", "across", "around", "toward", "towards", "through", "throughout",
      "within", "via", "onto", "off", "beyond", "outskirts", "visit", "visited", "visiting");

  private final ActorRegistry registry;
  private final ActorRules rules;
  private final Set<String> demonyms;

  TargetRules(ActorRegistry registry, ActorRules rules) {
    this.registry = registry;
    this.rules = rules;
    Set<String> d = new java.util.HashSet<>();
    registry.countries().values().forEach(c -> d.addAll(c.demonyms()));
    // a demonym that is also the country's name or alias ("US") is a name first
    registry.countries().values().forEach(c -> {
      d.remove(c.name());
      c.aliases().forEach(d::remove);
    });
    this.demonyms = Set.copyOf(d);
  }

  /** True when the word is a demonym as written ("Russian") and not also a country name. */
  boolean isDemonym(String word) {
    return word != null && demonyms.contains(word);
  }

  /** The actor a phrase names (see {@link RegistryResolver#resolveTarget(String, LocalDate)}). */
  ActorRef resolve(String mention, LocalDate date) {
    if (mention == null || mention.isBlank()) {
      return ActorRef.unknown();
    }
    Title t = Title.parse(registry, mention);
    List<Person> ps = new java.util.ArrayList<>(t.persons());
    ps.removeIf(x -> !GeneratedActors.admissible(x, date, true, null, registry.offices()));
    Person p = null;
    if (ps.size() == 1) {
      p = ps.get(0);
    } else if (ps.size() > 1) {
      p = rules.narrow(ps, date, t.country != null ? t.country.iso3() : null);
    }
    if (p != null && t.fullHits.isEmpty() && !surnameFits(mention, p)) {
      p = null; // "Chris Wallace" is not Ben Wallace, "Paul Manafort" not Rand Paul
    }
    if (p != null && t.fullHits.isEmpty() && t.inst != null && !t.inst.id().startsWith("gen-")) {
      p = null; // a surname that is a body's name too: "Wagner" is the Wagner Group, not Jaques Wagner
    }
    if (p != null) {
      ActorRef led = rules.ledGovernment(p, t, date);
      return led != null ? led : rules.personRef(p, t, date, null);
    }
    if (t.office != null && !t.plural) {
      ActorRef r = rules.titleRef(t, mention.trim(), date, null, t.hasName, false);
      if (r.government() != null || !GOVERNMENT_CATEGORIES.contains(r.category())) {
        return r;
      }
    }
    if (t.country != null || t.inst != null) {
      return rules.collective(t, null, date, t.hasOtherWords || t.hasName ? 0.75 : 0.85);
    }
    return ActorRef.unknown();
  }

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "mx",
      "sir", "dame", "lord", "lady");

  /**
   * True when a person found by surname alone fits the words around that surname: a capitalised
   * word right before it must be part of the person's names, an honorific or a word the registry
   * knows (an office, a country: "President Obama", "Russia's Putin"), and no unknown capitalised
   * word may follow it ("Paul Manafort", "Hong Kong"). Exact linking keeps place, programme and
   * other people's names from becoming a registry person ("Chris Wallace", "the Rigged Witch Hunt").
   */
  private boolean surnameFits(String mention, Person p) {
    String[] w = mention.replaceAll("['’]s\\b", " ").split("[\\s,;:()\"“”-]+");
    Set<String> own = new java.util.HashSet<>();
    for (String n : p.aliases()) own.addAll(List.of(n.toLowerCase(Locale.ROOT).split("[\\s.-]+")));
    own.addAll(List.of(p.name().toLowerCase(Locale.ROOT).split("[\\s.-]+")));
    p.surnames().forEach(x -> own.addAll(List.of(x.toLowerCase(Locale.ROOT).split("[\\s.-]+"))));
    int k = -1;
    for (int i = w.length - 1; i >= 0 && k < 0; i--) {
      for (String x : p.surnames()) {
        if (w[i].equalsIgnoreCase(x)) {
          k = i;
        }
      }
    }
    if (k < 0) {
      return true; // matched by an alias or a multi-word surname: the index's own decision
    }
    if (k > 0 && !fitsBefore(w[k - 1], own)) {
      return false;
    }
    return k + 1 >= w.length || !isUnknownName(w[k + 1]);
  }

  private boolean fitsBefore(String word, Set<String> own) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    String lw = word.toLowerCase(Locale.ROOT).replaceAll("[.-]+$", "");
    return own.contains(lw) || HONORIFICS.contains(lw) || lw.equals("the")
        || Title.parse(registry, word).recognised;
  }

  private boolean isUnknownName(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && Character.isLetter(word.charAt(0)) && !Title.parse(registry, word).recognised;
  }

  /**
   * True when a place name follows a locative preposition ("in", "at", "to", "from", "near",
   * ...), possibly with "the" between: "in Moscow", "at the White House". Such a mention is a place,
   * neither a speaker nor a target.
   *
   * @param textBefore the text immediately before the mention (any length; only the end is read)
   */
  static boolean isLocativeUse(String textBefore) {
    if (textBefore == null) {
      return false;
    }
    String[] w = textBefore.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim()
        .split("\\s+");
    int i = skipToPreposition(w);
    return i >= 0 && LOCATIVES.contains(w[i]);
  }

  /** Compass and region words between a preposition and a place ("in northern Syria"). */
  private static final Set<String> REGION_WORDS = Set.of("northern", "southern", "eastern",
      "western", "central", "north", "south", "east", "west", "northeastern", "northwestern",
      "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
      "neighbouring", "neighboring", "rural", "coastal", "mainland");

  /**
   * The index of the word that may be the preposition before a place, past "the" and compass or
   * region words ("in the", "in northern", "across eastern"), in lower-cased words {@code w}.
   */
  static int skipToPreposition(String[] w) {
    int i = w.length - 1;
    if (i >= 0 && w[i].equals("the")) {
      i--;
    }
    while (i >= 0 && REGION_WORDS.contains(w[i])) {
      i--;
    }
    if (i >= 0 && w[i].equals("the")) {
      i--;
    }
    return i;
  }
}
