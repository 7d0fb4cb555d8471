package org.mediastance.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the fields of an input record onto the article fields (id, outlet, published, url, title,
 * text). An explicit mapping ({@code --map text=content_original,...}) wins; otherwise common
 * names are recognised case-insensitively, in the order listed in {@link #CANDIDATES}.
 * Immutable and thread-safe.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Auto-detected source names per article field, most specific first. */
  public static final Map<String, List<String>> CANDIDATES = new LinkedHashMap<>();

  static {
    CANDIDATES.put("id", List.of("id", "article_id", "doc_id", "docid", "uuid", "guid", "_id", "key"));
    CANDIDATES.put("text", List.of("text", "content_original", "content", "body", "article", "maintext",
        "full_text", "fulltext", "story", "article_text", "html", "raw_html"));
    CANDIDATES.put("title", List.of("title", "headline", "heading", "name"));
    CANDIDATES.put("outlet", List.of("outlet", "source", "publisher", "source_name", "media", "medium",
        "site", "site_name", "newspaper", "publication"));
    CANDIDATES.put("published", List.of("published", "date", "publish_date", "date_publish", "pubdate",
        "published_at", "publication_date", "pub_date", "datetime", "timestamp", "created_at", "time"));
    CANDIDATES.put("url", List.of("url", "link", "href", "article_url", "uri", "source_url"));
  }

  private final Map<String, String> explicit;

  public FieldMapping(Map<String, String> explicit) {
    this.explicit = Map.copyOf(explicit);
  }

  /** The value of article field {@code field} in {@code record}, or null. */
  public String get(Map<String, ?> record, String field) {
    String col = explicit.get(field);
    if (col != null) {
      return str(lookup(record, col));
    }
    String blank = null;
    for (String c : CANDIDATES.get(field)) {
      Object v = lookup(record, c);
      if (v != null && !str(v).isBlank()) {
        return str(v);
      }
      if (v != null && blank == null) {
        blank = str(v); // present but empty: reported as empty, not as missing
      }
    }
    return blank;
  }

  /**
   * The outlet attributes a record carries: attribute → {value, source field}, for every
   * {@code outlet.NAME=FIELD} mapping, or without one {@code bias} from
   * {@value OutletAttributes#DEFAULT_BIAS_FIELD} when the record has that field.
   */
  public Map<String, String[]> outletAttributes(Map<String, ?> record) {
    Map<String, String[]> out = new LinkedHashMap<>();
    boolean any = false;
    for (Map.Entry<String, String> e : explicit.entrySet()) {
      if (!e.getKey().startsWith(OutletAttributes.MAP_PREFIX)) continue;
      any = true;
      String v = str(lookup(record, e.getValue()));
      if (v != null) out.put(e.getKey().substring(OutletAttributes.MAP_PREFIX.length()), new String[] {v, e.getValue()});
    }
    if (!any) {
      Object v = lookup(record, OutletAttributes.DEFAULT_BIAS_FIELD);
      if (v != null) out.put("bias", new String[] {str(v), OutletAttributes.DEFAULT_BIAS_FIELD});
    }
    return out;
  }

  /** The host-name field some corpora carry beside the article URL (AllSides: source_url). */
  public String host(Map<String, ?> record) {
    return str(lookup(record, "source_url"));
  }

  private static Object lookup(Map<String, ?> record, String name) {
    Object v = record.get(name);
    if (v != null) return v;
    for (Map.Entry<String, ?> e : record.entrySet()) {
      if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String str(Object v) {
    return v == null ? null : v.toString();
  }
}
