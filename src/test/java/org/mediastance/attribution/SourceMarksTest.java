package org.mediastance.attribution;

import static org.junit.jupiter.api.Assertions.*;
import static org.mediastance.attribution.ExtractorTest.doc;
import static org.mediastance.attribution.ExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediastance.model.Statement;

/** Source-marked attributions: '"fragment" from Name' and embedded posts signed '— Name (@handle) Date'. */
class SourceMarksTest {

  @Test
  void quotedFragmentFromAName() {
    List<Statement> st = run(doc(
        "It/PRP came/VBD alongside/IN \"/`` alternative/JJ facts/NNS \"/'' from/IN Kellyanne/NNP Conway/NNP ./."));
    Statement s = st.stream().filter(x -> x.getContent().equals("alternative facts")).findFirst().orElseThrow();
    assertEquals("partial", s.getKind());
    assertEquals("Kellyanne Conway", s.getSpeaker());
  }

  @Test
  void quotedFragmentFromACountryIsNoAttribution() {
    List<Statement> st = run(doc(
        "The/DT goods/NNS carried/VBD a/DT \"/`` made/VBN here/RB \"/'' label/NN from/IN China/NNP ./."));
    assertTrue(st.isEmpty(), st.toString());
  }

  @Test
  void embeddedPostWithSignature() {
    List<Statement> st = run(doc(
        "The/DT paper/NN said/VBD no/DT group/NN took/VBD part/NN ./.",
        "The/DT report/NN names/VBZ four/CD groups/NNS ./.",
        "—/: Stephen/NNP Hayes/NNP (/-LRB- @stephenfhayes/NNP )/-RRB- January/NNP 15/CD ,/, 2014/CD"));
    Statement s = st.stream().filter(x -> x.getKind().equals("direct")).findFirst().orElseThrow();
    assertEquals("The paper said no group took part. The report names four groups", s.getContent());
    assertEquals("Stephen Hayes", s.getSpeaker());
  }

  @Test
  void dashBeforeANameWithoutHandleIsNoPost() {
    List<Statement> st = run(doc(
        "The/DT talks/NNS failed/VBD ./.",
        "—/: Stephen/NNP Hayes/NNP reporting/VBG from/IN Kabul/NNP"));
    assertTrue(st.isEmpty(), st.toString());
  }
}
