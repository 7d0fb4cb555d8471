package org.mediastance.attribution;

/**
 * The kind of an attribution: a quotation with a cue ({@code direct}), an attributed quoted
 * fragment ({@code partial}), a reported clause ({@code indirect}) or an "according to" phrase.
 * {@link #value()} is the string written to the statement's {@code kind} column.
 */
public enum Kind {
  DIRECT("direct"),
  PARTIAL("partial"),
  INDIRECT("indirect"),
  ACCORDING_TO("according_to");

  private final String value;

  Kind(String value) {
    this.value = value;
  }

  /** The value of the {@code kind} column. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
