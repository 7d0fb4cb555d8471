package org.mediastance.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlet metadata CSV: parsing, lookup, and usage errors that name file, line and field. */
class OutletMetadataTest {
  @TempDir Path dir;

  static String error(String text) {
    return assertThrows(UsageException.class, () -> OutletMetadata.parse("m.csv", text)).getMessage();
  }

  @Test
  void readsAttributesWithTheirLines() {
    OutletMetadata m = OutletMetadata.parse("m.csv",
        "Outlet,ownership,country\r\nRT,state,RUS\r\n\"Reuters, Inc.\",private,\n\"The \"\"Times\"\"\",private,GBR\n");
    assertEquals(3, m.size());
    assertEquals(Map.of("ownership", new OutletMetadata.Value("state", 2), "country", new OutletMetadata.Value("RUS", 2)),
        m.attributes("rt"));
    // an empty cell gives no attribute; outlets match case-insensitively after trimming
    assertEquals(Map.of("ownership", new OutletMetadata.Value("private", 3)), m.attributes(" reuters, inc. "));
    assertEquals("GBR", m.attributes("The \"Times\"").get("country").value());
    assertEquals(Map.of(), m.attributes("CNN"));
    assertEquals(Map.of(), m.attributes(null));
  }

  @Test
  void quotedNewlinesKeepLineNumbers() {
    OutletMetadata m = OutletMetadata.parse("m.csv", "outlet,note\nA,\"two\nlines\"\nB,x\n");
    assertEquals("two\nlines", m.attributes("A").get("note").value());
    assertEquals(4, m.attributes("B").get("note").line());
  }

  @Test
  void malformedFilesNameFileLineAndField() {
    assertEquals("outlet_metadata m.csv: line 1: no 'outlet' column (columns: name, bias)", error("name,bias\nA,left\n"));
    assertEquals("outlet_metadata m.csv: line 3: 3 fields, the header has 2", error("outlet,bias\nA,left\nB,left,x\n"));
    assertEquals("outlet_metadata m.csv: line 2, field 2: quote not closed", error("outlet,bias\nA,\"left\n"));
    assertEquals("outlet_metadata m.csv: line 3, field 'outlet': 'a' already given on line 2",
        error("outlet,bias\nA,left\na,right\n"));
    assertEquals("outlet_metadata m.csv: line 2, field 'outlet': empty", error("outlet,bias\n ,left\n"));
    assertTrue(error("outlet,bias level\n").startsWith("outlet_metadata m.csv: line 1, column 2: bad column name"));
    assertTrue(error("outlet,bias,Bias\n").contains("column 3: column 'bias' given twice"));
    assertEquals("outlet_metadata m.csv: line 2, field 2: quote inside an unquoted field", error("outlet,bias\nA,le\"ft\n"));
    assertEquals("outlet_metadata m.csv: line 1: no header row", error(""));
  }

  @Test
  void configValidatesTheFileBeforeSparkStarts() throws Exception {
    Path bad = dir.resolve("outlets.csv");
    Files.writeString(bad, "name,bias\nA,left\n");
    Path yaml = dir.resolve("c.yaml");
    Files.writeString(yaml, "outlet_metadata: " + bad + "\n");
    JobConfig c = JobConfig.load(yaml);
    UsageException e = assertThrows(UsageException.class, () -> c.withCli(List.of(dir), dir.resolve("out"), null,
        null, Map.of(), null, null, null, null, false, false));
    assertEquals("outlet_metadata " + bad + ": line 1: no 'outlet' column (columns: name, bias)", e.getMessage());
    Files.writeString(bad, "outlet,bias\nA,left\n");
    assertEquals(bad.toString(), c.withCli(List.of(dir), dir.resolve("out"), null, null, Map.of(), null, null, null,
        null, false, false).outletMetadata());
    Files.writeString(yaml, "outlet_metadata: " + dir.resolve("missing.csv") + "\n");
    JobConfig m = JobConfig.load(yaml);
    assertTrue(assertThrows(UsageException.class, () -> m.withCli(List.of(dir), dir.resolve("out"), null, null,
        Map.of(), null, null, null, null, false, false)).getMessage().startsWith("outlet_metadata: cannot read"));
  }

  @Test
  void mapAcceptsOutletAttributesOnly() {
    JobConfig ok = new JobConfig().withCli(List.of(dir), dir.resolve("out"), null, null,
        Map.of("outlet.bias", "bias_text"), null, null, null, null, false, false);
    assertEquals("bias_text", ok.map().get("outlet.bias"));
    UsageException e = assertThrows(UsageException.class, () -> new JobConfig().withCli(List.of(dir),
        dir.resolve("out"), null, null, Map.of("outlet.Bias", "x"), null, null, null, null, false, false));
    assertTrue(e.getMessage().startsWith("--map: bad outlet attribute name in 'outlet.Bias'"), e.getMessage());
    assertThrows(UsageException.class, () -> new JobConfig().withCli(List.of(dir), dir.resolve("out"), null, null,
        Map.of("bias", "x"), null, null, null, null, false, false));
  }
}
