package org.mediastance.eval;

import static org.mediastance.eval.StatementRules.round3Decimal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mediastance.eval.StatementData.GoldGroup;
import org.mediastance.eval.StatementData.Pred;
import org.mediastance.eval.StatementScorer.Match;
import org.mediastance.eval.StatementScorer.Result;

/**
 * The statement scorer's figures as JSON: per threshold the reference scorer's keys, in its order
 * and with its 3-decimal rounding, then {@code by_kind} (recall per gold kind), {@code frames_by_name}
 * (P/R/F1 per gold frame, their micro figures, and the macro F1 over the frames that occur in gold
 * on matched government statements) and {@code frames_outside} (frames outside the eight, counted apart); and
 * error lines (misses, false alarms, wrong speakers) for error analysis. Printed like Python's
 * {@code json.dumps(indent=1)}, ASCII-only. Stateless; thread-safe.
 */
public final class StatementReport {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final ObjectMapper UTF8 = new ObjectMapper();

  private StatementReport() {}

  /** {"lenient": figures at 0.3, "strict": figures at 0.8}, as the reference prints them (plus extras). */
  public static ObjectNode figures(Result lenient, Result strict) {
    ObjectNode o = F.objectNode();
    o.set("lenient", toJson(lenient));
    o.set("strict", toJson(strict));
    return o;
  }

  public static ObjectNode toJson(Result r) {
    ObjectNode o = F.objectNode();
    o.put("threshold", r.threshold);
    ObjectNode st = o.putObject("statements");
    st.put("gold", r.gold).put("pred", r.pred).put("matched", r.matched);
    prf(st, r.precision(), r.recall(), r.f1());
    ObjectNode gs = o.putObject("government_statements");
    gs.put("gold", r.govGold).put("pred", r.govPred);
    prf(gs, r.govPrecision(), r.govRecall(), r.govF1());
    o.set("speaker_accuracy", num(r.speakerAccuracy()));
    o.set("government_accuracy", num(r.governmentAccuracy()));
    ObjectNode t = o.putObject("targets");
    t.put("gold", r.tgtGold).put("found", r.tgtFound).set("recall", num(r.targetRecall()));
    t.put("pred", r.tgtPred).set("precision", num(r.targetPrecision()));
    t.set("stance_accuracy", num(r.stanceAccuracy()));
    t.set("stance_macro_f1", num(r.stanceMacroF1()));
    prf(o.putObject("frames"), r.framePrecision(), r.frameRecall(), r.frameF1());

    ObjectNode kinds = o.putObject("by_kind");
    for (var e : r.byKind.entrySet()) {
      int[] c = e.getValue();
      kinds.putObject(e.getKey()).put("gold", c[0]).put("matched", c[1]).set("R", num(StatementScorer.ratio(c[1], c[0])));
    }
    ObjectNode frames = o.putObject("frames_by_name");
    int tp = 0, fp = 0, fn = 0;
    double macro = 0;
    int withGold = 0;
    for (var e : r.byFrame.entrySet()) {
      int[] c = e.getValue();
      tp += c[0];
      fp += c[1];
      fn += c[2];
      double p = StatementScorer.ratio(c[0], c[0] + c[1]), rc = StatementScorer.ratio(c[0], c[0] + c[2]);
      if (c[0] + c[2] > 0) {
        macro += StatementScorer.f1(p, rc);
        withGold++;
      }
      ObjectNode f = frames.putObject(e.getKey()).put("gold", c[0] + c[2]).put("pred", c[0] + c[1]).put("tp", c[0]);
      prf(f, p, rc, StatementScorer.f1(p, rc));
    }
    double p = StatementScorer.ratio(tp, tp + fp), rc = StatementScorer.ratio(tp, tp + fn);
    ObjectNode eight = prf(frames.putObject("eight_micro"), p, rc, StatementScorer.f1(p, rc));
    eight.put("tp", tp).put("fp", fp).put("fn", fn);
    frames.set("macro_F1_over_gold_frames", num(withGold == 0 ? 0.0 : macro / withGold));
    ObjectNode out = o.putObject("frames_outside");
    ObjectNode po = out.putObject("pred");
    r.predOutside.forEach(po::put);
    ObjectNode go = out.putObject("gold");
    r.goldOutside.forEach(go::put);
    return o;
  }

  private static ObjectNode prf(ObjectNode o, double p, double r, double f1) {
    o.set("P", num(p));
    o.set("R", num(r));
    o.set("F1", num(f1));
    return o;
  }

  /** Python's {@code round(x, 3)} as a JSON number printed as Python prints it. */
  static DecimalNode num(double x) {
    return DecimalNode.valueOf(round3Decimal(x));
  }

  /**
   * Error lines at one threshold, article by article: each gold group left unmatched ("miss"), each
   * prediction left unmatched ("false_alarm") and each match whose speaker is wrong ("speaker").
   */
  public static List<ObjectNode> errors(Map<String, List<GoldGroup>> gold, Map<String, List<Pred>> preds, double threshold) {
    List<ObjectNode> out = new ArrayList<>();
    for (var e : gold.entrySet()) {
      List<GoldGroup> golds = e.getValue();
      List<Pred> ps = preds.getOrDefault(e.getKey(), List.of());
      List<Match> pairs = StatementScorer.match(golds, ps, threshold);
      Set<Integer> mg = new HashSet<>(), mp = new HashSet<>();
      for (Match m : pairs) {
        mg.add(m.g());
        mp.add(m.p());
        GoldGroup g = golds.get(m.g());
        Pred p = ps.get(m.p());
        if (!StatementRules.sameSpeaker(p.speaker(), g.speakers())) {
          out.add(line("speaker", e.getKey(), threshold, g, p).set("overlap", num(m.score())));
        }
      }
      for (int i = 0; i < golds.size(); i++) if (!mg.contains(i)) out.add(line("miss", e.getKey(), threshold, golds.get(i), null));
      for (int j = 0; j < ps.size(); j++) if (!mp.contains(j)) out.add(line("false_alarm", e.getKey(), threshold, null, ps.get(j)));
    }
    return out;
  }

  private static ObjectNode line(String type, String articleId, double threshold, GoldGroup g, Pred p) {
    ObjectNode o = F.objectNode();
    o.put("type", type).put("article_id", articleId).put("threshold", threshold);
    if (g != null) {
      o.put("gold_content", g.content());
      ArrayNode kinds = o.putArray("gold_kind");
      g.kinds().forEach(kinds::add);
      ArrayNode spk = o.putArray("gold_speakers");
      g.speakers().forEach(spk::add);
      ArrayNode govs = o.putArray("gold_governments");
      g.govs().stream().filter(x -> x != null).sorted().forEach(govs::add);
    }
    if (p != null) {
      o.put("pred_content", p.content()).put("pred_kind", p.kind()).put("pred_speaker", p.speaker())
          .put("pred_government", p.government());
    }
    return o;
  }

  /** Indented like Python's {@code json.dumps(obj, indent=1)}. */
  public static String pretty(ObjectNode o) {
    DefaultIndenter one = new DefaultIndenter(" ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
        .withObjectIndenter(one).withArrayIndenter(one);
    try {
      return JSON.writer(pp).writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line of JSON (UTF-8 text left as it is, for reading error lines). */
  public static String compact(ObjectNode o) {
    try {
      return UTF8.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
