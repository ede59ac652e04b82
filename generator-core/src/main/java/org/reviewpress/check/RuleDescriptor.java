package org.reviewpress.check;

import java.util.Objects;
import org.reviewpress.model.Severity;

/**
 * What is known about a rule without running it: for SARIF rule metadata and documentation.
 * Covers the {@link Rule}s and the problems the source stage reports itself.
 */
public record RuleDescriptor(String id, Severity defaultSeverity, String description) {
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(description, "description");
  }
}
