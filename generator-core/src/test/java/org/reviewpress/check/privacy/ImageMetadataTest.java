package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.check.Fixtures;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.source.SiteConfig;

/** Images with and without identifying metadata, generated as JPEG and PNG files. */
class ImageMetadataTest {

  @TempDir
  Path dir;

  @Test
  void cleanImagesAsImageIoWritesThemPass() {
    assertThat(ImageMetadata.find(TestImages.clean("jpg"))).isEmpty();
    assertThat(ImageMetadata.find(TestImages.clean("png"))).isEmpty();
    assertThat(ImageMetadata.find(TestImages.pngWithText("Software", "An editor"))).isEmpty();
  }

  @Test
  void cameraExifIsDescribedInPlainWords() {
    assertThat(ImageMetadata.find(TestImages.jpegWithExif()))
        .containsExactly("camera make and model", "dates", "author or owner", "GPS location");
    assertThat(ImageMetadata.find(TestImages.pngWithExif())).contains("GPS location", "author or owner");
  }

  @Test
  void xmpIptcAndTextNotesAreFound() {
    assertThat(ImageMetadata.find(TestImages.jpegWithXmp())).containsExactly("author or owner");
    assertThat(ImageMetadata.find(TestImages.jpegWithIptc())).containsExactly("IPTC data (captions, names, places)");
    assertThat(ImageMetadata.find(TestImages.pngWithText("Author", "A. Person"))).containsExactly("a text note 'Author'");
  }

  @Test
  void damagedFilesDoNotThrow() {
    byte[] jpeg = TestImages.jpegWithExif();
    for (int cut = 0; cut < jpeg.length; cut += 7) {
      ImageMetadata.find(java.util.Arrays.copyOf(jpeg, cut));
    }
    assertThat(ImageMetadata.find(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0})).isNotNull();
  }

  @Test
  void theRuleRefusesImagesWithMetadataAtTheImageLink() throws IOException {
    Files.createDirectories(dir.resolve("images"));
    Files.write(dir.resolve("images/photo.jpg"), TestImages.jpegWithExif());
    Files.write(dir.resolve("images/chart.png"), TestImages.clean("png"));
    Path report = dir.resolve("report.md");
    Files.writeString(report, """
        ---
        title: "Child Safeguarding Practice Review: Child P"
        review-type: CSPR
        partnership: Northshire Safeguarding Children Partnership
        ---

        ![The street](images/photo.jpg)

        ![A chart](images/chart.png) and ![remote](https://example.org/x.jpg) and ![missing](images/none.png)
        """);
    List<Diagnostic> ds = Fixtures.diagnose(report, RuleRegistry.builtIn(), SiteConfig.defaults()).stream()
        .filter(d -> d.ruleId().equals("privacy.image-metadata")).toList();
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).position().line()).isEqualTo(7);
    assertThat(ds.get(0).message()).contains("images/photo.jpg", "GPS location");
    assertThat(ds.get(0).hint()).contains("exiftool -all= images/photo.jpg");
  }
}
