package org.reviewpress.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.reviewpress.ReviewpressException;
import org.reviewpress.model.Report;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;

/**
 * Renders a report as a tagged PDF that conforms to PDF/UA-1 and PDF/A-2a: the model goes
 * through the theme's print template ({@code templates/pdf.peb}, styled by
 * {@code assets/css/pdf.css}) into XHTML, and openhtmltopdf lays it out with the theme's
 * embedded fonts. The same sources give the same bytes; the creation date is the report's
 * {@code published} date, else {@code SOURCE_DATE_EPOCH}, else none.
 *
 * <p>Thread-safe: build one per build and render reports on any number of threads.
 */
public final class PdfRenderer {

  static {
    quietLogging();
  }

  private final Theme theme;
  private final PageRenderer pages;
  private final Optional<Instant> fallbackDate;
  private final ThemeFonts fonts;
  private final String css;
  private final byte[] srgb;

  /**
   * @param fallbackDate the date of reports without a {@code published} date, normally
   *                     {@link #sourceDateEpoch(String)} of the environment
   */
  public PdfRenderer(Theme theme, PageRenderer pages, Optional<Instant> fallbackDate) {
    this.theme = theme;
    this.pages = pages;
    this.fallbackDate = fallbackDate;
    this.fonts = new ThemeFonts(theme);
    this.css = readCss(theme);
    // PDF/A needs an output intent; the JDK's own sRGB profile serves without shipping a file.
    this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  /**
   * Renders one report. A report's problems are checked before this; only the environment can
   * fail here.
   *
   * @param folder the report's folder, from which its images are read (and nothing else)
   */
  public RenderedPdf render(Report report, SiteInfo site, Path folder) {
    Map<String, Object> context = new HashMap<>();
    Map<String, Object> view = pages.printView(report, site);
    context.put("report", view);
    context.put("lang", report.lang());
    context.putAll(PrintDocument.extras(css, report.title()));
    String xhtml = PrintDocument.xhtml(theme.render("pdf.peb", context));

    DocumentInfo info = new DocumentInfo(report.title(), report.summary().strip(), report.keywords(), report.lang(),
        report.leadReviewer().orElse(report.partnership()), report.partnership(),
        report.published().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).or(() -> fallbackDate));
    Path base = realPath(folder);
    List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    int[] pageCount = new int[1];

    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .withHtmlContent(xhtml, base.toUri().toString())
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfAConformance.PDFA_2_A)
        .useColorProfile(srgb)
        .withProducer(DocumentInfo.CREATOR)
        .useExternalResourceAccessControl((uri, type) -> allowed(uri, type, base),
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .withDiagnosticConsumer(d -> {
          if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(d.getFormattedMessage());
          }
        })
        .toStream(out);
    fonts.register(builder);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.setListener(new PDFCreationListener() {
        @Override
        public void preOpen(PdfBoxRenderer r) {}

        @Override
        public void preWrite(PdfBoxRenderer r, int count) {}

        @Override
        public void onClose(PdfBoxRenderer r) {
          // Runs after openhtmltopdf has written its own metadata and just before saving.
          pageCount[0] = r.getPdfDocument().getNumberOfPages();
          Reproducible.finish(r.getPdfDocument(), info, xhtml);
        }
      });
      renderer.createPDF();
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write the PDF of " + report.slug() + ": " + e.getMessage(), e);
    }
    return new RenderedPdf(out.toByteArray(), pageCount[0], warnings);
  }

  /**
   * Reads {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC), the reproducible-builds
   * convention for "the time these sources were last changed".
   */
  public static Optional<Instant> sourceDateEpoch(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      throw new ReviewpressException("SOURCE_DATE_EPOCH is '" + value + "', which is not a number of seconds."
          + " Set it to a whole number (for example: git log -1 --format=%ct) or unset it.", e);
    }
  }

  /**
   * Only images from the report's own folder; nothing from the network or elsewhere on disk,
   * not even through a link inside the folder.
   */
  private static boolean allowed(String uri, ExternalResourceType type, Path folder) {
    if (type != ExternalResourceType.IMAGE_RASTER) {
      return false;
    }
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) && Path.of(u).toRealPath().startsWith(folder);
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | IOException e) {
      return false;
    }
  }

  private static Path realPath(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read the report folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static String readCss(Theme theme) {
    Theme.AssetSource source = theme.assets().get("css/pdf.css");
    if (source == null) {
      throw new ReviewpressException("The theme has no css/pdf.css, the PDF's stylesheet. Restore it in the theme's assets.");
    }
    try (InputStream in = source.open()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read the theme's css/pdf.css: " + e.getMessage(), e);
    }
  }

  /**
   * openhtmltopdf logs through java.util.logging to the console by default, which would litter
   * Maven's output. Its messages still reach each render's diagnostic consumer, which keeps the
   * warnings in {@link RenderedPdf#warnings()}; the global logger itself prints nothing.
   */
  private static void quietLogging() {
    XRLog.setLoggingEnabled(true);
    XRLog.setLoggerImpl(new XRLogger() {
      @Override
      public void log(String where, Level level, String msg) {}

      @Override
      public void log(String where, Level level, String msg, Throwable th) {}

      @Override
      public void setLevel(String logger, Level level) {}

      @Override
      public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
      }
    });
  }
}
