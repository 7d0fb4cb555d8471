package org.mediastance.aggregate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediastance.aggregate.ReciprocalClaims.Claim;
import org.mediastance.aggregate.ReciprocalClaims.Mention;

class ReciprocalClaimsTest {
  static Claim c(String id, String outlet, String date, String gov, String target, String frame, String speaker) {
    return new Claim(id, "art-" + id, outlet, LocalDate.parse(date), gov, target, frame, speaker, "text " + id, null);
  }

  @Test
  void seedPairSameDaySameOutlet() {
    List<Claim> cl = List.of(
        c("obama", "RFE/RL", "2015-09-11", "USA", "RUS", "failure", "barack_obama"),
        c("lavrov", "RFE/RL", "2015-09-11", "RUS", "USA", "failure", "sergei_lavrov"));
    var pairs = ReciprocalClaims.pairs(cl, List.of(new Mention("RFE/RL", "RUS", LocalDate.parse("2015-09-11")),
        new Mention("Other", "USA", LocalDate.parse("2015-09-20"))), 30);
    assertEquals(1, pairs.size());
    var p = pairs.get(0);
    assertEquals("RUS", p.a().government());   // same day: alphabetical
    assertEquals("sergei_lavrov", p.a().speaker());
    assertEquals("barack_obama", p.b().speaker());
    assertEquals(0, p.daysApart());
    assertEquals(Map.of("RFE/RL", "both", "Other", "neither"), p.outletCoverage());
  }

  @Test
  void windowEdgeIsInclusive() {
    List<Claim> at30 = List.of(c("x", "A", "2015-01-01", "RUS", "USA", "failure", "s1"),
        c("y", "B", "2015-01-31", "USA", "RUS", "failure", "s2"));
    List<Claim> at31 = List.of(c("x", "A", "2015-01-01", "RUS", "USA", "failure", "s1"),
        c("y", "B", "2015-02-01", "USA", "RUS", "failure", "s2"));
    var p = ReciprocalClaims.pairs(at30, List.of(), 30);
    assertEquals(1, p.size());
    assertEquals(30, p.get(0).daysApart());
    assertEquals(Map.of("A", "only_a", "B", "only_b"), p.get(0).outletCoverage());
    assertEquals(LocalDate.parse("2015-01-31"), p.get(0).windowEnd());
    assertEquals(0, ReciprocalClaims.pairs(at31, List.of(), 30).size());
    assertEquals(1, ReciprocalClaims.pairs(at31, List.of(), 31).size());
  }

  @Test
  void differentFrameOrSameDirectionIsNoPair() {
    assertEquals(0, ReciprocalClaims.pairs(List.of(c("x", "A", "2015-01-01", "RUS", "USA", "failure", "s1"),
        c("y", "A", "2015-01-02", "USA", "RUS", "security", "s2")), List.of(), 30).size());
    assertEquals(0, ReciprocalClaims.pairs(List.of(c("x", "A", "2015-01-01", "RUS", "USA", "failure", "s1"),
        c("y", "A", "2015-01-02", "RUS", "USA", "failure", "s2")), List.of(), 30).size());
    assertEquals(0, ReciprocalClaims.pairs(List.of(c("x", "A", "2015-01-01", "RUS", "RUS", "failure", "s1")), List.of(), 30).size());
  }

  @Test
  void nearestCounterClaimAndGroupingOfCopies() {
    // the same remark carried by three outlets is one event; it pairs with the nearest counter-claim
    List<Claim> cl = List.of(
        c("r1", "A", "2015-03-10", "RUS", "USA", "failure", "lavrov"),
        c("r2", "B", "2015-03-10", "RUS", "USA", "failure", "lavrov"),
        c("r3", "C", "2015-03-10", "RUS", "USA", "failure", "lavrov"),
        c("u1", "A", "2015-03-01", "USA", "RUS", "failure", "kerry"),
        c("u2", "B", "2015-03-08", "USA", "RUS", "failure", "obama"));
    var pairs = ReciprocalClaims.pairs(cl, List.of(), 30);
    // lavrov→obama (2 days, nearest for both lavrov and obama) and kerry→lavrov (kerry's nearest)
    assertEquals(2, pairs.size());
    var first = pairs.get(0);
    assertEquals("kerry", first.a().speaker());
    assertEquals("lavrov", first.b().speaker());
    assertEquals(3, first.b().claims().size());
    var second = pairs.get(1);
    assertEquals("obama", second.a().speaker());
    assertEquals(2, second.daysApart());
    // kerry's claim in A (03-01) is before this pair's window (03-08..04-07)
    assertEquals(Map.of("A", "only_b", "B", "both", "C", "only_b"), second.outletCoverage());
    assertEquals("P00001", first.pairId());
  }
}
