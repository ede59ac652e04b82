package org.reviewpress.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys change with every change to what they are made from, and only then. */
class FingerprintTest {

  @TempDir
  Path dir;

  @Test
  void everyOneByteEditOfAFileChangesItsKey() throws IOException {
    byte[] text = new byte[20_000];
    new Random(7).nextBytes(text);
    Path file = dir.resolve("report.md");
    Files.write(file, text);
    String original = Fingerprint.builder().addFile("report.md", file).build().hex();
    assertThat(Fingerprint.builder().addFile("report.md", file).build().hex()).as("same bytes, same key").isEqualTo(original);

    Set<String> keys = new HashSet<>();
    Random edits = new Random(11);
    for (int i = 0; i < 300; i++) {
      byte[] edited = text.clone();
      int at = edits.nextInt(edited.length);
      edited[at] = (byte) (edited[at] ^ (1 + edits.nextInt(255)));
      if (i % 3 == 0) { // and some swaps of two bytes, which keep the bytes' sum
        int other = edits.nextInt(edited.length);
        byte t = edited[at];
        edited[at] = edited[other];
        edited[other] = t;
      }
      Files.write(file, edited);
      keys.add(Fingerprint.builder().addFile("report.md", file).build().hex());
    }
    assertThat(keys).doesNotContain(original).hasSizeGreaterThan(295);
  }

  @Test
  void treesDifferByNamesPlacesAndPresenceOfFiles() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("report.md"), "# Report\n");
    Files.writeString(a.resolve("chart.png"), "png");
    String base = Fingerprint.ofTree(a).hex();

    Files.writeString(a.resolve(".report.md.swp"), "editor file");
    assertThat(Fingerprint.ofTree(a).hex()).as("hidden files are left out").isEqualTo(base);

    Files.move(a.resolve("chart.png"), a.resolve("graph.png"));
    String renamed = Fingerprint.ofTree(a).hex();
    assertThat(renamed).isNotEqualTo(base);

    Files.writeString(a.resolve("empty.txt"), "");
    assertThat(Fingerprint.ofTree(a).hex()).isNotEqualTo(renamed);

    assertThat(Fingerprint.builder().addFile("f", dir.resolve("missing")).build())
        .isNotEqualTo(Fingerprint.builder().addFile("f", a.resolve("empty.txt")).build());
    assertThat(Fingerprint.builder().add("a", "bc").add("d", "").build())
        .as("labels and values cannot run together").isNotEqualTo(Fingerprint.builder().add("a", "b").add("cd", "").build());
  }

  @Test
  void onlySixtyFourLowerCaseHexDigitsMakeAFingerprint() {
    String good = "0123456789abcdef".repeat(4);
    assertThat(new Fingerprint(good).hex()).isEqualTo(good);
    for (String bad : List.of(good.substring(1), good + "0", good.toUpperCase(java.util.Locale.ROOT),
        good.substring(1) + "g", good.substring(1) + "/", good.substring(1) + ":", good.substring(1) + "`", "")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Fingerprint(bad))
          .as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
