package org.reviewpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.Publisher;
import org.reviewpress.ReviewpressException;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.Report;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;

/** A draft has no published date: its PDF takes SOURCE_DATE_EPOCH, or carries no date at all. */
class PdfDatesTest {

  @TempDir
  static Path project;

  static Report draft;
  static Theme theme = new Theme(Optional.empty());

  @BeforeAll
  static void readDraft() throws Exception {
    String md = ReportCorpus.markdown(3, 7).replace("published: 2026-02-02\n", "").replace("status: final", "status: draft");
    Files.createDirectories(project.resolve("src/reports/draft"));
    Files.writeString(project.resolve("src/reports/draft/report.md"), md);
    draft = Publisher.builder().projectDirectory(project).build().check().reports().get(0);
    assertThat(draft.published()).isEmpty();
  }

  static byte[] render(Optional<Instant> sourceDate) {
    return new PdfRenderer(theme, new PageRenderer(theme), sourceDate)
        .render(draft, new SiteInfo("Reviews", draft.partnership(), Optional.empty()), project.resolve("src/reports/draft"))
        .bytes();
  }

  @Test
  void draftTakesSourceDateEpoch() throws Exception {
    Optional<Instant> epoch = PdfRenderer.sourceDateEpoch("1767225600");
    byte[] pdf = render(epoch);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo("2026-01-01T00:00:00Z");
      assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo("2026-01-01T00:00:00Z");
    }
    assertThat(render(epoch)).isEqualTo(pdf);
  }

  @Test
  void draftWithoutSourceDateEpochHasNoDateAndStaysReproducible() throws Exception {
    byte[] pdf = render(Optional.empty());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
      assertThat(doc.getDocumentInformation().getModificationDate()).isNull();
    }
    assertThat(render(Optional.empty())).isEqualTo(pdf);
  }

  @Test
  void sourceDateEpochThatIsNotANumberSaysHowToFixIt() {
    assertThat(PdfRenderer.sourceDateEpoch(null)).isEmpty();
    assertThat(PdfRenderer.sourceDateEpoch(" ")).isEmpty();
    assertThatThrownBy(() -> PdfRenderer.sourceDateEpoch("yesterday"))
        .isInstanceOf(ReviewpressException.class)
        .hasMessageContaining("SOURCE_DATE_EPOCH").hasMessageContaining("whole number");
  }
}
