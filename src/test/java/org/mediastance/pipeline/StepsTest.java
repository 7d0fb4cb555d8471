package org.mediastance.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step chain's contracts: the shipped order passes, a misordered chain is rejected by name. */
class StepsTest {
  static List<ArticleStep> chain(List<Steps.Contract> contracts) {
    List<ArticleStep> out = new ArrayList<>();
    for (Steps.Contract c : contracts) out.add(Steps.step(c, (a, st) -> { }));
    return out;
  }

  static Steps.Contract contract(String name) {
    return Steps.CONTRACTS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void shippedOrderSatisfiesEveryRequirement() {
    assertDoesNotThrow(() -> Steps.check(chain(Steps.CONTRACTS)));
    assertEquals(List.of("attribution", "actors", "frames", "stance"), Steps.NAMES);
  }

  @Test
  void stanceBeforeActorsIsRejectedNamingTheColumnAndTheStep() {
    List<Steps.Contract> bad = List.of(contract("attribution"), contract("stance"), contract("actors"), contract("frames"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Steps.check(chain(bad)));
    assertTrue(e.getMessage().contains("step 'stance' requires column 'government'")
        || e.getMessage().contains("step 'stance' requires column 'actor_id'"), e.getMessage());
    assertTrue(e.getMessage().contains("step 'actors' adds it"), e.getMessage());
  }

  @Test
  void aChainWithoutTheAttributionStepIsRejected() {
    List<Steps.Contract> bad = List.of(contract("actors"), contract("frames"), contract("stance"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Steps.check(chain(bad)));
    assertTrue(e.getMessage().startsWith("step 'actors' requires column"), e.getMessage());
    assertTrue(e.getMessage().contains("which no earlier step adds"), e.getMessage());
  }

  @Test
  void aStepTwiceIsRejected() {
    List<Steps.Contract> bad = List.of(contract("attribution"), contract("actors"), contract("actors"));
    assertThrows(IllegalArgumentException.class, () -> Steps.check(chain(bad)));
  }
}
