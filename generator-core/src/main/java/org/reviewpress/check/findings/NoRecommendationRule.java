package org.reviewpress.check.findings;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Severity;

/** A finding nobody is asked to act on is easy to lose (SCIE question 3). */
public final class NoRecommendationRule implements Rule {

  @Override
  public String id() {
    return "findings.no-recommendation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Every finding is answered by at least one recommendation.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : context.report().findings()) {
      if (context.report().recommendationsFor(f.id()).isEmpty()) {
        out.add(diagnostic(f.position(), "No recommendation answers finding " + f.id() + ".",
            "Add a recommendation with 'findings: [" + f.id() + "]', or say in the finding's questions"
                + " why the board is not asked to act on it."));
      }
    }
    return out;
  }
}
