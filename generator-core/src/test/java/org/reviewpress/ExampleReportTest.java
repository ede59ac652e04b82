package org.reviewpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.model.Severity;

/** Builds the project's own example report with the facade, as the plugin does. */
class ExampleReportTest {

  static final Path EXAMPLE = Path.of("../example-report").toAbsolutePath().normalize();

  @TempDir
  Path out;

  @Test
  void exampleBuildsWithoutErrorsAndItsPageIsWellFormed() throws Exception {
    BuildResult result = Publisher.builder()
        .projectDirectory(EXAMPLE)
        .outputDirectory(out)
        .build()
        .build();
    result.diagnostics().forEach(d -> System.out.println(d.severity() + " " + d.format() + " | " + d.hint()));
    assertThat(result.count(Severity.ERROR)).isZero();
    assertThat(result.site()).isPresent();
    Path page = out.resolve("site/child-t/index.html");
    assertThat(page).exists();
    Document doc = Jsoup.parse(Files.readString(page));
    assertThat(doc.select("html").attr("lang")).isEqualTo("en-GB");
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.title()).contains("Child T");
    for (String landmark : new String[] {"header", "nav", "main", "footer"}) {
      assertThat(doc.select(landmark)).as(landmark).isNotEmpty();
    }
    int previous = 1;
    for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
      int level = h.tagName().charAt(1) - '0';
      assertThat(level).as("heading '%s' skips a level", h.text()).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    assertThat(doc.select("img:not([alt])")).isEmpty();
    for (Element e : doc.select("[src], link[href]")) {
      String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertThat(url).as("asset URL").doesNotContain("//");
    }
  }
}
