package org.reviewpress.check.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.WordList;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Severity;

/**
 * A finding should explain why practice happened, not only describe it (SCIE question 4).
 *
 * <p>The heuristic is deliberately simple and visible: a statement that contains none of the
 * explanatory cues in {@code explanatory-cues.txt} ("because", "this meant", "the system"...)
 * and whose finding fills none of the explanatory fields ({@code in-this-case},
 * {@code not-peculiar}, {@code how-widespread}, {@code implications}) is reported. It is a
 * warning: a good author can silence it with an exemption and a reason.
 */
public final class DescriptiveRule implements Rule {

  private static final Pattern CUES = Pattern.compile(
      WordList.load(DescriptiveRule.class, "explanatory-cues.txt").stream()
          .map(c -> Pattern.quote(c.toLowerCase(Locale.ROOT)))
          .collect(Collectors.joining("|", "\\b(?:", ")\\b")));

  @Override
  public String id() {
    return "findings.descriptive";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "A finding explains why practice happened as it did, not only what happened.";
  }

  /** Whether a statement contains any explanatory cue. */
  static boolean explains(String statement) {
    return CUES.matcher(statement.toLowerCase(Locale.ROOT)).find();
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : context.report().findings()) {
      if (!f.hasExplanatoryFields() && !explains(f.statement())) {
        out.add(diagnostic(f.statementPosition(), "Finding " + f.id()
            + " describes what happened but does not explain why.",
            "Say what made practice happen this way (for example 'because the referral form had no"
                + " place for...'), or fill in 'in-this-case', 'not-peculiar' and 'implications'."));
      }
    }
    return out;
  }
}
