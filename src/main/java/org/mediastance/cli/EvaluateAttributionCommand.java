package org.mediastance.cli;
import org.mediastance.config.UsageException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mediastance.attribution.Attributor;
import org.mediastance.eval.AttributionScorer;
import org.mediastance.eval.GoldDoc;
import org.mediastance.eval.MediastanceGoldReader;
import org.mediastance.eval.PolnearReader;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediastance evaluate attribution --gold DIR --format polnear|mediastance}: runs extraction and
 * attribution on each gold article's text and prints precision/recall/F1 at token overlap 0.3 and
 * 0.8, cue accuracy and speaker accuracy, overall, for the speech-act subset and by kind.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = "Score statement extraction and speaker resolution against gold annotations.")
public final class EvaluateAttributionCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold folder (a PolNeAR split, or mediastance JSON files).")
  Path gold;

  @Option(names = "--format", required = true, paramLabel = "FMT", description = "polnear or mediastance.")
  String format;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles.")
  Integer limit;

  @Option(names = "--dump", paramLabel = "FILE", description = "Write gold and predicted statements per article (for error analysis).")
  Path dump;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(gold)) throw new UsageException("--gold: not a folder: " + gold);
    List<GoldDoc> docs = switch (format) {
      case "polnear" -> PolnearReader.read(gold);
      case "mediastance" -> MediastanceGoldReader.read(gold);
      default -> throw new UsageException("--format: unknown format '" + format + "' (known: polnear, mediastance)");
    };
    if (limit != null) docs = docs.subList(0, Math.min(limit, docs.size()));
    Attributor attributor = Attributor.get();
    Map<String, List<Statement>> preds = new HashMap<>();
    int failed = 0;
    for (GoldDoc d : docs) {
      Article a = new Article();
      a.setId(d.id());
      a.setText(d.text());
      try {
        preds.put(d.id(), attributor.extract(a));
      } catch (Attributor.AttributionException e) {
        failed++;
        System.err.println(e.getMessage());
      }
    }
    PrintStream out = System.out;
    out.printf("gold: %s (%s), %d articles, %d failed%n", gold, format, docs.size(), failed);
    for (double th : new double[] {0.3, 0.8}) {
      AttributionScorer.Result r = AttributionScorer.score(docs, preds, th);
      out.printf("%n== token overlap >= %.1f ==%n", th);
      header(out);
      row(out, "all", r.all);
      if ("polnear".equals(format) || r.speechAct.gold < r.all.gold) row(out, "speech-act", r.speechAct);
      for (var e : r.byGoldKind.entrySet()) {
        AttributionScorer.Counts c = e.getValue();
        out.printf("%-22s gold %5d  recall %.3f  cue acc %.3f  spk acc %.3f%n", "gold kind " + e.getKey(), c.gold, c.recall(), c.cueAccuracy(), c.speakerAccuracy());
      }
      for (var e : r.byPredKind.entrySet()) {
        AttributionScorer.Counts c = e.getValue();
        out.printf("%-22s pred %5d  precision %.3f%n", "pred kind " + e.getKey(), c.pred, c.precision());
      }
    }
    if (dump != null) {
      try (PrintStream ps = new PrintStream(Files.newOutputStream(dump), true, "UTF-8")) {
        for (GoldDoc d : docs) {
          ps.println("### " + d.id());
          List<Statement> ds = preds.getOrDefault(d.id(), List.of());
          int[][] m = AttributionScorer.subsetMatch(d, ds, 0.3);
          int gi = 0;
          for (GoldDoc.Gold g : d.statements()) {
            int mg = m[0][gi++];
            ps.println("G" + (mg >= 0 ? "+" + mg : mg == -1 ? "MISS" : "~") + "\t" + g.sourceText() + "\t" + g.cueText() + "\t" + (g.speechAct() ? "SA" : "--") + "\t" + oneLine(g.contentText()));
          }
          int pi = 0;
          for (Statement s : ds) {
            int mp = m[1][pi];
            ps.println("P" + (mp >= 0 ? "+" + pi : mp == -1 ? "FP" : "~") + "\t" + s.getSpeaker() + " (" + s.getSpeakerMention() + ")\t" + s.getCue() + "\t" + s.getKind() + "\t" + oneLine(s.getContent()));
            pi++;
          }
        }
      }
    }
    return 0;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ');
  }

  private static void header(PrintStream out) {
    out.printf("%-22s %6s %6s %7s %7s %7s %8s %8s%n", "slice", "gold", "pred", "P", "R", "F1", "cue acc", "spk acc");
  }

  private static void row(PrintStream out, String name, AttributionScorer.Counts c) {
    out.printf("%-22s %6d %6d %7.3f %7.3f %7.3f %8.3f %8.3f%n", name, c.gold, c.pred - c.predExcluded,
        c.precision(), c.recall(), c.f1(), c.cueAccuracy(), c.speakerAccuracy());
  }
}
