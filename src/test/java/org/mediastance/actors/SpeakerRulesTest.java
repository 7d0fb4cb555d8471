package org.mediastance.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

  @Test
  void staffOfAGovernmentInstitutionSpeakForIt() {
    assertEquals("USA", R.resolveSpeaker("Ty Cobb",
        "Ty Cobb, the lawyer in charge of the White House response to the probe", "person", DAY, "USA").government());
    assertEquals("USA", R.resolveSpeaker("Aaron Flaaen", "Fed economists Aaron Flaaen", "person", DAY, "USA").government());
    assertEquals("USA", R.resolveSpeaker("Gregory Hicks",
        "Gregory Hicks, the State Department's second in command in Libya", "person", DAY, null).government());
    assertEquals("GBR", R.resolveSpeaker("Robert Owen",
        "Sir Robert Owen, chairman of the British inquiry into the murder", "person", DAY, "USA").government());
  }

  @Test
  void staffWithoutAGovernmentEmployerDoNot() {
    assertNull(R.resolveSpeaker("John Smith", "John Smith, a Washington lawyer", "person", DAY, "USA").government(),
        "a capital city is not an employer");
    assertNull(R.resolveSpeaker("Jane Roe", "Jane Roe, a former White House lawyer", "person", DAY, "USA").government());
    assertNull(R.resolveSpeaker("John Smith", "John Smith, a lawyer for Russian businessman Ivan Petrov", "person",
        DAY, "USA").government());
    assertNull(R.resolveSpeaker("economists", "economists", "group", DAY, "USA").government());
  }

  @Test
  void theDescriptionsCountryBeatsTheContext() {
    assertEquals("RUS", R.resolveSpeaker("Foreign Ministry", "Russian Foreign Ministry", "institution", DAY, "USA")
        .government());
  }

  @Test
  void policeNeedACountryNamedBeforeOrAfter() {
    assertEquals("GBR", R.resolveSpeaker("Police", "Police in southeastern England", "group", DAY, null).government());
    assertNull(R.resolveSpeaker("police", "police", "group", DAY, "USA").government());
  }

  @Test
  void aSpellingVariantNeedsTheTitledOffice() {
    assertEquals(true, SpeakerRules.oneEditApart("conway", "conaway"));
    assertEquals(true, SpeakerRules.oneEditApart("comey", "comer"));
    assertEquals(false, SpeakerRules.oneEditApart("conway", "conwayss"));
    ActorRef comey = R.resolveSpeaker("James Comey", "former FBI Director James Comey", "person",
        LocalDate.of(2018, 8, 20), "USA");
    assertNull(comey.government(), "one letter from Rep. James Comer, but not a representative");
  }

  @Test
  void nicknamesAndMiddleNamesOfTitledOfficeHolders() {
    LocalDate d = LocalDate.of(2018, 3, 6);
    assertEquals("k-michael-conaway", R.resolveSpeaker("Mike Conaway", "Congressman Mike Conaway", "person", d, "USA").actorId());
    assertEquals("k-michael-conaway", R.resolveSpeaker("Mike Conway", "Congressman Mike Conway", "person", d, "USA").actorId());
    assertNull(R.resolveSpeaker("Mike Conway", "Mike Conway", "person", d, "USA").actorId(), "no title, no variant");
  }

  @Test
  void anUndatedArticleTakesWhoEverHeldTheTitledOffice() {
    assertEquals("k-michael-conaway", R.resolveSpeaker("Mike Conway", "Congressman Mike Conway", "person", null, "USA").actorId());
    assertEquals("USA", R.resolveSpeaker("Mike Conway", "Congressman Mike Conway", "person", null, "USA").government());
    assertNull(R.resolveSpeaker("Mike Conway", "Senator Mike Conway", "person", null, "USA").actorId(),
        "never a senator");
  }

  @Test
  void aPortfolioNamesTheOneMinisterHoldingIt() {
    LocalDate d = LocalDate.of(2013, 8, 26);
    ActorRef a = R.resolveSpeaker("Israel", "Israel's Minister of Intelligence", "person", d, null);
    assertEquals("yuval-steinitz", a.actorId());
    assertEquals("ISR", a.government());
    assertEquals("yuval-steinitz", R.resolveSpeaker("Israeli Intelligence Minister",
        "Israeli Intelligence Minister", "person", d, null).actorId());
    assertNull(R.resolveSpeaker("Israeli minister", "an Israeli minister", "person", d, null).actorId(),
        "no portfolio, nobody in particular");
    assertNotEquals("yuval-steinitz", R.resolveSpeaker("Israel's Minister of Intelligence",
        "Israel's Minister of Intelligence", "person", LocalDate.of(2016, 1, 1), null).actorId(),
        "the holder is who held it that day");
  }

  @Test
  void aNamedSpeakerIsNotTheTitlesHolderAndAPortfolioBodyIsItsCountrys() {
    java.time.LocalDate d = java.time.LocalDate.of(2019, 2, 26);
    ActorRef named = R.resolveSpeaker("Vijay Gokhale", "Foreign Secretary Vijay Gokhale", "person", d, "PAK");
    assertNull(named.actorId(), "a name of its own is not Pakistan's foreign minister");
    assertEquals("shah-mehmood-qureshi", R.resolveSpeaker("the foreign minister", "the foreign minister", "person", d, "PAK").actorId());
    assertEquals("SDN", R.resolveSpeaker("Sudan's irrigation ministry", "Sudan's irrigation ministry", "institution", d, "ETH").government());
    assertNull(R.resolveSpeaker("the ministry's lawyer", "the ministry's lawyer", "person", d, "ETH").government());
    assertEquals("COD", R.resolveSpeaker("Congo", "Congo", "institution", d, "RWA").government(), "Congo alone is the DRC, as wires write it");
    assertEquals("COG", R.resolveSpeaker("Republic of Congo", "Republic of Congo", "institution", d, "RWA").government());
    assertEquals("ETH", R.resolveSpeaker("Abiy Ahmed", "Prime Minister Abiy Ahmed", "person", d, "KEN").government(),
        "the registry knows him by his Wikipedia title");
  }
}
