package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;
import org.reviewpress.model.SourcePosition;

/**
 * The names and places on the project's sensitive-terms list (the plain list given to the build
 * and the committed hashed file). Only hashes are compared; the diagnostic gives the position and
 * the length of what matched, never the text, because diagnostics reach CI logs and dashboards.
 * Without any list the rule says once, as information, that it could not check.
 */
public final class SensitiveTermRule implements Rule {

  @Override
  public String id() {
    return "privacy.sensitive-term";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No name or place on the project's sensitive-terms list appears in a report.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    if (!context.privacy().configured()) {
      out.add(new Diagnostic(id(), Severity.INFO,
          "No sensitive-terms list was given, so the family's real names and places could not be checked.",
          "Give the build the plain list with -Dreviewpress.sensitiveTerms=PATH or the environment variable "
              + PrivacySettings.ENVIRONMENT_VARIABLE + ", or commit " + PrivacySettings.HASHED_FILE
              + " written by 'mvn reviewpress:hash-terms'.",
          SourcePosition.startOf(context.report().source().file())));
      return out;
    }
    ScanWords words = ScanWords.of(context);
    ScanText scan = words.scan();
    for (SensitiveTerms.Match m : context.privacy().terms().find(scan.text(), scan.chars(), words.bounds(), words.norms())) {
      out.add(Privacy.at(this, defaultSeverity(), context, m.start(),
          "A name or place from the sensitive-terms list appears here (" + m.words() + " word"
              + (m.words() == 1 ? "" : "s") + ", " + (m.end() - m.start()) + " characters).",
          "Replace it with the pseudonym declared in the front matter (for example 'Mother', 'Child T') or with a"
              + " role or type ('the school', 'the GP practice', 'a nearby town')."));
    }
    return out;
  }
}
