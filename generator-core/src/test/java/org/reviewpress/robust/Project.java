package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.model.Diagnostic;

/** A throwaway reviewpress project in a temporary folder, for the robustness tests. */
final class Project {

  /** Front matter of a report that builds cleanly when the body carries the two anchors. */
  static final String FRONT = """
      ---
      title: "Safeguarding Adults Review: Adult H"
      review-type: SAR
      partnership: Westvale Safeguarding Adults Board
      published: 2025-06-01
      status: final
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

  /** A body that satisfies {@link #FRONT}'s evidence links. */
  static final String BODY = "\n## Refusals {#refusals}\n\nThe visit was declined. {#gp-visit}\n";

  /** The front matter's line count, so tests can name body lines. */
  static final int FRONT_LINES = (int) FRONT.lines().count();

  final Path root;

  Project(Path root) {
    this.root = root;
  }

  Path reports() {
    return root.resolve("src/reports");
  }

  Path folder(String slug) {
    try {
      return Files.createDirectories(reports().resolve(slug));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code src/reports/<slug>/report.md} as UTF-8 and returns the file. */
  Path report(String slug, String text) {
    return report(slug, text.getBytes(StandardCharsets.UTF_8));
  }

  Path report(String slug, byte[] bytes) {
    try {
      return Files.write(folder(slug).resolve("report.md"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A report that builds without errors. */
  Path goodReport(String slug) {
    return report(slug, FRONT + BODY);
  }

  Path output() {
    return root.resolve("target/reviewpress");
  }

  Path site() {
    return output().resolve("site");
  }

  /** HTML only: these tests are about hostile input, and PDFs of hundreds of pages would only slow them. */
  Publisher publisher() {
    return Publisher.builder().projectDirectory(root).threads(2).pdf(false).build();
  }

  BuildResult build() {
    return publisher().build();
  }

  BuildResult check() {
    return publisher().check();
  }

  /** How a file is named in diagnostics: relative to the project. */
  static String display(String slug) {
    return "src/reports/" + slug + "/report.md";
  }

  /** A report's errors and warnings (notes, such as "no sensitive-terms list was given", are not problems). */
  static List<Diagnostic> of(BuildResult result, String slug) {
    return result.diagnostics().stream()
        .filter(d -> d.severity() != org.reviewpress.model.Severity.INFO)
        .filter(d -> d.position().toString().startsWith(display(slug) + ":")).toList();
  }

  /** Asserts a diagnostic with this rule exists for the report at exactly this line and column. */
  static void assertAt(BuildResult result, String slug, String ruleId, int line, int column) {
    assertThat(of(result, slug))
        .as("diagnostics of %s", slug)
        .anySatisfy(d -> {
          assertThat(d.ruleId()).isEqualTo(ruleId);
          assertThat(d.position().line()).as("line").isEqualTo(line);
          assertThat(d.position().column()).as("column").isEqualTo(column);
          assertThat(d.message()).isNotBlank();
          assertThat(d.hint()).as("hint").isNotBlank();
        });
  }

  /** Every regular file under {@code dir}, relative path to SHA-256, in path order. */
  static Map<String, String> hashTree(Path dir) {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.put(dir.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
