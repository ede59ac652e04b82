package org.reviewpress.source;

import java.util.List;
import java.util.Optional;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;

/**
 * What reading one report gave: the report when it could be built, and every problem met.
 * A report with broken front matter gives diagnostics and no report.
 */
public record ReadResult(ReportSource source, Optional<Report> report, List<Diagnostic> diagnostics) {
  public ReadResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
