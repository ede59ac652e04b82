package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.check.WordList;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Test oracle: this class as it was before the privacy word rules shared one tokenisation (commit 44d246c),
 * kept unchanged so that the equivalence tests can compare the faster rules with it.
 *
 * <p>Named chronic or rare health conditions (the curated list in {@code health-conditions.txt})
 * in a sentence about a member of the family. A rare condition and a town can be enough to
 * recognise a child. A service named after a condition ("the epilepsy nurse") is not reported.
 */
public final class LegacyHealthConditionRule implements Rule {

  private static final List<String> CONDITIONS = WordList.load(HealthConditionRule.class, "health-conditions.txt");
  private static final Pattern CONDITION = Pattern.compile("(?i)(?<![\\w-])(?:"
      + LegacyFamily.alternation(CONDITIONS) + ")(?![\\w-])");
  /** Where a listed condition can start: only there is the long alternation tried. */
  private static final MatchStarts.Openings OPENINGS = MatchStarts.Openings.of(CONDITIONS);
  private static final Pattern SERVICE = Pattern.compile(
      "(?i)\\s+(?:nurses?|teams?|services?|clinics?|specialists?|leads?|charity|society|association|awareness|pathway"
          + "|units?|consultants?|trust|uk|action|network|support\\s+groups?|training|policy|guidance)\\b");

  @Override
  public String id() {
    return "privacy.health-condition";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "A family member's named chronic or rare health condition is described, not named (a warning until final).";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (MatchResult m : LegacyFamily.inFamilySentences(context, CONDITION, OPENINGS, SERVICE)) {
      out.add(Privacy.at(this, Privacy.escalated(context.report()), context, m.start(),
          "This names a health condition of someone in the family (" + m.group().replaceAll("\\s+", " ")
              + "); a named condition can make the family recognisable.",
          "Describe what mattered for practice instead: 'a long-term health condition that needed daily care'."));
    }
    return out;
  }
}
