package org.mediastance.aggregate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediastance.aggregate.ReciprocalClaims.Claim;
import org.mediastance.aggregate.ReciprocalClaims.Mention;

/** Reciprocal exchanges built from constructed claim statements. */
class ReciprocalClaimsTest {
  static Claim c(String id, String outlet, String date, String gov, String target, String frame, String speaker) {
    return c(id, outlet, date, gov, target, frame, speaker, 0.9);
  }

  static Claim c(String id, String outlet, String date, String gov, String target, String frame, String speaker,
      double conf) {
    return new Claim(id, "art-" + id, outlet, LocalDate.parse(date), gov, target, frame, speaker, "words of " + speaker + " on " + date, null, conf);
  }

  @Test
  void seedClaimsSameDayAreOneExchange() {
    List<Claim> cl = List.of(
        c("obama", "RFE/RL", "2015-09-11", "USA", "RUS", "failure", "barack_obama", 0.95),
        c("lavrov", "RFE/RL", "2015-09-11", "RUS", "USA", "failure", "sergei_lavrov", 0.75));
    var ex = ReciprocalClaims.exchanges(cl, List.of(new Mention("RFE/RL", "RUS", LocalDate.parse("2015-09-11")),
        new Mention("Other", "USA", LocalDate.parse("2015-09-20"))), 30);
    assertEquals(1, ex.size());
    var e = ex.get(0);
    assertEquals("P00001", e.pairId());
    assertEquals("RUS", e.a().government());   // same day: alphabetical
    assertEquals("sergei_lavrov", e.a().speaker());
    assertEquals("barack_obama", e.b().speaker());
    assertEquals(0, e.daysApart());
    assertEquals(0.75, e.confidence(), 1e-9, "the weaker side's strength");
    assertEquals(Map.of("RFE/RL", "both", "Other", "neither"), e.outletCoverage());
  }

  @Test
  void oneExchangeHoldsEveryStatementOfARunInsteadOfACrossProduct() {
    // the same remark carried by three outlets, two US speakers: one exchange, not four pairs
    List<Claim> cl = List.of(
        c("r1", "A", "2015-03-10", "RUS", "USA", "failure", "lavrov"),
        c("r2", "B", "2015-03-10", "RUS", "USA", "failure", "lavrov"),
        c("r3", "C", "2015-03-10", "RUS", "USA", "failure", "lavrov"),
        c("u1", "A", "2015-03-01", "USA", "RUS", "failure", "kerry"),
        c("u2", "B", "2015-03-08", "USA", "RUS", "failure", "obama"));
    var ex = ReciprocalClaims.exchanges(cl, List.of(), 30);
    assertEquals(1, ex.size());
    var e = ex.get(0);
    assertEquals("USA", e.a().government(), "the side that spoke first");
    assertEquals(List.of("kerry", "obama"), e.a().speakers());
    assertEquals(3, e.b().claims().size());
    assertEquals(1, e.b().remarks(), "one remark carried by three outlets");
    assertEquals(2, e.a().remarks());
    assertEquals(9, e.daysApart());
    assertEquals(Map.of("A", "both", "B", "both", "C", "only_b"), e.outletCoverage());
    // three copies of one remark count once: 0.9, not 1 - 0.1^3
    assertEquals(0.9, e.b().confidence(), 1e-9);
    assertEquals(0.99, e.a().confidence(), 1e-9);
  }

  @Test
  void aGapLongerThanTheWindowSplitsExchanges() {
    List<Claim> at30 = List.of(c("x", "A", "2015-01-01", "RUS", "USA", "failure", "s1"),
        c("y", "B", "2015-01-31", "USA", "RUS", "failure", "s2"));
    List<Claim> at31 = List.of(c("x", "A", "2015-01-01", "RUS", "USA", "failure", "s1"),
        c("y", "B", "2015-02-01", "USA", "RUS", "failure", "s2"));
    var e = ReciprocalClaims.exchanges(at30, List.of(), 30);
    assertEquals(1, e.size());
    assertEquals(30, e.get(0).daysApart());
    assertEquals(Map.of("A", "only_a", "B", "only_b"), e.get(0).outletCoverage());
    assertEquals(0, ReciprocalClaims.exchanges(at31, List.of(), 30).size());
    assertEquals(1, ReciprocalClaims.exchanges(at31, List.of(), 31).size());
    // a chain of claims each within the window keeps one exchange going beyond it
    List<Claim> chain = new ArrayList<>(at30);
    chain.add(c("z", "C", "2015-02-25", "RUS", "USA", "failure", "s1"));
    var ch = ReciprocalClaims.exchanges(chain, List.of(), 30);
    assertEquals(1, ch.size());
    assertEquals(LocalDate.parse("2015-02-25"), ch.get(0).windowEnd());
  }

  @Test
  void differentFrameSameDirectionOrSelfIsNoExchange() {
    assertEquals(0, ReciprocalClaims.exchanges(List.of(c("x", "A", "2015-01-01", "RUS", "USA", "failure", "s1"),
        c("y", "A", "2015-01-02", "USA", "RUS", "threat", "s2")), List.of(), 30).size());
    assertEquals(0, ReciprocalClaims.exchanges(List.of(c("x", "A", "2015-01-01", "RUS", "USA", "failure", "s1"),
        c("y", "A", "2015-01-02", "RUS", "USA", "failure", "s2")), List.of(), 30).size());
    assertEquals(0, ReciprocalClaims.exchanges(List.of(c("x", "A", "2015-01-01", "RUS", "RUS", "failure", "s1")),
        List.of(), 30).size());
  }

  @Test
  void oneWeakStatementMakesAWeakExchange() {
    List<Claim> cl = new ArrayList<>();
    for (int i = 0; i < 7; i++) cl.add(c("u" + i, "O" + i, "2016-05-0" + (i + 1), "USA", "PRK", "threat", "us-" + i, 0.95));
    cl.add(c("k", "X", "2016-05-04", "PRK", "USA", "threat", "army-spokesman", 0.52));
    var ex = ReciprocalClaims.exchanges(cl, List.of(), 30);
    assertEquals(1, ex.size(), "one exchange, not seven pairs");
    assertEquals(0.52, ex.get(0).confidence(), 1e-9);
  }

  @Test
  void strengthIsANoisyOrOfDistinctRemarks() {
    assertEquals(0.5, ReciprocalClaims.strength(List.of(c("a", "A", "2015-01-01", "RUS", "USA", "f", "s", 0.5))), 1e-9);
    assertEquals(0.75, ReciprocalClaims.strength(List.of(c("a", "A", "2015-01-01", "RUS", "USA", "f", "s", 0.5),
        c("b", "A", "2015-01-02", "RUS", "USA", "f", "s", 0.5))), 1e-9);
  }

  @Test
  void aFailureClaimIsAboutTheFirstTargetItJudges() {
    String own = "Obama knew about Russia long before the election, and he did nothing about it";
    assertFalse(ReciprocalClaims.failureAbout(own, "Russia", List.of("Obama", "Russia")), "Obama fails, not Russia");
    assertTrue(ReciprocalClaims.failureAbout(own, "Obama", List.of("Obama", "Russia")));
    String seed = "Moscow's efforts to prop up the embattled Assad regime are doomed to failure";
    assertTrue(ReciprocalClaims.failureAbout(seed, "Moscow", List.of("Moscow", "Assad regime")));
    assertTrue(ReciprocalClaims.failureAbout("they are pursuing a mistaken strategy", "they (Moscow)", List.of("they (Moscow)")),
        "a resolved pronoun is read as written");
  }
}
