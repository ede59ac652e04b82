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
 * E-mail addresses, in the text or in a mailto: link. A partnership's shared mailbox may be
 * listed under {@code allow:} in site.yaml.
 */
public final class EmailRule implements Rule {

  private static final Pattern EMAIL = Pattern.compile(
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

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    String t = ScanText.of(context).text();
    boolean hasAt = t.indexOf('@') >= 0;
    // No address without an @; otherwise a letter or digit that starts the local part.
    for (MatchResult m : MatchStarts.find(EMAIL, t, i -> hasAt && (MatchStarts.isLetter(t, i) || MatchStarts.isDigit(t, i)) && !MatchStarts.afterWord(t, i, "._%+'-"))) {
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
