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

/** {@code stance_model}: linear, transformer or a model folder; anything else is a usage error naming the key. */
class StanceModelOptionTest {
  @TempDir Path dir;

  JobConfig base() {
    return new JobConfig().withCli(List.of(dir), dir.resolve("out"), null, null, Map.of(), null, null, null, null, false, false);
  }

  @Test
  void namesAndFoldersAreAccepted() {
    assertEquals("linear", base().withStanceModel("linear").stanceModel());
    assertEquals("transformer", base().withStanceModel("transformer").stanceModel());
    assertEquals(dir.toString(), base().withStanceModel(dir.toString()).stanceModel());
    assertEquals(null, base().withStanceModel(null).stanceModel());
  }

  @Test
  void otherValuesAreRejectedWithTheKey() throws Exception {
    UsageException e = assertThrows(UsageException.class, () -> base().withStanceModel("bert"));
    assertTrue(e.getMessage().startsWith("stance_model: 'bert'"), e.getMessage());
    Path yaml = dir.resolve("c.yaml");
    Files.writeString(yaml, "stance_model: roberta\n");
    JobConfig c = JobConfig.load(yaml);
    assertThrows(UsageException.class, () -> c.withCli(List.of(dir), dir.resolve("out"), null, null, Map.of(), null,
        null, null, null, false, false));
  }
}
