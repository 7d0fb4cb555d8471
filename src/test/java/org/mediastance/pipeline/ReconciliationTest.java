package org.mediastance.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediastance.ingest.InputFiles;

/** The run's count reconciliation: read = articles + quarantined + skipped by --limit, per file. */
class ReconciliationTest {
  static final InputFiles.InputFile A = new InputFiles.InputFile("a.jsonl", "jsonl", 10, "x");
  static final InputFiles.InputFile B = new InputFiles.InputFile("b.csv", "csv", 20, "y");

  @Test
  void countsThatAddUpGiveTotalsAndOneRowPerFile() {
    Reconciliation.Result r = Reconciliation.check(List.of(A, B),
        Map.of("a.jsonl", 10L, "b.csv", 5L), Map.of("a.jsonl", 6L, "b.csv", 2L), Map.of("a.jsonl", 1L, "b.csv", 1L),
        Map.of("a.jsonl", 9L, "b.csv", 4L), Map.of("a.jsonl", 6L, "b.csv", 2L));
    assertNull(r.error());
    assertEquals(8, r.articles());
    assertEquals(2, r.quarantined());
    assertEquals(5, r.skipped());
    assertEquals(2, r.inputs().size());
    assertEquals(3L, r.inputs().get(0).get("skipped_by_limit"));
    assertEquals(true, r.inputs().get(1).get("reconciled"));
  }

  @Test
  void aFileWithNoRowsCountsZeroWithoutLimit() {
    Reconciliation.Result r = Reconciliation.check(List.of(A), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    assertNull(r.error());
    assertEquals(0L, r.inputs().get(0).get("read"));
  }

  @Test
  void aLostRecordIsAnErrorNamingTheFileAndTheCounts() {
    Reconciliation.Result r = Reconciliation.check(List.of(A, B),
        Map.of("a.jsonl", 10L, "b.csv", 5L), Map.of("a.jsonl", 9L, "b.csv", 5L), Map.of(), Map.of(), Map.of());
    assertEquals("counts do not reconcile for a.jsonl: read 10 != articles 9 + quarantined 0 + skipped 0", r.error());
    assertEquals(1, r.inputs().size(), "rows up to the failing file");
    assertEquals(false, r.inputs().get(0).get("reconciled"));
    assertTrue(r.articles() == 9);
  }
}
