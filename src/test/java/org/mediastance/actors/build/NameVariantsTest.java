package org.mediastance.actors.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

  @Test
  void dropsMiddleNamesInitialsAndSuffixes() {
    assertEquals(List.of("Joseph Robinette Biden Jr.", "Joseph Robinette Biden",
        "Joseph Biden"), NameVariants.of("Joseph Robinette Biden Jr.", "USA"));
    assertTrue(NameVariants.of("John F. Kennedy", "USA").contains("John Kennedy"));
    // a leading initial stays: "J. D. Vance" has no first+last form
    assertFalse(NameVariants.of("J. D. Vance", "USA").contains("J. Vance"));
    assertTrue(NameVariants.of("Ashraf Ghani (politician)", "AFG").contains("Ashraf Ghani"));
  }

  @Test
  void keepsParticleSurnamesAndSurnameFirstNames() {
    // "Ursula von der Leyen" is not "Ursula Leyen"; "Kim Jong Un" is not "Kim Un"
    assertFalse(NameVariants.of("Ursula von der Leyen", "DEU").contains("Ursula Leyen"));
    assertEquals(List.of("Kim Jong Un"), NameVariants.of("Kim Jong Un", "PRK"));
  }

  @Test
  void transliterationVariantsForFormerSovietNames() {
    List<String> v = NameVariants.of("Sergei Shoigu", "RUS");
    assertTrue(v.contains("Sergey Shoigu"), v.toString());
    assertTrue(NameVariants.of("Dmitriy Peskov", "RUS").contains("Dmitry Peskov"));
    assertTrue(NameVariants.of("Dmitry Kuleba", "UKR").contains("Dmitriy Kuleba"));
    assertTrue(NameVariants.of("Aleksandr Lukashenko", "BLR").contains("Alexander Lukashenko"));
    // not for other countries
    assertEquals(List.of("Sergei Example"), NameVariants.of("Sergei Example", "FRA"));
  }

  @Test
  void oneWordNamesHaveNoVariants() {
    assertEquals(List.of(), NameVariants.of("Suharto", "IDN"));
    assertEquals(List.of(), NameVariants.of("Madonna (singer)", "USA"));
  }

  @Test
  void aWikipediaTitleIsANameWithoutItsDisambiguation() {
    assertEquals("Abiy Ahmed", PeppercatReader.wikiTitle("Abiy Ahmed"));
    assertEquals("John Smith", PeppercatReader.wikiTitle("John Smith (Australian politician)"));
    assertNull(PeppercatReader.wikiTitle(""));
  }
}
