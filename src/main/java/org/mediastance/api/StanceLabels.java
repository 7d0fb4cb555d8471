package org.mediastance.api;
import org.mediastance.learn.Example;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.mediastance.stance.StanceData;

/**
 * Stance labels a researcher gives to statements, kept in the labelled-statement format that
 * {@code mediastance train stance --data FILE --format user} reads ({@link StanceData#user}): one
 * JSON object per line with {@code sentence}, {@code target}, {@code target_begin},
 * {@code target_end}, {@code label} (−1 criticises, 0 neutral, +1 supports) and, for provenance,
 * {@code statement_id}. The target span is the first occurrence of the mention in the sentence.
 * Not thread-safe.
 */
public final class StanceLabels {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One label: the sentence, the target mention's span in it, the label −1/0/+1. */
  public record Label(String statementId, String sentence, String target, int begin, int end, int label) {}

  private final List<Label> labels = new ArrayList<>();

  /** Labels the stance of a statement's sentence toward {@code mention}; the mention must occur in it. */
  public StanceLabels add(String statementId, String sentence, String mention, int label) {
    if (label < -1 || label > 1) throw new IllegalArgumentException("label must be -1, 0 or 1: " + label);
    if (sentence == null || mention == null || mention.isBlank()) {
      throw new IllegalArgumentException("sentence and mention are required (" + statementId + ")");
    }
    int b = sentence.indexOf(mention);
    if (b < 0) throw new IllegalArgumentException("'" + mention + "' does not occur in the sentence of " + statementId);
    labels.add(new Label(statementId, sentence, mention, b, b + mention.length(), label));
    return this;
  }

  /** The same for a row of {@code statements/} (uses its {@code statement_id} and {@code sentence}). */
  public StanceLabels add(Row statement, String mention, int label) {
    return add(statement.getAs("statement_id"), statement.getAs("sentence"), mention, label);
  }

  public List<Label> labels() { return List.copyOf(labels); }

  public int size() { return labels.size(); }

  /** Writes the labels as JSON lines (UTF-8) and returns the file. */
  public Path write(Path file) {
    StringBuilder b = new StringBuilder();
    try {
      for (Label l : labels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statement_id", l.statementId());
        m.put("sentence", l.sentence());
        m.put("target", l.target());
        m.put("target_begin", l.begin());
        m.put("target_end", l.end());
        m.put("label", l.label());
        b.append(JSON.writeValueAsString(m)).append('\n');
      }
      if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The labels as training examples, read back through the trainer's own reader ({@link StanceData#user}). */
  public List<Example> examples() {
    try {
      Path tmp = Files.createTempFile("stance-labels", ".jsonl");
      try {
        return StanceData.user(write(tmp));
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
