package org.mediastance.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC files with jwarc for the reader tests (generated, so no crawled page is copied). */
final class WarcFixtures {
  private WarcFixtures() {}

  record Resp(String uri, String contentType, String body) {}

  static void write(Path file, List<Resp> responses) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (Resp r : responses) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse(r.contentType()), r.body().getBytes(StandardCharsets.UTF_8))
            .build();
        w.write(new WarcResponse.Builder(URI.create(r.uri()))
            .date(Instant.parse("2016-03-01T12:00:00Z"))
            .body(http)
            .build());
      }
    }
  }
}
