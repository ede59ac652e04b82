package org.reviewpress.check.findings;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Category;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Severity;

/** A category lets national collation group findings across reports (SCIE question 1). */
public final class MissingCategoryRule implements Rule {

  @Override
  public String id() {
    return "findings.missing-category";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "Each finding names its category in the Learning Together typology, so it can be collated.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : context.report().findings()) {
      if (f.category().isEmpty()) {
        List<String> codes = java.util.Arrays.stream(Category.values()).map(Category::code).toList();
        out.add(diagnostic(f.position(), "Finding " + f.id() + " has no category.",
            "Add 'category:' with one of " + String.join(", ", codes) + "."));
      }
    }
    return out;
  }
}
