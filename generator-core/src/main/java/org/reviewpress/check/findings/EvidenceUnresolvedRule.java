package org.reviewpress.check.findings;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Anchor;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Ref;
import org.reviewpress.model.Severity;
import org.reviewpress.source.Suggest;

/** Every evidence link must lead to an anchor in the body; the hint names the closest one. */
public final class EvidenceUnresolvedRule implements Rule {

  @Override
  public String id() {
    return "evidence.unresolved";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Every evidence link points at a heading or a passage with an id in the report's body.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<String> ids = context.report().body().anchors().stream().map(Anchor::id).distinct().toList();
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : context.report().findings()) {
      for (Ref e : f.evidence()) {
        if (!e.value().startsWith("#")) {
          out.add(diagnostic(e.position(), "The evidence '" + e.value() + "' of finding " + f.id()
              + " is not a link to a passage of the report.",
              "Write evidence as '#' followed by the id of a heading or passage, for example \"#" + e.value() + "\"."));
          continue;
        }
        if (ids.contains(e.anchorId()) || Reserved.isGenerated(e.anchorId())) {
          continue;
        }
        String hint = Suggest.closest(e.anchorId(), ids)
            .map(s -> "Did you mean \"#" + s + "\"? ")
            .orElse(ids.isEmpty() ? "The body has no headings or ids yet. " : "")
            + "Give the passage an id by ending its heading or paragraph with {#" + e.anchorId() + "}.";
        out.add(diagnostic(e.position(), "Finding " + f.id() + " cites '" + e.value()
            + "', but no heading or passage in the report has that id.", hint));
      }
    }
    return out;
  }
}
