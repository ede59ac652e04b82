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
 * UK telephone numbers a person can have: mobiles (07) and landlines (01, 02), written with
 * 0, +44, 0044 or +44 (0), with spaces, hyphens, dots or brackets between groups. Freephone,
 * non-geographic and service numbers (03, 08, 09, 999, 111) belong to organisations and are
 * not reported.
 */
public final class PhoneRule implements Rule {

  static final Pattern PHONE = Pattern.compile(
      "(?<![\\w+./-])(?:\\+44[ \\t.-]?(?:\\(0\\)[ \\t.-]?)?|0044[ \\t.-]?|\\(?0)([127])\\d{1,4}\\)?(?:[ \\t.-]?\\d{2,4}){1,3}(?![\\w/]|[.-]\\d)");

  @Override
  public String id() {
    return "privacy.phone";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No personal UK telephone number (mobile or landline) appears in a report.";
  }

  /**
   * The matches of {@link #PHONE} in {@code t}, as {@code Matcher.find} gives them. A match
   * starts with +44, 0044, a bracket or the trunk prefix 0: at a run of digits or one before it.
   */
  static List<MatchResult> matches(String t, TextIndex index) {
    return MatchStarts.find(PHONE, t, index.nearDigits(1,
        i -> "+0(".indexOf(t.charAt(i)) >= 0 && !MatchStarts.afterWord(t, i, "+./-")));
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    for (MatchResult m : matches(scan.text(), scan.index())) {
      String digits = m.group().replaceAll("\\D", "");
      String national = digits.startsWith("440") ? digits.substring(3)
          : digits.startsWith("0044") ? digits.substring(4)
          : digits.startsWith("44") && m.group().startsWith("+") ? digits.substring(2)
          : digits.substring(1);
      if (national.length() < 9 || national.length() > 10 || Privacy.allowedExactly(context, m.group())) {
        continue;
      }
      out.add(Privacy.at(this, defaultSeverity(), context, m.start(),
          "This is a UK telephone number (" + Privacy.mask(m.group()) + "); it identifies a person or household.",
          "Remove it. A published report names agencies, not the numbers people were contacted on."));
    }
    return out;
  }
}
