package org.reviewpress.check;

import java.util.List;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * One check of a report. Implementations are final, stateless classes with a stable dotted id;
 * {@link #check} returns diagnostics at the rule's default severity (the engine applies the
 * project's levels and the author's exemptions) and never throws for a problem in the text.
 */
public interface Rule {

  /** Stable dotted id, e.g. {@code evidence.unresolved}. */
  String id();

  /** Severity when the project does not override it. */
  Severity defaultSeverity();

  /** One sentence a lead reviewer understands: what the rule looks for and why. */
  String description();

  /** Checks one report. */
  List<Diagnostic> check(CheckContext context);

  /** A diagnostic of this rule at its default severity. */
  default Diagnostic diagnostic(org.reviewpress.model.SourcePosition at, String message, String hint) {
    return new Diagnostic(id(), defaultSeverity(), message, hint, at);
  }
}
