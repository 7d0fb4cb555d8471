package org.mediastance.config;

/**
 * A usage or configuration error found before any work starts (unknown config key, bad value,
 * missing or unreadable input). The message names the offending option, key or path; the command
 * exits with code 2.
 */
public class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
