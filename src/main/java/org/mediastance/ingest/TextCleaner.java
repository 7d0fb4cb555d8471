package org.mediastance.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns a raw article body (HTML or plain text) into the cleaned text that every later character
 * offset refers to: HTML reduced to its story paragraphs (jsoup), page furniture removed
 * (navigation, "Breaking News", share and image captions, subscription and legal footers, credit
 * lines), mojibake repaired, Unicode normalised to NFC with odd spaces unified. Paragraphs are
 * separated by one blank line ({@code "\n\n"}); whitespace inside a paragraph is single spaces.
 *
 * <p>Furniture is recognised by rules on whole paragraphs, not by position alone: a short
 * paragraph matching a furniture pattern is dropped anywhere; a footer or credit marker in the
 * second half of the article cuts everything after it. Stateless and thread-safe.
 */
public final class TextCleaner {
  private TextCleaner() {}

  /** The cleaned article: a title found in the body (or null) and the text. */
  public record Cleaned(String title, String text, boolean wasHtml) {}

  private static final Pattern HTML_TAG =
      Pattern.compile("(?is)<\\s*(html|body|p|div|article|br|span|a|h[1-6]|head|table|li)\\b[^>]*>");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");

  /** Whole short paragraphs that are page furniture. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)^(accessibility links|breaking news|skip to (main )?content|share( this( article| story)?)?"
          + "|share on (facebook|twitter)|tweet|e-?mail|print|comments?|advertisement|sponsored"
          + "|related( articles| stories| content| coverage)?|read more|more from .{1,40}|menu|search"
          + "|log ?in|sign ?in|sign up|subscribe|home|image|photo|video|watch|listen|close|next|previous"
          + "|\\d+x\\d+ (image|photo)|(image|photo|video) \\d+ of \\d+|getty images|(ap|afp|reuters) photo.*"
          + "|(file )?photo( by|:).*|image (copyright|caption).*|\\(photo:.*\\)|caption:.*|credit:.*"
          + "|follow us.*|like us on facebook|advertisement - continue reading below"
          + "|(story|article) continues below.*|continue reading.*)$");
  /** Paragraphs that start the footer: everything from here on is dropped. */
  private static final Pattern FOOTER = Pattern.compile(
      "(?i)^(with (additional )?reporting by|(additional )?reporting by|writing by|editing by|compiled by"
          + "|copyright|©|\\(c\\) \\d{4}|all rights reserved|this (article|story|report) (was|has been|is) "
          + "(originally |first )?(published|updated|adapted)|sign up for|subscribe to|get our .{0,30}newsletter"
          + "|terms of (use|service)|privacy policy|to find out more|click here|we provide what"
          + "|if you are in russia|.{0,60} has been declared an? \"?undesirable"
          + "|.{0,40}journalists report the news in \\d+ languages).*");

  /** Cleans {@code raw}; {@code knownTitle} (may be null) suppresses title detection. */
  public static Cleaned clean(String raw, String knownTitle) {
    if (raw == null) {
      return new Cleaned(knownTitle, "", false);
    }
    String s = Mojibake.repair(raw);
    boolean html = HTML_TAG.matcher(s).find();
    String title = knownTitle;
    List<String> paras;
    if (html) {
      Document doc = Jsoup.parse(s);
      if (title == null || title.isBlank()) {
        Element h1 = doc.selectFirst("h1");
        title = h1 != null ? h1.text() : doc.title();
      }
      paras = htmlParagraphs(doc);
    } else {
      paras = textParagraphs(s);
    }
    List<String> norm = new ArrayList<>(paras.size());
    for (String p : paras) {
      String n = normaliseParagraph(p);
      if (!n.isEmpty()) norm.add(n);
    }
    List<String> kept = dropFurniture(norm);
    if (!html && (knownTitle == null || knownTitle.isBlank())) {
      // A leading short line without final punctuation is the headline of a page dump.
      int i = 0;
      String found = null;
      while (i < kept.size() - 1 && isHeadlineLike(kept.get(i))) {
        found = kept.get(i);
        i++;
      }
      if (found != null) {
        title = found;
        kept = kept.subList(i, kept.size());
      }
    }
    String t = title == null ? null : normaliseParagraph(Mojibake.repair(title));
    return new Cleaned(t == null || t.isEmpty() ? null : t, String.join("\n\n", kept), html);
  }

  static String normaliseParagraph(String p) {
    String n = Normalizer.isNormalized(p, Normalizer.Form.NFC) ? p : Normalizer.normalize(p, Normalizer.Form.NFC);
    // One pass instead of several regex replacements: this runs on every paragraph of every article.
    StringBuilder b = new StringBuilder(n.length());
    boolean space = true; // drops leading whitespace
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (isInvisible(c)) continue;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c == 0x7F) {
        if (!space) b.append(' ');
        space = true;
      } else {
        b.append(c);
        space = false;
      }
    }
    int len = b.length();
    if (len > 0 && b.charAt(len - 1) == ' ') b.setLength(len - 1);
    return b.toString();
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  private static final String BULLET_CHARS = "•·|»›>*-–—«‹<";

  /** Strips bullets, pipes and dashes around a paragraph ("• Share", "| Menu |"). */
  static String stripBullets(String p) {
    int a = 0;
    int z = p.length();
    while (a < z && (BULLET_CHARS.indexOf(p.charAt(a)) >= 0 || p.charAt(a) == ' ')) a++;
    while (z > a && (BULLET_CHARS.indexOf(p.charAt(z - 1)) >= 0 || p.charAt(z - 1) == ' ')) z--;
    return a == 0 && z == p.length() ? p : p.substring(a, z);
  }

  private static List<String> textParagraphs(String s) {
    String t = s.replace("\r\n", "\n").replace('\r', '\n');
    List<String> out = new ArrayList<>();
    if (BLANK_LINE.matcher(t).find()) {
      for (String block : BLANK_LINE.split(t)) {
        // a block of short lines (a menu, a list of links) is several paragraphs, not one
        String[] lines = block.strip().split("\n");
        if (lines.length > 1 && allShort(lines)) {
          for (String l : lines) out.add(l);
        } else {
          out.add(block);
        }
      }
    } else {
      for (String l : t.split("\n")) out.add(l);
    }
    return out;
  }

  private static boolean allShort(String[] lines) {
    for (String l : lines) {
      if (l.strip().split("\\s+").length > 6) return false;
    }
    return true;
  }

  private static List<String> htmlParagraphs(Document doc) {
    doc.select("script, style, noscript, nav, header, footer, aside, form, figure, figcaption, iframe, "
        + "svg, button, template, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]")
        .remove();
    for (Element e : doc.getAllElements()) {
      String key = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
      if (!key.isBlank() && key.matches(".*\\b(nav|navbar|menu|share|sharing|social|footer|subscribe|newsletter"
          + "|promo|related|caption|cookie|advert|ad-slot|breadcrumb|sidebar|comments)\\b.*")
          && e.parent() != null && !e.tagName().equals("body") && !e.tagName().equals("html")) {
        e.remove();
      }
    }
    Element root = doc.selectFirst("article");
    if (root == null) root = doc.body() != null ? doc.body() : doc;
    List<String> out = new ArrayList<>();
    Elements blocks = root.select("p, h2, h3, h4, li, blockquote, pre");
    if (blocks.isEmpty()) {
      out.addAll(textParagraphs(root.wholeText()));
      return out;
    }
    for (Element b : blocks) {
      // skip blocks nested in another selected block (li inside blockquote ...)
      if (b.parents().stream().anyMatch(par -> par != b && blocks.contains(par))) continue;
      out.add(b.text());
    }
    return out;
  }

  private static List<String> dropFurniture(List<String> paras) {
    List<String> out = new ArrayList<>(paras.size());
    int half = paras.size() / 2;
    for (int i = 0; i < paras.size(); i++) {
      String p = paras.get(i);
      String core = stripBullets(p);
      if (i >= half && i > 0 && FOOTER.matcher(core).matches()) {
        break;
      }
      if (core.isEmpty()) continue;
      int words = wordCount(core);
      if (words <= 12 && FURNITURE.matcher(core).matches()) continue;
      if (i >= half && words <= 25 && FOOTER.matcher(core).matches()) continue;
      out.add(core);
    }
    return out;
  }

  private static int wordCount(String p) {
    int n = p.isEmpty() ? 0 : 1;
    for (int i = 0; i < p.length(); i++) if (p.charAt(i) == ' ') n++;
    return n;
  }

  private static boolean isHeadlineLike(String p) {
    int words = wordCount(p);
    char last = p.charAt(p.length() - 1);
    return words <= 16 && ".!?\"”’:;)".indexOf(last) < 0;
  }
}
