package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Statement;

/** Which sentence mentions a short content may take as targets ({@link ClauseWindow}). */
class ClauseWindowTest {
  static Statement st(String content, String sentence, String cue, String gov) {
    return TargetDetectorTest.st(content, sentence, cue, gov);
  }

  static List<String> keys(Statement s) {
    return TargetDetectorTest.keys(TargetDetector.detect(s, null, TargetDetectorTest.R)).stream().distinct().toList();
  }

  @Test
  void theCuesObjectBeforeTheContentCounts() {
    assertEquals(List.of("john-bolton"), keys(st("wacko", "Trump called Bolton a \"wacko\" on Sunday.", "called", "USA")));
  }

  @Test
  void wordsJustAfterTheContentCountButNotALaterClause() {
    String sent = "Pence lauded what he called the \"remarkable bond\" between the U.S. and Poland and stressed that NATO allies must remain vigilant.";
    assertEquals(List.of("POL"), keys(st("remarkable bond", sent, "called", "USA")));
    sent = "The minister said the use of chemicals was \"clear,\" while French Foreign Minister Laurent Fabius said more.";
    assertEquals(List.of(), keys(st("the use of chemicals was \"clear,\"", sent, "said", "ISR")));
  }

  @Test
  void theSentenceSubjectBeforeTheCueDoesNotCount() {
    String sent = "In the interview, Trump also criticized a deal Germany struck with Russia, calling it \"not fair.\"";
    assertEquals(List.of(), keys(st("not fair", sent, "calling", "USA")));
  }

  @Test
  void whatAQuoteRefersToCounts() {
    String sent = "\"We will never accept this,\" said Hua Chunying, a spokeswoman for China's Foreign Ministry, "
        + "referring to the new U.S. visa restrictions.";
    Statement s = st("We will never accept this", sent, "said", "CHN");
    s.setSpeakerMention("Hua Chunying, a spokeswoman for China's Foreign Ministry");
    assertEquals(List.of("USA"), keys(s));
    String other = "\"We will never accept this,\" said Hua Chunying, a spokeswoman for China's Foreign Ministry, "
        + "on a visit to the U.S. capital.";
    Statement o = st("We will never accept this", other, "said", "CHN");
    o.setSpeakerMention("Hua Chunying, a spokeswoman for China's Foreign Ministry");
    assertEquals(List.of(), keys(o), "a later clause that is no reference");
  }

  @Test
  void aContentBeforeItsCueTakesTheCuesClause() {
    String sent = "\"A disaster,\" Obama said of Iran's offer, adding that Germany agreed.";
    Statement s = st("A disaster", sent, "said", "USA");
    s.setSpeakerMention("Obama");
    assertEquals(List.of("IRN"), keys(s));
  }

  @Test
  void theSpeakerAfterTheCueAndSourcesAreNoCueObjects() {
    Statement s = st("Bergdahl was charged with desertion and misbehavior before the enemy",
        "Bergdahl was charged with desertion and misbehavior before the enemy, said an Army spokesman.", "said", "USA");
    s.setSpeakerMention("an Army spokesman");
    assertEquals(List.of(), keys(s));
    s = st("tariffs backfired and led to job losses and higher prices",
        "tariffs backfired and led to job losses and higher prices, according to a Federal Reserve study.", "according to", "USA");
    assertEquals(List.of(), keys(s));
  }

  @Test
  void tailStopsAtABreakOrAfterSixWords() {
    String s = "abc one two three four five six seven";
    assertEquals(s.indexOf(" seven"), ClauseWindow.tail(s, 3));
    assertEquals(7, ClauseWindow.tail("abc one, two", 3));
  }

  @Test
  void aSecondVerbPhraseOfTheSubjectIsAnotherClause() {
    String sent = "Kazakhstan's president described the protesters as terrorists and thanked Russia for its help.";
    assertEquals(List.of(), keys(st("the protesters as terrorists", sent, "described", "KAZ")));
    assertEquals(List.of("RUS"), keys(st("Russia", sent, "thanked", "KAZ")));
  }
}
