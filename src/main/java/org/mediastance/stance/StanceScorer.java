package org.mediastance.stance;
import org.mediastance.learn.LinearModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mediastance.actors.ActorRef;
import org.mediastance.actors.Resolver;
import org.mediastance.learn.TextFeatures;
import org.mediastance.learn.Tok;
import org.mediastance.model.Statement;
import org.mediastance.model.TargetStance;

/**
 * Scores a statement's stance toward each of its targets, in plain Java from the exported
 * weights of the MLlib stance model (no Spark call per statement).
 *
 * <p>For every target mention found by {@link TargetDetector}, the 3-class model gives
 * p(−1), p(0), p(+1) for the text that holds the mention (the content, or the sentence for cue
 * objects and for short partial quotes). When the target is the object of an evaluative cue
 * ("accused Washington of", "praised Beijing for") the cue's polarity is mixed in with weight
 * {@link #CUE_PRIOR}. For targets named in the content, the net polarity of the run's codebook's
 * polar frames in the content (failure, threat, blame vs success, cooperation; given by the
 * caller as a {@link FramePolarity}, so stance and the frames column read one codebook) is mixed in with
 * weight {@link #FRAME_PRIOR} × |polarity|: a statement that casts something as "doomed to
 * failure" is negative toward the actors it names. A coercive word just before a mention or a
 * negative predicate just after it ({@link LocalCues}: "sanctions on Iran", "the EU is a foe") is
 * mixed in as a negative prior with weight {@link #LOCAL_PRIOR}, and so is a government voice's
 * mention of a non-state armed group ({@link #armedGroup}) unless the name only qualifies a noun
 * ("5,000 Taliban prisoners"). (The evaluation figures are the MLlib model
 * alone; these two priors are rules of the statement scorer.) What a content that is an evaluative
 * cue's object names before its charge takes the cue's polarity with weight {@link #OBJECT_PRIOR}.
 * Mentions of one target are merged by keeping one whose sign such a rule gave over one the model
 * reads alone, then the most evaluative one
 * (largest 1 − p(0)). Output per target: {@code stance} = p(+1) − p(−1) in [−1, 1], {@code label}
 * the most probable class, {@code confidence} its probability. The speaker itself and the
 * speaker's own government are dropped unless the statement evaluates them (label ≠ 0 and
 * |stance| ≥ {@link #OWN_MIN}); a person, institution or unresolved name is dropped when its label
 * is 0 (named in passing, not evaluated; see {@link #keepsNeutral}); an executive speaker's
 * colleagues in office count as their own side ({@link #sameSide}), and a legislator's own
 * legislature is never a target ({@link #ownChamber}). The linear model's +1 with no rule for it
 * and no word of praise or support in the content ({@link #polarWords}) is mixed with an against
 * prior (a neutral one for the speaker's own side) with weight {@link #LOCAL_PRIOR}.
 *
 * <p>The 3-class probabilities come from the linear model (above) or, with {@code stance_model:
 * transformer} or a transformer model folder, from {@link TransformerStance} (a fine-tuned MiniLM
 * run with ONNX Runtime, all targets of an article in one batched call); the priors and rules below
 * apply to either.
 *
 * <p>Thread-safe and immutable; one instance per JVM and model via {@link #forModel(String)}
 * (null: {@link #DEFAULT}).
 */
public final class StanceScorer {
  public static final double CUE_PRIOR = 0.6;
  /** Weight of an evaluative cue's polarity for what a content that is the cue's object names. */
  public static final double OBJECT_PRIOR = 0.4;
  public static final double OWN_MIN = 0.75;
  /**
   * Least probability of its label for a target the registry does not know (type "other": "the
   * Foreign Affairs Committee" at 0.455). Chosen on the dev gold (in-sample): at 0.55 target
   * precision 0.643 → 0.652 with recall unchanged.
   */
  public static final double UNKNOWN_MIN = 0.55;
  /** Weight of a negative word right around the mention ({@link LocalCues}) as a prior. */
  public static final double LOCAL_PRIOR = 0.5;
  /** Weight of the codebook's polarity frames in the content as a prior for in-content targets. */
  public static final double FRAME_PRIOR = 0.35;
  /**
   * Weight of the partner prior (half neutral, half positive) for a target the content joins with
   * the speaker's own government ("the United States and Russia need to ...") when its frames are
   * not net negative ({@link TargetDetector#partnersOfOwn}).
   */
  public static final double PARTNER_PRIOR = 0.6;
  private static final Set<String> NEG_CUES = Set.of("accuse", "blame", "criticize", "criticise",
      "condemn", "denounce", "attack", "slam", "blast", "rebuke", "chide", "warn", "threaten",
      "fault", "castigate", "lambast", "reprimand", "scold", "mock", "ridicule", "censure");
  private static final Set<String> POS_CUES = Set.of("praise", "thank", "commend", "congratulate",
      "welcome", "applaud", "hail", "laud", "endorse", "support", "back", "salute", "credit");
  /** Cues that name their object with a complement ("called X a mistake", "described X as reckless"). */
  private static final Set<String> NAMING = Set.of("call", "describe", "label", "dub", "term", "brand", "characterize",
      "characterise");
  private static final Map<String, StanceScorer> CACHE = new ConcurrentHashMap<>();

  /** {@code stance_model} values naming a shipped model. */
  public static final String LINEAR = "linear";
  public static final String TRANSFORMER = "transformer";
  /** The model used when {@code stance_model} is not set. */
  public static final String DEFAULT = LINEAR;
  private static final int[] LABELS = {-1, 0, 1};

  private final StanceModels.Models models;
  private final TransformerStance transformer;

  public StanceScorer(StanceModels.Models models) {
    this(models, null);
  }

  /** With a transformer, it gives the 3-class stance; {@code models} then serves directed5 only. */
  public StanceScorer(StanceModels.Models models, TransformerStance transformer) {
    this.models = models;
    this.transformer = transformer;
  }

  /**
   * The per-JVM scorer for a {@code stance_model} value: {@code linear} or {@code transformer}
   * (the shipped models), a model folder (a transformer folder holds {@code transformer.json},
   * else it is a linear one), or {@code null} ({@link #DEFAULT}).
   */
  public static StanceScorer forModel(String spec) {
    String k = spec == null ? DEFAULT : spec;
    return CACHE.computeIfAbsent(k, StanceScorer::load);
  }

  private static StanceScorer load(String spec) {
    if (spec.equals(LINEAR)) return new StanceScorer(StanceModels.load(null));
    if (spec.equals(TRANSFORMER)) return new StanceScorer(StanceModels.load(null), TransformerStance.shipped());
    java.nio.file.Path dir = java.nio.file.Path.of(spec);
    if (TransformerStance.isModelFolder(dir)) return new StanceScorer(StanceModels.load(null), TransformerStance.load(dir));
    return new StanceScorer(StanceModels.load(spec));
  }

  /** True when {@code spec} is a valid {@code stance_model} value (see {@link #forModel}). */
  public static boolean isValidSpec(String spec) {
    return spec == null || spec.equals(LINEAR) || spec.equals(TRANSFORMER) || java.nio.file.Files.isDirectory(java.nio.file.Path.of(spec));
  }

  public StanceModels.Models models() { return models; }

  /** Where the 3-class stance model came from. */
  public String source() {
    return transformer != null ? "transformer " + transformer.source() : "linear " + models.source();
  }

  /** p(−1), p(0), p(+1) for the target at the given character spans of {@code text}. */
  public double[] probabilities(String text, List<int[]> targetSpans) {
    return transformer != null ? transformer.probabilities(List.of(new TransformerStance.Target(text, targetSpans)))[0]
        : models.stance(text, targetSpans);
  }

  /** {@link #probabilities(String, List)} for many targets (the transformer runs them in batches). */
  public double[][] probabilities(List<TransformerStance.Target> targets) {
    if (transformer != null) return transformer.probabilities(targets);
    double[][] out = new double[targets.size()][];
    for (int i = 0; i < out.length; i++) out[i] = models.stance(targets.get(i).text(), targets.get(i).spans());
    return out;
  }

  /** Directed-sentiment class 0–4 (see the directed-sentiment data) for entities p and q. */
  public int directed(String text, List<int[]> p, List<int[]> q) {
    if (models.directed5() == null) throw new IllegalStateException("model " + models.source() + " has no directed5 model");
    double[] pr = models.directed5().probabilities(StanceFeatures.directed(text, p, q));
    return models.directed5().labels()[LinearModel.argmax(pr)];
  }

  /**
   * Stance toward each target of a statement; {@code articleText} gives context for pronouns,
   * {@code frames} the polarity of the content's frames (the frame step's codebook).
   */
  public List<TargetStance> score(Statement s, String articleText, Resolver resolver, FramePolarity frames) {
    return scoreAll(List.of(s), articleText, resolver, frames).get(0);
  }

  /**
   * {@link #score} for the statements of one article, with the targets of all of them scored in
   * one {@link #probabilities(List)} call (one batch run for the transformer).
   */
  public List<List<TargetStance>> scoreAll(List<Statement> statements, String articleText, Resolver resolver,
      FramePolarity frames) {
    List<List<TargetDetector.Mention>> mentions = new ArrayList<>();
    List<Set<String>> partners = new ArrayList<>();
    List<TransformerStance.Target> targets = new ArrayList<>();
    for (Statement s : statements) {
      TargetDetector.Detected d = TargetDetector.detectWithPartners(s, articleText, resolver);
      List<TargetDetector.Mention> ms = d.mentions();
      mentions.add(ms);
      partners.add(d.partners());
      for (TargetDetector.Mention m : ms) targets.add(new TransformerStance.Target(m.text(), List.of(new int[] {m.begin(), m.end()})));
    }
    double[][] p = targets.isEmpty() ? new double[0][] : probabilities(targets);
    List<List<TargetStance>> out = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < statements.size(); i++) {
      List<TargetDetector.Mention> ms = mentions.get(i);
      out.add(combine(statements.get(i), ms, java.util.Arrays.copyOfRange(p, k, k + ms.size()), frames,
          partners.get(i)));
      k += ms.size();
    }
    return out;
  }

  /** Frames that cast their targets as failing or to blame: the frame itself speaks against them. */
  private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("(?i)\\b(?:not|never|no)\\b|n['’]t\\b");
  private static final Set<String> HOSTILE_FRAMES = Set.of("failure", "blame");

  /**
   * True when a statement's words, not only the model's label, speak against the target {@code
   * mention}: an accusing or warning cue whose object it is ("accused the United States of",
   * "warned Washington against"), a coercive word before it or a negative predicate after it in
   * the content ({@link LocalCues}: "sanctions on Tehran", "the United States are getting
   * increasingly reckless"), or a failure or blame frame ("the U.S. strategy ... is doomed to
   * fail"). Reciprocal exchanges pair only such claims.
   */
  public static boolean explicitlyAgainst(String content, String sentence, String cueLemma, String mention, String frame) {
    if (frame != null && HOSTILE_FRAMES.contains(frame)) return true;
    if (content == null || mention == null || mention.isBlank()) return false;
    String m = mention;
    int paren = m.indexOf(" (");
    if (paren > 0) m = m.substring(0, paren); // "they (Moscow's efforts)": the pronoun as written
    String lemma = cueLemma == null ? "" : cueLemma.toLowerCase(Locale.ROOT).split("\\s+")[0];
    boolean accusing = NEG_CUES.contains(lemma);
    int at = content.indexOf(m);
    if (at < 0) return accusing && sentence != null && sentence.contains(m); // the cue's object
    if (accusing && content.substring(0, at).isBlank()) return true; // "[accused] the United States of"
    if (NEGATED.matcher(content.substring(Math.max(0, at - 30), at)).find()) return false; // "We do not want to attack the U.S."
    return LocalCues.negativeAround(content, at, at + m.length());
  }

  /** Words that may stand between a target and the cue of a topical frame for the frame to be about it. */
  static final int FRAME_CUE_WORDS = 5;

  /**
   * True when a topical frame (threat, legality, economic, ...) is about the target mention: one
   * of its cue matches in the content ({@code cueSpans}, character offsets) lies within {@link
   * #FRAME_CUE_WORDS} words of the mention ("the aggressive acts of war on the part of the United
   * States", "cyber attacks against Iran"), or none is in the content at all (the attribution verb:
   * "threatened Iran"), or the mention is not in the content (the cue's object in the sentence).
   * "Russia of failing to ensure Assad's commitment to a deal for the destruction of Assad's
   * chemical weapons" is a failure claim about Russia, not a threat one: the weapons are Syria's.
   * Failure and blame frames speak against the target by themselves and need no such test.
   */
  public static boolean frameAbout(String content, String mention, String frame, List<int[]> cueSpans) {
    if (frame != null && HOSTILE_FRAMES.contains(frame)) return true;
    if (content == null || mention == null || cueSpans == null || cueSpans.isEmpty()) return true;
    String m = mention;
    int paren = m.indexOf(" (");
    if (paren > 0) m = m.substring(0, paren);
    int at = content.indexOf(m);
    if (at < 0) return true;
    for (int[] c : cueSpans) {
      int from = Math.min(c[1], at + m.length());
      int to = Math.max(c[0], at);
      long between = from >= to ? 0 : Tok.tokenize(content.substring(from, to)).stream().filter(Tok.Token::isWord).count();
      if (between <= FRAME_CUE_WORDS) return true;
    }
    return false;
  }

  /**
   * True when a person target is the speaker as the article names them, registry link or not: a
   * lone surname ("King", "King, R-New York") equal to the target's, or the same full name.
   * Another bearer of the surname with a different given name ("Hillary Clinton" on Bill Clinton)
   * stays a target.
   */
  static boolean namesSpeaker(String speaker, ActorRef target) {
    if (speaker == null || target == null || target.name() == null || !TargetNames.isPerson(target)) return false;
    String sp = speaker.replaceAll(",.*$", "").trim(); // "King, R-New York"
    if (sp.isEmpty()) return false;
    String[] sw = sp.split("\\s+");
    String[] tw = target.name().split("\\s+");
    if (sw.length == 1) return sw[0].equalsIgnoreCase(tw[tw.length - 1]);
    return sw[0].equalsIgnoreCase(tw[0]) && sw[sw.length - 1].equalsIgnoreCase(tw[tw.length - 1]);
  }

  /** "no evidence that", "not enough proof that" right before a mention (one word may stand between: "the"). */
  private static final java.util.regex.Pattern EXCULPATION = java.util.regex.Pattern.compile(
      "(?i)\\b(?:no|not enough|not sufficient|insufficient|little|lack of|without any|without)\\s+(?:hard\\s+|real\\s+|credible\\s+|conclusive\\s+)?"
      + "(?:evidence|proof)\\s+(?:that|of)\\s+(?:\\S+\\s+)?$|\\bnot\\s+by\\s+(?:the\\s+)?$");

  /** "no evidence that the missile that hit Poland was fired by Russia": the agent the evidence lacks. */
  private static final java.util.regex.Pattern AGENT_UNPROVEN = java.util.regex.Pattern.compile(
      "(?i)\\b(?:no|not enough|insufficient|little|without)\\s+(?:hard\\s+|real\\s+|credible\\s+|conclusive\\s+)?(?:evidence|proof)"
      + "\\s+that\\s+[^.;:!?]{0,70}?\\b(?:by|from)\\s+(?:the\\s+)?$");

  /**
   * True when the content says there is no evidence that the mention did what it names, far from
   * the denial ("no evidence that the missile that hit Poland was fired by Russia"): not an accusation,
   * nor a defence either.
   */
  static boolean agentUnproven(String text, int begin) {
    return text != null && begin > 0 && begin <= text.length()
        && AGENT_UNPROVEN.matcher(text.substring(Math.max(0, begin - 100), begin)).find();
  }

  /** A denial of responsibility right after the mention ("Russia was not behind the attack", "weren't involved"). */
  private static final java.util.regex.Pattern DENIED_AFTER = java.util.regex.Pattern.compile(
      "(?i)^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:is|was|are|were|had|has|have)\\s*(?:not|n['’]t)\\s+(?:been\\s+)?"
      + "(?:behind|responsible|to blame|involved|guilty)\\b");

  /**
   * True when the content denies that there is evidence against the mention, or its agency ("used
   * not by the Syrian Army"), or its responsibility right after it ("the high-ups in the White
   * House in fact weren't behind ..."): it defends it.
   */
  static boolean exculpated(String text, int begin, int end) {
    if (text == null || begin <= 0 && end <= 0 || begin > text.length()) return false;
    if (begin > 0 && EXCULPATION.matcher(text.substring(Math.max(0, begin - 80), begin)).find()) return true;
    return end > begin && end <= text.length()
        && DENIED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60))).find();
  }

  /** Priors over p(−1), p(0), p(+1): all against, all for, half neutral and half for (a partner). */
  private static final double[] AGAINST = {1, 0, 0};
  private static final double[] FOR = {0, 0, 1};
  private static final double[] PARTNER = {0, 0.5, 0.5};
  private static final double[] NEUTRAL = {0, 1, 0};

  /** Mixes a prior into the class probabilities in place: p = (1 − w) p + w prior. */
  private static void mix(double[] p, double w, double[] prior) {
    for (int c = 0; c < 3; c++) p[c] = (1 - w) * p[c] + w * prior[c];
  }

  /** Priors, merging of mentions per target and the own-government rule, over scored mentions. */
  private List<TargetStance> combine(Statement s, List<TargetDetector.Mention> mentions, double[][] probs,
      FramePolarity frames, Set<String> partners) {
    Map<String, double[]> best = new LinkedHashMap<>();
    Map<String, TargetDetector.Mention> bestMention = new LinkedHashMap<>();
    String cueLemma = cueLemma(s);
    double framePrior = frames.of(s.getContent());
    int[] polarWords = polarWords(s.getContent());
    double[][] adjusted = new double[mentions.size()][];
    boolean[] local = new boolean[mentions.size()]; // a word around the mention said its sign
    for (int mi = 0; mi < mentions.size(); mi++) {
      TargetDetector.Mention m = mentions.get(mi);
      double[] p = probs[mi].clone();
      adjusted[mi] = p;
      int complement;
      if (framePrior != 0 && (m.via() == TargetDetector.Via.NAMED || m.via() == TargetDetector.Via.PRONOUN)) {
        mix(p, FRAME_PRIOR * Math.abs(framePrior), framePrior < 0 ? AGAINST : FOR);
      }
      if (m.via() != TargetDetector.Via.CUE_OBJECT && exculpated(m.text(), m.begin(), phraseEnd(m))) {
        // "there is not enough proof that the regime was behind the attack": a defence of it
        mix(p, LOCAL_PRIOR, FOR);
        local[mi] = true;
      } else if (m.via() != TargetDetector.Via.CUE_OBJECT && agentUnproven(m.text(), m.begin())) {
        mix(p, LOCAL_PRIOR, NEUTRAL);
        local[mi] = true;
      } else if (m.via() == TargetDetector.Via.NAMED && LocalCues.supportedBefore(m.text(), m.begin())) {
        // "supporting Ukraine against Russian aggression": the side supported (what follows is about its adversary)
        mix(p, LOCAL_PRIOR, FOR);
        local[mi] = true;
      } else if (m.via() == TargetDetector.Via.NAMED && NAMING.contains(cueLemma)
          && (complement = LocalCues.complementPolarity(m.text(), phraseEnd(m))) != 0) {
        // "called North Korea's demolition of the office senseless": the complement judges the object
        mix(p, LOCAL_PRIOR, complement < 0 ? AGAINST : FOR);
        local[mi] = true;
      } else if (m.via() == TargetDetector.Via.NAMED && LocalCues.coercionRefusedBefore(m.text(), m.begin())) {
        // "would not impose sanctions on Russia": a refusal to act against it
        mix(p, LOCAL_PRIOR, NEUTRAL);
        local[mi] = true;
      } else if (m.via() != TargetDetector.Via.CUE_OBJECT && LocalCues.negativeAround(m.text(), m.begin(), phraseEnd(m))) {
        mix(p, LOCAL_PRIOR, AGAINST);
        local[mi] = true;
      } else if (m.via() != TargetDetector.Via.CUE_OBJECT && LocalCues.positiveAfter(m.text(), phraseEnd(m))) {
        mix(p, LOCAL_PRIOR, FOR); // "Japan has been a great partner"
        local[mi] = true;
      } else if (s.getGovernment() != null && armedGroup(m.ref())
          && !LocalCues.modifierMention(m.text(), m.begin(), m.end())) {
        // a government on a non-state armed group ("struck a training camp of Jaish-e-Mohammed",
        // "operations against the PKK would continue"): every such target in the dev gold and the
        // blind probes (39) is against, while the model reads the plain reports as neutral (and
        // "work with Baghdad to flush out these foreign fighters" as positive); not for a name
        // that only qualifies another noun ("5,000 Taliban prisoners")
        mix(p, LOCAL_PRIOR, AGAINST);
        local[mi] = true;
      }
      if (m.via() == TargetDetector.Via.CONTEXT) {
        // aimed at by a hostile word of a content that names no one ("reserved the right to respond")
        mix(p, CUE_PRIOR, AGAINST);
        local[mi] = true;
      } else if (m.via() == TargetDetector.Via.CUE_OBJECT && cueLemma != null) {
        double[] prior = NEG_CUES.contains(cueLemma) ? AGAINST : POS_CUES.contains(cueLemma) ? FOR : null;
        if (prior != null) {
          mix(p, CUE_PRIOR, prior);
          local[mi] = true;
        }
      } else if (m.via() == TargetDetector.Via.NAMED && cueLemma != null && contentIsCueObject(s)
          && m.begin() < chargeStart(s.getContent())) {
        // "criticized a recent deal Germany struck with Russia on the Nord Stream 2 pipeline": the
        // content is the cue's object, so what it names is what is criticised (victims are dropped before)
        double[] prior = NEG_CUES.contains(cueLemma) ? AGAINST : POS_CUES.contains(cueLemma) ? FOR : null;
        if (prior != null) mix(p, OBJECT_PRIOR, prior);
      }
      String key = m.key();
      boolean partner = partners.contains(key) && framePrior >= 0;
      if (partner) {
        // joined with the speaker's own side in a statement with no negative frame: a partner
        mix(p, PARTNER_PRIOR, PARTNER);
      }
      boolean forCue = m.via() == TargetDetector.Via.CUE_OBJECT && POS_CUES.contains(cueLemma);
      if (transformer == null && LinearModel.argmax(p) == 2 && !local[mi] && !partner && !forCue
          && framePrior <= 0 && polarWords[1] == 0) {
        // the linear model's +1 where no word of the content praises or supports anyone: judged
        // blind, most such labels were wrong ("Rocket Man is on a suicide mission" +1 for Kim), and
        // what a government says about another's people is mostly critical; its own side it mostly
        // only reports on ("The prime minister will have a final meeting with his cabinet")
        boolean ownSide = s.getGovernment() != null && s.getGovernment().equals(m.ref().government());
        mix(p, LOCAL_PRIOR, polarWords[0] > 0 || framePrior < 0 || !ownSide ? AGAINST : NEUTRAL);
      }
    }
    sharedAcrossCoordination(mentions, adjusted);
    Map<String, Boolean> bestLocal = new java.util.HashMap<>();
    for (int mi = 0; mi < mentions.size(); mi++) {
      TargetDetector.Mention m = mentions.get(mi);
      String key = m.key();
      double[] p = adjusted[mi];
      double[] old = best.get(key);
      boolean oldLocal = bestLocal.getOrDefault(key, false);
      // a mention whose sign a word around it gives beats one the model reads alone ("the Afghan army
      // had collapsed and Afghan political leaders had given up"), then the most evaluative one
      if (old == null || local[mi] && !oldLocal || local[mi] == oldLocal && (1 - p[1]) > (1 - old[1])) {
        best.put(key, p);
        bestMention.put(key, m);
        bestLocal.put(key, local[mi]);
      }
    }
    List<TargetStance> out = new ArrayList<>();
    int[] labels = transformer != null ? LABELS : models.stance3().labels();
    for (Map.Entry<String, double[]> e : best.entrySet()) {
      double[] p = e.getValue();
      TargetDetector.Mention m = bestMention.get(e.getKey());
      int k = LinearModel.argmax(p);
      double stance = p[2] - p[0];
      int label = labels[k];
      // legislators and the opposition evaluate their own country's executive like any other
      boolean critic = "legislature".equals(s.getActorCategory()) || "opposition".equals(s.getActorCategory());
      boolean own = (s.getGovernment() != null && s.getGovernment().equals(e.getKey()) && !critic)
          || (s.getActorId() != null && s.getActorId().equals(e.getKey()))
          || principalOf(s.getSpeaker(), m.ref());
      // the speaker itself is never its own target ("They're trying to go against Donald Trump", said by Trump)
      if (s.getActorId() != null && s.getActorId().equals(m.ref().actorId()) || namesSpeaker(s.getSpeaker(), m.ref())) continue;
      if ((own || sameSide(s, m.ref())) && (label == 0 || Math.abs(stance) < OWN_MIN)) continue;
      if (ownChamber(s, m.ref())) continue;
      if (!keepsNeutral(m.type()) && label == 0) continue;
      // a name the registry does not know needs a confident label: unsure ones are mostly passing mentions
      if ("other".equals(m.type()) && p[k] < UNKNOWN_MIN) continue;
      TargetStance ts = new TargetStance();
      ts.setTarget(e.getKey());
      ts.setMention(m.mention());
      ts.setTargetType(m.type());
      ts.setStance(Math.round(stance * 1000) / 1000.0);
      ts.setLabel(label);
      ts.setConfidence(Math.round(p[k] * 1000) / 1000.0);
      out.add(ts);
    }
    return out;
  }

  /**
   * Words of the content that praise or support ({@link TextFeatures#POSITIVE}, the positive
   * predicates of {@link LocalCues} and {@link #SUPPORTIVE}, less {@link #DESCRIPTIVE} words) and
   * words that criticise ({@link TextFeatures#NEGATIVE}), each flipped inside a negation's scope as
   * the model's features are: {negative, positive}.
   */
  static int[] polarWords(String content) {
    int[] n = new int[2];
    if (content == null) return n;
    boolean neg = false;
    for (Tok.Token t : Tok.tokenize(content)) {
      if (!t.isWord()) {
        neg = false;
        continue;
      }
      String lem = t.lemma();
      String w = t.lower();
      boolean pos = !DESCRIPTIVE.contains(w) && (TextFeatures.POSITIVE.contains(lem) || TextFeatures.POSITIVE.contains(w)
          || LocalCues.isPositive(w) || SUPPORTIVE.contains(w));
      boolean ng = TextFeatures.NEGATIVE.contains(lem) || TextFeatures.NEGATIVE.contains(w);
      if (pos != ng) n[(pos ^ neg) ? 1 : 0]++;
      if (TextFeatures.NEG.contains(w)) neg = true;
    }
    return n;
  }

  /** Words of commitment and gratitude toward another party ("the American commitment to South Korea"). */
  private static final Set<String> SUPPORTIVE = Set.of("commitment", "commitments", "committed", "solidarity",
      "partnership", "alliance", "grateful", "gratitude", "appreciate", "appreciated", "appreciation", "thanks");

  /** Positive-lexicon words that news text mostly uses to describe, not to praise. */
  private static final Set<String> DESCRIPTIVE = Set.of("like", "leader", "leaders", "leadership");

  /** What may stand between two coordinated mentions: "Patrushev and Putin", "by the FSB, and also by President Putin". */
  private static final java.util.regex.Pattern COORDINATED = java.util.regex.Pattern.compile(
      "^\\s*(?:,[^,;.]{1,60},)?\\s*,?\\s*(?:and|or|as well as)\\s+(?:also\\s+)?(?:by\\s+|with\\s+)?$");

  /**
   * Gives a neutral named person the class probabilities of the named person coordinated with it
   * ("was probably approved by Mr. Patrushev, then head of the FSB, and also by President Putin":
   * both agents of one predicate), when that one is evaluated. The model reads each mention's span
   * alone and often leaves the second conjunct neutral. Persons only: in lists of countries and
   * bodies ("between the U.S. and the Taliban", "China and Russia") the second one is as often a
   * counterpart as a co-agent. In place.
   */
  static void sharedAcrossCoordination(List<TargetDetector.Mention> ms, double[][] p) {
    for (int i = 0; i < ms.size(); i++) {
      TargetDetector.Mention a = ms.get(i);
      if (a.via() != TargetDetector.Via.NAMED || !TargetNames.isPerson(a.ref())) continue;
      TargetDetector.Mention b = null;
      int bj = -1;
      for (int j = 0; j < ms.size(); j++) { // the nearest named mention after a joined to it (past an apposition)
        TargetDetector.Mention c = ms.get(j);
        if (c.via() != TargetDetector.Via.NAMED || !c.text().equals(a.text()) || c.begin() < a.end()
            || !TargetNames.isPerson(c.ref())) continue;
        if (b != null && c.begin() >= b.begin()) continue;
        if (COORDINATED.matcher(a.text().substring(a.end(), c.begin())).matches()) { b = c; bj = j; }
      }
      if (b == null) continue;
      boolean aNeutral = LinearModel.argmax(p[i]) == 1;
      boolean bNeutral = LinearModel.argmax(p[bj]) == 1;
      if (aNeutral && !bNeutral) p[i] = p[bj].clone();
      else if (bNeutral && !aNeutral) p[bj] = p[i].clone();
    }
  }

  /**
   * True when a target of this type is kept although the statement does not evaluate it: a
   * country or government that a statement addresses is a target with stance 0 (talks "with
   * North Korea"); a person, an institution or an unresolved name mentioned without evaluation is
   * only named in passing ("told House Speaker Nancy Pelosi", "the FBI investigation").
   */
  static boolean keepsNeutral(String targetType) {
    return "government".equals(targetType);
  }

  /** True for a non-state armed group of the registry (role "armed group": Boko Haram, the Houthis). */
  static boolean armedGroup(ActorRef r) {
    return r != null && "armed group".equals(r.role()) && r.government() == null;
  }

  /**
   * True when the target is the person a speaker works for ("Antonio Guterres's spokesman" on
   * Guterres): the speaker's own side, like the speaker itself.
   */
  static boolean principalOf(String speaker, ActorRef target) {
    if (speaker == null || target.name() == null || target.actorId() == null || !target.name().contains(" ")) return false;
    int at = speaker.indexOf("'s ");
    if (at < 0) at = speaker.indexOf("\u2019s ");
    if (at <= 0) return false;
    String principal = speaker.substring(0, at);
    String last = principal.substring(principal.lastIndexOf(' ') + 1);
    // a surname stands for a person only: "South Korea's unification ministry" is no principal of North Korea
    return principal.equals(target.name()) || !target.actorId().equals(target.government()) && target.name().endsWith(" " + last);
  }

  private static final Set<String> EXECUTIVE = Set.of("government", "military", "diplomatic", "state_media");

  /**
   * True when an executive speaker (a minister, spokesperson, diplomat, officer) names a person
   * of the same government's executive in office: a colleague or superior, whom the statement
   * reports on ("the president is determined to deal with ...") more often than evaluates.
   */
  static boolean sameSide(Statement s, ActorRef target) {
    return s.getGovernment() != null && s.getActorCategory() != null && target.category() != null
        && EXECUTIVE.contains(s.getActorCategory()) && s.getGovernment().equals(target.government())
        && EXECUTIVE.contains(target.category())
        && TargetNames.isPerson(target);
  }

  /** True when a legislator names their own country's legislature: the body they speak for. */
  static boolean ownChamber(Statement s, ActorRef target) {
    return s.getGovernment() != null && "legislature".equals(s.getActorCategory())
        && s.getGovernment().equals(target.government()) && "legislature".equals(target.category())
        && !TargetNames.isPerson(target) && !TargetDetector.isCollective(target);
  }

  /** The cue's lemma (its first word), from {@code cue_lemma} or else the cue's first token; null without a cue. */
  /**
   * True when the content starts right after the cue (nothing but spaces between): a noun phrase
   * that is the cue's object ("criticized a recent deal ..."), not a reported clause after "that".
   */
  static boolean contentIsCueObject(Statement s) {
    Integer cb = s.getCueBegin();
    Integer ob = s.getContentBegin();
    Integer sb = s.getSentenceBegin();
    String sent = s.getSentence();
    if (cb == null || ob == null || sb == null || sent == null || s.getCue() == null) return false;
    int from = cb - sb + s.getCue().length();
    int to = ob - sb;
    return from >= 0 && to >= from && to <= sent.length() && sent.substring(from, to).isBlank();
  }

  /**
   * The end of the mention's whole phrase: a demonym's span ends at the demonym, but its mention
   * names the state noun too ("Armenian forces had shelled ...": the predicate starts after "forces").
   */
  static int phraseEnd(TargetDetector.Mention m) {
    String text = m.text();
    String mention = m.mention();
    if (text != null && mention != null && m.begin() >= 0 && text.startsWith(mention, m.begin())
        && m.begin() + mention.length() > m.end()) {
      String rest = text.substring(m.end(), m.begin() + mention.length());
      // a possessor keeps its own end: "China's decision ... was regrettable" is read from its "'s"
      if (rest.startsWith(" ") && !rest.contains("'") && !rest.contains("’")) return m.begin() + mention.length();
    }
    return m.end();
  }

  private static final java.util.regex.Pattern CHARGE = java.util.regex.Pattern.compile("\\s(?:of|for)\\s");

  /**
   * Where the charge of a charging cue's object content starts ("Obama for nominating a Republican
   * ...": the Republican is part of the charge, not its object): the first " of " or " for ", else
   * the content's length.
   */
  static int chargeStart(String content) {
    if (content == null) return 0;
    java.util.regex.Matcher m = CHARGE.matcher(content);
    return m.find() ? m.start() : content.length();
  }

  static String cueLemma(Statement s) {
    if (s.getCueLemma() != null && !s.getCueLemma().isBlank()) {
      return s.getCueLemma().toLowerCase(Locale.ROOT).split("\\s+")[0];
    }
    if (s.getCue() == null) return null;
    List<Tok.Token> t = Tok.tokenize(s.getCue());
    return t.isEmpty() ? null : t.get(0).lemma();
  }
}
