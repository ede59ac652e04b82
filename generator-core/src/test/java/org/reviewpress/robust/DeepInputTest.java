package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewpress.robust.Project.assertAt;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.model.Report;

/**
 * Input that is deep rather than broken: nesting 10,000 levels deep, which would exhaust a
 * recursive parser's stack or (in Flexmark's list parser) take minutes. Each ends in a
 * diagnostic at its line or in a published page, and the other report is still built or checked.
 */
class DeepInputTest {

  static final int DEPTH = 10_000;

  /** The line of the first body line after {@link Project#BODY} and a blank line. */
  static final int FIRST_FREE_LINE = Project.FRONT_LINES + (int) Project.BODY.lines().count() + 2;

  @TempDir
  Path dir;

  @Test
  void bulletListsNestedTenThousandDeepOnOneLine() {
    BuildResult r = run("- ".repeat(DEPTH) + "deep\n");
    assertAt(r, "deep", "structure.nesting", FIRST_FREE_LINE, 101);
  }

  @Test
  void numberedListsNestedTenThousandDeep() {
    BuildResult r = run("1. ".repeat(DEPTH) + "deep\n");
    assertAt(r, "deep", "structure.nesting", FIRST_FREE_LINE, 151);
  }

  @Test
  void quotesNestedTenThousandDeepWithoutSpaces() {
    BuildResult r = run(">".repeat(DEPTH) + " deep\n");
    assertAt(r, "deep", "structure.nesting", FIRST_FREE_LINE, 51);
  }

  @Test
  void quotesAndListsInterleaved() {
    BuildResult r = run("> - ".repeat(DEPTH / 2) + "deep\n");
    assertAt(r, "deep", "structure.nesting", FIRST_FREE_LINE, 101);
  }

  @Test
  void listsNestedByIndentationAcrossLines() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      b.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    BuildResult r = run(b.toString());
    // Two columns per level, four columns count one: the 101st level (indent 200) goes over.
    assertAt(r, "deep", "structure.nesting", FIRST_FREE_LINE + 100, 201);
  }

  @Test
  void nestingWithinTheLimitIsPublished() throws Exception {
    BuildResult r = run("- ".repeat(40) + "deep\n\n" + "> ".repeat(40) + "quoted\n");
    assertThat(r.failed()).as(r.diagnostics().toString()).isFalse();
    Document page = Jsoup.parse(dir.resolve("target/reviewpress/site/deep/index.html").toFile());
    assertThat(page.select(".report-body " + "ul > li > ".repeat(39) + "ul > li").text()).isEqualTo("deep");
    assertThat(page.select(".report-body " + "blockquote > ".repeat(40) + "p").text()).isEqualTo("quoted");
  }

  /**
   * Inline nesting has no guard: Flexmark's inline parser handles it without deep recursion.
   * (Unclosed inline HTML and nested images are parsed in time quadratic in their count —
   * 10,000 {@code <span>} in one paragraph take about two seconds — so they are kept to 1,000 here.)
   */
  @Test
  void inlineNestingTenThousandDeepIsPublished() throws Exception {
    BuildResult r = run("*_".repeat(DEPTH) + "x" + "_*".repeat(DEPTH) + "\n\n"
        + "[".repeat(DEPTH) + "x" + "](#refusals)".repeat(DEPTH) + "\n\n"
        + "<div>".repeat(DEPTH) + "\n\n" + "`".repeat(DEPTH) + "\n\n" + "*".repeat(DEPTH) + "x\n\n"
        + "<span>".repeat(DEPTH / 10) + "x\n\n" + "![".repeat(DEPTH / 10) + "x" + "](a.png)".repeat(DEPTH / 10) + "\n");
    assertThat(r.failed()).as(r.diagnostics().toString()).isFalse();
    assertThat(Files.readString(dir.resolve("target/reviewpress/site/deep/index.html"))).contains("x");
  }

  @Test
  void yamlNestedTenThousandDeepInFrontMatter() {
    BuildResult r = run("---\ntitle: " + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "\nreview-type: SAR\n---\n",
        Project.BODY);
    // The top-level mapping is the first level; the 32nd '[' is the 33rd.
    assertAt(r, "deep", "frontmatter.yaml", 2, 39);
  }

  @Test
  void yamlNestedTenThousandDeepInSiteYaml() throws Exception {
    Project p = new Project(dir);
    p.goodReport("adult-h");
    Files.writeString(p.reports().resolve("site.yaml"), "title: x\nprivacy: " + "{a: ".repeat(DEPTH) + "b" + "}".repeat(DEPTH) + "\n");
    BuildResult r = p.build();
    assertThat(r.diagnostics()).filteredOn(d -> d.severity() != org.reviewpress.model.Severity.INFO)
        .singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("frontmatter.yaml");
      // The top-level mapping and 31 '{a: ' (4 columns each) after 'privacy: ' make 32 levels.
      assertThat(d.position()).hasToString("src/reports/site.yaml:2:134");
    });
    assertThat(r.reports()).extracting(Report::slug).containsExactly("adult-h");
  }

  private BuildResult run(String extraBody) {
    return run(Project.FRONT, Project.BODY + "\n" + extraBody);
  }

  private BuildResult run(String front, String body) {
    Project p = new Project(dir);
    p.report("deep", front + body);
    p.goodReport("adult-h");
    BuildResult r = p.build();
    assertThat(r.reports()).extracting(Report::slug).contains("adult-h");
    assertThat(Project.of(r, "adult-h")).isEmpty();
    return r;
  }
}
