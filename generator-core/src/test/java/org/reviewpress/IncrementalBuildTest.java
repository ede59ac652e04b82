package org.reviewpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Second builds of unchanged sources render nothing; a change renders again exactly the
 * reports it can affect. Uses the two-report project of the plugin's integration tests.
 */
class IncrementalBuildTest {

  @TempDir
  Path project;

  Path reports;

  @BeforeEach
  void copyProject() throws IOException {
    reports = project.resolve("src/reports");
    TestProjects.copyTree(TestProjects.TWO_REPORTS, reports);
  }

  @Test
  void unchangedSourcesRenderNothingTheSecondTime() throws IOException {
    BuildResult first = build();
    assertThat(first.rendered()).containsExactlyInAnyOrder("adult-b", "child-t");
    assertThat(first.reused()).isEmpty();
    String page = read("site/child-t/index.html");

    BuildResult second = build();
    assertThat(second.failed()).isFalse();
    assertThat(second.rendered()).isEmpty();
    assertThat(second.reused()).containsExactlyInAnyOrder("adult-b", "child-t");
    assertThat(read("site/child-t/index.html")).isEqualTo(page);
    assertThat(read("site/adult-b/findings.json")).contains("\"slug\" : \"adult-b\"");
    assertThat(read("site/index.html")).contains("Adult B").contains("Child T");
    assertThat(second.renderSummary()).isEqualTo("Rendered 0 reports; reused 2 unchanged.");
  }

  @Test
  void aNoOpBuildLeavesEveryOutputFileAsItWas() throws IOException {
    build();
    Map<Path, FileTime> before = outputs();
    assertThat(before).containsKeys(out("site/index.html"), out("site/findings.json"), out("diagnostics.json"),
        out("diagnostics.sarif"), out("quality/child-t.html"));

    BuildResult again = build();
    assertThat(again.reused()).containsExactlyInAnyOrder("adult-b", "child-t");
    assertThat(again.checked()).isEmpty();
    assertThat(outputs()).as("nothing rewritten, nothing added or removed").isEqualTo(before);
  }

  @Test
  void aPreviewBetweenTwoBuildsLeavesThePublishedSiteUpToDate() throws IOException {
    build();
    Map<Path, FileTime> site = outputs();
    site.keySet().removeIf(p -> !p.startsWith(out("site")));
    Publisher.builder().projectDirectory(project).build().preview();
    assertThat(out("preview/child-t/index.html")).exists();

    build();
    Map<Path, FileTime> after = outputs();
    after.keySet().removeIf(p -> !p.startsWith(out("site")));
    assertThat(after).as("the site was not written again").isEqualTo(site);
  }

  @Test
  void anOutputChangedByHandIsWrittenAgain() throws IOException {
    build();
    String index = read("site/index.html");
    Files.writeString(out("site/index.html"), "edited by hand");
    Files.delete(out("site/adult-b/findings.json"));
    Files.writeString(out("site/stray.txt"), "added by hand");
    Files.delete(out("quality/child-t.json"));

    BuildResult after = build();
    // The published site is the cache of rendered pages: a report whose published folder was
    // changed by hand is rendered again, the others are linked from it as they are.
    assertThat(after.rendered()).containsExactly("adult-b");
    assertThat(after.reused()).containsExactly("child-t");
    assertThat(read("site/index.html")).isEqualTo(index);
    assertThat(out("site/adult-b/findings.json")).exists();
    assertThat(out("site/stray.txt")).doesNotExist();
    assertThat(out("quality/child-t.json")).exists();
  }

  @Test
  void anUnchangedReportsPublishedFilesAreLinkedIntoTheNewSiteNotWrittenAgain() throws IOException {
    build();
    Object before = Files.readAttributes(out("site/child-t/index.html"), java.nio.file.attribute.BasicFileAttributes.class)
        .fileKey();
    org.junit.jupiter.api.Assumptions.assumeTrue(before != null, "this file system gives files no identity");
    edit(reports.resolve("adult-b/report.md"), "declined a referral each time.", "declined a referral every time.");

    BuildResult after = build();
    assertThat(after.rendered()).containsExactly("adult-b");
    assertThat(after.reused()).containsExactly("child-t");
    assertThat(Files.readAttributes(out("site/child-t/index.html"), java.nio.file.attribute.BasicFileAttributes.class)
        .fileKey()).as("the same file, linked into the new site").isEqualTo(before);
    assertThat(read("site/adult-b/index.html")).contains("every time");
  }

  @Test
  void aChangedReportChangesTheSiteEvenWhenItsPagesAreUnchanged() throws IOException {
    build();
    TestProjects.deleteTree(reports.resolve("adult-b"));
    BuildResult after = build();
    assertThat(after.reports()).extracting(r -> r.slug()).containsExactly("child-t");
    assertThat(read("site/index.html")).doesNotContain("Adult B");
    assertThat(read("diagnostics.json")).doesNotContain("adult-b");
  }

  private Path out(String relative) {
    return project.resolve("target/reviewpress").resolve(relative);
  }

  /** Every output file (not the cache) with its modification time. */
  private Map<Path, FileTime> outputs() throws IOException {
    Map<Path, FileTime> out = new java.util.TreeMap<>();
    Path root = project.resolve("target/reviewpress");
    try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith("cache")).toList()) {
        out.put(p, Files.getLastModifiedTime(p));
      }
    }
    return out;
  }

  @Test
  void editingOneReportRendersOnlyThatOne() throws IOException {
    build();
    edit(reports.resolve("child-t/report.md"), "## Referrals {#referrals}",
        "## Referrals {#referrals}\n\nA paragraph added while drafting.\n");

    BuildResult after = build();
    assertThat(after.rendered()).containsExactly("child-t");
    assertThat(after.reused()).containsExactly("adult-b");
    assertThat(read("site/child-t/index.html")).contains("A paragraph added while drafting.");
    assertThat(after.renderSummary()).isEqualTo("Rendered 1 report (child-t); reused 1 unchanged.");
  }

  @Test
  void aNewFileInAReportFolderRendersThatReport() throws IOException {
    build();
    Files.createDirectories(reports.resolve("adult-b/images"));
    Files.write(reports.resolve("adult-b/images/timeline.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    BuildResult after = build();
    assertThat(after.rendered()).containsExactly("adult-b");
    assertThat(after.reused()).containsExactly("child-t");
  }

  @Test
  void aThemeChangeRendersEveryReport() throws IOException {
    build();
    Path css = project.resolve("src/theme/assets/css/site.css");
    Files.createDirectories(css.getParent());
    Files.writeString(css, "body { color: black; }\n");

    BuildResult after = build();
    assertThat(after.rendered()).containsExactlyInAnyOrder("adult-b", "child-t");
    assertThat(build().rendered()).as("and the build after that reuses them again").isEmpty();
  }

  @Test
  void aTemplateChangeRendersEveryReportWithTheNewTemplate() throws IOException {
    build();
    Path template = project.resolve("src/theme/templates/report.peb");
    Files.createDirectories(template.getParent());
    Files.writeString(template, "<!doctype html><html><body><main><h1>{{ report.title }}</h1><p>custom template</p></main></body></html>\n");

    BuildResult after = build();
    assertThat(after.rendered()).containsExactlyInAnyOrder("adult-b", "child-t");
    assertThat(read("site/adult-b/index.html")).contains("custom template");
  }

  @Test
  void aSiteConfigurationChangeRendersEveryReport() throws IOException {
    build();
    edit(reports.resolve("site.yaml"), "title: Eastmoor safeguarding reviews", "title: Eastmoor reviews");

    BuildResult after = build();
    assertThat(after.rendered()).containsExactlyInAnyOrder("adult-b", "child-t");
    assertThat(read("site/adult-b/index.html")).contains("Eastmoor reviews");
  }

  @Test
  void changedRuleLevelsRenderEveryReport() {
    build();
    BuildResult after = Publisher.builder().projectDirectory(project)
        .ruleLevels(Map.of("findings.descriptive", "info")).build().build();
    assertThat(after.rendered()).containsExactlyInAnyOrder("adult-b", "child-t");
  }

  @Test
  void theCacheForgetsReportsThatWereRemoved() throws IOException {
    build();
    assertThat(Files.readString(project.resolve("target/reviewpress/cache/_stamps/pages.txt"))).contains("\nadult-b ");
    TestProjects.deleteTree(reports.resolve("adult-b"));
    BuildResult after = build();
    assertThat(after.reused()).containsExactly("child-t");
    assertThat(Files.readString(project.resolve("target/reviewpress/cache/_stamps/pages.txt"))).doesNotContain("adult-b");
    String cachedReports = new String(Files.readAllBytes(project.resolve("target/reviewpress/cache/_reports/index")),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(cachedReports).doesNotContain("adult-b").contains("child-t");
    assertThat(project.resolve("target/reviewpress/site/adult-b")).doesNotExist();
  }

  @Test
  void aDeletedCacheIsRebuiltAndTheSiteStaysComplete() throws IOException {
    build();
    TestProjects.deleteTree(project.resolve("target/reviewpress/cache"));
    BuildResult after = build();
    assertThat(after.rendered()).containsExactlyInAnyOrder("adult-b", "child-t");
    assertThat(project.resolve("target/reviewpress/site/adult-b/index.html")).exists();
  }

  @Test
  void aFailedBuildKeepsThePublishedSiteAndItsCache() throws IOException {
    build();
    edit(reports.resolve("child-t/report.md"), "## Referrals {#referrals}", "## Referrals {#renamed}");

    BuildResult failed = build();
    assertThat(failed.failed()).isTrue();
    assertThat(failed.rendered()).isEmpty();
    assertThat(project.resolve("target/reviewpress/site/child-t/index.html")).exists();

    edit(reports.resolve("child-t/report.md"), "## Referrals {#renamed}", "## Referrals {#referrals}");
    assertThat(build().rendered()).as("back to the cached version").isEmpty();
  }

  @Test
  void previewShowsTheLastGoodPageOfAReportWithErrorsAndRendersTheOthers() throws IOException {
    assertThat(build().rendered()).hasSize(2);
    String goodPage = read("site/child-t/index.html");
    edit(reports.resolve("child-t/report.md"), "## Referrals {#referrals}", "## Referrals {#renamed}");
    edit(reports.resolve("adult-b/report.md"), "declined a referral each time.", "declined a referral every time.");

    BuildResult preview = Publisher.builder().projectDirectory(project).build().preview();
    assertThat(preview.failed()).isTrue();
    assertThat(preview.site()).contains(project.resolve("target/reviewpress/preview"));
    assertThat(preview.rendered()).containsExactly("adult-b");
    assertThat(read("preview/child-t/index.html")).isEqualTo(goodPage);
    assertThat(read("preview/adult-b/index.html")).contains("every time");
    assertThat(read("site/adult-b/index.html")).as("the published site is untouched").contains("each time");
  }

  @Test
  void rebuildsStagedIntoTheReplacedSitePublishExactlyWhatAFreshBuildDoes() throws IOException {
    build();
    edit(reports.resolve("site.yaml"), "title: Eastmoor safeguarding reviews", "title: Eastmoor reviews");
    build(); // every report rendered again, into a fresh staging folder
    assertThat(out(".site-spare")).as("the replaced site is kept for the next build").isDirectory();
    Files.writeString(out(".site-spare/adult-b/stale.html"), "from long ago");
    TestProjects.deleteTree(reports.resolve("adult-b"));
    edit(reports.resolve("site.yaml"), "title: Eastmoor reviews", "title: Eastmoor safeguarding reviews");
    Object kept = Files.readAttributes(out(".site-spare/index.html"),
        java.nio.file.attribute.BasicFileAttributes.class).fileKey();

    BuildResult recycled = build(); // staged into the spare
    assertThat(recycled.failed()).isFalse();
    assertThat(Files.readAttributes(out("site/index.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
        .as("the spare's file was overwritten in place").isEqualTo(kept);
    Path fresh = project.resolve("fresh");
    Publisher.builder().projectDirectory(project).outputDirectory(fresh).build().build();
    assertThat(tree(out("site"))).isEqualTo(tree(fresh.resolve("site")));
    assertThat(out("site/adult-b")).doesNotExist();
  }

  /** Every file under {@code root} by its relative path, with its content. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (var all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
        } else if (!p.equals(root)) {
          files.put(root.relativize(p) + "/", "folder");
        }
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  private BuildResult build() {
    BuildResult r = Publisher.builder().projectDirectory(project).build().build();
    r.diagnostics().stream().filter(d -> d.severity() == org.reviewpress.model.Severity.ERROR)
        .forEach(d -> System.out.println(d.format()));
    return r;
  }

  private String read(String relative) throws IOException {
    return Files.readString(project.resolve("target/reviewpress").resolve(relative), StandardCharsets.UTF_8);
  }

  static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
