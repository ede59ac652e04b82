package org.reviewpress.check.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Anchor;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Ref;
import org.reviewpress.model.Section;
import org.reviewpress.model.Severity;

/**
 * Evidence must be the account of practice, not the findings themselves: a finding citing a
 * finding (or a part of the body headed "Findings") is circular.
 */
public final class EvidenceInFindingsRule implements Rule {

  @Override
  public String id() {
    return "evidence.in-findings";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Evidence points at the account of practice or the analysis, not at the findings themselves.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : context.report().findings()) {
      for (Ref e : f.evidence()) {
        String id = e.anchorId();
        boolean circular = Reserved.isGenerated(id);
        if (!circular) {
          Optional<Anchor> a = context.report().body().anchor(id);
          circular = a.isPresent() && inFindingsSection(context, a.get());
        }
        if (circular) {
          out.add(diagnostic(e.position(), "Finding " + f.id() + " cites '" + e.value()
              + "', which is part of the findings, not the evidence for them.",
              "Cite the episode, account or analysis that the finding is drawn from instead."));
        }
      }
    }
    return out;
  }

  private static boolean inFindingsSection(CheckContext context, Anchor a) {
    List<Section> sections = context.report().body().sections();
    // The anchor's own section, and every enclosing section above it, counts.
    int level = Integer.MAX_VALUE;
    for (int i = sections.size() - 1; i >= 0; i--) {
      Section s = sections.get(i);
      if (s.start() > a.start() || s.level() == 0 || s.level() >= level) {
        continue;
      }
      level = s.level();
      if (s.title().toLowerCase(Locale.ROOT).startsWith("findings")) {
        return true;
      }
    }
    return false;
  }
}
