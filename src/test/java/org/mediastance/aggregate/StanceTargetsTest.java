package org.mediastance.aggregate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.actors.RegistryLoader;

class StanceTargetsTest {

  @Test
  void governmentsFirstThenOthersGroupedByTheirGovernment() {
    List<StanceTargets.Target> all = new ArrayList<>(List.of(
        new StanceTargets.Target("donald-trump", "person", "USA", 300),
        new StanceTargets.Target("RUS", "government", "RUS", 100),
        new StanceTargets.Target("USA", "government", "USA", 500),
        new StanceTargets.Target("vladimir-putin", "person", "RUS", 60),
        new StanceTargets.Target("NATO", "person", "(none)", 40),
        new StanceTargets.Target("usa-congress", "institution", "USA", 150)));
    List<String> order = StanceTargets.order(all).stream().map(StanceTargets.Target::target).toList();
    assertEquals(List.of("USA", "RUS", "donald-trump", "usa-congress", "vladimir-putin", "NATO"), order);
  }

  @Test
  void onlyTheTopOfEachKindIsShown() {
    List<StanceTargets.Target> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) all.add(new StanceTargets.Target("G" + i, "government", "G" + i, 100 - i));
    for (int i = 0; i < 30; i++) all.add(new StanceTargets.Target("p" + i, "person", "G0", 100 - i));
    List<StanceTargets.Target> o = StanceTargets.order(all);
    assertEquals(StanceTargets.GOVERNMENTS + StanceTargets.OTHERS, o.size());
    assertEquals("G0", o.get(0).target());
    assertEquals("p0", o.get(StanceTargets.GOVERNMENTS).target());
    assertTrue(o.stream().noneMatch(t -> t.target().equals("p29") || t.target().equals("G29")));
  }

  @Test
  void groupsComeFromTheRegistry() {
    var g = StanceTargets.grouper(RegistryLoader.load(List.of()));
    assertEquals("RUS", g.apply(new String[] {"RUS", "government"}));
    assertEquals("USA", g.apply(new String[] {"usa-congress", "institution"}));
    assertEquals("USA", g.apply(new String[] {"FBI", "institution"}), "by the target key, the canonical name");
    assertEquals("USA", g.apply(new String[] {"u-s-state-department", "institution"}), "a U.S. body keyed with U.S.");
    assertEquals("USA", g.apply(new String[] {"donald-trump", "person"}));
    assertEquals(StanceTargets.NO_GROUP, g.apply(new String[] {"no-such-actor", "person"}));
  }
}
