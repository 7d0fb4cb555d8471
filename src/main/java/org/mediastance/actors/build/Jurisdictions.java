package org.mediastance.actors.build;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Peppercat jurisdiction (folder slug and {@code catalog} name) to the government it stands
 * for: an ISO 3166-1 alpha-3 code, an IGO id of the registry ({@code EU}, {@code UN}), or "skipped".
 *
 * <p>Countries are matched by their English name as Java's {@link Locale} knows it, with an
 * override table for the names Peppercat spells differently. Sub-national units (Scotland, Wales,
 * Northern Ireland), dependent territories (Bermuda, Jersey, Hong Kong, ...) and unrecognised or
 * partially recognised breakaway entities (Abkhazia, Donetsk, Transnistria, ...) are skipped on
 * purpose: their officials do not speak for a national government. Anything else that matches
 * nothing is unknown, and the build reports it rather than guessing.
 */
public final class Jurisdictions {

  /** What a jurisdiction maps to: a country (iso3), an organisation (org), or skipped. */
  public record Target(String iso3, String org, boolean skipped) {
    static Target country(String iso3) {
      return new Target(iso3, null, false);
    }
  }

  private static final Target SKIP = new Target(null, null, true);

  /** Deliberately skipped: sub-national units, dependent territories, breakaway entities. */
  static final Set<String> SKIPPED = Set.of("abkhazia", "aland", "anguilla", "artsakh", "aruba",
      "bermuda", "british-virgin-islands", "caymans", "donetsk", "faroes", "gibraltar", "greenland",
      "hong-kong", "isle-of-man", "jersey", "luhansk", "montserrat", "niue", "northern-cyprus",
      "northern-ireland", "scotland", "somaliland", "south-ossetia", "transnistria",
      "turks-and-caicos", "wales");

  /** Slugs whose country name Java spells differently. */
  private static final Map<String, String> OVERRIDES = Map.ofEntries(
      Map.entry("bosnia-herzegovina", "BIH"), Map.entry("cabo-verde", "CPV"),
      Map.entry("congo-brazzaville", "COG"), Map.entry("congo-kinshasa", "COD"),
      Map.entry("czechia", "CZE"), Map.entry("eswatini", "SWZ"), Map.entry("ivory-coast", "CIV"),
      Map.entry("kosovo", "XKX"), Map.entry("micronesia", "FSM"), Map.entry("north-korea", "PRK"),
      Map.entry("south-korea", "KOR"), Map.entry("north-macedonia", "MKD"),
      Map.entry("palestine", "PSE"), Map.entry("russia", "RUS"), Map.entry("st-kitts-and-nevis", "KNA"),
      Map.entry("timor-leste", "TLS"), Map.entry("turkey", "TUR"), Map.entry("vietnam", "VNM"),
      Map.entry("laos", "LAO"), Map.entry("syria", "SYR"), Map.entry("iran", "IRN"),
      Map.entry("brunei", "BRN"), Map.entry("taiwan", "TWN"), Map.entry("moldova", "MDA"),
      Map.entry("tanzania", "TZA"), Map.entry("bolivia", "BOL"), Map.entry("venezuela", "VEN"),
      Map.entry("myanmar", "MMR"), Map.entry("sao-tome-and-principe", "STP"),
      Map.entry("saint-lucia", "LCA"), Map.entry("saint-vincent-and-the-grenadines", "VCT"),
      Map.entry("united-states", "USA"), Map.entry("united-kingdom", "GBR"));

  /** Non-country bodies: their officials are IGO officials (government null). */
  private static final Map<String, String> ORGS = Map.of("european-union", "EU", "world", "UN");

  private final Map<String, String> byName = new HashMap<>();

  public Jurisdictions() {
    for (String a2 : Locale.getISOCountries()) {
      Locale l = new Locale("", a2);
      byName.put(slug(l.getDisplayCountry(Locale.ENGLISH)), l.getISO3Country());
    }
  }

  /** The target of a jurisdiction, or null when it is unknown (neither mapped nor skipped). */
  public Target of(String slug, String catalog) {
    if (SKIPPED.contains(slug)) {
      return SKIP;
    }
    if (ORGS.containsKey(slug)) {
      return new Target(null, ORGS.get(slug), false);
    }
    String iso = OVERRIDES.get(slug);
    if (iso == null) {
      iso = byName.get(slug);
    }
    if (iso == null && catalog != null) {
      iso = byName.get(slug(catalog));
    }
    return iso == null ? null : Target.country(iso);
  }

  static String slug(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }
}
