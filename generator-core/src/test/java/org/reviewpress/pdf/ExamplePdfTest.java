package org.reviewpress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The example report's PDF, built through the facade as the plugin builds it. */
class ExamplePdfTest {

  static final Path EXAMPLE = Path.of("../example-report").toAbsolutePath().normalize();

  @TempDir
  static Path out;

  static BuildResult result;
  static byte[] pdf;

  @BeforeAll
  static void build() throws Exception {
    result = Publisher.builder().projectDirectory(EXAMPLE).outputDirectory(out.resolve("first")).build().build();
    pdf = Files.readAllBytes(out.resolve("first/site/child-t/child-t.pdf"));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/child-t.pdf"), pdf);
  }

  @Test
  void conformsToPdfUaAndPdfA() throws Exception {
    assertThat(VeraPdf.report("the example", pdf, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)).isEmpty();
  }
}
