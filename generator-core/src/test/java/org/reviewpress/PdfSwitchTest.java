package org.reviewpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pdf(false)} (the plugin's -Dreviewpress.pdf=false) skips the PDF for quick drafts. */
class PdfSwitchTest {

  @TempDir
  Path out;

  @Test
  void withoutPdfThereIsNoFileNoDownloadLinkAndNoPdfInFindingsJson() throws Exception {
    BuildResult result = Publisher.builder()
        .projectDirectory(ExampleReportTest.EXAMPLE)
        .outputDirectory(out)
        .pdf(false)
        .build()
        .build();
    assertThat(result.site()).isPresent();
    Path report = out.resolve("site/child-t");
    assertThat(report.resolve("index.html")).exists();
    assertThat(report.resolve("child-t.pdf")).doesNotExist();
    try (var files = Files.walk(out)) {
      assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
    }
    assertThat(Files.readString(report.resolve("index.html"))).doesNotContain("Download the PDF");
    assertThat(Files.readString(report.resolve("findings.json"))).doesNotContain("\"pdf\"");
    assertThat(Files.readString(out.resolve("site/findings.json"))).doesNotContain("\"pdf\"");
  }
}
