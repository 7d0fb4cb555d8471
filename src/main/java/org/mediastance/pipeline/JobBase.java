package org.mediastance.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.mediastance.config.JobConfig;
import org.mediastance.config.UsageException;
import org.mediastance.config.Versions;
import org.mediastance.io.FileTrees;
import org.mediastance.io.RunLayout;
import org.mediastance.io.SparkSessions;

/**
 * The thin engine of a job that writes a run folder (GATK's {@code GATKSparkTool.runTool}): checks
 * {@code --out}, owns the SparkSession, a temporary sibling folder, the {@code run.json} manifest
 * and the atomic move into place. A subclass implements {@link #runTool}. Everything is written to
 * the temporary folder and moved to {@code --out} only on success; a failed run leaves that folder
 * with {@code run.json} saying {@code "outcome": "failed"}, never a folder that looks complete.
 */
public abstract class JobBase {
  protected final JobConfig cfg;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .findAndRegisterModules();

  protected JobBase(JobConfig cfg) {
    this.cfg = cfg;
  }

  /** The Spark application name. */
  protected abstract String appName();

  /** The job's work: writes into {@code out} (the temporary folder) and adds to {@code manifest}. */
  protected abstract void runTool(SparkSession spark, RunLayout out, Map<String, Object> manifest) throws Exception;

  /** Runs the job; returns the exit code. Usage errors are thrown before Spark starts. */
  public final int execute() throws Exception {
    Path out = Path.of(cfg.out()).toAbsolutePath().normalize();
    if (Files.exists(out) && !cfg.overwrite()) {
      throw new UsageException("--out: " + out + " exists; pass --overwrite to replace it");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out: " + out + " is a file, not a folder");
    }
    Files.createDirectories(out.getParent());
    Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp-" + UUID.randomUUID());
    Files.createDirectories(tmp);
    boolean hadSession = SparkSession.getDefaultSession().isDefined();
    SparkSession spark = SparkSessions.create(cfg.master(), cfg.verbose(), appName());
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("outcome", "running");
    manifest.put("started", Instant.now().toString());
    manifest.put("output", out.toString());
    manifest.put("versions", Versions.all());
    manifest.put("spark_master", spark.sparkContext().master());
    manifest.put("config", cfg.asMap());
    try {
      runTool(spark, new RunLayout(tmp), manifest);
      manifest.put("outcome", "success");
      manifest.put("finished", Instant.now().toString());
      writeManifest(tmp, manifest);
      if (Files.exists(out)) {
        Path old = out.resolveSibling("." + out.getFileName() + ".old-" + UUID.randomUUID());
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        FileTrees.delete(old);
      }
      Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
      System.out.println("mediastance: wrote " + out + " (report: " + new RunLayout(out).reportPage() + ")");
      return 0;
    } catch (Exception | Error e) {
      manifest.put("outcome", "failed");
      manifest.put("error", String.valueOf(e));
      manifest.put("finished", Instant.now().toString());
      try {
        writeManifest(tmp, manifest);
      } catch (IOException ignored) {
        // the original failure matters more
      }
      System.err.println("mediastance: run failed; partial output left in " + tmp);
      throw e;
    } finally {
      if (!hadSession) spark.stop();
    }
  }

  private void writeManifest(Path dir, Map<String, Object> manifest) throws IOException {
    json.writeValue(new RunLayout(dir).manifest().toFile(), manifest);
  }
}
