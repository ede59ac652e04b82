package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.check.Checker;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.SourceText;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReadResult;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;

/**
 * Generated front matter and Markdown (see {@link Generated}): whatever the text, reading,
 * checking and rendering either give a page or diagnostics that point into the file, and never
 * throw. The second property runs whole builds. The number of cases run is printed at the end.
 */
class GeneratedInputTest {

  private static final MarkdownReader MARKDOWN = new MarkdownReader();
  private static final ReportReader READER = new ReportReader(MARKDOWN);
  private static final Checker CHECKER = new Checker(RuleRegistry.builtIn(), Map.of());
  private static final PageRenderer PAGES = new PageRenderer(new Theme(Optional.empty()));
  private static final SiteInfo SITE = new SiteInfo("Reviews", "Westvale Safeguarding Adults Board", Optional.empty());
  private static final Path DISPLAY = Path.of("src/reports/generated/report.md");

  static final AtomicInteger READ_CASES = new AtomicInteger();
  static final AtomicInteger READ_PAGES = new AtomicInteger();
  static final AtomicInteger BUILD_CASES = new AtomicInteger();
  static final AtomicInteger BUILD_SITES = new AtomicInteger();

  @Provide
  Arbitrary<String> reports() {
    return Generated.report();
  }

  @Provide
  Arbitrary<String> publishable() {
    return Generated.publishable();
  }

  @Property(tries = 500, seed = "20261126")
  void readCheckAndRenderNeverThrow(@ForAll("reports") String text) {
    READ_CASES.incrementAndGet();
    Path folder = Path.of("target/generated-report-folder");
    ReadResult read = READER.read(new ReportSource("generated", folder, folder.resolve("report.md"), DISPLAY), text);
    String stripped = text.startsWith("\uFEFF") ? text.substring(1) : text;
    assertPointIntoTheFile(read.diagnostics(), new SourceText(DISPLAY, stripped));
    read.report().ifPresent(report -> {
      List<Diagnostic> checked = CHECKER.check(report, SiteConfig.defaults(), folder);
      assertPointIntoTheFile(checked, report.source());
      assertThat(checked).extracting(Diagnostic::ruleId).doesNotContain("internal.rule-failure");
      String page = PAGES.report(report, SITE, Optional.empty());
      READ_PAGES.incrementAndGet();
      assertThat(SafePages.problems(page, "generated/index.html")).isEmpty();
    });
  }

  @Property(tries = 40, seed = "20261126")
  void wholeBuildsPublishOrDiagnoseNeverThrow(@ForAll("publishable") String first, @ForAll("publishable") String second)
      throws IOException {
    BUILD_CASES.incrementAndGet();
    Path dir = Files.createTempDirectory("reviewpress-property-");
    try {
      Project p = new Project(dir);
      p.report("first", first);
      p.report("second", second);
      p.goodReport("good");
      // Rules off: their findings are checked above; here every readable report reaches the page.
      Map<String, String> off = new java.util.HashMap<>();
      RuleRegistry.builtIn().rules().forEach(rule -> off.put(rule.id(), "off"));
      BuildResult r = Publisher.builder().projectDirectory(dir).threads(2).ruleLevels(off).build().build();
      assertThat(r.diagnostics()).allSatisfy(d -> {
        assertThat(d.message()).isNotBlank();
        assertThat(d.hint()).isNotBlank();
        assertThat(d.ruleId()).isNotEqualTo("internal.rule-failure");
      });
      assertThat(Project.of(r, "good")).isEmpty();
      if (r.failed()) {
        assertThat(r.site()).isEmpty();
        assertThat(p.site()).doesNotExist();
      } else {
        BUILD_SITES.incrementAndGet();
        assertThat(r.site()).contains(p.site());
        assertThat(SafePages.problems(p.site())).isEmpty();
      }
      try (Stream<Path> left = Files.list(p.output())) {
        assertThat(left.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".site-"));
      }
    } finally {
      delete(dir);
    }
  }

  @AfterContainer
  static void report() {
    System.out.printf("[robust] generated cases: %d read+check+render (%d rendered to a page), %d whole builds"
        + " of 3 reports (%d published)%n", READ_CASES.get(), READ_PAGES.get(), BUILD_CASES.get(), BUILD_SITES.get());
  }

  /** Every diagnostic names the file and a line and column that exist in it, and says how to fix it. */
  private static void assertPointIntoTheFile(List<Diagnostic> ds, SourceText source) {
    for (Diagnostic d : ds) {
      assertThat(d.position().file()).as(d.format()).isEqualTo(source.file());
      int line = d.position().line();
      assertThat(line).as("line of " + d.format()).isBetween(1, source.lineCount());
      int lineLength = (line < source.lineCount() ? source.lineStart(line + 1) : source.length()) - source.lineStart(line);
      assertThat(d.position().column()).as("column of " + d.format()).isBetween(1, lineLength + 1);
      assertThat(d.message()).as(d.format()).isNotBlank();
      assertThat(d.hint()).as("hint of " + d.format()).isNotBlank();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
