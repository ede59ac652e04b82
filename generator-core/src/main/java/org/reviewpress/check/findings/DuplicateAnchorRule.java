package org.reviewpress.check.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Anchor;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/** Anchor ids are unique in a report, so every evidence link has one destination. */
public final class DuplicateAnchorRule implements Rule {

  @Override
  public String id() {
    return "evidence.duplicate-anchor";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Each id ({#id} or a heading's own id) is used once in a report, so links have one destination.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    Map<String, Anchor> seen = new HashMap<>();
    for (Anchor a : context.report().body().anchors()) {
      if (a.explicit() && Reserved.isGenerated(a.id())) {
        out.add(diagnostic(a.position(), "The id '" + a.id() + "' is kept for the part of the page reviewpress writes.",
            "Choose another id, for example '" + a.id() + "-account'."));
        continue;
      }
      Anchor first = seen.putIfAbsent(a.id(), a);
      if (first != null && a.explicit()) {
        out.add(diagnostic(a.position(), "The id '" + a.id() + "' is already used at line " + first.position().line() + ".",
            "Give this passage its own id, for example {#" + a.id() + "-2}, and update any evidence that cites it."));
      }
    }
    return out;
  }
}
