package org.mediastance.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.mediastance.model.Article;
import org.mediastance.model.Columns;
import org.mediastance.model.FrameHit;
import org.mediastance.model.Rejected;
import org.mediastance.model.Statement;
import org.mediastance.model.TargetStance;

/**
 * Hand-built test fixtures (sentences written for these tests, not corpus text; the seed pair uses
 * quotes from the seed article, which tests may use): a small two-outlet fixture with hand-computed
 * aggregates, and a seed fixture (Lavrov RUS and Obama USA, both "failure" against each other on
 * 2015-09-11 in RFE/RL) with hostile text for the escaping tests.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final String XSS = "<script>alert(1)</script>";

  public static Article article(String id, String outlet, String date, String cluster) {
    Article a = new Article();
    a.setId(id);
    a.setOutlet(outlet);
    a.setOutletRaw(outlet);
    a.setPublished(date == null ? null : LocalDate.parse(date));
    a.setDateRaw(date);
    a.setDateQuality(date == null ? "missing" : "exact");
    a.setUrl("https://example.org/" + id);
    a.setTitle("Title of " + id);
    a.setText("Text of " + id + ".");
    a.setSourceFile("fixture.jsonl");
    a.setRecordPosition(1L);
    a.setClusterId(cluster);
    a.setClusterSize(1);
    return a;
  }

  public static TargetStance target(String t, double stance, int label) {
    TargetStance x = new TargetStance();
    x.setTarget(t);
    x.setMention(t);
    x.setTargetType("government");
    x.setStance(stance);
    x.setLabel(label);
    x.setConfidence(0.9);
    return x;
  }

  public static FrameHit frame(String f) {
    FrameHit h = new FrameHit();
    h.setFrame(f);
    h.setCue(f);
    h.setScore(1.0);
    return h;
  }

  public static Statement statement(String id, Article a, String gov, String actor, String speaker,
      String content, List<TargetStance> targets, List<String> frames) {
    Statement s = new Statement();
    s.setStatementId(id);
    s.setArticleId(a.getId());
    s.setClusterId(a.getClusterId());
    s.setOutlet(a.getOutlet());
    s.setPublished(a.getPublished());
    s.setUrl(a.getUrl());
    s.setKind("direct");
    s.setContent(content);
    s.setSentence(content);
    s.setCue("said");
    s.setSpeaker(speaker);
    s.setSpeakerMention(speaker);
    s.setSpeakerType("person");
    s.setAttributionConfidence(0.9);
    s.setActorId(actor);
    s.setGovernment(gov);
    s.setActorCategory(gov == null ? "expert" : "government");
    s.setActorConfidence(0.9);
    s.setTargets(new ArrayList<>(targets));
    List<FrameHit> fs = new ArrayList<>();
    for (String f : frames) fs.add(frame(f));
    s.setFrames(fs);
    return s;
  }

  public static Rejected rejected(long pos, String reason, String raw) {
    Rejected r = new Rejected();
    r.setSourceFile("fixture.jsonl");
    r.setPosition(pos);
    r.setReason(reason);
    r.setDetail("test record");
    r.setRaw(raw);
    return r;
  }

  /** Articles and statements of a fixture. */
  public record Data(List<Article> articles, List<Statement> statements, List<Rejected> rejected) {
    /** Writes articles/ and statements/ (snake_case Parquet, as the run job does) under {@code out}. */
    public void write(SparkSession spark, Path out) {
      Columns.toSnake(spark.createDataset(articles, Encoders.bean(Article.class)))
          .write().mode(SaveMode.Overwrite).parquet(out.resolve("articles").toString());
      Columns.toSnake(spark.createDataset(statements, Encoders.bean(Statement.class)))
          .write().mode(SaveMode.Overwrite).parquet(out.resolve("statements").toString());
      if (!rejected.isEmpty()) {
        Columns.toSnake(spark.createDataset(rejected, Encoders.bean(Rejected.class)))
            .write().mode(SaveMode.Overwrite).json(out.resolve("quarantine").toString());
      }
    }
  }

  /**
   * Small fixture. Alpha: a1 (2015-09-11, cluster c1), a3 (2015-10-05); Beta: a2 (2015-09-12, copy
   * of a1 in cluster c1), a4 (2015-10-20). s1/s2: lavrov RUS → USA -0.8 failure (same text in the
   * cluster); s3: obama USA → RUS -0.6 failure+security; s4: kerry USA → RUS +0.4 diplomacy;
   * s5: an analyst (no government); s6: lavrov RUS → USA -0.2 security.
   */
  public static Data small() {
    Article a1 = article("a1", "Alpha", "2015-09-11", "c1");
    Article a2 = article("a2", "Beta", "2015-09-12", "c1");
    Article a3 = article("a3", "Alpha", "2015-10-05", "c3");
    Article a4 = article("a4", "Beta", "2015-10-20", "c4");
    List<Statement> s = List.of(
        statement("s1", a1, "RUS", "lavrov", "Sergei Lavrov", "Their plan cannot work.",
            List.of(target("USA", -0.8, -1)), List.of("failure")),
        statement("s2", a2, "RUS", "lavrov", "Sergei Lavrov", "Their plan cannot work.",
            List.of(target("USA", -0.8, -1)), List.of("failure")),
        statement("s3", a1, "USA", "obama", "Barack Obama", "Their course is a blunder.",
            List.of(target("RUS", -0.6, -1)), List.of("failure", "security")),
        statement("s4", a3, "USA", "kerry", "John Kerry", "We can find common ground.",
            List.of(target("RUS", 0.4, 1)), List.of("diplomacy")),
        statement("s5", a4, null, null, "An analyst", "Nobody knows yet.", List.of(), List.of()),
        statement("s6", a4, "RUS", "lavrov", "Sergei Lavrov", "Talks should continue.",
            List.of(target("USA", -0.2, 0)), List.of("security")));
    return new Data(List.of(a1, a2, a3, a4), s, List.of());
  }

  /**
   * The seed: RFE/RL, 2015-09-11, Lavrov (RUS) and Obama (USA) each calling the other's strategy
   * doomed to failure; plus hostile text (a script quote, a spreadsheet formula, an outlet name with
   * path separators) and a few more outlets so that charts have several rows.
   */
  public static Data seed() {
    List<Article> arts = new ArrayList<>();
    List<Statement> st = new ArrayList<>();
    Article rferl = article("rferl-2015-09-11", "RFE/RL", "2015-09-11", "k1");
    rferl.setUrl("https://www.rferl.org/a/russia-says-steps-needed-to-avoid-superpower-clash-in-syria/27241960.html");
    arts.add(rferl);
    st.add(statement("seed-obama", rferl, "USA", "barack_obama", "Barack Obama",
        "We are going to be engaging Russia to let them know that you can't continue to double-down on a strategy that is doomed to failure.",
        List.of(target("RUS", -0.7, -1)), List.of("failure")));
    st.add(statement("seed-lavrov", rferl, "RUS", "sergei_lavrov", "Sergei Lavrov",
        "it is the U.S. strategy in Syria that lacks savvy and is doomed to fail",
        List.of(target("USA", -0.6, -1)), List.of("failure")));
    st.add(statement("seed-lavrov-2", rferl, "RUS", "sergei_lavrov", "Sergei Lavrov",
        "We are always in favor of military people talking to each other in a professional way.",
        List.of(target("USA", 0.3, 1)), List.of("security")));
    Article evil = article("evil-1", "../../etc/<b>Outlet</b>", "2015-09-20", "k2");
    evil.setUrl("javascript:alert(2)");
    arts.add(evil);
    st.add(statement("evil-quote", evil, "USA", "test_official", "A <i>test</i> official", "He wrote " + XSS + " in the memo.",
        List.of(target("RUS", -0.4, -1)), List.of("failure")));
    st.add(statement("evil-formula", evil, "RUS", "test_spokesman", "=HYPERLINK(\"http://x\")",
        "=HYPERLINK(\"http://example.com\",\"click\")", List.of(target("USA", -0.1, 0)), List.of("economic")));
    String[] outlets = {"Wire One", "Daily Two", "Weekly Three"};
    for (int i = 0; i < outlets.length; i++) {
      for (int m = 0; m < 3; m++) {
        Article a = article("o" + i + "-" + m, outlets[i], String.format("2015-%02d-1%d", 9 + m, i), "kk" + i + m);
        arts.add(a);
        st.add(statement("o" + i + "-" + m + "-a", a, m % 2 == 0 ? "USA" : "RUS", m % 2 == 0 ? "john_kerry" : "sergei_lavrov",
            m % 2 == 0 ? "John Kerry" : "Sergei Lavrov", "Test remark number " + i + m + ".",
            List.of(target(m % 2 == 0 ? "RUS" : "USA", (i - 1) * 0.3, i - 1)), List.of(i == 0 ? "security" : "diplomacy")));
        st.add(statement("o" + i + "-" + m + "-b", a, "SYR", "bashar_al_assad", "Bashar al-Assad",
            "Another test remark " + i + m + ".", List.of(target("USA", -0.5, -1)), List.of("security")));
      }
    }
    Article undated = article("undated-1", "Daily Two", null, "u1");
    arts.add(undated);
    List<Rejected> rej = List.of(rejected(1, "malformed_json", "{\"id\": " + XSS),
        rejected(2, "malformed_json", "=1+1"), rejected(3, "empty_text", ""));
    return new Data(arts, st, rej);
  }
}
