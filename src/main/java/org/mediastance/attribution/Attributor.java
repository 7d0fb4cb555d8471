package org.mediastance.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mediastance.config.JobConfig;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;
import org.mediastance.nlp.CoreNlp;
import org.mediastance.nlp.NlpTimer;
import org.mediastance.nlp.Sentence;
import org.mediastance.nlp.Token;

/**
 * Statement extraction and within-article speaker resolution: the entry point the job calls from
 * {@code mapPartitions}. Reads {@code Article.id, clusterId, outlet, published, url, text}; returns
 * statements with {@code statementId, articleId, clusterId, outlet, published, url, kind, content,
 * contentBegin, contentEnd, sentence, sentenceBegin, cue, cueLemma, cueBegin, speakerMention,
 * speakerBegin, speaker, speakerType, speakerDescription, attributionConfidence} filled, sorted by
 * {@code contentBegin}; actor, stance and frame columns are left empty for later stages.
 *
 * <p>Cost model: {@code tokenize,ssplit} on every sentence; POS (and NER only if
 * {@link Settings#ner}) only on sentences that can hold an attribution (a quotation mark, a
 * reporting-verb surface form, "according to") no longer than {@link Settings#maxSentenceTokens},
 * and at most {@link Settings#maxTaggedTokens} tagged tokens per article. No parser, no coref.
 *
 * <p>Thread-safe: instances are immutable and CoreNLP is held per JVM by {@link CoreNlp}. An article
 * whose NLP fails raises {@link AttributionException}; nothing is swallowed.
 */
public final class Attributor {

  /** Limits and switches. Defaults: 120 tokens per parsed sentence, 20,000 tagged tokens per article, no NER. */
  public record Settings(int maxSentenceTokens, int maxTaggedTokens, boolean ner) implements java.io.Serializable {
    public static Settings defaults() {
      return new Settings(120, 20_000, false);
    }

    public static Settings from(JobConfig c) {
      return new Settings(c.maxSentenceTokens(), 20_000, false);
    }
  }

  /** Raised when an article cannot be analysed; the caller quarantines the article. */
  public static final class AttributionException extends RuntimeException {
    public AttributionException(String articleId, Throwable cause) {
      super("attribution failed for article " + articleId + ": " + cause, cause);
    }
  }

  private static final Map<Settings, Attributor> INSTANCES = new ConcurrentHashMap<>();

  private final Settings settings;

  private Attributor(Settings settings) {
    this.settings = settings;
  }

  /** The shared attributor for these settings (one per JVM). */
  public static Attributor get(Settings settings) {
    return INSTANCES.computeIfAbsent(settings, Attributor::new);
  }

  public static Attributor get(JobConfig config) {
    return get(Settings.from(config));
  }

  public static Attributor get() {
    return get(Settings.defaults());
  }

  public Settings settings() {
    return settings;
  }

  /** Statements of one article, sorted by content begin. */
  public List<Statement> extract(Article article) {
    String text = article.getText();
    if (text == null || text.isBlank()) return new ArrayList<>();
    try {
      long t0 = NlpTimer.now();
      List<Sentence> sentences = CoreNlp.split(text);
      long t1 = NlpTimer.lap("1 tokenize,ssplit", t0);
      List<Quotes.Quote> quotes = Quotes.find(text);
      List<Sentence> cand = candidates(text, sentences, quotes);
      long t2 = NlpTimer.lap("2 quotes+candidates", t1);
      CoreNlp.tag(cand, settings.ner());
      long t3 = NlpTimer.lap(settings.ner() ? "3 pos+ner (candidates)" : "3 pos (candidates)", t2);
      List<Statement> out = attribute(article, text, sentences, quotes);
      NlpTimer.lap("4 extract+resolve", t3);
      return out;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      throw new AttributionException(article.getId(), e);
    }
  }

  /** Sentences worth tagging: a quotation mark, a cue surface form or "according", bounded in length and per article. */
  List<Sentence> candidates(String text, List<Sentence> sentences, List<Quotes.Quote> quotes) {
    List<Sentence> out = new ArrayList<>();
    int budget = settings.maxTaggedTokens();
    int tokens = 0;
    int total = 0;
    for (Sentence s : sentences) {
      total += s.size();
      if (s.size() > settings.maxSentenceTokens() || s.size() < 3) continue;
      boolean c = false;
      for (Token t : s.tokens) {
        if (Cues.isCueSurface(t.lower) || t.text.length() == 1 && Quotes.isQuoteChar(t.text.charAt(0))) {
          c = true;
          break;
        }
      }
      if (!c) continue;
      if (tokens + s.size() > budget) break;
      tokens += s.size();
      out.add(s);
    }
    NlpTimer.count("tokens", total);
    NlpTimer.count("tokens tagged", tokens);
    return out;
  }

  /** Extraction and resolution on already split (and partly tagged) sentences; plain Java. */
  public static List<Statement> attribute(Article article, String text, List<Sentence> sentences, List<Quotes.Quote> quotes) {
    Extractor ex = new Extractor(text, sentences, quotes);
    List<Span> spans = ex.extract();
    SpeakerResolver res = new SpeakerResolver(text, sentences, ex);
    res.resolveAll(spans);
    List<Statement> out = new ArrayList<>(spans.size());
    for (Span sp : spans) {
      if (sp.resolved == null) continue;
      Statement st = new Statement();
      st.setArticleId(article.getId());
      st.setClusterId(article.getClusterId());
      st.setOutlet(article.getOutlet());
      st.setOutletAttrs(article.getOutletAttrs() == null ? null : new java.util.TreeMap<>(article.getOutletAttrs()));
      st.setPublished(article.getPublished());
      st.setUrl(article.getUrl());
      st.setKind(sp.kind.value());
      st.setContentBegin(sp.contentBegin);
      st.setContentEnd(sp.contentEnd);
      st.setContent(text.substring(sp.contentBegin, sp.contentEnd));
      Sentence s = sentences.get(sp.sentence);
      st.setSentence(text.substring(s.begin, s.end));
      st.setSentenceBegin(s.begin);
      st.setCue(sp.cue);
      st.setCueLemma(sp.cueLemma);
      st.setCueBegin(sp.cueBegin >= 0 ? sp.cueBegin : null);
      Span.Resolved r = sp.resolved;
      st.setSpeakerMention(r.mention());
      st.setSpeakerBegin(r.mentionBegin());
      st.setSpeaker(r.speaker());
      st.setSpeakerType(r.type());
      st.setSpeakerDescription(r.description());
      st.setAttributionConfidence(Math.round(sp.confidence * r.confidence() * 1000) / 1000.0);
      st.setStatementId(article.getId() + ":" + sp.contentBegin + "-" + sp.contentEnd);
      out.add(st);
    }
    return out;
  }
}
