package org.mediastance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.mediastance.aggregate.SparkJobs;
import org.mediastance.aggregate.TopOutlets;
import org.mediastance.config.JobConfig;
import org.mediastance.io.CsvOut;
import org.mediastance.io.Escape;
import org.mediastance.io.FileTrees;

/**
 * Writes {@code report/} from a run's output folder: {@code index.html} (self-contained: vega,
 * vega-lite and vega-embed inlined, chart data inlined, no network), one CSV per chart and table,
 * {@code outlets/<sanitised outlet>.csv} for the top outlets, and {@code summary.json}.
 *
 * <p>The page; one {@link Section} class per section. Reads only {@code metrics/} (every table the
 * report shows is written there by {@link org.mediastance.aggregate.Aggregator}; a missing one is
 * a {@link org.mediastance.config.UsageException}: this writer never aggregates) and
 * {@code quarantine/} (JSON lines with reason; optional). Charts show the top
 * {@link JobConfig#reportTopOutlets()} outlets ({@link TopOutlets}, metrics/top_outlets) and pool
 * the rest as "(other)". All article text is HTML-escaped; embedded JSON is escaped for
 * {@code <script>}; CSV cells are neutralised ({@link CsvOut}); a Content-Security-Policy with
 * script hashes blocks any script not written here. The folder is built beside the target and
 * moved into place when complete. Stateless.
 */
public final class ReportWriter {
  private ReportWriter() {}

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final ObjectMapper JSON_COMPACT = new ObjectMapper();

  /** The sections, in page order. */
  static final List<Section> SECTIONS = List.of(new OverviewSection(), new StanceSection(), new VoiceSection(),
      new FramesSection(), new GroupsSection(), new DivergenceSection(), new ReciprocalSection(),
      new TopStatementsSection(), new OutletsSection(), new ExplorerSection());

  /** Builds {@code outDir/report/} from {@code outDir/metrics/}, which must be complete. */
  public static void write(SparkSession spark, Path outDir, JobConfig cfg) {
    Path tmp = outDir.resolve("report.tmp-" + System.nanoTime());
    try {
      Files.createDirectories(tmp);
      build(spark, outDir, cfg, tmp);
      Path target = outDir.resolve("report");
      Path old = null;
      if (Files.exists(target)) {
        old = outDir.resolve("report.old-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      if (old != null) FileTrees.delete(old);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (Files.exists(tmp)) FileTrees.delete(tmp);
    }
  }

  /** Writes the sections' files, summary.json and index.html into {@code dir}. */
  static void build(SparkSession spark, Path outDir, JobConfig cfg, Path dir) throws IOException {
    Part page = new Part(spark, outDir, cfg, dir, List.of());
    List<String> top = TopOutlets.names(page.metric("top_outlets", "rank", "outlet"));
    // the period the tables were cut by (resolved from "auto" by the aggregate stage)
    List<Map<String, Object>> choice = Part.rows(page.metric("period_choice", "period", "periods", "cells",
        "cells_ok", "share", "chosen", "min_cell_n", "rule").orderBy("periods"));
    Map<String, Object> chosen = choice.stream().filter(r -> "true".equals(r.get("chosen"))).findFirst()
        .orElseThrow(() -> new org.mediastance.config.UsageException("report: metrics/period_choice has no chosen period"));
    page = new Part(spark, outDir, cfg.withPeriod((String) chosen.get("period")), dir, top);
    page.periodRule = (String) chosen.get("rule");
    page.summary.put("top_outlets", top);
    page.summary.put("period_rule", chosen.get("rule"));
    page.summary.put("min_cell_n", chosen.get("min_cell_n"));
    page.summary.put("period_candidates", choice);
    // Sections query Spark independently: built side by side (SparkJobs), merged in this order.
    List<Callable<Part>> work = new ArrayList<>();
    for (Section sec : SECTIONS) {
      Part base = page;
      work.add(() -> {
        Part b = base.part();
        sec.write(b);
        return b;
      });
    }
    for (Part b : SparkJobs.all(spark, work)) {
      page.body.append(b.body);
      page.lede.append(b.lede);
      page.aside.append(b.aside);
      page.data.putAll(b.data);
      page.specs.putAll(b.specs);
      page.files.addAll(b.files);
      page.summary.putAll(b.summary);
    }
    page.summary.put("files", page.files);
    Files.writeString(dir.resolve("summary.json"), JSON.writeValueAsString(page.summary) + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("index.html"), html(page), StandardCharsets.UTF_8);
  }

  static String html(Part p) throws JsonProcessingException {
    String specJson = Escape.jsonForScript(JSON_COMPACT.writeValueAsString(p.specs));
    List<String> scripts = new ArrayList<>();
    for (String js : List.of("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")) scripts.add(vendor(js));
    scripts.add(resource("page.js"));
    StringBuilder csp = new StringBuilder("default-src 'none'; style-src 'unsafe-inline'; img-src data: blob:; script-src 'unsafe-eval'");
    for (String s : scripts) csp.append(" 'sha256-").append(sha256b64(s)).append("'");
    StringBuilder h = new StringBuilder(1_000_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>mediastance report</title>\n<style>").append(resource("page.css")).append("</style>\n");
    for (int i = 0; i < 3; i++) h.append("<script>").append(scripts.get(i)).append("</script>\n");
    h.append("</head><body>\n<header><h1>mediastance report</h1><p class=\"lede\">").append(p.lede)
        .append("</p><nav><a href=\"#stance\">Who says what about whom</a> · <a href=\"#voice\">Voice share</a> · "
        + "<a href=\"#frames\">Frames</a> · <a href=\"#divergence\">Divergence</a> · "
        + "<a href=\"#reciprocal\">Reciprocal claims</a> · <a href=\"#top-statements\">Top statements</a> · "
        + "<a href=\"#explorer\" class=\"xlink\">Statements explorer</a> · <a href=\"summary.json\">summary.json</a> · "
        + "<a href=\"outlets.csv\">outlets.csv</a></nav></header>\n<main>\n");
    h.append(p.body);
    h.append("\n</main>\n").append(p.aside);
    h.append("<script type=\"application/json\" id=\"chart-specs\">").append(specJson).append("</script>\n");
    for (Map.Entry<String, Object> d : p.data.entrySet()) {
      h.append("<script type=\"application/json\" id=\"").append(Escape.html(d.getKey())).append("\">")
          .append(Escape.jsonForScript(JSON_COMPACT.writeValueAsString(d.getValue()))).append("</script>\n");
    }
    h.append("<script>").append(scripts.get(3)).append("</script>\n</body></html>\n");
    return h.toString();
  }

  static String vendor(String name) {
    try (InputStream in = ReportWriter.class.getResourceAsStream("/report/vendor/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource /report/vendor/" + name);
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // no source maps offline: drop the trailing pointer so browsers do not look for the .map file
      s = s.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
      if (s.toLowerCase().contains("</script")) throw new IllegalStateException(name + " contains </script");
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256b64(String s) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A page resource ({@code /report/page.js}, {@code /report/page.css}). */
  static String resource(String name) {
    try (InputStream in = ReportWriter.class.getResourceAsStream("/report/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource /report/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
