package org.reviewpress.source;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;
import org.reviewpress.model.SourcePosition;

/** Collects the diagnostics a source stage finds; not thread-safe, one per report. */
final class DiagnosticSink {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void error(String ruleId, SourcePosition at, String message, String hint) {
    diagnostics.add(new Diagnostic(ruleId, Severity.ERROR, message, hint, at));
  }

  void warning(String ruleId, SourcePosition at, String message, String hint) {
    diagnostics.add(new Diagnostic(ruleId, Severity.WARNING, message, hint, at));
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  List<Diagnostic> all() {
    return List.copyOf(diagnostics);
  }
}
