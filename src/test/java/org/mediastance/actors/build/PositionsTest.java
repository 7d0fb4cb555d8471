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
  void leavesOutSubNationalAndNonGovernmentOffices() {
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
