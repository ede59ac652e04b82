package org.reviewpress.check.findings;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Recommendation;
import org.reviewpress.model.Ref;
import org.reviewpress.model.Severity;
import org.reviewpress.source.Suggest;

/** A recommendation answers findings that exist in the same report. */
public final class UnknownFindingRule implements Rule {

  @Override
  public String id() {
    return "recommendations.unknown-finding";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Every finding a recommendation answers exists in the report.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<String> ids = context.report().findings().stream().map(Finding::id).toList();
    List<Diagnostic> out = new ArrayList<>();
    for (Recommendation r : context.report().recommendations()) {
      for (Ref f : r.findings()) {
        if (!ids.contains(f.value())) {
          String hint = Suggest.closest(f.value(), ids).map(s -> "Did you mean " + s + "? ").orElse("")
              + (ids.isEmpty() ? "The report has no findings yet." : "The findings are " + String.join(", ", ids) + ".");
          out.add(diagnostic(f.position(), "Recommendation " + r.id() + " answers finding '" + f.value()
              + "', which is not in the report.", hint));
        }
      }
    }
    return out;
  }
}
