package org.reviewpress.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in an author's report: which rule, how serious, where, what is wrong and how to
 * fix it. Messages are written for lead reviewers, not programmers.
 */
public record Diagnostic(String ruleId, Severity severity, String message, String hint, SourcePosition position) {

  /** Orders diagnostics by file, line and column, then rule id. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing(Diagnostic::position).thenComparing(Diagnostic::ruleId);

  public Diagnostic {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(position, "position");
    hint = hint == null ? "" : hint;
  }

  /** The same diagnostic at another severity (used when a project overrides a rule's level). */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(ruleId, newSeverity, message, hint, position);
  }

  /** The console form: {@code src/reports/x/report.md:42:17: message [rule.id]}. */
  public String format() {
    return position + ": " + message + " [" + ruleId + "]";
  }
}
