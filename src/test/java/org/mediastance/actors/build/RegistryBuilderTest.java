package org.mediastance.actors.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.config.UsageException;

/** The build on small fixtures of both source formats (src/test/resources/registry-sources). */
class RegistryBuilderTest {
  static final Path SRC = Path.of("src/test/resources/registry-sources");

  @TempDir Path tmp;

  private Map<String, GenPerson> read(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return GeneratedFile.read(in).stream()
          .collect(Collectors.toMap(GenPerson::id, Function.identity()));
    }
  }

  @Test
  void buildsBothFilesWithRolesGovernmentsAndLicences() throws IOException {
    RegistryBuilder b = new RegistryBuilder();
    Map<Path, Long> files = b.build(SRC.resolve("congress"), SRC.resolve("peppercat"), tmp);
    assertEquals(2, files.size());
    Map<String, GenPerson> pc = read(tmp.resolve(RegistryBuilder.PEPPERCAT_FILE));
    // president with open end; the Sejm seat before it (the Republic of Poland is the country)
    GenPerson duda = pc.get("Q900000010");
    assertEquals(List.of(new GenPerson.Role("POL", null, "president", "President",
        LocalDate.parse("2015-08-06"), null, "government"), new GenPerson.Role("POL", null,
        "legislator", "Member of the Sejm of the Republic of Poland", LocalDate.parse("2011-11-08"),
        LocalDate.parse("2015-08-05"), "legislature")), duda.roles());
    // month precision: a start is the first day, an end the last
    GenPerson.Role fm = pc.get("Q900000011").roles().get(0);
    assertEquals("foreign minister", fm.office());
    assertEquals(LocalDate.parse("2018-01-01"), fm.start());
    // a quoted position with a comma; a year-only start
    GenPerson.Role culture = pc.get("Q900000014").roles().get(0);
    assertEquals("minister", culture.office());
    assertEquals("Minister of Culture, National Heritage", culture.position());
    assertEquals(LocalDate.parse("2014-11-30"), culture.end());
    // EU bodies are the IGO with no government
    GenPerson.Role eu = pc.get("Q900000040").roles().get(0);
    assertNull(eu.gov());
    assertEquals("EU", eu.org());
    assertEquals("igo", eu.category());
    // left out: a governor, a regional assembly, a role ended before 2010, an unmapped position,
    // Scotland (sub-national), an unknown jurisdiction, the Peppercat US legislator list
    for (String gone : List.of("Q900000012", "Q900000017", "Q900000013", "Q900000015",
        "Q900000020", "Q900000030")) {
      assertFalse(pc.containsKey(gone), gone);
    }
    assertEquals(1, pc.get("Q900000001").roles().size());
    assertEquals("secretary of state", pc.get("Q900000001").roles().get(0).office());
    assertTrue(b.report().unknownJurisdictions().contains("atlantis"));
    assertTrue(b.report().text(5).contains("unknown jurisdictions (left out, not guessed): atlantis"));
    assertEquals(1, b.report().counts().get("peppercat jurisdictions skipped (sub-national etc.)"));

    Map<String, GenPerson> cg = read(tmp.resolve(RegistryBuilder.CONGRESS_FILE));
    assertEquals(2, cg.size(), cg.keySet().toString());
    GenPerson jan = cg.get("Q900000001");
    // the id-less record of the same name is joined; terms before 2010 are dropped
    assertEquals(List.of("representative", "senator", "senator"),
        jan.roles().stream().map(GenPerson.Role::office).toList());
    assertTrue(jan.names().containsAll(List.of("Janet Q. Example", "Janet Example", "Jan Example")));
    assertEquals("vice president", cg.get("Q900000003").roles().get(0).office());
    assertTrue(cg.get("Q900000003").names().contains("Robert Sample Jr."));

    assertTrue(meta(tmp.resolve(RegistryBuilder.PEPPERCAT_FILE)).contains("CC BY-NC 4.0"));
    assertTrue(meta(tmp.resolve(RegistryBuilder.PEPPERCAT_FILE)).contains("Tony Bowden"));
    assertTrue(meta(tmp.resolve(RegistryBuilder.CONGRESS_FILE)).contains("CC0"));
  }

  @Test
  void rebuildGivesTheSameBytes() throws IOException {
    new RegistryBuilder().build(SRC.resolve("congress"), SRC.resolve("peppercat"), tmp.resolve("a"));
    new RegistryBuilder().build(SRC.resolve("congress"), SRC.resolve("peppercat"), tmp.resolve("b"));
    for (String f : List.of(RegistryBuilder.CONGRESS_FILE, RegistryBuilder.PEPPERCAT_FILE)) {
      assertEquals(-1L, Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f)), f);
    }
  }

  @Test
  void malformedRowIsAUsageErrorNamingFileLineAndField() throws IOException {
    Path pc = tmp.resolve("pc");
    copy(SRC.resolve("peppercat"), pc);
    Path f = pc.resolve("poland/leaders-historic.csv");
    List<String> lines = Files.readAllLines(f);
    lines.set(2, lines.get(2).replace("2018-01", "Jan 2018"));
    Files.write(f, lines);
    UsageException e = assertThrows(UsageException.class,
        () -> new RegistryBuilder().build(null, pc, tmp.resolve("out")));
    assertTrue(e.getMessage().contains("poland/leaders-historic.csv: line 3, field start: bad date"),
        e.getMessage());

    Path cg = tmp.resolve("cg");
    copy(SRC.resolve("congress"), cg);
    Path y = cg.resolve("executive.yaml");
    Files.writeString(y, Files.readString(y).replace("type: viceprez", "type: king"));
    e = assertThrows(UsageException.class,
        () -> new RegistryBuilder().build(cg, null, tmp.resolve("out2")));
    assertTrue(e.getMessage().contains("executive.yaml: line 1, field terms[0].type"),
        e.getMessage());
  }

  private static String meta(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return all.substring(0, all.indexOf('\n'));
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
