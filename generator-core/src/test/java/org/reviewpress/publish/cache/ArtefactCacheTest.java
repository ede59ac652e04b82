package org.reviewpress.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtefactCacheTest {

  @TempDir
  Path dir;

  @Test
  void restoresTheWholeArtefactSetOnlyForTheSameKey() throws IOException {
    Path rendered = dir.resolve("rendered/child-x");
    Files.createDirectories(rendered.resolve("images"));
    Files.writeString(rendered.resolve("index.html"), "<h1>Child X</h1>");
    Files.write(rendered.resolve("child-x.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.write(rendered.resolve("images/genogram.png"), new byte[] {1, 2, 3});
    ArtefactCache cache = new ArtefactCache(dir.resolve("cache"));
    Fingerprint key = Fingerprint.builder().add("source", "v1").build();
    cache.store("child-x", key, rendered);

    Path other = dir.resolve("other");
    assertThat(cache.restore("child-x", Fingerprint.builder().add("source", "v2").build(), other)).isFalse();
    assertThat(other).doesNotExist();

    Path target = dir.resolve("staging/child-x");
    assertThat(cache.restore("child-x", key, target)).isTrue();
    assertThat(target.resolve("index.html")).hasContent("<h1>Child X</h1>");
    assertThat(target.resolve("child-x.pdf")).hasBinaryContent(new byte[] {'%', 'P', 'D', 'F'});
    assertThat(target.resolve("images/genogram.png")).hasBinaryContent(new byte[] {1, 2, 3});
  }

  @Test
  void aNewRenderReplacesTheOldEntry() throws IOException {
    ArtefactCache cache = new ArtefactCache(dir.resolve("cache"));
    Path v1 = dir.resolve("v1");
    Files.createDirectories(v1);
    Files.writeString(v1.resolve("index.html"), "one");
    Files.writeString(v1.resolve("old.txt"), "gone later");
    cache.store("child-x", Fingerprint.builder().add("v", "1").build(), v1);
    Path v2 = dir.resolve("v2");
    Files.createDirectories(v2);
    Files.writeString(v2.resolve("index.html"), "two");
    Fingerprint key2 = Fingerprint.builder().add("v", "2").build();
    cache.store("child-x", key2, v2);

    Path target = dir.resolve("out");
    assertThat(cache.restore("child-x", key2, target)).isTrue();
    assertThat(target.resolve("index.html")).hasContent("two");
    assertThat(target.resolve("old.txt")).doesNotExist();
    assertThat(cache.restoreLatest("child-x", dir.resolve("latest"))).isTrue();
    assertThat(cache.restoreLatest("adult-b", dir.resolve("none"))).isFalse();
  }

  @Test
  void labelsKeepDifferentInputsApart() {
    // "ab"+"c" and "a"+"bc" must not collide.
    Fingerprint one = Fingerprint.builder().add("x", "ab").add("y", "c").build();
    Fingerprint two = Fingerprint.builder().add("x", "a").add("y", "bc").build();
    assertThat(one).isNotEqualTo(two);
    assertThat(Fingerprint.builder().add("x", "ab").add("y", "c").build()).isEqualTo(one);
  }

  @Test
  void aSecretTermListChangesTheKeyButNeverReachesTheCache() throws IOException {
    ArtefactCache cache = new ArtefactCache(dir.resolve("cache"));
    byte[] salt = cache.salt();
    assertThat(cache.salt()).as("the salt is kept").isEqualTo(salt);
    String terms = "Jasmine Okonkwo-Hartley\nLarkspur Crescent\n";
    Fingerprint key = Fingerprint.builder().add("source", "same")
        .addSecret("sensitive-terms", terms.getBytes(StandardCharsets.UTF_8), salt).build();
    Fingerprint changedList = Fingerprint.builder().add("source", "same")
        .addSecret("sensitive-terms", (terms + "Brambleford Academy\n").getBytes(StandardCharsets.UTF_8), salt).build();
    Fingerprint otherSalt = Fingerprint.builder().add("source", "same")
        .addSecret("sensitive-terms", terms.getBytes(StandardCharsets.UTF_8), new byte[32]).build();
    assertThat(changedList).isNotEqualTo(key);
    assertThat(otherSalt).isNotEqualTo(key);

    Path rendered = dir.resolve("rendered");
    Files.createDirectories(rendered);
    Files.writeString(rendered.resolve("index.html"), "<p>Child X</p>");
    cache.store("child-x", key, rendered);
    try (Stream<Path> files = Files.walk(cache.root())) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(content).as(f.toString()).doesNotContain("Okonkwo").doesNotContain("Larkspur");
      }
    }
  }

  @Test
  void aTreeFingerprintSeesRenamesAndIgnoresHiddenFiles() throws IOException {
    Path report = dir.resolve("child-x");
    Files.createDirectories(report);
    Files.writeString(report.resolve("report.md"), "text");
    Fingerprint before = Fingerprint.builder().addTree("r", report).build();
    Files.writeString(report.resolve(".report.md.swp"), "editor state");
    assertThat(Fingerprint.builder().addTree("r", report).build()).isEqualTo(before);
    Files.move(report.resolve("report.md"), report.resolve("draft.md"));
    assertThat(Fingerprint.builder().addTree("r", report).build()).isNotEqualTo(before);
  }
}
