package org.mediastance.cli;
import org.mediastance.learn.Example;
import org.mediastance.config.UsageException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mediastance.stance.StanceData;
import org.mediastance.stance.StanceEvaluation;
import org.mediastance.stance.StanceScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediastance evaluate stance}: macro-F1 and confusion matrices on test splits the models
 * never trained on — NewsMTSC {@code devtest_rw.jsonl} (3 classes), directed-sentiment
 * {@code test.txt} (5 classes with the directed5 model; and its rows that carry sentiment as
 * target stance, 2 gold classes, for the 3-class model) and BASIL quote polarity toward targets
 * (2 classes).
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
    description = "Evaluate the stance models on the held-out test splits.")
public final class EvaluateStanceCommand implements Callable<Integer> {

  @Option(names = "--gold", paramLabel = "DIR",
      description = "Gold folder holding newsmtsc/, directed-sentiment/, basil/ (default: $MEDIASTANCE_SHARED/gold).")
  Path gold;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "linear, transformer (the shipped models) or a model folder (default: " + StanceScorer.DEFAULT + ").")
  String model;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Override
  public Integer call() throws Exception {
    if (gold == null) {
      String sh = System.getenv("MEDIASTANCE_SHARED");
      if (sh == null) sh = System.getProperty("mediastance.shared");
      if (sh == null) throw new UsageException("--gold: not given and MEDIASTANCE_SHARED is not set");
      gold = Path.of(sh, "gold");
    }
    if (!Files.isDirectory(gold)) throw new UsageException("--gold: no such folder: " + gold);
    if (!StanceScorer.isValidSpec(model)) {
      throw new UsageException("--model: '" + model + "' is neither linear, transformer nor a model folder");
    }
    StanceScorer sc = StanceScorer.forModel(model);
    System.out.println("model: " + sc.source());
    Map<String, Object> all = new LinkedHashMap<>();
    Path nm = gold.resolve("newsmtsc/devtest_rw.jsonl");
    if (Files.isReadable(nm)) {
      List<Example> ex = StanceData.newsmtsc(nm);
      long t0 = System.nanoTime();
      var r = StanceEvaluation.stance("NewsMTSC devtest_rw (3 classes)", sc, ex);
      long ns = System.nanoTime() - t0;
      r.print(System.out);
      long tokens = ex.stream().mapToLong(e -> org.mediastance.learn.Tok.tokenize(e.text()).size()).sum();
      System.out.printf("  scoring speed (one thread, incl. feature extraction, first pass): %.0f targets/s, %.0f tokens/s%n",
          ex.size() / (ns / 1e9), tokens / (ns / 1e9));
      all.put("newsmtsc_devtest_rw", r.asMap());
    } else {
      System.out.println("skipped: " + nm + " not found");
    }
    // calibration: does a confidence of 0.8 come true four times in five? On devtest_mt, held aside
    // from training, and on devtest_rw
    for (String split : List.of("devtest_mt", "devtest_rw")) {
      Path f = gold.resolve("newsmtsc/" + split + ".jsonl");
      if (Files.isReadable(f)) {
        var rel = StanceEvaluation.reliability(sc, StanceData.newsmtsc(f));
        rel.print(System.out, "NewsMTSC " + split);
        all.put("reliability_newsmtsc_" + split, rel.asMap());
      }
    }
    Path ds = gold.resolve("directed-sentiment/test.txt");
    if (Files.isReadable(ds) && sc.models().directed5() != null) {
      List<Example> dex = StanceData.directed(ds);
      var r = StanceEvaluation.directed("directed-sentiment test (5 classes, linear directed5 model "
          + sc.models().source() + ")", sc, dex);
      r.print(System.out);
      all.put("directed_sentiment_test", r.asMap());
      // the 3-class stance model on the rows that carry sentiment, receiver = target (neg/pos gold)
      List<Example> as = StanceData.directedAsStance(dex);
      var t = StanceEvaluation.basil("directed-sentiment test as target stance (rows with sentiment; 2 gold classes; neutral = miss)", sc, as);
      t.print(System.out);
      all.put("directed_sentiment_test_as_stance", t.asMap());
    } else {
      System.out.println("skipped: directed-sentiment (no " + ds + " or no directed5 model)");
    }
    Path ba = gold.resolve("basil");
    if (Files.isDirectory(ba)) {
      var r = StanceEvaluation.basil("BASIL quote polarity toward targets (2 gold classes; neutral = miss)", sc, StanceData.basil(ba));
      r.print(System.out);
      all.put("basil_quotes", r.asMap());
    }
    if (json != null) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), all);
    }
    return Main.EXIT_OK;
  }
}
