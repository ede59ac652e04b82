package org.reviewpress;

import java.util.Objects;
import org.reviewpress.model.Severity;

/**
 * One line a front end (the Maven plugin, the preview server) shows on its console, at the
 * level it should be shown at. The wording is reviewpress's, so every front end says the same.
 */
public record ConsoleLine(Severity level, String text) {
  public ConsoleLine {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(text, "text");
  }
}
