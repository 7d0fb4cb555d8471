package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mediastance.actors.RegistryResolver;
import org.mediastance.actors.Resolver;
import org.mediastance.model.Statement;

class TargetDetectorTest {
  static final Resolver R = RegistryResolver.shipped();

  static Statement st(String content, String sentence, String cue, String gov) {
    Statement s = new Statement();
    s.setContent(content);
    s.setSentence(sentence);
    s.setCue(cue);
    s.setGovernment(gov);
    s.setPublished(LocalDate.of(2016, 3, 1));
    return s;
  }

  static List<String> keys(List<TargetDetector.Mention> ms) {
    return ms.stream().map(TargetDetector.Mention::key).collect(Collectors.toList());
  }

  @Test
  void namedPossessiveAndMetonym() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("Beijing's policy is reckless and the Kremlin knows it", null, "said", "USA"), null, R);
    assertEquals(List.of("CHN", "RUS"), keys(ms));
    assertEquals("Beijing's policy", ms.get(0).mention());
    assertEquals(TargetDetector.Via.NAMED, ms.get(0).via());
  }

  @Test
  void placesAreNotTargets() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("talks in Moscow went well for Iran", null, "said", "USA"), null, R);
    assertEquals(List.of("IRN"), keys(ms));
  }

  @Test
  void unresolvedNamesNeedTwoWordsAndNoLocative() {
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("Western-backed groups and the Blue Lantern Society met in the Upper Valley", null, "said", "USA"), null, R);
    assertEquals(List.of("Blue Lantern Society"), keys(ms), ms.toString());
    assertEquals("other", ms.get(0).type());
  }

  @Test
  void cueObject() {
    String sent = "Tehran accused Washington of sabotaging the deal.";
    List<TargetDetector.Mention> ms = TargetDetector.detect(
        st("sabotaging the deal", sent, "accused", "IRN"), null, R);
    assertTrue(ms.stream().anyMatch(m -> m.via() == TargetDetector.Via.CUE_OBJECT && m.key().equals("USA")), ms.toString());
  }

  @Test
  void pronounFromContextSkipsSpeakersGovernmentAndPersons() {
    String article = "The minister met reporters. Berlin and Paris have sent warships to the region, "
        + "Chancellor Angela Merkel confirmed. Then a British official spoke. \"What they are doing is unwise,\" he said.";
    String content = "What they are doing is unwise,";
    Statement s = st(content, null, "said", "GBR");
    s.setContentBegin(article.indexOf(content));
    List<TargetDetector.Mention> ms = TargetDetector.detect(s, article, R);
    assertEquals(1, ms.size(), ms.toString());
    assertEquals(TargetDetector.Via.PRONOUN, ms.get(0).via());
    assertEquals("FRA", ms.get(0).key(), "nearest collective before, not the person Merkel");
  }

  @Test
  void pronounAfterLocalPluralIsLeftAlone() {
    String article = "Canada said so. \"Our diplomats talk often. They agree,\" she said.";
    String content = "Our diplomats talk often. They agree,";
    Statement s = st(content, null, "said", "USA");
    s.setContentBegin(article.indexOf(content));
    assertTrue(TargetDetector.detect(s, article, R).isEmpty());
  }

  @Test
  void partialQuoteFallsBackToTheSentence() {
    String sent = "Secretary Smith warned that Beijing's plan is \"a gamble.\"";
    Statement s = st("a gamble.", sent, "warned", "USA");
    s.setSpeakerMention("Secretary Smith");
    List<TargetDetector.Mention> ms = TargetDetector.detect(s, null, R);
    assertEquals(List.of("CHN"), keys(ms), ms.toString());
    assertEquals(TargetDetector.Via.SENTENCE, ms.get(0).via());
  }
}
