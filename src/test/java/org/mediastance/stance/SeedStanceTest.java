package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.actors.Resolver;
import org.mediastance.framing.FrameDetector;
import org.mediastance.model.FrameHit;
import org.mediastance.model.Statement;
import org.mediastance.model.TargetStance;

/**
 * The seed article's statements, written by hand as the extractor would give them, scored with
 * the shipped stance model, the shipped codebook and the registry resolver.
 */
class SeedStanceTest {
  static String article;
  static Resolver resolver;
  static StanceScorer scorer;
  static FrameDetector frames;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = SeedStanceTest.class.getResourceAsStream("/seed/rferl-2015-09-11-russia-us-syria.txt")) {
      article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    resolver = RegistryResolver.shipped();
    scorer = StanceScorer.forModel(null);
    frames = FrameDetector.forCodebook(null);
  }

  static Statement st(String content, String cue, String speaker, String gov, String speakerMention) {
    int at = article.indexOf(content);
    assertTrue(at >= 0, content);
    int sb = Math.max(article.lastIndexOf("\n", at), 0);
    int se = article.indexOf("\n", at + content.length());
    Statement s = new Statement();
    s.setContent(content);
    s.setContentBegin(at);
    s.setContentEnd(at + content.length());
    s.setSentence(article.substring(sb, se).trim());
    s.setSentenceBegin(sb);
    s.setCue(cue);
    s.setSpeaker(speaker);
    s.setSpeakerMention(speakerMention);
    s.setGovernment(gov);
    s.setPublished(LocalDate.of(2015, 9, 11));
    return s;
  }

  static Map<String, TargetStance> targets(Statement s) {
    List<TargetStance> ts = scorer.score(s, article, resolver, frames::polarity);
    System.out.println(s.getContent() + "\n  -> " + ts + "\n  frames " + frames.detect(s));
    return ts.stream().collect(Collectors.toMap(TargetStance::getTarget, t -> t));
  }

  static boolean hasFrame(Statement s, String f) {
    return frames.detect(s).stream().map(FrameHit::getFrame).anyMatch(f::equals);
  }

  @Test
  void obamaSaysMoscowsEffortsAreDoomed() {
    Statement s = st("Moscow's efforts to prop up the embattled Assad regime are \"doomed to failure.\"",
        "warned", "Barack Obama", "USA", "he");
    Map<String, TargetStance> t = targets(s);
    assertEquals(-1, t.get("RUS").getLabel());
    assertTrue(t.get("RUS").getStance() < 0);
    assertEquals("Moscow's efforts", t.get("RUS").getMention());
    assertTrue(hasFrame(s, "failure"));
    assertFalse(t.containsKey("USA"));
  }

  @Test
  void obamaTheStrategyTheyArePursuing() {
    Statement s = st("The strategy they're pursuing right now of doubling down on Assad is a mistake,",
        "said", "Barack Obama", "USA", "Obama");
    Map<String, TargetStance> t = targets(s);
    assertEquals(-1, t.get("RUS").getLabel(), t.toString());
    assertTrue(t.get("RUS").getMention().startsWith("they"));
    assertTrue(hasFrame(s, "failure"));
    s = st("We are going to be engaging Russia to let them know that you can't continue to double-down on a strategy that is doomed to failure.",
        "said", "Barack Obama", "USA", "Obama");
    t = targets(s);
    assertEquals(-1, t.get("RUS").getLabel(), t.toString());
    assertTrue(hasFrame(s, "failure"));
  }

  @Test
  void lavrovSaysUsStrategyIsDoomed() {
    Statement s = st("it is the U.S. strategy in Syria that lacks savvy and is doomed to fail",
        "insisted", "Sergei Lavrov", "RUS", "Lavrov");
    Map<String, TargetStance> t = targets(s);
    assertEquals(-1, t.get("USA").getLabel(), t.toString());
    assertTrue(t.get("USA").getMention().contains("U.S. strategy"));
    assertTrue(hasFrame(s, "failure"));
  }

  @Test
  void lavrovCallsForMilitaryContacts() {
    Statement s = st("We are always in favor of military people talking to each other in a professional way. They understand each other very well. It is important to avoid undesirable unintended incidents,",
        "said", "Sergei Lavrov", "RUS", "he");
    assertTrue(hasFrame(s, "cooperation"));
    Map<String, TargetStance> t = targets(s);
    assertFalse(t.containsKey("RUS"), t.toString());
    for (TargetStance x : t.values()) assertNotEquals(-1, x.getLabel(), t.toString());
  }

  @Test
  void russiaCallsOnTheUnitedStates() {
    Statement s = st("reopen channels of communications between the two military superpowers to avoid \"unintended incidents\"",
        "called on", "Russia", "RUS", "Russia");
    Map<String, TargetStance> t = targets(s);
    assertTrue(t.containsKey("USA"), t.toString());
    assertTrue(hasFrame(s, "cooperation"));
  }
}
