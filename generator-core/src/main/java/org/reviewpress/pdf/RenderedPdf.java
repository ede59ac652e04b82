package org.reviewpress.pdf;

import java.util.List;
import java.util.Objects;
import org.reviewpress.render.PdfInfo;

/**
 * A rendered PDF.
 *
 * @param bytes    the file's bytes
 * @param pages    its page count
 * @param warnings what openhtmltopdf warned about while rendering (a missing image, an image
 *                 without alternative text); empty for a clean render
 */
public record RenderedPdf(byte[] bytes, int pages, List<String> warnings) {

  public RenderedPdf {
    Objects.requireNonNull(bytes, "bytes");
    warnings = List.copyOf(warnings);
  }

  /** How the report's page links to this file: its name, pages and size in kilobytes (rounded up). */
  public PdfInfo info(String fileName) {
    return new PdfInfo(fileName, pages, (bytes.length + 1023L) / 1024);
  }
}
