package org.reviewpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.Report;
import org.reviewpress.model.Severity;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A generated report of about 60 pages: the size where layout and tagging problems show. */
class LargeReportPdfTest {

  @TempDir
  Path project;

  @Test
  void sixtyPageReportConformsToPdfUaWithEveryFindingInOrder() throws Exception {
    ReportCorpus.write(project.resolve("src/reports"), "child-r", ReportCorpus.SIXTY_PAGES, 42);
    BuildResult result = Publisher.builder().projectDirectory(project).build().build();
    result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(d -> System.out.println(d.format()));
    assertThat(result.count(Severity.ERROR)).isZero();
    Report report = result.reports().get(0);
    assertThat(report.findings()).hasSize(ReportCorpus.findings(ReportCorpus.SIXTY_PAGES));
    byte[] pdf = Files.readAllBytes(project.resolve("target/reviewpress/site/child-r/child-r.pdf"));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isBetween(50, 75);
      PdfText.assertFindingsInReadingOrder(PdfText.text(doc), report);
    }
    // veraPDF takes seconds on 60 pages: PDF/UA-1 here; both flavours are checked on the example.
    assertThat(VeraPdf.report("the 60-page report", pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }
}
