package org.reviewpress;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;
import org.reviewpress.model.Severity;
import org.reviewpress.publish.quality.Scorecard;

/**
 * What a check or build did: every diagnostic of every report, the reports that could be read,
 * and where the site was published (empty for {@code check} and for failed builds).
 *
 * @param failOnWarning whether warnings count as failure for this run
 * @param scorecards    each readable report's answers to the seven quality questions
 * @param rendered      slugs of the reports whose pages this run rendered
 * @param reused        slugs of the reports whose pages were unchanged and copied from the build cache
 * @param checked       slugs of the reports this run read and checked; the others were unchanged and
 *                      their diagnostics (and, without errors, their model) came from the build cache
 */
public record BuildResult(List<Diagnostic> diagnostics, List<Report> reports, Optional<Path> site,
    boolean failOnWarning, List<Scorecard> scorecards, List<String> rendered, List<String> reused,
    List<String> checked) {

  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    reports = List.copyOf(reports);
    scorecards = List.copyOf(scorecards);
    checked = List.copyOf(checked);
    rendered = List.copyOf(rendered);
    reused = List.copyOf(reused);
  }

  /** A result that rendered nothing and scored nothing. */
  public BuildResult(List<Diagnostic> diagnostics, List<Report> reports, Optional<Path> site, boolean failOnWarning) {
    this(diagnostics, reports, site, failOnWarning, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The console's quality summary: for each report, a heading line and its seven answers, one
   * line each.
   */
  public List<String> qualitySummary() {
    List<String> out = new java.util.ArrayList<>();
    for (Scorecard s : scorecards) {
      out.add("Quality markers for " + s.slug() + ": " + s.met() + " of 7 met (details: quality/" + s.slug() + ".html)");
      out.addAll(s.summaryLines());
    }
    return out;
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** Whether the run must fail: any error, or any warning when warnings fail the build. */
  public boolean failed() {
    return count(Severity.ERROR) > 0 || failOnWarning && count(Severity.WARNING) > 0;
  }

  /** One line for the console: what was checked and what was found. */
  public String summary() {
    return String.format("reviewpress: %d report%s, %d error%s, %d warning%s, %d info.",
        reports.size(), reports.size() == 1 ? "" : "s",
        count(Severity.ERROR), count(Severity.ERROR) == 1 ? "" : "s",
        count(Severity.WARNING), count(Severity.WARNING) == 1 ? "" : "s",
        count(Severity.INFO));
  }

  /** One line for the console about incremental work, for example "Rendered 1 report (child-t); reused 2 unchanged." */
  public String renderSummary() {
    return String.format("Rendered %d report%s%s; reused %d unchanged.",
        rendered.size(), rendered.size() == 1 ? "" : "s",
        names(rendered),
        reused.size());
  }

  /** One line for the console about checking, for example "Checked 1 report (child-t); 2 unchanged." */
  public String checkSummary() {
    int unchanged = reports.size() - (int) reports.stream().filter(r -> checked.contains(r.slug())).count();
    return String.format("Checked %d report%s%s; %d unchanged.",
        checked.size(), checked.size() == 1 ? "" : "s",
        names(checked),
        Math.max(0, unchanged));
  }

  /** Up to five slugs in brackets, then how many more: a site of hundreds stays one readable line. */
  private static String names(List<String> slugs) {
    if (slugs.isEmpty()) {
      return "";
    }
    int shown = Math.min(5, slugs.size());
    String more = slugs.size() > shown ? " and " + (slugs.size() - shown) + " more" : "";
    return " (" + String.join(", ", slugs.subList(0, shown)) + more + ")";
  }

  /**
   * Everything a console shows after a run, in order: each diagnostic as
   * {@code file:line:column: message [rule.id]} followed by its hint, the quality summary, the
   * counts, and what was built.
   *
   * @param output the output directory, named in the counts line
   */
  public List<ConsoleLine> consoleLines(Path output) {
    List<ConsoleLine> out = new java.util.ArrayList<>();
    for (Diagnostic d : diagnostics) {
      out.add(new ConsoleLine(d.severity(), d.format()));
      if (!d.hint().isEmpty()) {
        out.add(new ConsoleLine(d.severity(), "    hint: " + d.hint().replace("\n", "\n          ")));
      }
    }
    qualitySummary().forEach(l -> out.add(new ConsoleLine(Severity.INFO, l)));
    out.add(new ConsoleLine(Severity.INFO, summary() + " Details: " + output.resolve("diagnostics.json")));
    out.add(new ConsoleLine(Severity.INFO, checkSummary()));
    site.ifPresent(s -> {
      out.add(new ConsoleLine(Severity.INFO, renderSummary()));
      out.add(new ConsoleLine(Severity.INFO, "Site written to " + s));
    });
    return out;
  }
}
