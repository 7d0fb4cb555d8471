package org.mediastance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mediastance train}: fits the MLlib models (stance, frames); see the subcommands. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model with Spark MLlib and save it for the main job.",
    subcommands = {TrainStanceCommand.class, TrainFramesCommand.class, TrainTransformerInputsCommand.class})
public final class TrainCommand implements Runnable {
  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "missing subcommand (stance, frames, transformer-inputs)");
  }
}
