package org.mediastance.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gives every article one canonical outlet name: from the record's outlet field, else from the
 * URL host; then through an alias table so that "CNN (Web News)" and "cnn.com" are one outlet. The
 * shipped table is {@code outlets.yaml}; the config's {@code outlet_aliases} is merged over it.
 * Keys are matched case-insensitively; hosts lose a leading "www.". Immutable, thread-safe.
 */
public final class OutletNames implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String UNKNOWN = "(unknown)";

  private final Map<String, String> aliases;

  public OutletNames(Map<String, String> userAliases) {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = OutletNames.class.getResourceAsStream("/outlets.yaml")) {
      if (in == null) throw new IllegalStateException("outlets.yaml missing from the classpath");
      @SuppressWarnings("unchecked")
      Map<String, Object> doc = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      @SuppressWarnings("unchecked")
      Map<String, java.util.List<String>> canon = (Map<String, java.util.List<String>>) doc.get("outlets");
      for (var e : canon.entrySet()) {
        m.put(key(e.getKey()), e.getKey());
        for (String a : e.getValue()) m.put(key(a), e.getKey());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read outlets.yaml", e);
    }
    userAliases.forEach((k, v) -> m.put(key(k), v));
    this.aliases = Map.copyOf(m);
  }

  /** Canonical outlet for a record's outlet field (may be null) and URL (may be null). */
  public String canonical(String outlet, String url, String hostField) {
    if (outlet != null && !outlet.isBlank()) {
      String o = TextCleaner.normaliseParagraph(outlet);
      return aliases.getOrDefault(key(o), o);
    }
    String host = host(url);
    if (host == null) host = host(hostField);
    if (host == null) return UNKNOWN;
    return aliases.getOrDefault(key(host), host);
  }

  static String host(String url) {
    if (url == null || url.isBlank()) return null;
    String u = url.strip();
    if (!u.contains("://")) u = "http://" + u;
    try {
      String h = URI.create(u.replace(" ", "%20")).getHost();
      if (h == null) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String key(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT);
    return k.startsWith("www.") ? k.substring(4) : k;
  }
}
