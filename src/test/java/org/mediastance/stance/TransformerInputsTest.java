package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Input construction of the transformer stance model: word pieces, segments, target marking, the window. */
class TransformerInputsTest {
  static HuggingFaceTokenizer tok;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = TransformerInputsTest.class.getResourceAsStream(TransformerStance.SHIPPED + TransformerStance.TOKENIZER)) {
      tok = TransformerInputs.tokenizer(in);
    }
  }

  @AfterAll
  static void close() {
    tok.close();
  }

  static TransformerInputs inputs(int maxLength) {
    return new TransformerInputs(tok, 101, 102, maxLength, 16);
  }

  static long id(String word) {
    long[] ids = tok.encode(word, false, false).getIds();
    assertEquals(1, ids.length, word + " is one word piece");
    return ids[0];
  }

  static List<Integer> marked(TransformerInputs.Encoded e) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < e.length(); i++) if (e.targetMask()[i] == 1f) out.add(i);
    return out;
  }

  @Test
  void sentenceSepTargetSepWithSegmentsAndMarkedTarget() {
    String text = "Officials in Oslo praised Bern for its mediation.";
    TransformerInputs.Encoded e = inputs(128).encode(text, List.of(new int[] {26, 30}));
    long bern = id("bern");
    // [CLS] officials in oslo praised bern for its mediation . [SEP] bern [SEP]
    assertEquals(13, e.length());
    assertEquals(101, e.ids()[0]);
    assertEquals(102, e.ids()[10]);
    assertEquals(bern, e.ids()[11]);
    assertEquals(102, e.ids()[12]);
    assertArrayEquals(new long[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1}, e.typeIds());
    assertEquals(List.of(5), marked(e));
    assertEquals(bern, e.ids()[5]);
  }

  @Test
  void everyGivenSpanIsMarkedAndTheTargetPartIsTheFirstSpansText() {
    String text = "Moscow said Moscow would not yield.";
    TransformerInputs.Encoded e = inputs(128).encode(text, List.of(new int[] {0, 6}, new int[] {12, 18}));
    long moscow = id("moscow");
    assertEquals(List.of(1, 3), marked(e));
    assertEquals(moscow, e.ids()[1]);
    assertEquals(moscow, e.ids()[3]);
    assertEquals(moscow, e.ids()[e.length() - 2]);
  }

  @Test
  void offsetsAreJavaCharOffsetsWithAccentsAndCharactersOutsideTheBmp() {
    String text = "\uD83D\uDE00 Zürich and Genève signed.";
    int b = text.indexOf("Genève");
    TransformerInputs.Encoded e = inputs(128).encode(text, List.of(new int[] {b, b + 6}));
    List<Integer> m = marked(e);
    assertTrue(!m.isEmpty(), "Genève marked");
    // the marked pieces spell the target part (after the first [SEP])
    int sep = 0;
    while (e.ids()[sep] != 102) sep++;
    long[] target = java.util.Arrays.copyOfRange(e.ids(), sep + 1, e.length() - 1);
    long[] markedIds = m.stream().mapToLong(i -> e.ids()[i]).toArray();
    assertArrayEquals(target, markedIds);
  }

  @Test
  void longTextIsCutToAWindowAroundTheTarget() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 60; i++) sb.append("word ");
    int b = sb.length();
    sb.append("Berlin ");
    for (int i = 0; i < 60; i++) sb.append("word ");
    TransformerInputs.Encoded e = inputs(24).encode(sb.toString(), List.of(new int[] {b, b + 6}));
    assertEquals(24, e.length());
    List<Integer> m = marked(e);
    assertEquals(1, m.size());
    // budget 24 - 3 - 1 target piece = 20 text pieces, the target in the middle of the window
    assertEquals(1 + 10, m.get(0));
    assertEquals(id("berlin"), e.ids()[m.get(0)]);
  }

  @Test
  void withoutAMarkedTextPieceTheTargetPartIsMarked() {
    TransformerInputs.Encoded e = inputs(128).encode("They said so.", List.of(new int[] {4, 4}));
    // empty span: no target text, nothing in the text marked; the target part is empty too
    assertEquals(List.of(), marked(e).stream().filter(i -> i < 5).toList());
    TransformerInputs.Encoded f = inputs(128).encode("Kyiv   rejected it.", List.of(new int[] {0, 4}));
    assertEquals(List.of(1), marked(f));
  }
}
