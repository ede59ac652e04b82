package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * NHS numbers: ten digits, written together or grouped 3-3-4 with spaces or hyphens, whose last
 * digit is the modulus 11 check digit. Ten-digit numbers that fail the check are not NHS numbers
 * and are not reported.
 */
public final class NhsNumberRule implements Rule {

  static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d.,/-])(\\d{3})([ \\t-]?)(\\d{3})\\2(\\d{4})(?![\\d/]|[.,-]\\d)");

  @Override
  public String id() {
    return "privacy.nhs-number";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No NHS number appears in a report: it identifies one person.";
  }

  /** Whether ten digits carry a valid NHS modulus 11 check digit. */
  static boolean valid(String digits) {
    if (digits.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /**
   * The matches of {@link #TEN_DIGITS} in {@code t}, as {@code Matcher.find} gives them. A match
   * starts a run of digits that is three long (grouped) or ten (written together).
   */
  static List<MatchResult> matches(String t, TextIndex index) {
    MatchStarts.Offsets starts = new MatchStarts.Offsets();
    for (int k = 0; k < index.digitRuns(); k++) {
      int length = index.digitEnd(k) - index.digitStart(k);
      if (length == 3 || length == 10) {
        starts.add(index.digitStart(k));
      }
    }
    return MatchStarts.find(TEN_DIGITS, t, starts);
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    for (MatchResult m : matches(scan.text(), scan.index())) {
      if (valid(m.group(1) + m.group(3) + m.group(4))) {
        out.add(Privacy.at(this, defaultSeverity(), context, m.start(),
            "This is an NHS number (" + Privacy.mask(m.group()) + "); it identifies one person.",
            "Remove the number. A published report never needs it: write 'the child's health record' instead."));
      }
    }
    return out;
  }
}
