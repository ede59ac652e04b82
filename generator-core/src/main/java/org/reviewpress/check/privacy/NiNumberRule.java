package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * National Insurance numbers as HMRC issues them: two prefix letters (the first never D, F, I,
 * Q, U or V; the second never D, F, I, O, Q, U or V; never BG, GB, KN, NK, NT, TN or ZZ), six
 * digits, spaced in pairs or not, and a suffix A to D. Without the suffix, only capitals count.
 */
public final class NiNumberRule implements Rule {

  static final Pattern NINO = Pattern.compile(
      "(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \\t]?(\\d{2})[ \\t]?(\\d{2})[ \\t]?(\\d{2})(?:[ \\t]?([A-D]))?(?![A-Za-z0-9])",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> NEVER_ISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  @Override
  public String id() {
    return "privacy.ni-number";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No National Insurance number appears in a report: it identifies one person.";
  }

  /**
   * The matches of {@link #NINO} in {@code t}, as {@code Matcher.find} gives them. A match starts
   * with two letters at the start of a word, and its digits begin two or three characters on.
   */
  static List<MatchResult> matches(String t, TextIndex index) {
    return MatchStarts.find(NINO, t, index.nearDigits(3,
        i -> MatchStarts.isLetter(t, i) && MatchStarts.isLetter(t, i + 1) && !MatchStarts.afterAlnum(t, i)));
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    for (MatchResult m : matches(scan.text(), scan.index())) {
      String prefix = m.group(1);
      if (NEVER_ISSUED.contains(prefix.toUpperCase(Locale.ROOT))) {
        continue;
      }
      boolean capitals = prefix.equals(prefix.toUpperCase(Locale.ROOT));
      if (m.group(5) == null ? !capitals : !capitals && !m.group(5).equals(m.group(5).toLowerCase(Locale.ROOT))) {
        continue;
      }
      out.add(Privacy.at(this, defaultSeverity(), context, m.start(),
          "This is a National Insurance number (" + Privacy.mask(m.group()) + "); it identifies one person.",
          "Remove the number; a published report never needs it."));
    }
    return out;
  }
}
