package org.mediastance.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.mediastance.config.JobConfig;
import org.mediastance.ingest.IngestRow;
import org.mediastance.ingest.Reasons;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;

/**
 * Runs the per-article steps (extraction and attribution, actors, stance, frames) on one article
 * with failure isolation: an exception or a run over {@code article_timeout_seconds} turns into a
 * failed {@link Analysed} (reason {@code nlp_failed} / {@code nlp_timeout} with a short stack
 * summary, and the quarantine row with the article's source file and position) instead of failing
 * the Spark task. One instance per JVM and configuration (the steps
 * hold the models); thread-safe: each calling thread gets its own worker thread for timeouts.
 */
public final class Analyzer {

  private static final ConcurrentHashMap<String, Analyzer> BY_CONFIG = new ConcurrentHashMap<>();

  private final List<ArticleStep> steps;
  private final long timeoutMillis;
  private final ThreadLocal<ExecutorService> worker = ThreadLocal.withInitial(Analyzer::newWorker);

  public Analyzer(List<ArticleStep> steps, long timeoutMillis) {
    this.steps = List.copyOf(steps);
    this.timeoutMillis = timeoutMillis;
  }

  /** The analyzer for {@code cfg} in this JVM, built on first use (models load once). */
  public static Analyzer get(JobConfig cfg) {
    String key = String.valueOf(cfg.asMap());
    return BY_CONFIG.computeIfAbsent(key, k -> new Analyzer(Steps.forConfig(cfg), cfg.articleTimeoutSeconds() * 1000L));
  }

  public List<String> stepNames() {
    return steps.stream().map(ArticleStep::name).collect(Collectors.toList());
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "mediastance-article");
      t.setDaemon(true);
      return t;
    });
  }

  /** Analyses one article; never throws. */
  public Analysed analyse(Article a) {
    Analysed out = new Analysed();
    out.setArticleId(a.getId());
    out.setChars((long) a.getText().length());
    long[] nanos = new long[steps.size()];
    List<Statement> statements = new ArrayList<>();
    Future<?> f = worker.get().submit(() -> {
      for (int i = 0; i < steps.size(); i++) {
        long t0 = System.nanoTime();
        steps.get(i).apply(a, statements);
        nanos[i] = System.nanoTime() - t0;
      }
      return null;
    });
    try {
      f.get(timeoutMillis, TimeUnit.MILLISECONDS);
      out.setStatements(statements);
    } catch (TimeoutException e) {
      f.cancel(true);
      // the stuck thread may not stop at once: give this caller a fresh worker
      worker.get().shutdownNow();
      worker.set(newWorker());
      out.setFailure(Reasons.NLP_TIMEOUT);
      out.setFailureDetail("over " + timeoutMillis + " ms (" + a.getText().length() + " chars)");
    } catch (ExecutionException e) {
      out.setFailure(Reasons.NLP_FAILED);
      out.setFailureDetail(summary(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.setFailure(Reasons.NLP_FAILED);
      out.setFailureDetail("interrupted");
    }
    if (out.getFailure() != null) {
      // the quarantine row travels with the result: no join back to the articles
      out.setRejected(IngestRow.rejectedArticle(a, out.getFailure(),
          "article " + a.getId() + ": " + out.getFailureDetail()));
    }
    List<Long> ns = new ArrayList<>(nanos.length);
    for (long n : nanos) ns.add(n);
    out.setStepNanos(ns);
    return out;
  }

  /** The exception and its first few stack frames, one line. */
  static String summary(Throwable t) {
    StringBuilder b = new StringBuilder(String.valueOf(t));
    Arrays.stream(t.getStackTrace()).limit(5).forEach(s -> b.append(" at ").append(s));
    if (t.getCause() != null && t.getCause() != t) b.append(" caused by ").append(t.getCause());
    return b.length() > 2000 ? b.substring(0, 2000) : b.toString();
  }
}
