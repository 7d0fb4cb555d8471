package org.mediastance.actors.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code mediastance actors build}: reads congress-legislators and Peppercat by path and writes
 * the generated registry as two files, each under its own licence: {@code congress.jsonl.gz}
 * (CC0) and {@code peppercat.jsonl.gz} (CC BY-NC 4.0, credit Peppercat / Tony Bowden and
 * Wikidata). Either source may be absent (null). See {@link GeneratedFile} for the format.
 */
public final class RegistryBuilder {
  public static final String CONGRESS_FILE = "congress.jsonl.gz";
  public static final String PEPPERCAT_FILE = "peppercat.jsonl.gz";

  private final Report report = new Report();

  public Report report() {
    return report;
  }

  /** Builds into {@code out} (created if needed); returns the files written with their sizes. */
  public Map<Path, Long> build(Path congress, Path peppercat, Path out) {
    Map<Path, Long> written = new LinkedHashMap<>();
    try {
      Files.createDirectories(out);
      if (congress != null) {
        Map<String, GenPerson> ps = new TreeMap<>(new CongressReader(report).read(congress));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source", "unitedstates/congress-legislators (legislators-2012-2026.yaml, "
            + "executive.yaml)");
        meta.put("licence", "CC0 1.0");
        meta.put("credit", "congress-legislators project (github.com/unitedstates)");
        meta.put("since", PeppercatReader.SINCE.toString());
        Path f = out.resolve(CONGRESS_FILE);
        GeneratedFile.write(f, meta, ps.values());
        written.put(f, Files.size(f));
      }
      if (peppercat != null) {
        Map<String, GenPerson> ps = new PeppercatReader(report).read(peppercat);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source", "Peppercat world leaders and legislators lists as of 2023-01-20");
        meta.put("licence", "CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/); "
            + "non-commercial use only");
        meta.put("credit", "Peppercat, curated by Tony Bowden; facts reconciled with Wikidata "
            + "(CC0). Derived by mediastance: offices mapped, name variants added, roles since "
            + PeppercatReader.SINCE);
        meta.put("since", PeppercatReader.SINCE.toString());
        Path f = out.resolve(PEPPERCAT_FILE);
        GeneratedFile.write(f, meta, ps.values());
        written.put(f, Files.size(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }
}
