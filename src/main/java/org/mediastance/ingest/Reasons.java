package org.mediastance.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quarantine reasons: every record that does not become an analysed article carries exactly
 * one of these in {@code quarantine/} (field {@code reason}), with details in {@code detail}.
 */
public final class Reasons {
  private Reasons() {}

  public static final String MALFORMED_JSON = "malformed_json";
  public static final String NOT_A_JSON_OBJECT = "not_a_json_object";
  public static final String MALFORMED_CSV = "malformed_csv";
  public static final String INVALID_UTF8 = "invalid_utf8";
  public static final String BINARY_CONTENT = "binary_content";
  public static final String NO_TEXT_FIELD = "no_text_field";
  public static final String EMPTY_TEXT = "empty_text";
  public static final String NO_TEXT_AFTER_CLEANING = "no_text_after_cleaning";
  public static final String TEXT_TOO_LONG = "text_too_long";
  public static final String NOT_ENGLISH = "not_english";
  public static final String DUPLICATE_ID = "duplicate_id";
  public static final String NOT_HTML = "not_html";
  public static final String UNREADABLE_FILE = "unreadable_file";
  public static final String NLP_FAILED = "nlp_failed";
  public static final String NLP_TIMEOUT = "nlp_timeout";

  /** Reason → one-line explanation, for the README and the report. */
  public static Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(MALFORMED_JSON, "a JSON-lines record that does not parse as JSON");
    m.put(NOT_A_JSON_OBJECT, "valid JSON that is not an object (an array, a number, a string)");
    m.put(MALFORMED_CSV, "a CSV row Spark's parser could not read");
    m.put(INVALID_UTF8, "bytes that are not valid UTF-8");
    m.put(BINARY_CONTENT, "text with NUL bytes or mostly control characters");
    m.put(NO_TEXT_FIELD, "no text field found (neither mapped nor auto-detected)");
    m.put(EMPTY_TEXT, "a text field that is empty or only whitespace");
    m.put(NO_TEXT_AFTER_CLEANING, "nothing left after HTML and furniture removal (e.g. an HTML-only page)");
    m.put(TEXT_TOO_LONG, "cleaned text longer than max_text_chars");
    m.put(NOT_ENGLISH, "text that is not English (the models are English-only)");
    m.put(DUPLICATE_ID, "a second record with an id already taken (the first in file order is kept)");
    m.put(NOT_HTML, "a WARC response that is not an HTML page");
    m.put(UNREADABLE_FILE, "an input file that could not be opened or decompressed");
    m.put(NLP_FAILED, "the NLP stage threw on this article (detail holds a short stack summary)");
    m.put(NLP_TIMEOUT, "the NLP stage took longer than article_timeout_seconds on this article");
    return m;
  }
}
