package org.mediastance.cli;
import org.mediastance.learn.Example;
import org.mediastance.io.SparkSessions;
import org.mediastance.config.UsageException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.mediastance.stance.StanceData;
import org.mediastance.stance.StanceModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediastance train stance}: fits the target-stance model (3 classes, from NewsMTSC-style
 * and researchers' own JSONL) and, when directed-sentiment data is given, the 5-class directed
 * model; cross-validates on the given training data only and writes MODELDIR.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
    description = "Train the stance models. Data formats: newsmtsc JSONL, directed-sentiment TSV "
        + "(.txt), your own JSONL {\"sentence\", \"target\", \"label\": -1|0|1}. The format is detected "
        + "per file unless --format is given.")
public final class TrainStanceCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Training files (never the test splits).")
  List<Path> data = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FMT", description = "Force one format for all files: newsmtsc, directed, user.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "MODELDIR", description = "Model folder to write.")
  Path out;

  @Option(names = "--folds", defaultValue = "3", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--reg", split = ",", paramLabel = "R", description = "regParam grid (default 0.003,0.01,0.03,0.1).")
  double[] reg;

  @Option(names = "--min-df", defaultValue = "2", description = "Minimum examples a feature must occur in (default ${DEFAULT-VALUE}).")
  int minDf;

  @Option(names = "--directed-as-stance",
      description = "Also train the 3-class model on directed-sentiment rows that carry sentiment: "
          + "the entity receiving it becomes a target with that polarity.")
  boolean directedAsStance;

  @Option(names = "--no-directed-model",
      description = "Do not fit the 5-class directed model even when directed-sentiment data is given.")
  boolean noDirectedModel;

  @Option(names = "--w2v-corpus", arity = "1..*", paramLabel = "FILE",
      description = "News JSONL(.gz) to train Word2Vec on (e.g. ../shared/corpora/allsides/*.jsonl.gz); "
          + "the 3-class model then also reads embedding features (sentence and target context).")
  List<Path> w2vCorpus;

  @Option(names = "--w2v-field", defaultValue = "content_original", description = "Text field of --w2v-corpus rows (default ${DEFAULT-VALUE}).")
  String w2vField;

  @Option(names = "--w2v-docs", defaultValue = "100000", description = "Articles to read per --w2v-corpus file (default ${DEFAULT-VALUE}).")
  int w2vDocs;

  @Option(names = "--w2v-dim", defaultValue = "100", description = "Embedding dimensions (default ${DEFAULT-VALUE}).")
  int w2vDim;

  @Option(names = "--w2v-top", defaultValue = "30000", description = "Most frequent corpus words to keep besides the training words (default ${DEFAULT-VALUE}).")
  int w2vTop;

  @Option(names = "--embeddings", paramLabel = "FILE",
      description = "Reuse an embeddings.bin.gz written by an earlier --w2v-corpus run instead of training Word2Vec.")
  Path embeddings;

  @Option(names = "--dense-scale", defaultValue = "3", description = "L2 norm of each embedding feature block (default ${DEFAULT-VALUE}).")
  double denseScale;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Option(names = "--overwrite", description = "Replace an existing MODELDIR.")
  boolean overwrite;

  @Override
  public Integer call() throws Exception {
    for (Path p : data) {
      if (!Files.isReadable(p)) throw new UsageException("--data: cannot read " + p);
    }
    if (Files.exists(out) && !overwrite) {
      throw new UsageException("--out: " + out + " exists (use --overwrite)");
    }
    if (folds < 2) throw new UsageException("--folds: must be >= 2");
    List<Example> three = new ArrayList<>();
    List<Example> five = new ArrayList<>();
    Map<String, Object> sources = new LinkedHashMap<>();
    for (Path p : data) {
      String f = format != null ? format : StanceData.detectFormat(p);
      if (f.equals("basil")) throw new UsageException("--data: BASIL is evaluation-only here: " + p);
      List<Example> ex = StanceData.read(p, f);
      (f.equals("directed") ? five : three).addAll(ex);
      sources.put(p.toString(), Map.of("format", f, "examples", ex.size()));
      System.out.printf("read %,d %s examples from %s%n", ex.size(), f, p);
    }
    List<Example> extra = new ArrayList<>();
    if (directedAsStance) {
      extra = StanceData.directedAsStance(five);
      System.out.printf("directed-as-stance: %,d extra 3-class training examples (training folds only)%n", extra.size());
      sources.put("directed_as_stance", extra.size());
    }
    if (three.isEmpty()) throw new UsageException("--data: no 3-class stance examples (newsmtsc or user format)");
    SparkSession spark = SparkSessions.forTraining(master, "mediastance train stance");
    try {
      Path emb = embeddings;
      if (emb != null && !Files.isReadable(emb)) throw new UsageException("--embeddings: cannot read " + emb);
      if (emb == null && w2vCorpus != null && !w2vCorpus.isEmpty()) {
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (Example e : three) keep.addAll(org.mediastance.stance.EmbeddingTrainer.words(e.text()));
        for (Example e : extra) keep.addAll(org.mediastance.stance.EmbeddingTrainer.words(e.text()));
        var vectors = org.mediastance.stance.EmbeddingTrainer.train(spark, w2vCorpus, w2vField, w2vDocs, w2vDim,
            w2vTop, keep, System.out);
        Files.createDirectories(out);
        emb = out.resolve(StanceModels.EMBEDDINGS);
        org.mediastance.stance.Embeddings.save(emb, w2vDim, vectors);
        sources.put("word2vec_corpus", w2vCorpus.stream().map(Path::toString).toList());
      }
      StanceModels.train(spark, three, extra, noDirectedModel ? List.of() : five, out, folds, reg, minDf,
          emb, denseScale, sources, System.out);
    } finally {
      spark.stop();
    }
    return Main.EXIT_OK;
  }
}
