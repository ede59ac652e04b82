package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.Report;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;

/** The page renderer reuses a body it has just cleaned, and never hands one report another's body. */
class SafeBodyReuseTest {

  private static Report report(String slug, String body) {
    String text = "---\ntitle: \"Review: " + slug + "\"\nreview-type: SAR\npartnership: P\n---\n\n" + body + "\n";
    Path folder = Path.of("src/reports", slug);
    return new ReportReader(new MarkdownReader()).read(new ReportSource(slug, folder, folder.resolve("report.md"),
        folder.resolve("report.md")), text).report().orElseThrow();
  }

  @Test
  void eachReportGetsItsOwnCleanedBodyAndRepeatsGetTheSameOne() {
    PageRenderer pages = new PageRenderer(new Theme(Optional.empty()));
    Sanitiser sanitiser = new Sanitiser();
    Report a = report("a", "First <script>alert(1)</script> body with [a link](https://example.org).");
    Report b = report("b", "Second body <img src=\"https://tracker.example/p.png\" alt=\"x\">.");
    String first = pages.safeBody(a);
    assertThat(first).isEqualTo(sanitiser.clean(a.body().html())).doesNotContain("script").contains("noopener");
    assertThat(pages.safeBody(a)).isSameAs(first);
    assertThat(pages.safeBody(b)).isEqualTo(sanitiser.clean(b.body().html())).contains("Second").doesNotContain("tracker");
    assertThat(pages.safeBody(a)).isEqualTo(first);
    assertThat(pages.report(b, new SiteInfo("Reviews", "P", Optional.empty()), Optional.empty()))
        .contains("Second body").doesNotContain("First");
  }
}
