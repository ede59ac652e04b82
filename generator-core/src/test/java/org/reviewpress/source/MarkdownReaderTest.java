package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.Fixtures;
import org.reviewpress.model.Anchor;
import org.reviewpress.model.Report;

class MarkdownReaderTest {

  private static Report placement() {
    return Fixtures.read(Fixtures.ROOT.resolve("structure.attribute/placement.md")).report().orElseThrow();
  }

  @Test
  void explicitIdsAttachToHeadingsParagraphsListsQuotesAndTables() {
    Report r = placement();
    Document html = Jsoup.parseBodyFragment(r.body().html());
    assertThat(html.getElementById("intro").tagName()).isEqualTo("h2");
    assertThat(html.getElementById("para-end").tagName()).isEqualTo("p");
    assertThat(html.getElementById("the-list").tagName()).isEqualTo("ul");
    assertThat(html.getElementById("the-quote").tagName()).isEqualTo("blockquote");
    assertThat(html.getElementById("the-table").tagName()).isEqualTo("table");
    assertThat(html.text()).doesNotContain("{#");
    assertThat(r.body().anchor("para-end")).map(Anchor::kind).contains(Anchor.Kind.PARAGRAPH);
    assertThat(r.body().anchor("the-list")).map(Anchor::kind).contains(Anchor.Kind.BLOCK);
    assertThat(r.body().anchor("para-end").orElseThrow().excerpt()).isEqualTo("A paragraph with an id at its end.");
  }

  @Test
  void headingIdsAreSluggedAndUniqueAndTableHeadersHaveScope() {
    Report r = Fixtures.read(Fixtures.ROOT.resolve("evidence.duplicate-anchor/twice.md")).report().orElseThrow();
    assertThat(r.body().anchors()).extracting(Anchor::id).contains("analysis", "analysis-2");
    Document html = Jsoup.parseBodyFragment(placement().body().html());
    assertThat(html.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
  }

  @Test
  void positionsCountFromTheTopOfTheFileIncludingFrontMatter() {
    Report r = placement();
    Anchor intro = r.body().anchor("intro").orElseThrow();
    assertThat(intro.position().line()).isEqualTo(7);
    assertThat(intro.position().column()).isEqualTo(17);
    assertThat(r.body().sections()).extracting(s -> s.title()).contains("Introduction");
  }

  @Test
  void slugsAreLowerCaseAsciiWords() {
    assertThat(MarkdownReader.slug("Episode 3: The strategy discussion")).isEqualTo("episode-3-the-strategy-discussion");
    assertThat(MarkdownReader.slug("   ")).isEqualTo("section");
  }

  @Test
  void footnotesTablesAndDefinitionListsRender() {
    ReadResult read = new ReportReader(new MarkdownReader()).read(
        new ReportSource("x", Path.of("x"), Path.of("x/report.md"), Path.of("x/report.md")),
        "---\ntitle: T\nreview-type: SAR\npartnership: P\n---\n\nA claim.[^1]\n\nTerm\n: Its meaning.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[^1]: The source.\n");
    String html = read.report().orElseThrow().body().html();
    assertThat(html).contains("<dl>", "<dt>Term</dt>", "<table>", "footnote");
  }
}
