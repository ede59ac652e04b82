package org.reviewpress.model;

import java.util.Locale;
import java.util.Optional;

/** How much a diagnostic matters. Errors fail the build; warnings fail it only when asked. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in configuration, JSON and the console. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a configured level; {@code off} and unknown words give empty. */
  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(text.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
