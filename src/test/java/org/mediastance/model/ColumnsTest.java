package org.mediastance.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.mediastance.config.UsageException;

class ColumnsTest {
  @Test
  void requirePassesWhenEveryColumnIsThere() {
    assertDoesNotThrow(() -> Columns.require(new String[] {"a", "b", "c"}, "stage", "c", "a"));
  }

  @Test
  void requireNamesTheStageAndTheMissingColumn() {
    UsageException e = assertThrows(UsageException.class,
        () -> Columns.require(new String[] {"statement_id", "outlet"}, "aggregate (statements)", "outlet", "government"));
    assertTrue(e.getMessage().startsWith("aggregate (statements): "), e.getMessage());
    assertTrue(e.getMessage().contains("no column 'government'"), e.getMessage());
    assertFalse(e.getMessage().contains("'outlet'"), e.getMessage());
  }

  @Test
  void snakeAndCamelRoundTrip() {
    assertEquals("content_begin", Columns.snake("contentBegin"));
    assertEquals("contentBegin", Columns.camel("content_begin"));
  }
}
