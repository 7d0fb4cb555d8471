package org.mediastance.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Law enforcement, prosecutors and national agencies speak for a national
 * government only when a country or institution is named with them.
 */
class GovernmentBodiesTest {
  static final RegistryResolver R = RegistryResolver.shipped();
  static final LocalDate DAY = LocalDate.of(2019, 10, 24);

  static String gov(String speaker, String description, String type) {
    return R.resolveSpeaker(speaker, description, type, DAY).government();
  }

  @Test
  void aPoliceForceOrProsecutorWithACountryIsThatGovernment() {
    assertEquals("GBR", gov("British police", null, "institution"));
    assertEquals("BEL", gov("Belgian federal prosecutor's office", null, "institution"));
    assertEquals("FRA", gov("French prosecutors", null, "group"));
  }

  @Test
  void withoutACountryTheyAreNoGovernmentVoice() {
    assertNull(gov("police", null, "institution"));
    assertNull(gov("a prosecutor", null, "person"));
    assertNull(gov("lawyer", null, "person"));
  }

  @Test
  void nationalAgencies() {
    assertEquals("USA", gov("Federal Reserve", null, "institution"));
    assertEquals("GBR", gov("National Crime Agency", null, "institution"));
  }
}
