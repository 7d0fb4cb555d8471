package org.mediastance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.config.JobConfig;
import org.mediastance.config.OutletMetadata;
import org.mediastance.model.Article;

/** Outlet attributes: the bias rule, the precedence of the sources and their wiring into articles. */
class OutletAttributesTest {
  @TempDir Path dir;

  @Test
  void biasGroupFoldsTheAllSidesScale() {
    assertEquals("left", OutletAttributes.biasGroup("left"));
    assertEquals("left", OutletAttributes.biasGroup("Lean Left"));
    assertEquals("centre", OutletAttributes.biasGroup("center"));
    assertEquals("centre", OutletAttributes.biasGroup("Centre"));
    assertEquals("right", OutletAttributes.biasGroup("lean right"));
    assertEquals("right", OutletAttributes.biasGroup("Right"));
    assertEquals("left", OutletAttributes.biasGroup("left-center"));
    assertNull(OutletAttributes.biasGroup("mixed"));
    assertNull(OutletAttributes.biasGroup("2"));
    assertNull(OutletAttributes.biasGroup("left and right"));
    assertNull(OutletAttributes.biasGroup(null));
  }

  @Test
  void metadataFileWinsOverTheRecordAndBiasGroupIsDerived() {
    OutletAttributes.Result r = OutletAttributes.resolve(
        Map.of("bias", new String[] {" center ", "bias_text"}, "country", new String[] {"", "country"}),
        Map.of("ownership", new OutletMetadata.Value("private", 4)), "m.csv");
    assertEquals(Map.of("bias", "center", "bias_group", "centre", "ownership", "private"), r.values());
    assertEquals(Map.of("bias", "record:bias_text", "bias_group", "derived:bias", "ownership", "metadata:m.csv:4"),
        r.sources());
    OutletAttributes.Result f = OutletAttributes.resolve(Map.of("bias", new String[] {"center", "bias_text"}),
        Map.of("bias", new OutletMetadata.Value("lean left", 2), "bias_group", new OutletMetadata.Value("other", 2)),
        "m.csv");
    assertEquals(Map.of("bias", "lean left", "bias_group", "other"), f.values());
    assertEquals("metadata:m.csv:2", f.sources().get("bias"));
    assertEquals("metadata:m.csv:2", f.sources().get("bias_group"));
  }

  static JobConfig cfg(Map<String, String> map, String yaml) throws Exception {
    Path y = Files.createTempFile("cfg", ".yaml");
    Files.writeString(y, yaml);
    return JobConfig.load(y).withCli(List.of(Path.of("datasets")), Path.of("/tmp/x"), null, null, map, null, null,
        null, null, false, false);
  }

  static Map<String, Object> rec(String outlet, String biasText, String country) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("ID", "a1");
    m.put("source", outlet);
    m.put("date", "2016-09-20");
    m.put("bias_text", biasText);
    m.put("country", country);
    m.put("content_original", ArticleBuilderTest.BODY);
    return m;
  }

  @Test
  void recordsGiveBiasWithoutAMappingAndMappedFieldsOtherwise() throws Exception {
    Article a = new ArticleBuilder(cfg(Map.of(), "{}")).fromFields(rec("Fox News", "right", "USA"), "f", 1, "r")
        .getArticle();
    assertEquals(Map.of("bias", "right", "bias_group", "right"), a.getOutletAttrs());
    assertEquals(Map.of("bias", "record:bias_text", "bias_group", "derived:bias"), a.getOutletAttrSources());
    // an explicit outlet.* mapping replaces the default
    Article b = new ArticleBuilder(cfg(Map.of("outlet.country", "country"), "{}"))
        .fromFields(rec("Fox News", "right", "USA"), "f", 1, "r").getArticle();
    assertEquals(Map.of("country", "USA"), b.getOutletAttrs());
    Article none = new ArticleBuilder(cfg(Map.of(), "{}")).fromFile(ArticleBuilderTest.BODY, "x.txt").getArticle();
    assertEquals(Map.of(), none.getOutletAttrs());
  }

  @Test
  void metadataMatchesTheCanonicalOutlet() throws Exception {
    Path csv = dir.resolve("outlets.csv");
    Files.writeString(csv, "outlet,bias,ownership\nfox news,lean right,private\n");
    Article a = new ArticleBuilder(cfg(Map.of(), "outlet_metadata: " + csv + "\n"))
        .fromFields(rec("Fox News", "right", null), "f", 1, "r").getArticle();
    assertEquals(Map.of("bias", "lean right", "bias_group", "right", "ownership", "private"), a.getOutletAttrs());
    assertEquals("metadata:" + csv + ":2", a.getOutletAttrSources().get("bias"));
  }
}
