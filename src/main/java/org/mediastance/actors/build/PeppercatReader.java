package org.mediastance.actors.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mediastance.config.UsageException;

/**
 * Reads a Peppercat folder ({@code <jurisdiction>/leaders-historic.csv} and
 * {@code legislators-historic.csv}) into persons with dated roles. Rows are kept when their
 * jurisdiction maps to a country or an IGO, their position maps to an office, and the role was
 * active on or after {@link #SINCE}. The United States' legislator list is not read: the
 * congress-legislators data covers Congress with more name variants.
 */
public final class PeppercatReader {

  /** Roles that ended before this day are left out (bounds the size of the registry). */
  public static final LocalDate SINCE = LocalDate.of(2010, 1, 1);

  static final List<String> COLUMNS = List.of("catalog", "position", "person", "personID",
      "start", "end");

  private final Jurisdictions jurisdictions = new Jurisdictions();
  private final Report report;

  public PeppercatReader(Report report) {
    this.report = report;
  }

  /** Persons by Wikidata id, in id order. */
  public Map<String, GenPerson> read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UsageException("--peppercat: not a folder: " + dir);
    }
    List<Path> subs;
    try (Stream<Path> s = Files.list(dir)) {
      subs = s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UsageException("--peppercat " + dir + ": cannot list: " + e.getMessage());
    }
    Map<String, String> names = new TreeMap<>();
    Map<String, String> wiki = new TreeMap<>();
    Map<String, String> isoOf = new TreeMap<>();
    Map<String, List<GenPerson.Role>> roles = new TreeMap<>();
    for (Path sub : subs) {
      String slug = sub.getFileName().toString();
      Path leaders = sub.resolve("leaders-historic.csv");
      Path legis = sub.resolve("legislators-historic.csv");
      if (!Files.exists(leaders) && !Files.exists(legis)) {
        continue;
      }
      List<Csv.Row> lrows = Files.exists(leaders) ? Csv.read(leaders, COLUMNS) : List.of();
      String catalog = lrows.isEmpty() ? null : lrows.get(0).get("catalog");
      Jurisdictions.Target t = jurisdictions.of(slug, catalog);
      if (t == null) {
        report.unknownJurisdictions.add(slug);
        continue;
      }
      if (t.skipped()) {
        report.count("peppercat jurisdictions skipped (sub-national etc.)");
        continue;
      }
      report.count("peppercat jurisdictions read");
      for (Csv.Row r : lrows) {
        add(r, t, true, names, wiki, isoOf, roles);
      }
      if (Files.exists(legis) && !"USA".equals(t.iso3())) {
        for (Csv.Row r : Csv.read(legis, COLUMNS)) {
          add(r, t, false, names, wiki, isoOf, roles);
        }
      }
    }
    Map<String, GenPerson> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<GenPerson.Role>> e : roles.entrySet()) {
      String id = e.getKey();
      List<String> variants = NameVariants.of(names.get(id), isoOf.get(id));
      String title = wiki.get(id);
      if (!variants.isEmpty() && title != null) {
        // the English Wikipedia title is the name news uses when the label is fuller ("Abiy Ahmed" for
        // the label "Abiy Ahmed Ali")
        Set<String> all = new LinkedHashSet<>(variants);
        all.addAll(NameVariants.of(title, isoOf.get(id)));
        variants = List.copyOf(all);
      }
      if (variants.isEmpty()) {
        report.count("peppercat persons left out (one-word name)");
        continue;
      }
      List<GenPerson.Role> rs = new ArrayList<>(new LinkedHashSet<>(e.getValue()));
      out.put(id, new GenPerson(id, names.get(id), variants, List.copyOf(rs)));
    }
    report.counts.put("peppercat persons kept", out.size());
    report.counts.put("peppercat roles kept",
        out.values().stream().mapToInt(p -> p.roles().size()).sum());
    return out;
  }

  private void add(Csv.Row r, Jurisdictions.Target t, boolean leader, Map<String, String> names,
      Map<String, String> wiki, Map<String, String> isoOf, Map<String, List<GenPerson.Role>> roles) {
    String kind = leader ? "leader" : "legislator";
    report.count("peppercat " + kind + " rows read");
    String qid = r.get("personID");
    String name = r.get("person");
    if (!qid.isEmpty() && !qid.matches("Q\\d+")) {
      throw r.error("personID", "not a Wikidata id: '" + qid + "'");
    }
    LocalDate start;
    LocalDate end;
    try {
      start = Dates.parse(r.get("start"), false);
    } catch (IllegalArgumentException e) {
      throw r.error("start", e.getMessage());
    }
    try {
      end = Dates.parse(r.get("end"), true);
    } catch (IllegalArgumentException e) {
      throw r.error("end", e.getMessage());
    }
    if (start != null && end != null && end.isBefore(start)) {
      // a data error of the source, not of the file's form: left out and counted
      report.count("peppercat " + kind + " rows left out (end before start)");
      return;
    }
    if (qid.isEmpty() || name.isEmpty() || start == null) {
      report.count("peppercat " + kind + " rows left out (no id, name or start)");
      return;
    }
    if (end != null && end.isBefore(SINCE)) {
      report.count("peppercat " + kind + " rows left out (ended before 2010)");
      return;
    }
    String position = r.get("position");
    boolean org = t.org() != null;
    Positions.Mapped m = leader ? Positions.leader(position, r.get("catalog"),
        "USA".equals(t.iso3()), org) : Positions.legislator(position, r.get("catalog"), org);
    if (!m.kept()) {
      report.count("peppercat " + kind + " rows left out (" + m.skip() + ")");
      if (leader && Positions.UNMAPPED.equals(m.skip())) {
        report.unmapped(position);
      }
      return;
    }
    report.count("peppercat " + kind + " rows kept");
    names.putIfAbsent(qid, name);
    String title = wikiTitle(r.get("enwiki"));
    if (title != null && !title.equals(name)) {
      wiki.putIfAbsent(qid, title);
    }
    if (t.iso3() != null) {
      isoOf.putIfAbsent(qid, t.iso3());
    }
    roles.computeIfAbsent(qid, k -> new ArrayList<>()).add(new GenPerson.Role(t.iso3(), t.org(),
        m.office(), position, start, end, m.category()));
  }

  /**
   * An English Wikipedia title as a name: without its disambiguation ("John Smith (Australian
   * politician)" gives "John Smith"); null when empty.
   */
  static String wikiTitle(String enwiki) {
    if (enwiki == null || enwiki.isBlank()) {
      return null;
    }
    String t = enwiki.replace('_', ' ').replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
    return t.isEmpty() ? null : t;
  }
}
