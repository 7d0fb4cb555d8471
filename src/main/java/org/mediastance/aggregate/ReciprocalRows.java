package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;
import static org.mediastance.aggregate.Aggregator.localDate;
import static org.mediastance.aggregate.Aggregator.schema;
import static org.mediastance.aggregate.Aggregator.sqlDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.mediastance.framing.FrameDetector;
import org.mediastance.stance.StanceScorer;

/** The reciprocal exchanges found by {@link ReciprocalClaims}, as rows for the three reciprocal tables. */
record ReciprocalRows(List<ReciprocalClaims.Exchange> found) {
  static final StructType PAIRS = schema(
      "pair_id:string", "frame:string", "government_a:string", "speaker_a:string", "date_a:date",
      "government_b:string", "speaker_b:string", "date_b:date", "days_apart:int",
      "window_start:date", "window_end:date", "statements_a:long", "statements_b:long",
      "quote_a:string", "quote_b:string", "outlets_both:long", "outlets_only_a:long",
      "outlets_only_b:long", "outlets_neither:long", "confidence:double", "confidence_a:double",
      "confidence_b:double", "remarks_a:int", "remarks_b:int", "speakers_a:string", "speakers_b:string",
      "last_date:date");
  static final StructType STATEMENTS = schema("pair_id:string", "side:string", "statement_id:string",
      "article_id:string", "outlet:string", "published:date", "speaker:string", "content:string", "url:string");
  static final StructType OUTLETS = schema("pair_id:string", "outlet:string", "carried:string");

  /**
   * reciprocal_pairs: one row per exchange: each side's first speaker and date, its statements and
   * remarks, its most confident quote and its strength; the exchange's confidence (the weaker
   * side's), window and outlet counts per coverage.
   */
  Dataset<Row> pairs(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (var p : found) {
      rows.add(RowFactory.create(p.pairId(), p.frame(), p.a().government(), p.a().speaker(),
          sqlDate(p.a().first()), p.b().government(), p.b().speaker(), sqlDate(p.b().first()), p.daysApart(),
          sqlDate(p.windowStart()), sqlDate(p.windowEnd()), (long) p.a().claims().size(),
          (long) p.b().claims().size(), p.a().strongest().content(), p.b().strongest().content(),
          p.count(ReciprocalClaims.BOTH), p.count(ReciprocalClaims.ONLY_A),
          p.count(ReciprocalClaims.ONLY_B), p.count(ReciprocalClaims.NEITHER), p.confidence(),
          p.a().confidence(), p.b().confidence(), p.a().remarks(), p.b().remarks(),
          String.join("; ", p.a().speakers()), String.join("; ", p.b().speakers()),
          sqlDate(p.a().last().isAfter(p.b().last()) ? p.a().last() : p.b().last())));
    }
    return spark.createDataFrame(rows, PAIRS);
  }

  /** reciprocal_statements: every claim statement of both sides of every pair. */
  Dataset<Row> statements(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (var p : found) {
      for (var side : List.of(Map.entry("a", p.a()), Map.entry("b", p.b()))) {
        for (var c : side.getValue().claims()) {
          rows.add(RowFactory.create(p.pairId(), side.getKey(), c.statementId(), c.articleId(), c.outlet(),
              sqlDate(c.date()), c.speaker(), c.content(), c.url()));
        }
      }
    }
    return spark.createDataFrame(rows, STATEMENTS);
  }

  /** The mentions of the targets labelled −1 in a row's targets column. */
  private static List<String> negativeMentions(Row r, int field) {
    List<String> out = new ArrayList<>();
    if (r.isNullAt(field)) return out;
    for (Row t : r.<Row>getList(field)) {
      Object label = t.getAs("label");
      if (label != null && ((Number) label).intValue() == -1) out.add(t.getAs("mention"));
    }
    return out;
  }

  /** reciprocal_outlets: pair, outlet, which side(s) it carried. */
  Dataset<Row> outlets(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (var p : found) {
      p.outletCoverage().forEach((o, c) -> rows.add(RowFactory.create(p.pairId(), o, c)));
    }
    return spark.createDataFrame(rows, OUTLETS);
  }

  /**
   * Collects claim statements — by a government voice that is not a news outlet, with label −1 of
   * confidence at least {@code minConfidence} toward a target that is an ISO3 code other than the
   * speaker's government, with a frame — and the (outlet, government, date) mentions from the
   * aggregator's base table, and finds the exchanges with {@link ReciprocalClaims}. A frame the
   * codebook gives a positive polarity (cooperation, success) holds no hostile claim: a call to
   * restore military contacts is not an attack, whatever the label says. A claim must also say so
   * in words ({@link StanceScorer#explicitlyAgainst}): the label of a statistical model alone
   * ("Iran was anticipating U.S. retaliation") makes no side of an exchange. A topical frame's cue
   * must be about the target ({@link StanceScorer#frameAbout}).
   */
  static ReciprocalRows of(Dataset<Row> base, int windowDays, double minConfidence,
      java.util.Set<String> positiveFrames, FrameDetector frames) {
    Dataset<Row> claims = base.filter(col("government").isNotNull()
            .and(coalesce(col("actor_category"), lit("")).notEqual("media")))
        .withColumn("t", explode(col("targets"))).withColumn("f", explode(col("frames")))
        .filter(col("t.label").equalTo(-1).and(col("t.confidence").geq(minConfidence))
            .and(col("t.target").rlike("^[A-Z]{3}$"))
            .and(col("t.target").notEqual(col("government"))).and(col("f.frame").isNotNull())
            .and(not(col("f.frame").isin(positiveFrames.toArray()))))
        .select(col("statement_id"), col("article_id"), col("outlet"), col("published"), col("government"),
            col("t.target").as("target"), col("f.frame").as("frame"), col("actor"), col("content"), col("url"),
            col("t.confidence").as("confidence"), col("t.mention").as("mention"), col("sentence"), col("cue_lemma"),
            col("targets"))
        .distinct();
    List<ReciprocalClaims.Claim> cl = new ArrayList<>();
    for (Row r : claims.collectAsList()) {
      if (!StanceScorer.explicitlyAgainst(r.getString(8), r.getString(12), r.getString(13), r.getString(11), r.getString(6))) {
        continue; // a −1 label without words against the target: no claim to pair
      }
      if (!StanceScorer.frameAbout(r.getString(8), r.getString(11), r.getString(6), frames.cueSpans(r.getString(8), r.getString(6)))) {
        continue; // "Russia of failing to ensure ... Assad's chemical weapons": no threat claim about Russia
      }
      if ("failure".equals(r.getString(6)) && !ReciprocalClaims.failureAbout(r.getString(8), r.getString(11), negativeMentions(r, 14))) {
        continue; // "Obama knew about Russia ... and he did nothing about it": Obama fails, not Russia
      }
      cl.add(new ReciprocalClaims.Claim(r.getString(0), r.getString(1), r.getString(2), localDate(r.get(3)),
          r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
          r.isNullAt(10) ? 0 : ((Number) r.get(10)).doubleValue()));
    }
    cl.sort(Comparator.comparing(ReciprocalClaims.Claim::statementId).thenComparing(ReciprocalClaims.Claim::frame));
    List<ReciprocalClaims.Mention> mentions = new ArrayList<>();
    if (!cl.isEmpty()) {
      TreeSet<String> govs = new TreeSet<>();
      cl.forEach(c -> { govs.add(c.government()); govs.add(c.target()); });
      for (Row r : base.filter(col("government").isin(govs.toArray())).select("outlet", "government", "published")
          .distinct().collectAsList()) {
        mentions.add(new ReciprocalClaims.Mention(r.getString(0), r.getString(1), localDate(r.get(2))));
      }
    }
    return new ReciprocalRows(ReciprocalClaims.exchanges(cl, mentions, windowDays));
  }
}
