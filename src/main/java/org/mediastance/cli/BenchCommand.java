package org.mediastance.cli;
import org.mediastance.config.UsageException;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.mediastance.attribution.Attributor;
import org.apache.hadoop.conf.Configuration;
import org.mediastance.config.JobConfig;
import org.mediastance.ingest.ArticleBuilder;
import org.mediastance.ingest.FileRecords;
import org.mediastance.ingest.IngestRow;
import org.mediastance.ingest.InputFiles;
import org.mediastance.io.Jvm;
import org.mediastance.model.Statement;
import org.mediastance.pipeline.ArticleStep;
import org.mediastance.pipeline.Steps;
import org.mediastance.model.Article;
import org.mediastance.nlp.CoreNlp;
import org.mediastance.nlp.NlpTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediastance bench}: on the same articles, in one run and one thread, times the stock
 * CoreNLP quote pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}) and
 * mediastance's per-article steps (extraction + attribution; later stages register more steps via
 * {@link #steps}). Prints tokens per CPU-second of the working thread (= per core) for each, the
 * ratio, a per-stage breakdown and the peak heap. Pipelines are loaded before timing starts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the stock CoreNLP quote pipeline and mediastance's per-article work on the same articles.")
public final class BenchCommand implements Callable<Integer> {

  /** A named per-article step of mediastance's work (the same steps the run job uses). */
  public record Step(String name, BiConsumerEx run) {}

  /** A step body: may add to or fill in the article's statements. */
  @FunctionalInterface
  public interface BiConsumerEx {
    void accept(Article a, List<Statement> statements) throws Exception;
  }

  @Option(names = "--input", required = true, paramLabel = "FILE_OR_DIR",
      description = "JSON lines (.jsonl or .jsonl.gz) with a content_original or text field, or a folder of them.")
  Path input;

  @Option(names = "--articles", paramLabel = "N", description = "Articles for mediastance (default ${DEFAULT-VALUE}).")
  int articles = 300;

  @Option(names = "--stock-articles", paramLabel = "M",
      description = "The first M of the same articles for the stock pipeline (default ${DEFAULT-VALUE}; 0 skips it).")
  int stockArticles = 20;

  @Option(names = "--threads", paramLabel = "T", description = "Also run the per-article work over all "
      + "N articles on 1 thread and on T threads (wall clock, alternating 1, T, 1, T) and print the "
      + "speed-up: how the analysis itself scales with cores, outside Spark (default ${DEFAULT-VALUE}: skipped).")
  int threads = 0;

  @Option(names = "--stance-model", paramLabel = "MODEL",
      description = "stance_model for the stance step: linear, transformer or a model folder (default: the job's default).")
  String stanceModel;

  @Option(names = "--field", paramLabel = "NAME", description = "Text field (default ${DEFAULT-VALUE}).")
  String field = "content_original";

  /**
   * mediastance's per-article work, in order: every analysis step of the run job
   * ({@link Steps#forConfig}: attribution, actors, frames, stance), so the bench times exactly what
   * the {@code analyse} stage of {@code run} does per article. The articles are read and cleaned
   * by the job's own ingest code before timing starts.
   */
  public static List<Step> steps(JobConfig cfg) {
    List<Step> s = new ArrayList<>();
    for (ArticleStep step : Steps.forConfig(cfg)) {
      s.add(new Step(step.name(), step::apply));
    }
    return s;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(input)) throw new UsageException("--input: no such file or folder: " + input);
    if (articles < 1) throw new UsageException("--articles: must be positive");
    org.mediastance.io.SparkSessions.quiet(); // CoreNLP's warnings would swamp the figures
    List<Article> docs = read(input, articles);
    if (docs.isEmpty()) throw new UsageException("--input: no articles with field '" + field + "'");
    System.out.printf("articles: %d from %s (stock pipeline on the first %d)%n", docs.size(), input, Math.min(stockArticles, docs.size()));

    // token counts of the cleaned text, with the same tokenizer for both sides
    long[] tokens = new long[docs.size()];
    List<String> cleaned = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      cleaned.add(docs.get(i).getText());
      tokens[i] = CoreNlp.split(cleaned.get(i)).stream().mapToLong(s -> s.size()).sum();
    }

    List<Step> steps = steps(benchConfig());
    CoreNlp.warmUp(Attributor.get().settings().ner());
    for (int i = 0; i < Math.min(5, docs.size()); i++) {
      Article a = copy(docs.get(i));
      List<Statement> st = new ArrayList<>();
      for (Step step : steps) step.run().accept(a, st);
    }
    NlpTimer.reset();
    long[] stepNs = new long[steps.size()];
    long oursAll = 0, oursSub = 0, tokAll = 0, tokSub = 0, statements = 0;
    int m = Math.min(stockArticles, docs.size());
    for (int i = 0; i < docs.size(); i++) {
      Article art = copy(docs.get(i));
      List<Statement> st = new ArrayList<>();
      long t0 = NlpTimer.now();
      for (int k = 0; k < steps.size(); k++) {
        long a = NlpTimer.now();
        steps.get(k).run().accept(art, st);
        stepNs[k] += NlpTimer.now() - a;
      }
      long dt = NlpTimer.now() - t0;
      statements += st.size();
      oursAll += dt;
      tokAll += tokens[i];
      if (i < m) {
        oursSub += dt;
        tokSub += tokens[i];
      }
    }
    System.out.printf("statements found: %d%n", statements);
    double oursRate = tokAll / (oursAll / 1e9);
    double oursRateSub = tokSub / (Math.max(1, oursSub) / 1e9);
    System.out.printf("%nmediastance: %d tokens, %.2f CPU s, %,.0f tokens/s per core (first %d articles: %,.0f)%n",
        tokAll, oursAll / 1e9, oursRate, m, oursRateSub);
    for (int k = 0; k < steps.size(); k++) {
      System.out.printf("  step %-24s %8.2f s  %5.1f%%%n", steps.get(k).name(), stepNs[k] / 1e9, 100.0 * stepNs[k] / oursAll);
    }
    Map<String, Long> stages = NlpTimer.totals();
    for (var e : stages.entrySet()) {
      System.out.printf("    stage %-28s %8.2f s  %5.1f%%%n", e.getKey(), e.getValue() / 1e9, 100.0 * e.getValue() / oursAll);
    }
    Map<String, Long> counts = NlpTimer.counts();
    if (counts.containsKey("tokens")) {
      System.out.printf("    tokens tagged (POS) %d of %d (%.1f%%)%n", counts.getOrDefault("tokens tagged", 0L), counts.get("tokens"),
          100.0 * counts.getOrDefault("tokens tagged", 0L) / counts.get("tokens"));
    }
    System.out.printf("  peak heap so far: %.0f MB%n", Jvm.peakHeapBytes() / 1048576.0);

    if (threads > 1) {
      double[] w = new double[4];
      for (int r = 0; r < 4; r++) w[r] = wallSeconds(docs, steps, r % 2 == 0 ? 1 : threads);
      double one = Math.min(w[0], w[2]);
      double many = Math.min(w[1], w[3]);
      System.out.printf("%nthreads: %d articles on 1 thread %.2f s and %.2f s, on %d threads %.2f s and %.2f s "
          + "(wall); speed-up (best of each) %.2fx on %d available processors%n", docs.size(), w[0], w[2], threads,
          w[1], w[3], one / many, Runtime.getRuntime().availableProcessors());
    }

    if (m > 0) {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
      long l0 = System.nanoTime();
      StanfordCoreNLP stock = new StanfordCoreNLP(p);
      stock.annotate(new Annotation(cleaned.get(0)));
      System.out.printf("%nstock pipeline loaded in %.1f s (+1 warm-up article)%n", (System.nanoTime() - l0) / 1e9);
      long stockNs = 0;
      for (int i = 0; i < m; i++) {
        long t0 = NlpTimer.now();
        stock.annotate(new Annotation(cleaned.get(i)));
        stockNs += NlpTimer.now() - t0;
      }
      double stockRate = tokSub / (stockNs / 1e9);
      System.out.printf("stock CoreNLP quote pipeline: %d tokens, %.2f CPU s, %,.0f tokens/s per core%n", tokSub, stockNs / 1e9, stockRate);
      System.out.printf("%nratio (same %d articles): %.1fx   (mediastance over all %d articles vs stock: %.1fx)%n",
          m, oursRateSub / stockRate, docs.size(), oursRate / stockRate);
    }
    System.out.printf("peak heap: %.0f MB%n", Jvm.peakHeapBytes() / 1048576.0);
    return 0;
  }

  /** Wall seconds for the per-article work on every article, spread over {@code n} threads. */
  private static double wallSeconds(List<Article> docs, List<Step> steps, int n) throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      long t0 = System.nanoTime();
      List<java.util.concurrent.Future<Integer>> fs = new ArrayList<>();
      for (Article d : docs) {
        fs.add(pool.submit(() -> {
          Article a = copy(d);
          List<Statement> st = new ArrayList<>();
          for (Step step : steps) step.run().accept(a, st);
          return st.size();
        }));
      }
      for (var f : fs) f.get();
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      pool.shutdown();
    }
  }

  private static Article copy(Article a) {
    Article c = new Article();
    c.setId(a.getId());
    c.setTitle(a.getTitle());
    c.setText(a.getText());
    c.setPublished(a.getPublished());
    return c;
  }

  /** The default configuration (the shipped models and registry), for timing the run job's steps. */
  private JobConfig benchConfig() {
    return new JobConfig().withCli(List.of(input), Path.of(System.getProperty("java.io.tmpdir"), "mediastance-bench"),
        null, null, Map.of(), null, null, null, null, true, false).withStanceModel(stanceModel);
  }

  /**
   * The first {@code max} articles of {@code in}, read, mapped and cleaned by the job's ingest
   * code ({@link InputFiles}, {@link FileRecords}, {@link ArticleBuilder}) with {@code --field} as
   * the text field; quarantined records are skipped.
   */
  private List<Article> read(Path in, int max) throws IOException {
    JobConfig cfg = new JobConfig().withCli(List.of(in), Path.of(System.getProperty("java.io.tmpdir"), "mediastance-bench"),
        null, null, Map.of("text", field), null, null, null, null, false, false); // out: validate() needs one; nothing is written
    ArticleBuilder builder = new ArticleBuilder(cfg);
    List<Article> out = new ArrayList<>();
    for (InputFiles.InputFile f : InputFiles.list(cfg.inputs(), new Configuration()).files()) {
      if (!List.of("jsonl", "doc", "warc").contains(f.format())) {
        throw new UsageException("--input: " + f.path() + " is " + f.format() + "; bench reads JSON lines, text/HTML files or WARC");
      }
      for (Iterator<IngestRow> it = FileRecords.read(f, builder); it.hasNext() && out.size() < max; ) {
        IngestRow r = it.next();
        if (r.getArticle() != null) out.add(r.getArticle());
      }
      if (out.size() >= max) break;
    }
    return out;
  }

}
