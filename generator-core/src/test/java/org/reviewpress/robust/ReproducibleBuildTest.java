package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.publish.cache.Fingerprint;
import org.reviewpress.publish.cache.ReportCache;

/**
 * Two clean builds of the example project give byte-identical output trees, although the copies
 * were written in opposite orders, carry different timestamps, live in different folders and are
 * built with different numbers of threads: nothing about the machine leaks into the site.
 */
class ReproducibleBuildTest {

  static final Path EXAMPLE = Path.of("../example-report/src").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  @Test
  void twoCleanBuildsOfTheExampleAreByteIdentical() throws Exception {
    Path a = copy(dir.resolve("first"), false, Instant.parse("2001-01-01T00:00:00Z"));
    Path b = copy(dir.resolve("second/elsewhere"), true, Instant.parse("2030-06-15T12:34:56Z"));
    BuildResult ra = Publisher.builder().projectDirectory(a).threads(1).build().build();
    Thread.sleep(1100); // a clock read during the build would now differ by a second
    BuildResult rb = Publisher.builder().projectDirectory(b).threads(4).build().build();
    assertThat(ra.site()).isPresent();
    assertThat(rb.site()).isPresent();

    Map<String, String> first = withoutStamps(Project.hashTree(a.resolve("target/reviewpress")), a.resolve("target/reviewpress"));
    Map<String, String> second = withoutStamps(Project.hashTree(b.resolve("target/reviewpress")), b.resolve("target/reviewpress"));
    assertThat(first.keySet()).anyMatch(f -> f.endsWith(".html")).anyMatch(f -> f.endsWith("findings.json"))
        .anyMatch(f -> f.startsWith("site/assets/"));
    assertThat(first.keySet()).contains("site/adult-b/index.html", "site/adult-h/index.html", "site/child-t/index.html");
    assertThat(second).isEqualTo(first);
  }

  /**
   * The build cache's stamps record where this machine's output files are and when they were
   * written (that is how a no-op build knows they are untouched), so they differ by design; the
   * rest of the cache, like the output, must not. The cached reports are compared entry by entry:
   * which pack file an entry went into, and in what order, depends on which thread finished first.
   */
  private static Map<String, String> withoutStamps(Map<String, String> tree, Path output) {
    Map<String, String> out = new java.util.TreeMap<>(tree);
    out.keySet().removeIf(f -> f.startsWith("cache/_stamps/") || f.startsWith("cache/_reports/"));
    assertThat(out).hasSizeLessThan(tree.size());
    try (ReportCache cache = new ReportCache(output.resolve("cache/_reports"))) {
      Map<String, byte[]> entries = cache.entries();
      assertThat(entries).containsOnlyKeys("adult-b", "adult-h", "child-t");
      entries.forEach((slug, bytes) -> out.put("cache entry " + slug, Fingerprint.builder().add("entry", bytes).build().hex()));
    }
    return out;
  }

  /** Copies the example's sources, in sorted or reverse order, stamping every file and folder with {@code time}. */
  private static Path copy(Path project, boolean reverse, Instant time) throws IOException {
    List<Path> sources;
    try (Stream<Path> s = Files.walk(EXAMPLE)) {
      sources = s.sorted(reverse ? Comparator.reverseOrder() : Comparator.naturalOrder()).toList();
    }
    for (Path from : sources) {
      Path to = project.resolve("src").resolve(EXAMPLE.relativize(from).toString());
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
    // Two more reports published on the same day, so the index's order must not depend on chance.
    Project extra = new Project(project);
    for (String slug : reverse ? List.of("adult-h", "adult-b") : List.of("adult-b", "adult-h")) {
      extra.report(slug, Project.FRONT.replace("Adult H", slug) + Project.BODY);
    }
    try (Stream<Path> s = Files.walk(project)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.setLastModifiedTime(p, FileTime.from(time));
      }
    }
    return project;
  }
}
