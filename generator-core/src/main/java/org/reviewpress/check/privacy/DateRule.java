package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Full calendar dates (day, month and year) other than dates of birth and death, which
 * {@link DateOfBirthRule} reports. Exact dates of events let local readers recognise a family.
 * A warning in a draft, an error in a final report; a date that belongs to national guidance
 * can be exempted with a reason.
 */
public final class DateRule implements Rule {

  @Override
  public String id() {
    return "privacy.date";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Events are placed in time without full calendar dates (a warning until the report is final).";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    for (Dates.Found d : Dates.find(context, scan, false)) {
      if (Dates.lifeEvent(scan, d)) {
        continue; // privacy.date-of-birth reports it as an error
      }
      out.add(Privacy.at(this, Privacy.escalated(context.report()), context, d.start(),
          "This is a full calendar date (" + Privacy.mask(scan.text().substring(d.start(), d.end()))
              + "); exact dates help local readers recognise the family.",
          "Say when it happened relative to the story: 'in the spring of the second year', 'three weeks later'."
              + " If it is the date of national guidance, exempt it: <!-- reviewpress-allow privacy.date: date of"
              + " national guidance -->."));
    }
    return out;
  }
}
