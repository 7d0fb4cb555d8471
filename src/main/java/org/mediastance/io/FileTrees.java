package org.mediastance.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes folder trees (temporary run folders, part files, replaced outputs). Stateless. */
public final class FileTrees {
  private FileTrees() {}

  /** Deletes {@code p} and everything under it; nothing to do when it does not exist. */
  public static void delete(Path p) {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
