package org.reviewpress.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.reviewpress.ReviewpressException;
import org.reviewpress.render.Theme;

/**
 * The theme's TrueType fonts, read once and handed to every render from memory. Only these
 * fonts exist for the PDF: PDF/UA and PDF/A need every font embedded, so openhtmltopdf's
 * built-in (unembedded) base-14 fonts and the machine's own fonts are never used.
 */
final class ThemeFonts {

  /** The family the print stylesheet names. */
  static final String FAMILY = "DejaVu Sans";

  /**
   * Generic families that map to the same faces, so that a stylesheet asking for
   * {@code monospace} or {@code serif} still finds an embeddable font instead of failing.
   */
  private static final List<String> ALIASES = List.of(FAMILY, "sans-serif", "serif", "monospace");

  private record Face(String asset, int weight, FontStyle style) {}

  private static final List<Face> FACES = List.of(
      new Face("fonts/DejaVuSans.ttf", 400, FontStyle.NORMAL),
      new Face("fonts/DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
      new Face("fonts/DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
      new Face("fonts/DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

  private final List<byte[]> data;

  ThemeFonts(Theme theme) {
    Map<String, Theme.AssetSource> assets = theme.assets();
    this.data = FACES.stream().map(face -> read(assets, face.asset())).toList();
  }

  /** Registers every face under the family and its generic aliases; each is subset when embedded. */
  void register(PdfRendererBuilder builder) {
    for (String family : ALIASES) {
      for (int i = 0; i < FACES.size(); i++) {
        Face face = FACES.get(i);
        byte[] bytes = data.get(i);
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, face.weight(), face.style(), true);
      }
    }
  }

  private static byte[] read(Map<String, Theme.AssetSource> assets, String path) {
    Theme.AssetSource source = assets.get(path);
    if (source == null) {
      throw new ReviewpressException("The theme has no font " + path + ", which the PDF embeds."
          + " Restore it in the theme's assets/fonts folder.");
    }
    try (InputStream in = source.open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read the theme font " + path + ": " + e.getMessage(), e);
    }
  }
}
