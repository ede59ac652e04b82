package org.reviewpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * An unchanged report is not checked again, and anything its diagnostics depend on (its text,
 * site.yaml, rule levels, the sensitive-term list) makes it checked again.
 */
class CheckCacheTest {

  @TempDir
  Path project;

  /** Counts its runs (a test double: real rules are stateless). */
  static final AtomicInteger RUNS = new AtomicInteger();

  static final class CountingRule implements Rule {
    @Override
    public String id() {
      return "findings.counting";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String description() {
      return "Counts how often it runs.";
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
      RUNS.incrementAndGet();
      return List.of(diagnostic(context.report().findings().get(0).position(), "Seen " + context.report().slug() + ".", "None."));
    }
  }

  private BuildResult check(Map<String, String> levels, Path terms) {
    return Publisher.builder().projectDirectory(project).threads(1).ruleLevels(levels).sensitiveTerms(terms)
        .rules(RuleRegistry.of(List.of(new CountingRule()))).build().check();
  }

  private void report(String slug, String statement) throws Exception {
    Path dir = Files.createDirectories(project.resolve("src/reports").resolve(slug));
    Files.writeString(dir.resolve("report.md"), """
        ---
        title: "Review: %s"
        review-type: SAR
        partnership: Westvale Safeguarding Adults Board
        findings:
          - id: F1
            title: A finding
            statement: %s
            evidence: ["#intro"]
        ---

        ## Introduction {#intro}
        """.formatted(slug, statement));
  }

  @Test
  void unchangedReportsAreNotCheckedAgainAndChangesToAnythingTheyDependOnAre() throws Exception {
    report("adult-a", "Because the form had no place for it.");
    report("adult-b", "Because the team was short of staff.");
    RUNS.set(0);
    BuildResult first = check(Map.of(), null);
    assertThat(RUNS.get()).isEqualTo(2);

    BuildResult again = check(Map.of(), null);
    assertThat(RUNS.get()).as("nothing changed: no rule runs").isEqualTo(2);
    assertThat(again.diagnostics()).containsExactlyElementsOf(first.diagnostics());

    report("adult-b", "Because the team was short of staff that winter.");
    check(Map.of(), null);
    assertThat(RUNS.get()).as("one report edited: only it is checked").isEqualTo(3);

    check(Map.of("findings.counting", "error"), null);
    assertThat(RUNS.get()).as("levels changed: every report is checked").isEqualTo(5);
    assertThat(check(Map.of("findings.counting", "error"), null).failed()).isTrue();

    Files.writeString(project.resolve("src/reports/site.yaml"), "title: Westvale reviews\n");
    check(Map.of("findings.counting", "error"), null);
    assertThat(RUNS.get()).as("site.yaml changed").isEqualTo(7);

    Path terms = project.resolve("terms.txt");
    Files.writeString(terms, "Zebedee Quartermaine\n");
    check(Map.of("findings.counting", "error"), terms);
    assertThat(RUNS.get()).as("a term list given").isEqualTo(9);
    Files.writeString(terms, "Zebedee Quartermaine\nOakhollow Lane\n");
    check(Map.of("findings.counting", "error"), terms);
    assertThat(RUNS.get()).as("the term list changed").isEqualTo(11);

    try (Stream<Path> files = Files.walk(project.resolve("target/reviewpress/cache"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).as(f.toString()).doesNotContainIgnoringCase("Zebedee").doesNotContainIgnoringCase("Oakhollow");
      }
    }
  }
}
