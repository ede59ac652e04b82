package org.reviewpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * An unchanged report is neither read nor checked again, and anything its diagnostics depend on
 * (its text, site.yaml, rule levels, the sensitive-term list) makes it checked again. What comes
 * from the cache is what a fresh check gives.
 */
class ReportCacheTest {

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

    assertThat(first.checked()).containsExactly("adult-a", "adult-b");
    BuildResult again = check(Map.of(), null);
    assertThat(RUNS.get()).as("nothing changed: no rule runs").isEqualTo(2);
    assertThat(again.checked()).isEmpty();
    assertThat(again.checkSummary()).isEqualTo("Checked 0 reports; 2 unchanged.");
    assertThat(again.diagnostics()).containsExactlyElementsOf(first.diagnostics());
    assertThat(again.reports()).as("the models from the cache equal the ones read").isEqualTo(first.reports());
    assertThat(again.scorecards()).isEqualTo(first.scorecards());

    report("adult-b", "Because the team was short of staff that winter.");
    BuildResult edited = check(Map.of(), null);
    assertThat(RUNS.get()).as("one report edited: only it is checked").isEqualTo(3);
    assertThat(edited.checked()).containsExactly("adult-b");
    assertThat(edited.reports()).extracting(r -> r.findings().get(0).statement())
        .containsExactly("Because the form had no place for it.", "Because the team was short of staff that winter.");

    check(Map.of("findings.counting", "error"), null);
    assertThat(RUNS.get()).as("levels changed: every report is checked").isEqualTo(5);
    BuildResult failing = check(Map.of("findings.counting", "error"), null);
    assertThat(failing.failed()).isTrue();
    assertThat(failing.checked()).as("errors are cached too: not checked again").isEmpty();
    assertThat(failing.reports()).as("but a report with errors is read again").hasSize(2);
    assertThat(failing.diagnostics()).hasSize(2);

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

    // A report with errors never leaves its text in the cache, only its (redacted) diagnostics.
    try (Stream<Path> files = Files.walk(project.resolve("target/reviewpress/cache"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8)).as(f.toString())
            .doesNotContain("short of staff");
      }
    }
    try (Stream<Path> files = Files.walk(project.resolve("target/reviewpress/cache"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).as(f.toString()).doesNotContainIgnoringCase("Zebedee").doesNotContainIgnoringCase("Oakhollow");
      }
    }
  }

  @Test
  void aDamagedEntryMeansTheReportIsReadAndCheckedAgain() throws Exception {
    report("adult-a", "Because the form had no place for it.");
    BuildResult first = check(Map.of(), null);
    Path entry = onlyPack();
    byte[] bytes = Files.readAllBytes(entry);
    // Keep the header and key, then a huge list length and nothing after it.
    byte[] damaged = java.util.Arrays.copyOf(bytes, 8 + 2 + 64 + 4);
    damaged[damaged.length - 4] = 0x7f;
    Files.write(entry, damaged);

    BuildResult again = check(Map.of(), null);
    assertThat(again.checked()).containsExactly("adult-a");
    assertThat(again.diagnostics()).containsExactlyElementsOf(first.diagnostics());
    assertThat(Files.size(onlyPack())).as("and stored whole again").isEqualTo(bytes.length);
  }

  /** The one pack file of the build cache (its reports' entries). */
  private Path onlyPack() throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("target/reviewpress/cache/_reports"))) {
      List<Path> packs = files.filter(p -> p.toString().endsWith(".pack")).toList();
      assertThat(packs).hasSize(1);
      return packs.get(0);
    }
  }
}
