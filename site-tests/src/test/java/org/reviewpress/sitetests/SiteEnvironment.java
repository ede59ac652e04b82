package org.reviewpress.sitetests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tools and the site under test are, and what happens when one is missing: on a
 * developer's machine the tests are skipped with a message nobody can miss; in CI (the
 * {@code CI} environment variable is set) they fail, because a check that silently skips
 * there would let an inaccessible site be published.
 */
final class SiteEnvironment {

  /** The WCAG tags axe runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private SiteEnvironment() {}

  static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }

  /** The example site the reactor built. */
  static Path exampleSite() {
    Path site = Path.of(System.getProperty("reviewpress.site", "../example-report/target/reviewpress/site"))
        .toAbsolutePath().normalize();
    require(Files.isRegularFile(site.resolve("index.html")), "the example site is not built at " + site,
        "build it first: mvn -B -pl site-tests -am verify");
    return site;
  }

  /** The module's build folder, for the fixture site and screenshots. */
  static Path work() {
    return Path.of(System.getProperty("reviewpress.work", "target")).toAbsolutePath().normalize();
  }

  static Path nodeModules() {
    return Path.of(System.getProperty("reviewpress.nodeModules", "node_modules")).toAbsolutePath().normalize();
  }

  /** axe-core's browser bundle, from the pinned npm package. */
  static Path axeScript() {
    Path axe = nodeModules().resolve("axe-core/axe.min.js");
    require(Files.isRegularFile(axe), "axe-core is not installed (" + axe + " is missing)",
        "run: npm ci --prefix site-tests");
    return axe;
  }

  /** The Nu HTML Checker jar, from the pinned npm package. */
  static Path vnuJar() {
    Path jar = nodeModules().resolve("vnu-jar/build/dist/vnu.jar");
    require(Files.isRegularFile(jar), "the Nu HTML Checker is not installed (" + jar + " is missing)",
        "run: npm ci --prefix site-tests");
    return jar;
  }

  /** Chromium: $CHROME_BIN, or chromium / chromium-browser / google-chrome on the PATH. */
  static Path chromium() {
    Optional<Path> found = executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
    require(found.isPresent(), "Chromium is not installed",
        "install it (Debian: apt-get install -y chromium chromium-driver) or set CHROME_BIN");
    return found.get();
  }

  /** ChromeDriver of the same version: $CHROMEDRIVER, or chromedriver on the PATH. */
  static Path chromedriver() {
    Optional<Path> found = executable("CHROMEDRIVER", "chromedriver");
    require(found.isPresent(), "ChromeDriver is not installed",
        "install it (Debian: apt-get install -y chromium-driver) or set CHROMEDRIVER");
    return found.get();
  }

  /** Skips loudly on a developer's machine, fails in CI. */
  static void require(boolean ok, String problem, String fix) {
    if (ok) {
      return;
    }
    String message = "Browser and HTML checks NOT RUN: " + problem + ". To run them, " + fix + ".";
    if (inCi()) {
      fail(message + " (CI is set, so this is a failure, not a skip.)");
    }
    String bar = "!".repeat(Math.min(110, message.length()));
    System.err.println();
    System.err.println(bar);
    System.err.println("!! SKIPPED: " + message);
    System.err.println("!! The site's accessibility has NOT been checked. In CI these tests fail instead.");
    System.err.println(bar);
    System.err.println();
    Assumptions.abort(message);
  }

  /** index.html and every report page (one folder down), sorted. */
  static List<Path> pages(Path site) {
    List<Path> out = new ArrayList<>();
    out.add(site.resolve("index.html"));
    try (Stream<Path> dirs = Files.list(site)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
          .map(d -> d.resolve("index.html"))
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Optional<Path> executable(String envVariable, String... names) {
    String env = System.getenv(envVariable);
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : names) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p) && !Files.isDirectory(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
