package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;

/**
 * Paths that lead out of the report's folder — {@code ../}, absolute paths, {@code file:} URLs,
 * encoded dots, Windows paths, symbolic links to files and folders outside — are refused with a
 * diagnostic at their line, and even with that rule switched off nothing outside the source
 * tree is read into the site: a planted secret file never appears in it.
 */
class OutsideFilesTest {

  @TempDir
  Path dir;

  Project project;
  Path secret;
  byte[] secretBytes;
  String marker;

  @BeforeEach
  void plantASecretBesideTheProject() throws Exception {
    project = new Project(dir.resolve("project"));
    marker = "PLANTED-SECRET-" + UUID.randomUUID();
    Path outside = Files.createDirectories(dir.resolve("outside"));
    secretBytes = ("\u0089PNG " + marker).getBytes(StandardCharsets.UTF_8);
    secret = Files.write(outside.resolve("secret.png"), secretBytes);
    Files.writeString(outside.resolve("report.md"), Project.FRONT + Project.BODY + marker + "\n");
  }

  /** The escaping references, each on its own line of the body. */
  List<String> references() {
    String abs = secret.toAbsolutePath().toString();
    return List.of(
        "![up](../../../outside/secret.png)",
        "![absolute](" + abs + ")",
        "![file url](file://" + abs + ")",
        "![encoded](%2e%2e/%2e%2e/%2e%2e/outside/secret.png)",
        "![windows](..\\..\\..\\outside\\secret.png)",
        "![linked file](images/link.png)",
        "![linked folder](shared/secret.png)",
        "[a link up](../../../outside/secret.png)",
        "<img src=\"../../../outside/secret.png\" alt=\"raw up\">",
        "<img src=\"images/link.png\" alt=\"raw linked\">");
  }

  Path writeReport() throws Exception {
    StringBuilder body = new StringBuilder(Project.BODY);
    for (String r : references()) {
      body.append('\n').append(r).append('\n');
    }
    Path file = project.report("adult-h", Project.FRONT + body);
    Path folder = file.getParent();
    Files.createDirectories(folder.resolve("images"));
    Files.createSymbolicLink(folder.resolve("images/link.png"), secret);
    Files.createSymbolicLink(folder.resolve("shared"), secret.getParent());
    return file;
  }

  @Test
  void everyEscapingReferenceIsADiagnosticAtItsLine() throws Exception {
    Path file = writeReport();
    List<String> lines = Files.readAllLines(file);
    BuildResult r = project.build();
    List<Diagnostic> ds = Project.of(r, "adult-h");
    for (String ref : references()) {
      if (ref.startsWith("<img")) {
        continue; // raw HTML is not a Markdown link: the sanitiser and the copier refuse it (below)
      }
      int line = lines.indexOf(ref) + 1;
      assertThat(ds).as("%s at line %d in %s", ref, line, ds.stream().map(Diagnostic::format).toList())
          .anySatisfy(d -> {
            assertThat(d.ruleId()).isEqualTo("structure.linked-file");
            assertThat(d.position().line()).isEqualTo(line);
            assertThat(d.position().column()).isEqualTo(1);
            assertThat(d.hint()).isNotBlank();
          });
    }
    assertThat(r.site()).isEmpty();
  }

  @Test
  void withTheRuleSwitchedOffNothingOutsideReachesTheSite() throws Exception {
    writeReport();
    BuildResult r = Publisher.builder().projectDirectory(project.root).threads(2)
        .ruleLevels(Map.of("structure.linked-file", "off", "accessibility.image-alt", "off")).build().build();
    assertThat(r.failed()).as(r.diagnostics().toString()).isFalse();
    assertNoCopyOfTheSecret();
  }

  @Test
  void reportFilesAndFoldersLinkedFromOutsideAreNotRead() throws Exception {
    project.goodReport("good");
    Files.createSymbolicLink(project.folder("linked-file").resolve("report.md"), secret.resolveSibling("report.md"));
    Files.createSymbolicLink(project.reports().resolve("linked-folder"), secret.getParent());
    BuildResult r = project.build();
    Project.assertAt(r, "linked-file", "source.outside", 1, 1);
    Project.assertAt(r, "linked-folder", "source.outside", 1, 1);
    assertThat(r.reports()).extracting(Report::slug).containsExactly("good");
    assertThat(r.diagnostics()).noneMatch(d -> d.message().contains(marker));
    // With the outside reports refused the build fails; make it pass without them and look again.
    Files.delete(project.folder("linked-file").resolve("report.md"));
    Files.delete(project.folder("linked-file"));
    Files.delete(project.reports().resolve("linked-folder"));
    assertThat(project.build().failed()).isFalse();
    assertNoCopyOfTheSecret();
  }

  private void assertNoCopyOfTheSecret() throws Exception {
    String secretHash = Project.sha256(secretBytes);
    Map<String, String> site = Project.hashTree(project.site());
    assertThat(site).as("files published").isNotEmpty();
    assertThat(site).as("a copy of the planted file").doesNotContainValue(secretHash);
    for (String f : site.keySet()) {
      assertThat(new String(Files.readAllBytes(project.site().resolve(f)), StandardCharsets.ISO_8859_1))
          .as(f).doesNotContain(marker);
    }
  }
}
