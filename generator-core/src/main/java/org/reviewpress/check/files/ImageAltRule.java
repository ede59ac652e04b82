package org.reviewpress.check.files;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Link;
import org.reviewpress.model.Severity;

/** Every figure has alternative text, so readers who cannot see it get its meaning (WCAG 1.1.1). */
public final class ImageAltRule implements Rule {

  @Override
  public String id() {
    return "accessibility.image-alt";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Every image has alternative text describing what it shows.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Link l : context.report().body().links()) {
      if (l.kind() == Link.Kind.IMAGE && l.text().isBlank()) {
        out.add(diagnostic(l.position(), "The image '" + l.destination() + "' has no alternative text.",
            "Describe what the image shows between the square brackets: ![A genogram of Child T's family"
                + " using pseudonyms](" + l.destination() + ")."));
      }
    }
    return out;
  }
}
