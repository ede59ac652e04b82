package org.reviewpress.check.findings;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Severity;

/** A finding must show how it was reached: at least one evidence anchor (SCIE question 5). */
public final class EvidenceMissingRule implements Rule {

  @Override
  public String id() {
    return "findings.evidence-missing";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Every finding cites at least one passage of the report as its evidence.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : context.report().findings()) {
      if (f.evidence().isEmpty()) {
        out.add(diagnostic(f.position(), "Finding " + f.id() + " does not say what evidence it rests on.",
            "Add 'evidence: [\"#episode-3\"]' listing the ids of the passages in the report that show how"
                + " the finding was reached; give a passage an id by ending its heading or paragraph with {#episode-3}."));
      }
    }
    return out;
  }
}
