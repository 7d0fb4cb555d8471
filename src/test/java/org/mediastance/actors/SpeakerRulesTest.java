package org.mediastance.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Government rules for speakers: one speaker and description in, one government out. */
class SpeakerRulesTest {
  private static final RegistryResolver R = RegistryResolver.shipped();
  private static final LocalDate DAY = LocalDate.of(2019, 4, 2);

  @Test
  void unnamedSourcesNeedACountry() {
    assertNull(R.resolveSpeaker("sources", "sources", "group", DAY, "USA").government());
    assertNull(R.resolveSpeaker("source familiar", "a source familiar with the meeting", "group", DAY, "USA").government());
    assertEquals("USA", R.resolveSpeaker("U.S. sources", "U.S. sources", "group", DAY, "CHN").government());
    assertEquals("USA", R.resolveSpeaker("officials", "officials", "group", DAY, "USA").government(),
        "officials keep the context country");
  }

  @Test
  void aNameSpelledLikeACountryIsAName() {
    assertEquals("USA", R.resolveSpeaker("Jim Jordan", "Rep. Jim Jordan", "person", DAY, "USA").government());
    assertEquals("USA", R.resolveSpeaker("C. A. Ruppersberger", "Representative C. A. (Dutch) Ruppersberger of Maryland",
        "person", DAY, "USA").government());
    assertEquals("JOR", R.resolveSpeaker("Jordan", "Jordan", "institution", DAY, "USA").government());
  }

  @Test
  void demonymsOfMoreStates() {
    assertEquals("MLI", R.resolveSpeaker("Malian military official", "A Malian military official", "group",
        DAY, "FRA").government());
    assertEquals("XKX", R.resolveSpeaker("foreign minister", "the foreign minister of Kosovo", "person", DAY,
        "SYR").government());
  }

  @Test
  void aTitleBeforeAPossessorIsThePossessors() {
    ActorRef r = R.resolveSpeaker("Gordon Sondland", "Gordon Sondland, President Trump's ambassador to Belgium",
        "person", DAY, "USA");
    assertEquals("ambassador", r.role());
  }
}
