package org.mediastance.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Facts about this JVM that runs and benchmarks report. Stateless. */
public final class Jvm {
  private Jvm() {}

  /** Peak heap use so far: the sum of the heap memory pools' peak usage, in bytes. */
  public static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
    }
    return peak;
  }
}
