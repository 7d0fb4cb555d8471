package org.mediastance.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every national government can be recognised: the registry holds every sovereign state that
 * Java's ISO 3166 list names (less dependent territories), and a titled official of a country
 * without persons of its own gets that country's government from the demonym or the name.
 */
class CountryCoverageTest {
  static final RegistryResolver R = RegistryResolver.shipped();
  static final LocalDate DAY = LocalDate.of(2019, 6, 1);

  /** ISO 3166 codes that are territories or dependencies, not sovereign states. */
  static final Set<String> NOT_STATES = Set.of("ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU",
      "BVT", "CCK", "COK", "CUW", "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM",
      "HKG", "HMD", "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN",
      "PRI", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF");

  @Test
  void everySovereignStateIsInTheRegistry() {
    List<String> missing = new ArrayList<>();
    for (String iso2 : Locale.getISOCountries()) {
      String iso3 = new Locale("", iso2).getISO3Country();
      if (NOT_STATES.contains(iso3)) continue;
      ActorRef r = R.resolveSpeaker(new Locale("", iso2).getDisplayCountry(Locale.ENGLISH), null, "institution", DAY);
      if (r.government() == null) missing.add(iso3 + " " + new Locale("", iso2).getDisplayCountry(Locale.ENGLISH));
    }
    assertTrue(missing.size() <= 3, "countries not recognised by their English name: " + missing);
  }

  @Test
  void aTitledOfficialOfASmallerCountryGetsItsGovernment() {
    assertEquals("MLI", R.resolveSpeaker("Malian military official", "a Malian military official", "group", DAY).government());
    assertEquals("GHA", R.resolveSpeaker("Ghana's foreign minister", null, "person", DAY).government());
    assertEquals("BGR", R.resolveSpeaker("Bulgarian Foreign Ministry", null, "institution", DAY).government());
  }
}
