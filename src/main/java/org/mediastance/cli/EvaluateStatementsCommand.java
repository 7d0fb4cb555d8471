package org.mediastance.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mediastance.config.UsageException;
import org.mediastance.eval.StatementData;
import org.mediastance.eval.StatementReport;
import org.mediastance.eval.StatementScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediastance evaluate statements --gold DIR --statements FILE}: scores a run's
 * {@code statements.jsonl} against mediastance gold (one {@code <article_id>.json} per article) and
 * prints the reference scorer's figures at token overlap 0.3 (lenient) and 0.8 (strict), with
 * recall by statement kind and P/R/F1 per gold frame. No Spark.
 */
@Command(name = "statements", mixinStandardHelpOptions = true,
    description = "Score a run's statements.jsonl against annotated gold (mediastance format).")
public final class EvaluateStatementsCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold <article_id>.json files.")
  Path gold;

  @Option(names = "--statements", required = true, paramLabel = "FILE", description = "A run's statements.jsonl.")
  Path statements;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures (JSON) to FILE.")
  Path out;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write misses, false alarms and wrong speakers as JSON lines (for error analysis).")
  Path errors;

  @Option(names = "--errors-threshold", paramLabel = "X", defaultValue = "0.3",
      description = "Token overlap the error lines are taken at (default: ${DEFAULT-VALUE}).")
  double errorsThreshold;

  @Override
  public Integer call() {
    if (!(errorsThreshold > 0 && errorsThreshold <= 1)) throw new UsageException("--errors-threshold: must be in (0, 1]");
    Map<String, List<StatementData.GoldGroup>> g = StatementData.readGold(gold);
    Map<String, List<StatementData.Pred>> p = StatementData.readPredictions(statements, g.keySet());
    ObjectNode figures = StatementReport.figures(StatementScorer.score(g, p, 0.3), StatementScorer.score(g, p, 0.8));
    String text = StatementReport.pretty(figures);
    System.out.println(text);
    if (out != null) write(out, text + "\n");
    if (errors != null) {
      StringBuilder b = new StringBuilder();
      for (ObjectNode line : StatementReport.errors(g, p, errorsThreshold)) b.append(StatementReport.compact(line)).append('\n');
      write(errors, b.toString());
    }
    return 0;
  }

  private static void write(Path file, String text) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) Files.createDirectories(dir);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
