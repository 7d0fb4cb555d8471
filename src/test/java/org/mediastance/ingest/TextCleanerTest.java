package org.mediastance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Cleaning of the seed page dump, of HTML, and of mojibake. */
class TextCleanerTest {

  static String seedRaw() throws Exception {
    String line = Files.readString(Path.of("datasets/seed-rferl.jsonl")).strip();
    return new ObjectMapper().readTree(line).get("text").asText();
  }

  @Test
  void seedStoryKeptFurnitureDropped() throws Exception {
    TextCleaner.Cleaned c = TextCleaner.clean(seedRaw(), null);
    String t = c.text();
    assertTrue(t.startsWith("Russia called on the United States"), t.substring(0, 60));
    assertTrue(t.endsWith("\"Coordination is also important to prevent various unintended incidents,\" he said."),
        t.substring(t.length() - 90));
    for (String furniture : new String[] {"Accessibility links", "Breaking News", "16x9 Image",
        "With reporting by", "undesirable organization", "click here", "27 languages"}) {
      assertFalse(t.contains(furniture), furniture);
    }
    assertEquals("Russia Says Steps Needed To Avoid Superpower Clash In Syria", c.title());
    // paragraphs are separated by exactly one blank line
    assertFalse(t.contains("\n\n\n"));
    assertEquals(16, t.split("\n\n").length);
  }

  @Test
  void htmlReducedToStoryParagraphs() {
    String html = "<html><head><title>T</title><script>var x=1;</script></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        + "<article><h1>Minister speaks</h1><p>The minister said the talks   had failed.</p>"
        + "<figure><img src='a.jpg'><figcaption>The minister in May.</figcaption></figure>"
        + "<p>She added that <b>new talks</b> were planned.</p>"
        + "<div class='share-tools'>Share on Twitter</div></article>"
        + "<footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>";
    TextCleaner.Cleaned c = TextCleaner.clean(html, null);
    assertTrue(c.wasHtml());
    assertEquals("The minister said the talks had failed.\n\nShe added that new talks were planned.", c.text());
    assertEquals("Minister speaks", c.title());
  }

  @Test
  void mojibakeRepaired() {
    assertEquals("Trump’s plan", Mojibake.repair("TrumpÃ¢â‚¬â„¢s plan"));
    assertEquals("“Yes,” he said", Mojibake.repair("â€œYes,â€\u009d he said"));
    assertEquals("café in Zürich", Mojibake.repair("cafÃ© in ZÃ¼rich"));
    // correct text is left alone
    assertEquals("café in Zürich — “quoted”", Mojibake.repair("café in Zürich — “quoted”"));
    assertEquals("Ça va", Mojibake.repair("Ça va"));
  }

  @Test
  void unicodeNormalisedAndSpacesUnified() {
    String t = TextCleaner.clean("Cafe\u0301\u00A0said\u200B  yes.\r\nSecond\tline.", "x").text();
    assertEquals("Café said yes.\n\nSecond line.", t);
  }

  @Test
  void plainTextWithoutTitleKeepsFirstSentence() {
    TextCleaner.Cleaned c = TextCleaner.clean("The talks failed, he said.\n\nMore followed.", null);
    assertNull(c.title());
    assertEquals("The talks failed, he said.\n\nMore followed.", c.text());
  }

  @Test
  void footerOnlyCutInSecondHalf() {
    String body = "Click here to read the statement, the spokesman told reporters on Monday morning in a long briefing.\n\n"
        + "Second paragraph with news.\n\nThird paragraph.\n\nCopyright 2020 Example. All rights reserved.\n\nTrailing junk.";
    String t = TextCleaner.clean(body, "t").text();
    assertTrue(t.startsWith("Click here to read"));
    assertFalse(t.contains("Copyright"));
    assertFalse(t.contains("Trailing junk"));
  }
}
