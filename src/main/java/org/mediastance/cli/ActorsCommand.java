package org.mediastance.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mediastance.actors.build.RegistryBuilder;
import org.mediastance.config.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mediastance actors}: tools for the actor registry; {@code build} makes its open-data part. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Actor registry tools.", subcommands = {ActorsCommand.Build.class})
public final class ActorsCommand implements Runnable {
  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "missing subcommand (build)");
  }

  /** {@code mediastance actors build --congress DIR --peppercat DIR --out DIR}. */
  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Build the generated actor registry (congress.jsonl.gz, CC0; "
          + "peppercat.jsonl.gz, CC BY-NC 4.0) from congress-legislators and Peppercat files.")
  static final class Build implements Callable<Integer> {
    @Option(names = "--congress", paramLabel = "DIR",
        description = "congress-legislators folder (legislators-2012-2026.yaml, executive.yaml).")
    Path congress;

    @Option(names = "--peppercat", paramLabel = "DIR",
        description = "Peppercat folder (<jurisdiction>/leaders-historic.csv, legislators-historic.csv).")
    Path peppercat;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() {
      if (congress == null && peppercat == null) {
        throw new UsageException("actors build: give --congress DIR, --peppercat DIR or both");
      }
      long t0 = System.nanoTime();
      RegistryBuilder b = new RegistryBuilder();
      Map<Path, Long> files = b.build(congress, peppercat, out);
      System.out.print(b.report().text(25));
      files.forEach((f, n) -> System.out.printf("wrote %s (%,d bytes)%n", f, n));
      System.out.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }
}
