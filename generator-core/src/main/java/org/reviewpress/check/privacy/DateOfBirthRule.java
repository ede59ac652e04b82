package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Dates of birth and of death: a date (with or without the year) in the same sentence as, and
 * near, "born", "birth", "DOB", "died", "death" or "passed away". With a name, these are what
 * identifies a child most surely.
 */
public final class DateOfBirthRule implements Rule {

  @Override
  public String id() {
    return "privacy.date-of-birth";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No date of birth or of death appears in a report.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    for (Dates.Found d : Dates.find(context, scan, true)) {
      if (Dates.lifeEvent(scan, d)) {
        out.add(Privacy.at(this, defaultSeverity(), context, d.start(),
            "This looks like a date of birth or death (" + Privacy.mask(scan.text().substring(d.start(), d.end()))
                + "); with the rest of the report it identifies the person.",
            "Give an age or a season instead: 'when Child T was 15', 'in the spring of the second year'."));
      }
    }
    return out;
  }
}
