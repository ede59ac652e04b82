package org.reviewpress.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A recommendation and the findings it answers. */
public record Recommendation(String id, List<Ref> findings, String text, Optional<String> owner,
    SourcePosition position) {

  public Recommendation {
    Objects.requireNonNull(id, "id");
    findings = List.copyOf(findings);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  public String htmlId() {
    return "recommendation-" + id;
  }
}
