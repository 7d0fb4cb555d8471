package org.mediastance.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The per-JVM CoreNLP holder and sentence annotation: a cheap {@code tokenize,ssplit} pipeline for
 * every sentence, and {@code pos} (and optionally 3-class CRF {@code ner}, no SUTime, no
 * fine-grained or numeric classifiers) applied only to the sentences the caller selects.
 *
 * <p>Pipelines are built lazily, once per JVM (double-checked locking), and never serialized; use
 * from Spark's {@code mapPartitions}. {@link #split} and {@link #tag} are thread-safe: the
 * annotators used are stateless per call. Paragraphs are blank-line separated; a blank line is
 * always a sentence break ({@code ssplit.newlineIsSentenceBreak=two}).
 */
public final class CoreNlp {
  private static volatile StanfordCoreNLP splitter;
  private static volatile StanfordCoreNLP tagger;
  private static volatile StanfordCoreNLP nerTagger;

  private CoreNlp() {}

  static Properties splitProps() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
    return p;
  }

  static StanfordCoreNLP splitter() {
    StanfordCoreNLP s = splitter;
    if (s == null) {
      synchronized (CoreNlp.class) {
        if (splitter == null) {
          splitter = new StanfordCoreNLP(splitProps());
        }
        s = splitter;
      }
    }
    return s;
  }

  static StanfordCoreNLP tagger(boolean ner) {
    if (ner) {
      StanfordCoreNLP t = nerTagger;
      if (t == null) {
        synchronized (CoreNlp.class) {
          if (nerTagger == null) {
            Properties p = splitProps();
            p.setProperty("annotators", "pos,ner");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.buildEntityMentions", "false");
            p.setProperty("enforceRequirements", "false");
            nerTagger = new StanfordCoreNLP(p, false);
          }
          t = nerTagger;
        }
      }
      return t;
    }
    StanfordCoreNLP t = tagger;
    if (t == null) {
      synchronized (CoreNlp.class) {
        if (tagger == null) {
          Properties p = splitProps();
          p.setProperty("annotators", "pos");
          p.setProperty("enforceRequirements", "false");
          tagger = new StanfordCoreNLP(p, false);
        }
        t = tagger;
      }
    }
    return t;
  }

  /** Loads the pipelines now (e.g. before timing). */
  public static void warmUp(boolean ner) {
    splitter();
    tagger(ner);
  }

  /** Tokenizes and sentence-splits {@code text}; no sentence is tagged yet. */
  public static List<Sentence> split(String text) {
    Annotation ann = new Annotation(text);
    splitter().annotate(ann);
    List<CoreMap> cms = ann.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> out = new ArrayList<>(cms.size());
    int paragraph = 0;
    int prevEnd = 0;
    for (CoreMap cm : cms) {
      List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) continue;
      int b = labels.get(0).beginPosition();
      int e = labels.get(labels.size() - 1).endPosition();
      if (!out.isEmpty() && hasBlankLine(text, prevEnd, b)) paragraph++;
      List<Token> toks = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        toks.add(new Token(text.substring(l.beginPosition(), l.endPosition()), l.beginPosition(), l.endPosition()));
      }
      out.add(new Sentence(out.size(), b, e, paragraph, toks, cm));
      prevEnd = e;
    }
    return out;
  }

  static boolean hasBlankLine(String text, int from, int to) {
    int nl = 0;
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (++nl >= 2) return true;
      } else if (!Character.isWhitespace(c)) {
        nl = 0;
      }
    }
    return false;
  }

  /**
   * Runs POS (and NER if asked) on the given sentences, in place. Sentences built by hand (no
   * CoreNLP sentence behind them) or already tagged are left alone.
   */
  public static void tag(List<Sentence> sentences, boolean ner) {
    List<CoreMap> cms = new ArrayList<>();
    List<Sentence> toTag = new ArrayList<>();
    List<CoreLabel> all = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.tagged || s.coreMap == null) continue;
      CoreMap cm = (CoreMap) s.coreMap;
      cms.add(cm);
      toTag.add(s);
      all.addAll(cm.get(CoreAnnotations.TokensAnnotation.class));
    }
    if (cms.isEmpty()) return;
    Annotation sub = new Annotation("");
    sub.set(CoreAnnotations.SentencesAnnotation.class, cms);
    sub.set(CoreAnnotations.TokensAnnotation.class, all);
    tagger(ner).annotate(sub);
    for (int k = 0; k < toTag.size(); k++) {
      Sentence s = toTag.get(k);
      List<CoreLabel> labels = cms.get(k).get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < labels.size() && i < s.tokens.size(); i++) {
        CoreLabel l = labels.get(i);
        s.tokens.get(i).pos = l.tag();
        s.tokens.get(i).ner = l.ner();
      }
      s.tagged = true;
    }
  }
}
