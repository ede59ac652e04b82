package org.reviewpress.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.model.Severity;

/**
 * A small site with three reviews of two types from three years (the example's Child T and
 * two adults reviews), built with the Publisher API, so the search has something to filter.
 */
final class FixtureSite {

  private FixtureSite() {}

  /** Builds the fixture site afresh and returns its {@code site/} folder. */
  static Path build() {
    Path project = SiteEnvironment.work().resolve("fixture-project");
    try {
      delete(project);
      Path reports = project.resolve("src/reports");
      copy(Path.of(FixtureSite.class.getResource("/fixture-site/src/reports").toURI()), reports);
      Path example = Path.of(System.getProperty("reviewpress.exampleReports", "../example-report/src/reports"));
      copy(example.resolve("child-t"), reports.resolve("child-t"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    BuildResult result = Publisher.builder().projectDirectory(project).threads(2).build().build();
    assertThat(result.count(Severity.ERROR))
        .as("errors building the fixture site: %s", result.diagnostics().stream().map(d -> d.format()).toList())
        .isZero();
    assertThat(result.site()).isPresent();
    return result.site().get();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(f);
      }
    }
  }
}
