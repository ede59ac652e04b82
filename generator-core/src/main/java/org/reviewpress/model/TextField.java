package org.reviewpress.model;

import java.util.Objects;

/**
 * A free-text value in front matter (a title, a finding statement...) and where its text lies
 * in the source, so text checks can scan it and point inside it.
 *
 * @param path  where it sits in the front matter, e.g. {@code findings[0].statement}
 * @param value the value as YAML reads it
 * @param start source offset where the value's text starts (after any quote or block indicator)
 * @param end   source offset where it ends
 */
public record TextField(String path, String value, int start, int end) {
  public TextField {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
  }
}
