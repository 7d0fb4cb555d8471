package org.mediastance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mediastance.config.JobConfig;
import org.mediastance.pipeline.RunJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediastance run}: every stage that exists, in order, into one output folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Ingest a corpus, extract statements, resolve actors, score stance and frames, "
        + "aggregate and write the report, all into one output folder.")
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Input files or folders (JSON lines, .gz, CSV, Parquet, .txt/.html folders, WARC).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file.")
  Path config;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: the one spark-submit set, else local[*]).")
  String master;

  @Option(names = "--format", paramLabel = "FMT",
      description = "Extra output format: jsonl writes statements.jsonl and articles.jsonl beside the Parquet tables.")
  String format;

  @Option(names = "--map", split = ",", paramLabel = "FIELD=SOURCE",
      description = "Field mapping, e.g. text=content_original,outlet=source,published=date.")
  Map<String, String> map = new LinkedHashMap<>();

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor registry (YAML) merged over the shipped one.")
  Path actors;

  @Option(names = "--codebook", paramLabel = "FILE", description = "Frame codebook (YAML) replacing the shipped one.")
  Path codebook;

  @Option(names = "--period", paramLabel = "P", description = "Aggregation period: auto (default: from the data), day, week, month, quarter, year.")
  String period;

  @Option(names = "--limit", paramLabel = "N", description = "Process at most N accepted articles (for quick looks).")
  Integer limit;

  @Option(names = "--overwrite", description = "Replace an existing output folder.")
  boolean overwrite;

  @Option(names = "--verbose", description = "Show Spark's own logging.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    JobConfig cfg = JobConfig.load(config)
        .withCli(inputs, out, master, format, map, actors, codebook, period, limit, overwrite, verbose);
    return new RunJob(cfg).execute();
  }
}
