package org.mediastance.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mediastance.config.JobConfig;
import org.mediastance.config.OutletMetadata;
import org.mediastance.model.Article;

/**
 * Turns one input record (a field map from JSON, CSV or Parquet, or the content of a file) into an
 * {@link Article} or a quarantine row with a specific {@link Reasons reason}. Plain Java, no
 * Spark: the readers call it per record. Immutable and thread-safe.
 */
public final class ArticleBuilder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final FieldMapping mapping;
  private final OutletNames outlets;
  private final DateParser dates;
  private final int minTextChars;
  private final int maxTextChars;
  private final OutletMetadata metadata;

  public ArticleBuilder(JobConfig cfg) {
    this.mapping = new FieldMapping(cfg.map());
    this.outlets = new OutletNames(cfg.outletAliases());
    this.dates = new DateParser(cfg.minYear(), cfg.maxYear());
    this.minTextChars = cfg.minTextChars();
    this.maxTextChars = cfg.maxTextChars();
    this.metadata = OutletMetadata.read(cfg.outletMetadata());
  }

  /** Builds from a record's fields; {@code raw} is what goes to quarantine if it is rejected. */
  public IngestRow fromFields(Map<String, ?> fields, String sourceFile, long position, String raw) {
    String text = mapping.get(fields, "text");
    if (text == null) {
      return IngestRow.rejected(sourceFile, position, mapping.get(fields, "id"), Reasons.NO_TEXT_FIELD,
          "fields present: " + fields.keySet(), raw);
    }
    return build(text, mapping.get(fields, "id"), mapping.get(fields, "title"),
        mapping.get(fields, "outlet"), mapping.get(fields, "url"), mapping.host(fields),
        mapping.get(fields, "published"), mapping.outletAttributes(fields), sourceFile, position, raw);
  }

  /** Builds from a whole file (a .txt or .html article): no metadata but what the page holds. */
  public IngestRow fromFile(String content, String sourceFile) {
    return build(content, null, null, null, null, null, null, Map.of(), sourceFile, 0L, content);
  }

  /** Builds from a WARC response: the target URI gives the outlet, the WARC date the date. */
  public IngestRow fromWarc(String html, String uri, String warcDate, String sourceFile, long offset) {
    return build(html, null, null, null, uri, null, warcDate, Map.of(), sourceFile, offset, html);
  }

  IngestRow build(String text, String id, String title, String outlet, String url, String host,
      String published, Map<String, String[]> recordAttrs, String sourceFile, long position, String raw) {
    if (text.isBlank()) {
      return IngestRow.rejected(sourceFile, position, id, Reasons.EMPTY_TEXT,
          text.isEmpty() ? "text is empty" : "text is only whitespace", raw);
    }
    if (isBinary(text)) {
      return IngestRow.rejected(sourceFile, position, id, Reasons.BINARY_CONTENT,
          "NUL bytes or mostly control characters", raw);
    }
    TextCleaner.Cleaned c = TextCleaner.clean(text, title);
    String clean = c.text();
    if (clean.length() < minTextChars || clean.isBlank()) {
      return IngestRow.rejected(sourceFile, position, id, Reasons.NO_TEXT_AFTER_CLEANING,
          (c.wasHtml() ? "HTML" : "text") + " of " + text.length() + " chars left nothing after cleaning", raw);
    }
    if (clean.length() > maxTextChars) {
      return IngestRow.rejected(sourceFile, position, id, Reasons.TEXT_TOO_LONG,
          clean.length() + " chars > max_text_chars " + maxTextChars, raw);
    }
    if (!looksEnglish(clean)) {
      return IngestRow.rejected(sourceFile, position, id, Reasons.NOT_ENGLISH,
          "too few common English words", raw);
    }
    Article a = new Article();
    a.setId(id != null && !id.isBlank() ? id.strip() : syntheticId(sourceFile, position));
    a.setOutletRaw(outlet);
    a.setOutlet(outlets.canonical(outlet, url, host));
    OutletAttributes.Result attrs = OutletAttributes.resolve(recordAttrs, metadata.attributes(a.getOutlet()),
        metadata.file());
    a.setOutletAttrs(attrs.values());
    a.setOutletAttrSources(attrs.sources());
    DateParser.Result d = dates.parse(published);
    a.setPublished(d.date());
    a.setDateRaw(published);
    a.setDateQuality(d.quality());
    a.setUrl(url == null || url.isBlank() ? null : url.strip());
    a.setTitle(c.title());
    a.setText(clean);
    a.setSourceFile(sourceFile);
    a.setRecordPosition(position);
    return IngestRow.accepted(a);
  }

  /** A stable id for records without one: a hash of file name and position. */
  static String syntheticId(String sourceFile, long position) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String name = sourceFile == null ? "" : sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
      byte[] h = md.digest((name + "#" + position).getBytes(StandardCharsets.UTF_8));
      return "a-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean isBinary(String s) {
    int n = Math.min(s.length(), 20_000);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch == 0) return true;
      if ((ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t') || ch == '\uFFFD' || (ch >= 0x7F && ch < 0xA0)) {
        bad++;
      }
    }
    return n > 0 && bad > n * 0.1;
  }

  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "a", "in", "is", "that",
      "for", "it", "on", "was", "with", "he", "as", "said", "by", "at", "are", "be", "this", "from",
      "have", "has", "not", "his", "they", "but", "were", "an", "will", "would", "who", "their", "we",
      "told", "says", "must", "should", "could", "after", "against", "which", "its", "been", "had",
      "about", "over", "than", "when");
  /** Words of {@link #ENGLISH} that other languages also write ("a", "in", "was", "is"). */
  private static final Set<String> SHARED = Set.of("a", "in", "was", "is", "on", "as", "be", "an", "will");
  /**
   * Function words of German, French, Spanish, Portuguese, Italian and Dutch that English text
   * (names included: "Los Angeles", "de Blasio", "Van Hollen") hardly ever writes.
   */
  private static final Set<String> FOREIGN = Set.of("der", "und", "nicht", "ist", "dass", "sagte", "werde",
      "eine", "les", "est", "une", "dans", "pour", "avec", "sont", "été", "una", "por", "para",
      "pero", "dijo", "que", "não", "uma", "disse", "são", "com", "che", "della", "sono", "het", "een",
      "niet", "zijn", "werd");
  /** Below this many words a text is short (a news brief): one unshared English word is enough. */
  static final int SHORT_WORDS = 40;
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  /**
   * A cheap English check (share of the most common English function words among the first 400
   * words; a text under {@link #SHORT_WORDS} words needs one that other languages do not share,
   * or mostly Latin-script words and fewer than two function words of another language, so a
   * one-sentence brief full of names and titles is not rejected): enough to keep other
   * languages away from English-only models. Hand-written because a language-identification
   * library would be a large dependency for one yes/no.
   */
  static boolean looksEnglish(String text) {
    var m = WORD.matcher(text.length() > 5000 ? text.substring(0, 5000) : text);
    int words = 0;
    int hits = 0;
    int unshared = 0;
    int foreign = 0;
    int latin = 0;
    while (m.find() && words < 400) {
      words++;
      String w = m.group().toLowerCase(Locale.ROOT);
      if (ENGLISH.contains(w)) {
        hits++;
        if (!SHARED.contains(w)) unshared++;
      }
      if (FOREIGN.contains(w)) foreign++;
      if (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN) latin++;
    }
    // a brief names people and offices more than it uses function words ("Italian Prime Minister
    // Mario Draghi called Turkish President Recep Tayyip Erdogan a dictator" has none but "a"):
    // it is English unless its words are mostly of another script or another language's own
    if (words < SHORT_WORDS) return words < 12 || unshared >= 1 || latin * 2 > words && foreign < 2;
    return hits >= words * 0.08;
  }
}
