package org.reviewpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.Publisher;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.Report;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Figures carry their alt text into the PDF; only images from the report's own folder are read. */
class PdfImagesTest {

  static final String ALT = "Bar chart: referrals rose from 12 in 2024 to 31 in 2025.";

  @TempDir
  Path project;

  @Test
  void figureHasItsAltTextAndImagesOutsideTheReportFolderAreNotRead() throws Exception {
    Path reports = project.resolve("src/reports");
    Path file = ReportCorpus.write(reports, "child-r", 3, 5);
    chart(file.resolveSibling("chart.png"));
    chart(reports.resolve("outside.png"));
    Files.writeString(file, Files.readString(file)
        + "\n![" + ALT + "](chart.png)\n\n![Something from elsewhere](../outside.png)\n");
    Report report = Publisher.builder().projectDirectory(project).build().check().reports().get(0);

    Theme theme = new Theme(Optional.empty());
    RenderedPdf pdf = new PdfRenderer(theme, new PageRenderer(theme), Optional.empty())
        .render(report, new SiteInfo("Reviews", report.partnership(), Optional.empty()), file.getParent());

    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      int images = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          images += page.getResources().isImageXObject(name) ? 1 : 0;
        }
      }
      assertThat(images).as("only the report's own image is embedded").isEqualTo(1);
      List<String> figureAlts = new ArrayList<>();
      collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), figureAlts);
      assertThat(figureAlts).contains(ALT);
    }
    assertThat(pdf.warnings()).anyMatch(w -> w.contains("outside.png")).noneMatch(w -> w.contains("chart.png"));
    assertThat(VeraPdf.report("a report with a figure", pdf.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
  }

  private static void collectFigures(PDStructureNode node, List<String> alts) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          alts.add(e.getAlternateDescription());
        }
        collectFigures(e, alts);
      }
    }
  }

  private static void chart(Path png) throws Exception {
    BufferedImage img = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 60);
    g.setColor(new Color(0x1d4f91));
    g.fillRect(10, 30, 30, 30);
    g.fillRect(60, 5, 30, 55);
    g.dispose();
    ImageIO.write(img, "png", png.toFile());
  }
}
