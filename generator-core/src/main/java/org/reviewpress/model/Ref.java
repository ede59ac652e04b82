package org.reviewpress.model;

import java.util.Objects;

/**
 * A reference an author wrote in front matter (an evidence anchor, a finding id), with the
 * place it was written so problems with it can be pointed at exactly.
 */
public record Ref(String value, SourcePosition position) {
  public Ref {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(position, "position");
  }

  /** An evidence reference without its leading {@code #}. */
  public String anchorId() {
    return value.startsWith("#") ? value.substring(1) : value;
  }
}
