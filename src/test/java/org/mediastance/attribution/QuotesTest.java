package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
  @Test
  void findsCurlyStraightAndGuillemets() {
    String t = "He said “we will win” and «nous» then \"maybe not\".";
    List<Quotes.Quote> q = Quotes.find(t);
    assertEquals(3, q.size());
    assertEquals("we will win", t.substring(q.get(0).innerBegin(), q.get(0).innerEnd()));
    assertEquals("nous", t.substring(q.get(1).innerBegin(), q.get(1).innerEnd()));
    assertEquals("maybe not", t.substring(q.get(2).innerBegin(), q.get(2).innerEnd()));
  }

  @Test
  void openQuoteEndsAtParagraphAndApostrophesAreNotQuotes() {
    String t = "“The mayor’s plan is sound.\n\n“It will pass,” she said.";
    List<Quotes.Quote> q = Quotes.find(t);
    assertEquals(2, q.size());
    assertFalse(q.get(0).closed());
    assertEquals("The mayor’s plan is sound.", t.substring(q.get(0).innerBegin(), q.get(0).innerEnd()));
    assertEquals("It will pass,", t.substring(q.get(1).innerBegin(), q.get(1).innerEnd()));
  }
}
