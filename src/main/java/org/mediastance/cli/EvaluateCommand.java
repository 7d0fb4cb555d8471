package org.mediastance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mediastance evaluate}: scores a stage against gold data; one subcommand per stage. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score a stage against gold data.",
    subcommands = {EvaluateAttributionCommand.class, EvaluateStanceCommand.class, EvaluateStatementsCommand.class})
public final class EvaluateCommand implements Runnable {
  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "missing subcommand (attribution, stance, statements)");
  }
}
