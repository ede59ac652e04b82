package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Ages given to the month, week or day ("aged 2 years and 7 months", "19 months old", "a
 * 7-week-old baby", "at 3 days old"): with the year of the events they give a date of birth.
 * Ages in years ("a 15-year-old boy") and durations ("for 7 months", "5 working days") are not
 * ages to the month and are not reported.
 */
public final class ExactAgeRule implements Rule {

  private static final String N = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
      + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\\w+|thirty|forty|fifty)";
  private static final String FINE = "(?:months?|weeks?|days?|mths?|m|wks?)";
  private static final String YEARS = "(?:years?|yrs?|y)";
  /** The words an age can start with (besides digits): "aged", "at the age of" and the numbers of {@link #N}. */
  private static final MatchStarts.Openings OPENINGS = MatchStarts.Openings.of(java.util.List.of("aged", "at", "one", "two",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty"));
  private static final Pattern AGE = Pattern.compile("(?i)(?<![\\w-])(?:"
      // aged 2 years and 7 months / age 2y 7m / aged 19 months / aged seven weeks
      + "(?:aged|age|at\\s+the\\s+age\\s+of)\\s+(?:" + N + "\\s*" + YEARS + ",?\\s*(?:and\\s+)?)?" + N + "\\s*" + FINE + "(?!\\w)"
      // 2 years and 7 months old / 19 months old / 7-week-old / 3 days old / 19 months of age
      + "|(?:" + N + "[\\s-]*" + YEARS + ",?\\s*(?:and\\s+)?)?" + N + "[\\s-]*" + FINE + "[\\s-]+(?:old|of\\s+age)(?!\\w)"
      // 2 years 7 months (a bare pair years + months names an age, not a duration, in these reports)
      + "|" + N + "\\s*" + YEARS + ",?\\s*(?:and\\s+)?" + N + "\\s*months?\\s+old"
      + "|aged\\s+" + N + "(?:\\.\\d+|:\\d{1,2})\\b"
      + ")");

  @Override
  public String id() {
    return "privacy.exact-age";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Ages are given in years, not to the month (a warning until the report is final).";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    String t = scan.text();
    // Every form starts with a number, "aged" or "at the age of".
    for (MatchResult m : MatchStarts.find(AGE, t, i -> !MatchStarts.afterWord(t, i, "-") && (MatchStarts.isDigit(t, i) || OPENINGS.at(t, i)))) {
      out.add(Privacy.at(this, Privacy.escalated(context.report()), context, m.start(),
          "This gives an age to the month, week or day (" + m.group().replaceAll("\\s+", " ")
              + "); with the dates of events it reveals a date of birth.",
          "Round it: 'a baby under a year old', 'aged 2', 'a toddler', 'a 15-year-old'."));
    }
    return out;
  }
}
