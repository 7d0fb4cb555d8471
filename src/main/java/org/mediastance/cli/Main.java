package org.mediastance.cli;
import org.mediastance.config.Versions;
import org.mediastance.config.UsageException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mediastance} command: one subcommand per job. Exit codes: 0 success, 2 usage or
 * configuration error (the message names the bad option or key), 1 a failed job.
 */
@Command(
    name = "mediastance",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.Provider.class,
    description = "Statements by government actors in news: who said what, for which government, "
        + "with which stance and frames, compared across outlets.",
    subcommands = {
      RunCommand.class,
      ReportCommand.class,
      AttributeCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      ActorsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_USAGE = 2;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "missing subcommand (run, evaluate, train, report, bench)");
  }

  /** Builds the command line with the project's exit-code and error conventions. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(
        e -> e instanceof UsageException || e instanceof CommandLine.ParameterException
            ? EXIT_USAGE : EXIT_FAILED);
    cl.setExecutionExceptionHandler(
        (e, cmd, parse) -> {
          if (e instanceof UsageException) {
            cmd.getErr().println("mediastance: " + e.getMessage());
            return EXIT_USAGE;
          }
          cmd.getErr().println("mediastance: job failed: " + e);
          e.printStackTrace(cmd.getErr());
          return EXIT_FAILED;
        });
    cl.getCommandSpec().exitCodeOnUsageHelp(EXIT_OK);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("mediastance: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_USAGE;
        });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
