package org.reviewpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Report;
import org.reviewpress.model.Section;
import org.reviewpress.model.Severity;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The example report's PDF, built through the facade as the plugin builds it. */
class ExamplePdfTest {

  static final Path EXAMPLE = Path.of("../example-report").toAbsolutePath().normalize();

  @TempDir
  static Path out;

  static BuildResult result;
  static Report report;
  static byte[] pdf;

  @BeforeAll
  static void build() throws Exception {
    result = Publisher.builder().projectDirectory(EXAMPLE).outputDirectory(out.resolve("first")).build().build();
    assertThat(result.count(Severity.ERROR)).isZero();
    report = result.reports().get(0);
    pdf = Files.readAllBytes(out.resolve("first/site/child-t/child-t.pdf"));
  }

  @Test
  void conformsToPdfUaAndPdfA() throws Exception {
    assertThat(VeraPdf.report("the example", pdf, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void twoBuildsGiveIdenticalBytes() throws Exception {
    Publisher.builder().projectDirectory(EXAMPLE).outputDirectory(out.resolve("second")).build().build();
    byte[] again = Files.readAllBytes(out.resolve("second/site/child-t/child-t.pdf"));
    assertThat(again).isEqualTo(pdf);
  }

  @Test
  void textHasEveryFindingInReadingOrderWithRunningHeaderAndPageFooter() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      PdfText.assertFindingsInReadingOrder(PdfText.text(doc), report);
      assertThat(PdfText.text(doc, 1, 1)).contains("Page 1 of " + pages).doesNotContain(report.title() + " Contents");
      String second = PdfText.text(doc, 2, 2);
      assertThat(second).startsWith(report.title()).contains("Contents").contains("Page 2 of " + pages);
      // The contents page gives each finding's page number.
      Matcher m = Pattern.compile("F1 " + Pattern.quote(report.findings().get(0).title()) + " [. ]*(\\d+)").matcher(second);
      assertThat(m.find()).as("F1 with a page number in the contents").isTrue();
      assertThat(PdfText.text(doc, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1))))
          .contains("F1 " + report.findings().get(0).title());
    }
  }

  @Test
  void metadataNamesOnlyThePartnershipAndLeadReviewer() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(report.title());
      assertThat(info.getSubject()).isEqualTo(report.summary().strip());
      assertThat(info.getKeywords()).isEqualTo(String.join(", ", report.keywords()));
      assertThat(info.getCreator()).isEqualTo("reviewpress");
      assertThat(info.getProducer()).isEqualTo("reviewpress");
      assertThat(info.getAuthor()).isEqualTo(report.leadReviewer().orElseThrow());
      assertThat(info.getCreationDate().toInstant()).hasToString("2026-03-14T00:00:00Z");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<dc:publisher><rdf:Bag><rdf:li>" + report.partnership())
          .contains("<pdfuaid:part>1</pdfuaid:part>").contains("<pdfaid:part>2</pdfaid:part>");
      assertThat(info.getMetadataKeys()).containsExactlyInAnyOrder("Title", "Subject", "Keywords", "Author",
          "Creator", "Producer", "CreationDate", "ModDate");
    }
  }

  @Test
  void everyHeadingHasABookmark() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> expected = new ArrayList<>(List.of(report.title(), "Contents", "Summary of findings", "Findings",
          "Recommendations", "Glossary"));
      report.body().sections().stream().filter(s -> s.level() > 0).map(Section::title).forEach(expected::add);
      for (Finding f : report.findings()) {
        expected.add(f.id() + " " + f.title());
      }
      assertThat(PdfText.bookmarks(doc)).containsAll(expected);
    }
  }

  @Test
  void evidenceLinksJumpToTheCitedPassageInsideThePdf() throws Exception {
    Finding f1 = report.findings().get(0);
    String episode = report.body().anchor(f1.evidence().get(0).anchorId()).orElseThrow().excerpt();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Integer> targets = new ArrayList<>();
      int findingsPage = 0;
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        if (findingsPage == 0 && PdfText.text(doc, i + 1, i + 1).contains("F1 " + f1.title() + " Category")) {
          findingsPage = i + 1;
        }
        if (findingsPage == 0) {
          continue;
        }
        PDPage page = doc.getPage(i);
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && episode.equals(link.getContents())) {
            PDDestination d = link.getDestination() != null ? link.getDestination()
                : ((PDActionGoTo) link.getAction()).getDestination();
            targets.add(((PDPageDestination) d).retrievePageNumber() + 1);
          }
        }
      }
      assertThat(targets).as("links to '%s' from the findings", episode).isNotEmpty();
      for (int target : targets) {
        assertThat(PdfText.text(doc, target, target)).contains(episode);
      }
    }
  }

  @Test
  void thePageLinksThePdfWithItsRealPageCountAndSize() throws Exception {
    String page = Files.readString(out.resolve("first/site/child-t/index.html"));
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
    }
    assertThat(page).contains("href=\"child-t.pdf\"")
        .contains("Download the PDF (" + pages + " pages, " + (pdf.length + 1023) / 1024 + " KB)");
    assertThat(Files.readString(out.resolve("first/site/child-t/findings.json"))).contains("\"pdf\" : \"child-t.pdf\"");
  }

  @Test
  void rendersWithoutWarnings() {
    Theme theme = new Theme(Optional.empty());
    RenderedPdf rendered = new PdfRenderer(theme, new PageRenderer(theme), Optional.empty())
        .render(report, new SiteInfo("Reviews", report.partnership(), Optional.empty()), EXAMPLE.resolve("src/reports/child-t"));
    assertThat(rendered.warnings()).isEmpty();
    assertThat(rendered.pages()).isGreaterThan(10);
  }
}
