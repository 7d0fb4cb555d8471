package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;
import static org.mediastance.attribution.ExtractorTest.doc;
import static org.mediastance.attribution.ExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Statement;

/** Quotation rules: interrupted first parts, open quotation paragraphs, sentence-final colons, naming partials. */
class QuoteRulesTest {

  private static Statement withContent(List<Statement> st, String content) {
    for (Statement s : st) if (s.getContent().trim().equals(content)) return s;
    fail("no statement '" + content + "' in " + st);
    return null;
  }

  @Test
  void interruptedQuotationGivesBothParts() {
    List<Statement> st = run(doc(
        "\"/`` I/PRP am/VBP calling/VBG for/IN their/PRP$ expulsion/NN ,/, \"/'' Marina/NNP said/VBD ,/, \"/`` whether/IN from/IN the/DT FSB/NNP or/CC elsewhere/RB ./. \"/''"));
    assertEquals("direct", withContent(st, "I am calling for their expulsion").getKind());
    assertEquals("direct", withContent(st, "whether from the FSB or elsewhere").getKind());
  }

  @Test
  void openQuotationParagraphTakesTheNextParagraphsSpeaker() {
    List<Statement> st = run(doc(
        "\"/`` I/PRP see/VBP no/DT inconsistency/NN in/IN this/DT ./.",
        "||",
        "\"/`` This/DT is/VBZ about/IN an/DT agenda/NN ,/, \"/'' he/PRP said/VBD ./."));
    assertEquals("direct", withContent(st, "I see no inconsistency in this").getKind());
    withContent(st, "This is about an agenda");
  }

  @Test
  void sentenceFinalColonIntroducesTheNextQuotation() {
    List<Statement> st = run(doc(
        "Taylor/NNP again/RB texted/VBD Sondland/NNP with/IN his/PRP$ concerns/NNS :/:",
        "||",
        "\"/`` I/PRP think/VBP it/PRP is/VBZ crazy/JJ to/TO withhold/VB aid/NN ./. \"/''"));
    Statement s = withContent(st, "I think it is crazy to withhold aid");
    assertEquals("direct", s.getKind());
    assertEquals("text", s.getCueLemma());
  }

  @Test
  void namingPartialsFromARelativeClause() {
    List<Statement> st = run(doc(
        "Trump/NNP ,/, who/WP has/VBZ called/VBN the/DT pact/NN an/DT \"/`` embarrassment/NN \"/'' and/CC \"/`` the/DT worst/JJS deal/NN ever/RB \"/'' ,/, has/VBZ been/VBN weighing/VBG it/PRP ./."));
    assertEquals("partial", withContent(st, "embarrassment").getKind());
    assertEquals("partial", withContent(st, "the worst deal ever").getKind());
  }

  @Test
  void describedAsQuotedWordFarAfterTheCue() {
    List<Statement> st = run(doc(
        "The/DT secretary/NN described/VBD the/DT situation/NN with/IN Pyongyang/NNP right/RB now/RB as/IN \"/`` overheated/JJ \"/'' ./."));
    assertEquals("partial", withContent(st, "overheated").getKind());
  }

  @Test
  void namedReportInsideALongQuotation() {
    List<Statement> st = run(doc(
        "As/IN the/DT agency/NN writes/VBZ ,/, \"/`` President/NNP Francois/NNP Hollande/NNP said/VBD his/PRP$ country/NN can/MD go/VB ahead/RB with/IN plans/NNS to/TO strike/VB despite/IN the/DT vote/NN in/IN London/NNP ./. \"/''"));
    Statement s = withContent(st, "his country can go ahead with plans to strike despite the vote in London");
    assertEquals("Francois Hollande", s.getSpeaker());
  }

  @Test
  void firstPersonReportInsideAQuotationIsNotAnAttribution() {
    List<Statement> st = run(doc(
        "\"/`` We/PRP said/VBD we/PRP would/MD leave/VB the/DT region/NN when/WRB the/DT fighting/NN ends/VBZ and/CC not/RB before/IN ,/, \"/'' Lee/NNP said/VBD ./."));
    for (Statement s : st) assertEquals("Lee", s.getSpeaker(), st.toString());
  }
}
