package org.mediastance.actors.build;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Full-name variants of a person, for matching names in news text: the label as given; the label
 * without parenthesised parts, middle initials and suffixes ("Jr.", "III"); first and last name
 * without middle names ("Joseph Robinette Biden" → "Joseph Biden"); and cheap transliteration
 * variants of names from the former Soviet Union ("Sergei"/"Sergey", "Dmitriy"/"Dmitry",
 * "Aleksandr"/"Alexander"). One-word names are not variants: a lone word is too often a common
 * word or someone else's surname.
 */
public final class NameVariants {

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v", "phd",
      "md", "qc", "kc", "mp");
  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "van", "von", "de",
      "da", "di", "du", "del", "der", "den", "le", "la", "dos", "das", "do", "ter", "ben", "abu",
      "y", "e");
  /** Countries whose names are written surname first: first+last would be wrong. */
  private static final Set<String> SURNAME_FIRST = Set.of("CHN", "PRK", "KOR", "TWN", "VNM", "HUN",
      "JPN", "KHM", "MNG");
  /** Countries whose names reach English through Russian or Ukrainian transliteration. */
  private static final Set<String> CYRILLIC = Set.of("RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK",
      "UZB", "TKM", "MDA", "ARM", "AZE", "GEO", "BGR", "SRB", "MKD", "MNG");

  private NameVariants() {}

  /** The variants of a label, the label first; empty when it is a single word. */
  public static List<String> of(String label, String iso3) {
    Set<String> out = new LinkedHashSet<>();
    String clean = label.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").trim();
    if (clean.isEmpty() || clean.split(" ").length < 2) {
      return List.of();
    }
    out.add(label.trim().replaceAll("\\s+", " "));
    out.add(clean);
    List<String> w = new ArrayList<>(List.of(clean.split(" ")));
    // suffixes ("Jr.", "III", ", Jr.") at the end
    while (w.size() > 2 && SUFFIXES.contains(key(w.get(w.size() - 1)))) {
      w.remove(w.size() - 1);
    }
    if (!w.isEmpty()) {
      w.set(w.size() - 1, w.get(w.size() - 1).replaceAll(",$", ""));
    }
    // middle initials ("John F. Kennedy" → "John Kennedy"), not a leading initial ("J. D. Vance")
    List<String> noInit = new ArrayList<>(w.subList(0, 1));
    boolean leadingInitial = key(w.get(0)).matches("\\p{L}");
    for (int i = 1; i < w.size() - 1; i++) {
      if (leadingInitial || !key(w.get(i)).matches("\\p{L}")) {
        noInit.add(w.get(i));
      }
    }
    noInit.add(w.get(w.size() - 1));
    if (noInit.size() >= 2) {
      out.add(String.join(" ", w));
      out.add(String.join(" ", noInit));
    }
    // first + last without middle names, unless surname-first or a particle surname ("de la Cruz")
    boolean surnameFirst = iso3 != null && SURNAME_FIRST.contains(iso3);
    if (!surnameFirst && noInit.size() >= 3 && !key(noInit.get(0)).matches("\\p{L}")
        && !PARTICLES.contains(key(noInit.get(noInit.size() - 2)))) {
      out.add(noInit.get(0) + " " + noInit.get(noInit.size() - 1));
    }
    if (iso3 != null && CYRILLIC.contains(iso3)) {
      for (String v : List.copyOf(out)) {
        out.add(translit(v));
      }
    }
    out.removeIf(v -> v.split(" ").length < 2);
    return List.copyOf(out);
  }

  /** One alternative spelling per word: -ei/-ey, -iy/-y, Aleksandr/Alexander. */
  static String translit(String name) {
    List<String> out = new ArrayList<>();
    for (String word : name.split(" ")) {
      String x = word;
      if (x.equals("Aleksandr")) {
        x = "Alexander";
      } else if (x.equals("Alexander")) {
        x = "Aleksandr";
      } else if (x.startsWith("Aleks")) {
        x = "Alex" + x.substring(5);
      } else if (x.endsWith("ei") && x.length() > 3) {
        x = x.substring(0, x.length() - 2) + "ey";
      } else if (x.endsWith("ey") && x.length() > 3) {
        x = x.substring(0, x.length() - 2) + "ei";
      } else if (x.endsWith("iy") && x.length() > 3) {
        x = x.substring(0, x.length() - 2) + "y";
      } else if (x.endsWith("yi") && x.length() > 3) {
        x = x.substring(0, x.length() - 2) + "y";
      } else if (x.matches("\\p{Lu}\\p{L}+[^aeiouy]y")) {
        x = x.substring(0, x.length() - 1) + "iy";
      }
      out.add(x);
    }
    return String.join(" ", out);
  }

  private static String key(String word) {
    String n = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
  }
}
