package org.reviewpress.model;

import java.util.Objects;

/** An acronym or term and its plain-English meaning. */
public record GlossaryEntry(String term, String definition, SourcePosition position) {
  public GlossaryEntry {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(position, "position");
  }
}
