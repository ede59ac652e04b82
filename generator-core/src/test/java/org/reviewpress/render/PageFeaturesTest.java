package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.Publisher;

/** What the default theme gives readers of the example report, and what a project theme can change. */
class PageFeaturesTest {

  static final Path EXAMPLE = Path.of("../example-report").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  private Document build(Optional<Path> theme) throws Exception {
    Publisher.Builder b = Publisher.builder().projectDirectory(EXAMPLE).outputDirectory(dir.resolve("out"));
    theme.ifPresent(b::themeDirectory);
    Path site = b.build().build().site().orElseThrow();
    return Jsoup.parse(Files.readString(site.resolve("child-t/index.html")));
  }

  @Test
  void longBodiesHaveBackToContentsLinksAndWideTablesScrollInANamedFocusableBox() throws Exception {
    Document page = build(Optional.empty());
    Element body = page.selectFirst(".report-body");
    int sections = body.select("> h2").size();
    assertThat(sections).isGreaterThan(2);
    assertThat(body.select("> p.back > a[href=#contents]")).hasSize(sections);
    for (Element table : body.select("table")) {
      Element box = table.parent();
      assertThat(box.hasClass("table-scroll")).isTrue();
      assertThat(box.attr("role")).isEqualTo("region");
      assertThat(box.attr("tabindex")).isEqualTo("0");
      assertThat(box.attr("aria-label")).isNotBlank();
    }
    assertThat(page.select(".site-title img")).as("no logo unless the project has one").isEmpty();
  }

  @Test
  void contentsNestSubsectionsUnderTheirSection() throws Exception {
    Document page = build(Optional.empty());
    Element episodes = page.select("#contents > ol > li").stream()
        .filter(li -> li.child(0).text().equals("Key practice episodes")).findFirst().orElseThrow();
    assertThat(episodes.select("> ul > li > a").eachText()).first().asString().startsWith("Episode 1");
    assertThat(page.select("#contents > ol > li > a").eachText()).contains("Summary of findings", "Findings", "Glossary");
  }

  @Test
  void contentsTreeKeepsLeadingSubsectionsAtTheTop() {
    List<Map<String, Object>> flat = List.of(
        Map.of("id", "a", "title", "A", "level", 3),
        Map.of("id", "b", "title", "B", "level", 2),
        Map.of("id", "c", "title", "C", "level", 3));
    List<Map<String, Object>> tree = Views.contentsTree(flat);
    assertThat(tree).extracting(m -> m.get("id")).containsExactly("a", "b");
    assertThat((List<?>) tree.get(1).get("children")).hasSize(1);
  }

  @Test
  void aProjectThemeAddsALogoAndReplacesOnlyTheFilesItHas() throws Exception {
    Path theme = dir.resolve("theme");
    Files.createDirectories(theme.resolve("assets/images"));
    Files.createDirectories(theme.resolve("templates/partials"));
    Files.writeString(theme.resolve("assets/images/logo.png"), "not really a png");
    Files.writeString(theme.resolve("templates/partials/footer.peb"), "<p>Our own footer for {{ site.partnership }}</p>");
    Document page = build(Optional.of(theme));
    assertThat(page.select(".site-title img.logo").attr("src")).isEqualTo("../assets/images/logo.png");
    assertThat(page.select(".site-title img.logo").attr("alt")).as("the title beside it names the link").isEmpty();
    assertThat(page.select(".site-footer").text()).isEqualTo("Our own footer for Northshire Safeguarding Children Partnership");
    assertThat(page.select("nav.breadcrumbs")).as("default templates still used").hasSize(1);
    assertThat(dir.resolve("out/site/assets/images/logo.png")).exists();
    assertThat(dir.resolve("out/site/assets/css/site.css")).exists();
  }
}
