package org.mediastance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mediastance evaluate}: scores a component against gold data; see the subcommands. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate against gold data.",
    subcommands = {EvaluateStanceCommand.class})
public final class EvaluateCommand implements Runnable {
  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "missing subcommand (stance)");
  }
}
