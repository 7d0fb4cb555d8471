package org.mediastance.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped ONNX stance model run from Java equals the reference outputs written by the Python
 * export ({@code scripts/stance_transformer.py quantize}, ONNX Runtime on the same file) for fixed
 * inputs ({@code stance-transformer/fixed-inputs.jsonl}), and Java builds the same inputs.
 */
class TransformerStanceTest {
  static TransformerStance model;
  static List<JsonNode> refs = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    model = TransformerStance.shipped();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        TransformerStanceTest.class.getResourceAsStream("/stance-transformer/reference-logits.jsonl"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) refs.add(json.readTree(line));
    }
    assertEquals(4, refs.size());
  }

  @AfterAll
  static void close() throws Exception {
    model.close();
  }

  static List<int[]> spans(JsonNode r) {
    List<int[]> out = new ArrayList<>();
    for (JsonNode s : r.get("spans")) out.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
    return out;
  }

  static long[] longs(JsonNode a) {
    long[] out = new long[a.size()];
    for (int i = 0; i < out.length; i++) out[i] = a.get(i).asLong();
    return out;
  }

  @Test
  void javaBuildsTheInputsTheReferenceWasComputedOn() {
    for (JsonNode r : refs) {
      TransformerInputs.Encoded e = model.inputs().encode(r.get("text").asText(), spans(r));
      assertArrayEquals(longs(r.get("ids")), e.ids(), r.get("text").asText());
      assertArrayEquals(longs(r.get("types")), e.typeIds());
      for (int i = 0; i < e.length(); i++) assertEquals(r.get("mask").get(i).floatValue(), e.targetMask()[i]);
    }
  }

  @Test
  void logitsEqualTheReferenceOneByOneAndInOnePaddedBatch() {
    List<TransformerInputs.Encoded> all = new ArrayList<>();
    for (JsonNode r : refs) {
      TransformerInputs.Encoded e = model.inputs().encode(r.get("text").asText(), spans(r));
      all.add(e);
      float[] z = model.logits(List.of(e))[0];
      for (int c = 0; c < 3; c++) assertEquals(r.get("logits").get(c).asDouble(), z[c], 1e-4, r.get("text").asText());
    }
    float[][] batch = model.logits(all);
    for (int i = 0; i < refs.size(); i++) {
      for (int c = 0; c < 3; c++) assertEquals(refs.get(i).get("logits").get(c).asDouble(), batch[i][c], 1e-4);
    }
  }

  @Test
  void probabilitiesAreTheSoftmaxOfTheLogitsInInputOrder() {
    List<TransformerStance.Target> t = new ArrayList<>();
    for (JsonNode r : refs) t.add(new TransformerStance.Target(r.get("text").asText(), spans(r)));
    double[][] p = model.probabilities(t);
    for (int i = 0; i < refs.size(); i++) {
      double sum = 0;
      double[] z = new double[3];
      for (int c = 0; c < 3; c++) {
        z[c] = Math.exp(refs.get(i).get("logits").get(c).asDouble());
        sum += z[c];
      }
      for (int c = 0; c < 3; c++) assertEquals(z[c] / sum, p[i][c], 1e-4);
    }
  }

}
