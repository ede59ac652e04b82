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
 * E-mail addresses, in the text or in a mailto: link. A partnership's shared mailbox may be
 * listed under {@code allow:} in site.yaml.
 */
public final class EmailRule implements Rule {

  static final Pattern EMAIL = Pattern.compile(
      "(?<![A-Za-z0-9._%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}(?![A-Za-z0-9-])");

  @Override
  public String id() {
    return "privacy.email";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No e-mail address appears in a report, except shared mailboxes the project allows.";
  }

  /**
   * The matches of {@link #EMAIL} in {@code t}, as {@code Matcher.find} gives them. The local
   * part of an address is the whole run of local-part characters before an @ (the pattern allows
   * none of them before it), so each @ gives one place to try: where that run starts.
   */
  static List<MatchResult> matches(String t) {
    MatchStarts.Offsets starts = new MatchStarts.Offsets();
    for (int at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
      int s = at;
      while (s > 0 && localPart(t.charAt(s - 1))) {
        s--;
      }
      if (s < at && (MatchStarts.isLetter(t, s) || MatchStarts.isDigit(t, s))) {
        starts.add(s);
      }
    }
    return MatchStarts.find(EMAIL, t, starts);
  }

  /** A character of the pattern's local part: {@code [A-Za-z0-9._%+'-]}. */
  private static boolean localPart(char c) {
    return TextIndex.isAsciiLetter(c) || TextIndex.isAsciiDigit(c) || "._%+'-".indexOf(c) >= 0;
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (MatchResult m : matches(ScanText.of(context).text())) {
      if (Privacy.allowedExactly(context, m.group())) {
        continue;
      }
      out.add(Privacy.at(this, defaultSeverity(), context, m.start(),
          "This is an e-mail address (" + Privacy.mask(m.group()) + "); it can identify a person.",
          "Remove it. If it is the partnership's shared mailbox, add it under 'allow:' in site.yaml."));
    }
    return out;
  }
}
