package org.mediastance.report;

import java.io.IOException;

/** One section of the report, written into its own {@link Part}. */
interface Section {
  void write(Part p) throws IOException;
}
