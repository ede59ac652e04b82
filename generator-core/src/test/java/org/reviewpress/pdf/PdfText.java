package org.reviewpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.reviewpress.model.Category;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Report;

/** What a reader of a PDF gets: its text in reading order, page by page, and its bookmarks. */
final class PdfText {

  private PdfText() {}

  /** The text of pages {@code from} to {@code to} (1-based), whitespace collapsed to single spaces. */
  static String text(PDDocument doc, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(doc).replaceAll("\\s+", " ");
  }

  static String text(PDDocument doc) throws IOException {
    return text(doc, 1, doc.getNumberOfPages());
  }

  /** Every bookmark title, depth first, in document order. */
  static List<String> bookmarks(PDDocument doc) {
    List<String> out = new ArrayList<>();
    collect(doc.getDocumentCatalog().getDocumentOutline(), out);
    return out;
  }

  private static void collect(PDOutlineNode node, List<String> out) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      out.add(item.getTitle());
      collect(item, out);
    }
  }

  /**
   * Asserts that every finding's heading (its id and title, followed by its category) is in the
   * text, in the order the report gives them.
   */
  static void assertFindingsInReadingOrder(String text, Report report) {
    int at = -1;
    for (Finding f : report.findings()) {
      String heading = f.id() + " " + f.title() + " Category: " + f.category().map(Category::label).orElse("");
      int found = text.indexOf(heading, at + 1);
      assertThat(found).as("finding %s's heading after the previous finding's", f.id()).isGreaterThan(at);
      at = found;
    }
  }
}
