package org.mediastance.cli;
import org.mediastance.io.SparkSessions;
import org.mediastance.config.UsageException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.mediastance.framing.Codebook;
import org.mediastance.framing.FrameDetector;
import org.mediastance.framing.FrameTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediastance train frames}: one MLlib logistic regression per codebook frame, from
 * labelled sentences ({@code --data}, JSONL {"sentence", "frames": [...]}), weak labels the
 * codebook gives to sentences of a corpus ({@code --weak-corpus}) and/or high-precision weak
 * labels on the government statements of a run ({@code --weak-statements}); per-frame thresholds
 * come from a held-out share of that data ({@code --holdout}).
 */
@Command(name = "frames", mixinStandardHelpOptions = true,
    description = "Train frame classifiers (one per codebook frame).")
public final class TrainFramesCommand implements Callable<Integer> {

  @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "Labelled JSONL: {\"sentence\": ..., \"frames\": [...]}.")
  List<Path> data = new ArrayList<>();

  @Option(names = "--weak-corpus", arity = "1..*", paramLabel = "FILE", description = "News JSONL(.gz) to label with the codebook (weak supervision).")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--weak-statements", arity = "1..*", paramLabel = "FILE",
      description = "A run's statements.jsonl(.gz): government statements labelled by high-precision cues.")
  List<Path> statements = new ArrayList<>();

  @Option(names = "--sure", defaultValue = "0.9",
      description = "Cue score at which a weak statement label is positive; weaker cue matches are left out (default ${DEFAULT-VALUE}).")
  double sure;

  @Option(names = "--exclude-articles", paramLabel = "FILE",
      description = "JSONL(.gz) articles (field ID or id) whose statements are not trained on, e.g. the dev articles.")
  Path exclude;

  @Option(names = "--holdout", defaultValue = "0.2",
      description = "Share of the examples held out to choose each frame's threshold (default ${DEFAULT-VALUE}).")
  double holdout;

  @Option(names = "--text-field", defaultValue = "content_original", description = "Text field of --weak-corpus rows (default ${DEFAULT-VALUE}).")
  String field;

  @Option(names = "--sample", defaultValue = "20000", description = "Sentences to take from --weak-corpus (default ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--codebook", paramLabel = "FILE", description = "Codebook (default: the shipped one).")
  Path codebook;

  @Option(names = "--out", required = true, paramLabel = "MODELDIR")
  Path out;

  @Option(names = "--folds", defaultValue = "3")
  int folds;

  @Option(names = "--min-positives", defaultValue = "30", description = "Skip frames with fewer positives (default ${DEFAULT-VALUE}).")
  int minPositives;

  @Option(names = "--master", paramLabel = "URL")
  String master;

  @Option(names = "--overwrite")
  boolean overwrite;

  @Override
  public Integer call() throws Exception {
    if (data.isEmpty() && corpus.isEmpty() && statements.isEmpty()) {
      throw new UsageException("--data, --weak-corpus or --weak-statements: give at least one");
    }
    for (Path p : statements) if (!Files.isReadable(p)) throw new UsageException("--weak-statements: cannot read " + p);
    if (exclude != null && !Files.isReadable(exclude)) throw new UsageException("--exclude-articles: cannot read " + exclude);
    if (!(holdout >= 0 && holdout < 1)) throw new UsageException("--holdout: must be in [0, 1), got " + holdout);
    for (Path p : data) if (!Files.isReadable(p)) throw new UsageException("--data: cannot read " + p);
    for (Path p : corpus) if (!Files.isReadable(p)) throw new UsageException("--weak-corpus: cannot read " + p);
    if (codebook != null && !Files.isReadable(codebook)) throw new UsageException("--codebook: cannot read " + codebook);
    if (Files.exists(out.resolve("frames")) && !overwrite) throw new UsageException("--out: " + out + " already has frames/ (use --overwrite)");
    Codebook cb = codebook == null ? Codebook.loadDefault() : Codebook.load(codebook);
    List<FrameTraining.Labelled> all = new ArrayList<>();
    for (Path p : data) all.addAll(FrameTraining.readUser(p, cb));
    if (!corpus.isEmpty()) {
      List<FrameTraining.Labelled> w = FrameTraining.weak(corpus, field, sample, new FrameDetector(cb), 42);
      System.out.printf("weak labels: %,d sentences from %d corpus files%n", w.size(), corpus.size());
      all.addAll(w);
    }
    if (!statements.isEmpty()) {
      List<FrameTraining.Labelled> w = FrameTraining.weakStatements(statements, new FrameDetector(cb), sure,
          exclude == null ? java.util.Set.of() : FrameTraining.articleIds(exclude));
      System.out.printf("weak labels: %,d government statements from %d files%n", w.size(), statements.size());
      all.addAll(w);
    }
    SparkSession spark = SparkSessions.forTraining(master, "mediastance train frames");
    try {
      FrameTraining.train(spark, all, cb, out, folds, minPositives, holdout, System.out);
    } finally {
      spark.stop();
    }
    return Main.EXIT_OK;
  }
}
