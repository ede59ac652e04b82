package org.reviewpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.model.Severity;

/** The facade end to end on small projects written in the test. */
class PublisherTest {

  @TempDir
  Path project;

  private static final String FRONT = """
      ---
      title: "Safeguarding Adults Review: Adult H"
      review-type: SAR
      partnership: Westvale Safeguarding Adults Board
      published: 2025-06-01
      status: final
      glossary:
        GP: General practitioner
      findings:
        - id: F1
          title: Declined help was recorded as a choice
          statement: Because the template only asked whether help was accepted, refusals closed the case.
          evidence: ["#refusals", "#gp-visit"]
          category: human-tool
      recommendations:
        - id: R1
          findings: [F1]
          text: Change the visit template.
      ---
      """;

  private Path write(String slug, String body) throws Exception {
    Path dir = Files.createDirectories(project.resolve("src/reports").resolve(slug));
    Files.writeString(dir.resolve("report.md"), FRONT + body);
    return dir;
  }

  private BuildResult build() {
    return Publisher.builder().projectDirectory(project).threads(2).build().build();
  }

  @Test
  void rawHtmlIsSanitisedAndEvidenceIsLinkedBothWays() throws Exception {
    write("adult-h", """

        ## Refusals {#refusals}

        The GP offered a referral twice. <script>alert(1)</script>

        <img src="x.png" onerror="alert(2)" alt="x"><a href="javascript:alert(3)">click</a>
        <iframe src="https://example.org"></iframe><p style="color:red" onclick="alert(4)">styled</p>

        At the visit, Adult H said no. {#gp-visit}
        """);
    BuildResult result = build();
    assertThat(result.failed()).as(result.diagnostics().toString()).isFalse();
    Document page = Jsoup.parse(project.resolve("target/reviewpress/site/adult-h/index.html").toFile());
    assertThat(page.select("script, iframe, [onerror], [onclick], [style]")).isEmpty();
    assertThat(page.select("a[href^=javascript]")).isEmpty();
    assertThat(page.select(".finding a[href=#refusals]")).hasSize(1);
    assertThat(page.select("#gp-visit + p.cited-by a[href=#finding-F1]")).hasSize(1);
    assertThat(page.select("abbr[title=General practitioner]")).hasSize(1);
    assertThat(page.select("abbr").first().text()).isEqualTo("GP");
  }

  @Test
  void imagesInsideTheReportFolderAreCopiedIntoTheSite() throws Exception {
    Path dir = write("adult-h", """

        ## Refusals {#refusals}

        ![A timeline of contacts](images/timeline.png)

        At the visit, Adult H said no. {#gp-visit}
        """);
    Files.createDirectories(dir.resolve("images"));
    Files.write(dir.resolve("images/timeline.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.writeString(dir.resolve("notes-not-for-publication.txt"), "private working notes");
    BuildResult result = build();
    assertThat(result.failed()).isFalse();
    Path site = project.resolve("target/reviewpress/site/adult-h");
    assertThat(site.resolve("images/timeline.png")).exists();
    assertThat(site.resolve("notes-not-for-publication.txt")).doesNotExist();
  }

  @Test
  void imagesWrittenAsRawHtmlAreCopiedToo() throws Exception {
    // One body the page takes as it is, one it must parse again (a block inside bold text).
    String[] bodies = {"<img src=\"images/map.png\" alt=\"A map of the area\">",
        "<b><p>Bold block.</p></b>\n\n<img src=\"images/map.png\" alt=\"A map of the area\">"};
    for (int i = 0; i < bodies.length; i++) {
      Path dir = write("adult-" + i, "\n## Refusals {#refusals}\n\n" + bodies[i] + "\n\nAt the visit, Adult H said no. {#gp-visit}\n");
      Files.createDirectories(dir.resolve("images"));
      Files.write(dir.resolve("images/map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      Files.write(dir.resolve("images/unused.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
    BuildResult result = build();
    assertThat(result.failed()).as(result.diagnostics().toString()).isFalse();
    for (int i = 0; i < bodies.length; i++) {
      Path site = project.resolve("target/reviewpress/site/adult-" + i);
      assertThat(site.resolve("images/map.png")).exists();
      assertThat(site.resolve("images/unused.png")).doesNotExist();
    }
  }

  @Test
  void aFailedBuildLeavesThePublishedSiteUntouched() throws Exception {
    write("adult-h", "\n## Refusals {#refusals}\n\nText. {#gp-visit}\n");
    assertThat(build().failed()).isFalse();
    Path page = project.resolve("target/reviewpress/site/adult-h/index.html");
    byte[] before = Files.readAllBytes(page);

    write("adult-h", "\n## Refusals\n\nThe anchors are gone.\n");
    BuildResult broken = build();
    assertThat(broken.failed()).isTrue();
    assertThat(broken.site()).isEmpty();
    assertThat(Files.readAllBytes(page)).isEqualTo(before);
    try (var leftovers = Files.list(project.resolve("target/reviewpress"))) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site-"));
    }
  }

  @Test
  void allProblemsOfAllReportsAreReportedInOneRun() throws Exception {
    write("adult-h", "\n## Refusals\n\nNo anchors here.\n");
    Path other = Files.createDirectories(project.resolve("src/reports/adult-j"));
    Files.writeString(other.resolve("report.md"), "---\ntitle: [broken\n---\n");
    Files.createDirectories(project.resolve("src/reports/empty-folder"));
    BuildResult result = build();
    assertThat(result.diagnostics()).extracting(d -> d.position().file().toString())
        .contains("src/reports/adult-h/report.md", "src/reports/adult-j/report.md", "src/reports/empty-folder/report.md");
    assertThat(result.count(Severity.ERROR)).isEqualTo(3);
  }

  @Test
  void levelsFromTheBuildOverrideSiteYaml() throws Exception {
    write("adult-h", "\n## Refusals {#refusals}\n\nText. {#gp-visit}\n");
    Files.writeString(project.resolve("src/reports/site.yaml"), "rules:\n  findings.missing-category: error\n");
    Files.writeString(project.resolve("src/reports/adult-h/report.md"),
        Files.readString(project.resolve("src/reports/adult-h/report.md")).replace("    category: human-tool\n", ""));
    assertThat(build().failed()).isTrue();
    BuildResult relaxed = Publisher.builder().projectDirectory(project)
        .ruleLevels(Map.of("findings.missing-category", "off")).build().build();
    assertThat(relaxed.failed()).isFalse();
    assertThat(relaxed.diagnostics()).noneMatch(d -> d.ruleId().equals("findings.missing-category"));
  }

  @Test
  void warningsFailTheBuildOnlyWhenAsked() throws Exception {
    write("adult-h", "\n## Refusals {#refusals}\n\nText. {#gp-visit}\n");
    Files.writeString(project.resolve("src/reports/adult-h/report.md"),
        Files.readString(project.resolve("src/reports/adult-h/report.md")).replace("    evidence: [\"#refusals\", \"#gp-visit\"]\n", "    evidence: [\"#refusals\", \"#gp-visit\"]\n    tags: [unknown]\n"));
    BuildResult lenient = build();
    assertThat(lenient.failed()).as(lenient.diagnostics().toString()).isFalse();
    assertThat(lenient.count(Severity.WARNING)).isPositive();
    assertThat(Publisher.builder().projectDirectory(project).failOnWarning(true).build().build().failed()).isTrue();
  }
}
