package org.mediastance.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.config.JobConfig;
import org.mediastance.learn.LinearModel;

/** The report says which frames a trained model decides and which come from cues alone. */
class FramesSectionTest {
  @Test
  void withoutAFrameModelEveryFrameIsCueBased() {
    String s = FramesSection.sources(new JobConfig());
    assertTrue(s.startsWith("Every frame comes from the codebook's cues"), s);
    assertTrue(s.contains("failure") && s.contains("threat"), s);
  }

  @Test
  void aFrameModelNamesItsFramesAndTheRestStayCueBased(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("frames"));
    new LinearModel("frame:threat", new int[] {0, 1}, new String[] {"bias"}, new double[] {0, 0},
        new double[][] {{0}, {0}}, new double[][] {{}, {}}, Map.of()).save(dir.resolve("frames/threat.json.gz"));
    Path yaml = dir.resolve("config.yaml");
    Files.writeString(yaml, "frame_model: " + dir + "\n");
    JobConfig cfg = JobConfig.load(yaml);
    String s = FramesSection.sources(cfg);
    assertTrue(s.contains("trained model in " + dir + ": threat;"), s);
    assertTrue(s.contains("cues alone: ") && s.contains("failure") && !s.contains("cues alone: threat"), s);
  }
}
