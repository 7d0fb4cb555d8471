package org.mediastance.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Lets tests outside this package write a one-response WARC file. */
public final class WarcFixturesAccess {
  private WarcFixturesAccess() {}

  public static void write(Path file, String uri, String html) throws IOException {
    WarcFixtures.write(file, List.of(new WarcFixtures.Resp(uri, "text/html; charset=utf-8", html)));
  }
}
