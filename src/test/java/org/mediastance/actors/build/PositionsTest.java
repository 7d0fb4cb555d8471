package org.mediastance.actors.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PositionsTest {

  private static String leader(String pos, String catalog) {
    return Positions.leader(pos, catalog, catalog.equals("United States"), false).office();
  }

  @Test
  void mapsNationalOfficesToTheOfficeTable() {
    assertEquals("foreign minister", leader("Minister of Foreign Affairs", "Russia"));
    assertEquals("secretary of state", leader("Secretary of State", "United States"));
    assertEquals("deputy foreign minister", leader("Deputy Minister of Foreign Affairs", "Russia"));
    assertEquals("defense minister", leader("Secretary of State for Defence", "United Kingdom"));
    assertEquals("deputy prime minister", leader("First Deputy Prime Minister", "Russia"));
    assertEquals("president", leader("President of the Russian Federation", "Russia"));
    assertEquals("un ambassador", leader("Ambassador to the United Nations", "United States"));
    assertEquals("minister", leader("Minister of Culture", "France"));
  }

  @Test
  void aPostInSomeoneElsesOfficeIsNotThatOffice() {
    // each of these made a title-only lookup ("the Greek prime minister") ambiguous
    assertEquals("minister", leader("Minister to the Prime Minister", "Greece"));
    assertEquals("minister", leader("Minister in the Prime Minister's Office", "Israel"));
    assertEquals("spokesperson", leader("Presidential Spokesperson", "Philippines"));
    assertEquals("spokesperson", leader("Foreign Ministry Spokeperson", "China"));
    assertEquals("adviser", leader("Special Adviser to the Prime Minister", "Malta"));
    assertEquals("official", leader("Head of the Prime Minister's military cabinet", "Israel"));
    assertEquals("deputy prime minister", leader(
        "Minister of the Presidency of the Council of Ministers (Deputy Prime Minister)", "Spain"));
  }

  @Test
  void headsOfChambersAndOtherPortfoliosAreNotHeadsOfStateOrForeignMinisters() {
    assertEquals("speaker", leader("President of Congress", "Spain"));
    assertEquals("speaker", leader("President of the Bundestag", "Germany"));
    assertEquals("prime minister", leader("President of the Council of Ministers", "Italy"));
    assertEquals("president", leader("President of the Republic", "Portugal"));
    assertEquals("minister", leader("Minister of Foreign Trade", "Peru"));
    assertEquals("foreign minister", leader(
        "Secretary of State for Foreign and Commonwealth Affairs", "United Kingdom"));
    assertEquals("foreign minister", leader("Minister of Foreign and European Affairs", "Croatia"));
    assertEquals("minister", leader("Minister for Defence Materiel", "United Kingdom"));
    assertEquals("defense minister", leader("Minister of Defence and Military Veterans",
        "South Africa"));
    assertEquals("military chief", leader("Chief of the General Staff", "Russia"));
    assertEquals("military chief", leader("Commander of the Estonian Defence Forces", "Estonia"));
    assertEquals("minister", leader("Minister of Electricity and Energy", "Egypt"));
    assertNull(leader("President-elect", "Brazil"));
    assertEquals("prime minister", leader("Taoiseach", "Ireland"));
    assertEquals("deputy prime minister", leader("T\u00e1naiste", "Ireland"));
  }

  @Test
  void leavesOutSubNationalAndNonGovernmentOffices() {
    assertNull(leader("Premier of South Australia", "Australia"));
    assertNull(leader("President of Iraqi Kurdistan", "Iraq"));
    assertNull(leader("Governor of Saratov Oblast", "Russia"));
    assertNull(leader("Prime Minister of Crimea", "Russia"));
    assertNull(leader("Head of the Republic of Adygea", "Russia"));
    assertNull(leader("Chief Justice", "India"));
    assertNull(Positions.legislator("member of the Landtag of Bavaria", "Germany", false).office());
    assertNull(Positions.legislator("Member of the Parliament of Catalonia", "Spain", false).office());
    assertEquals("legislator",
        Positions.legislator("member of the Bundestag", "Germany", false).office());
    assertEquals("senator", Positions.legislator("member of the Senate of France", "France", false)
        .office());
  }
}
