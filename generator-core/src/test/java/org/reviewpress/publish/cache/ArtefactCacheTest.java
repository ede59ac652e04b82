package org.reviewpress.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.reviewpress.internal.FileTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtefactCacheTest {

  @TempDir
  Path dir;

  /** Writes a report's folder as a build renders it into {@code staging}, records it, and publishes it as {@code site}. */
  private ArtefactCache publish(String slug, Fingerprint key, Map<String, byte[]> files) throws IOException {
    ArtefactCache cache = new ArtefactCache(dir.resolve("cache"), site());
    Path staging = dir.resolve("staging");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = staging.resolve(slug).resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    cache.store(slug, key, staging.resolve(slug));
    FileTrees.delete(site());
    Files.move(staging, site());
    cache.commit();
    return cache;
  }

  private Path site() {
    return dir.resolve("site");
  }

  private static Map<String, byte[]> childX() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("index.html", "<h1>Child X</h1>".getBytes(StandardCharsets.UTF_8));
    files.put("child-x.pdf", new byte[] {'%', 'P', 'D', 'F'});
    files.put("images/genogram.png", new byte[] {1, 2, 3});
    return files;
  }

  @Test
  void reusesThePublishedArtefactsOnlyForTheSameKey() throws IOException {
    Fingerprint key = Fingerprint.builder().add("source", "v1").build();
    publish("child-x", key, childX());

    ArtefactCache next = new ArtefactCache(dir.resolve("cache"), site());
    Path other = dir.resolve("other");
    assertThat(next.restore("child-x", Fingerprint.builder().add("source", "v2").build(), other)).isFalse();
    assertThat(other).doesNotExist();
    assertThat(next.restore("adult-b", key, other)).as("never published").isFalse();

    Path target = dir.resolve("staging2/child-x");
    assertThat(next.restore("child-x", key, target)).isTrue();
    assertThat(target.resolve("index.html")).hasContent("<h1>Child X</h1>");
    assertThat(target.resolve("child-x.pdf")).hasBinaryContent(new byte[] {'%', 'P', 'D', 'F'});
    assertThat(target.resolve("images/genogram.png")).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(Files.isSameFile(target.resolve("index.html"), site().resolve("child-x/index.html")))
        .as("linked, not copied").isTrue();
  }

  @Test
  void restoringIntoAFolderWithAnOlderVersionLeavesExactlyThePublishedFiles() throws IOException {
    Fingerprint key = Fingerprint.builder().add("source", "v1").build();
    publish("child-x", key, childX());
    // The staging folder of a build that recycles an older site: an older version of the report.
    Path target = dir.resolve("recycled/child-x");
    Files.createDirectories(target.resolve("images/old"));
    Files.writeString(target.resolve("index.html"), "<h1>Older</h1>");
    Files.writeString(target.resolve("images/old/chart.png"), "gone");
    Files.writeString(target.resolve("notes.html"), "gone too");

    assertThat(new ArtefactCache(dir.resolve("cache"), site()).restore("child-x", key, target)).isTrue();
    try (Stream<Path> files = Files.walk(target)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> target.relativize(p).toString().replace('\\', '/')))
          .containsExactlyInAnyOrder("index.html", "child-x.pdf", "images/genogram.png");
    }
    assertThat(target.resolve("images/old")).doesNotExist();
    assertThat(Files.isSameFile(target.resolve("index.html"), site().resolve("child-x/index.html"))).isTrue();
  }

  @Test
  void aReusedReportIsRecordedAgainAndAnUnmentionedOneIsForgotten() throws IOException {
    Fingerprint key = Fingerprint.builder().add("source", "v1").build();
    publish("child-x", key, childX());
    // The next build reuses child-x and publishes it again.
    ArtefactCache second = new ArtefactCache(dir.resolve("cache"), site());
    Path staging = dir.resolve("staging");
    assertThat(second.restore("child-x", key, staging.resolve("child-x"))).isTrue();
    FileTrees.delete(site());
    Files.move(staging, site());
    second.commit();
    assertThat(new ArtefactCache(dir.resolve("cache"), site()).restore("child-x", key, dir.resolve("third/child-x")))
        .as("recorded again after being reused").isTrue();

    // A build that neither renders nor reuses it forgets it.
    new ArtefactCache(dir.resolve("cache"), site()).commit();
    assertThat(new ArtefactCache(dir.resolve("cache"), site()).restore("child-x", key, dir.resolve("fourth/child-x")))
        .isFalse();
  }

  @Test
  void aPublishedFileEditedAddedOrRemovedByHandIsNeverReused() throws IOException {
    Fingerprint key = Fingerprint.builder().add("source", "v1").build();
    publish("child-x", key, childX());
    Path page = site().resolve("child-x/index.html");

    // Edited in place, same size, with its old modification time put back.
    var modified = Files.getLastModifiedTime(page);
    Files.writeString(page, "<h1>Child Y</h1>");
    Files.setLastModifiedTime(page, modified);
    Path replaced = dir.resolve("replaced");
    Files.writeString(replaced, "<h1>Child Z</h1>");
    Files.setLastModifiedTime(replaced, modified);
    Files.move(replaced, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(new ArtefactCache(dir.resolve("cache"), site()).restore("child-x", key, dir.resolve("a/child-x")))
        .as("a different file in its place, same size and time").isFalse();

    publish("child-x", key, childX());
    Files.writeString(site().resolve("child-x/notes.txt"), "added by hand");
    assertThat(new ArtefactCache(dir.resolve("cache"), site()).restore("child-x", key, dir.resolve("b/child-x")))
        .as("a file added").isFalse();

    publish("child-x", key, childX());
    Files.delete(site().resolve("child-x/images/genogram.png"));
    assertThat(new ArtefactCache(dir.resolve("cache"), site()).restore("child-x", key, dir.resolve("c/child-x")))
        .as("a file removed").isFalse();

    publish("child-x", key, childX());
    Files.writeString(site().resolve("child-x/index.html"), "<h1>Child X, edited</h1>");
    assertThat(new ArtefactCache(dir.resolve("cache"), site()).restore("child-x", key, dir.resolve("d/child-x")))
        .as("edited in place").isFalse();
  }

  @Test
  void aDamagedRecordMeansRenderingAgain() throws IOException {
    Fingerprint key = Fingerprint.builder().add("source", "v1").build();
    publish("child-x", key, childX());
    Files.writeString(dir.resolve("cache/_stamps/pages.txt"), "not a record\n");
    assertThat(new ArtefactCache(dir.resolve("cache"), site()).restore("child-x", key, dir.resolve("a/child-x")))
        .isFalse();
  }

  @Test
  void thePreviewCanShowTheLastPublishedPagesWhateverTheirKey() throws IOException {
    publish("child-x", Fingerprint.builder().add("source", "v1").build(), childX());
    ArtefactCache next = new ArtefactCache(dir.resolve("cache"), site());
    assertThat(next.restoreLatest("child-x", dir.resolve("latest/child-x"))).isTrue();
    assertThat(dir.resolve("latest/child-x/index.html")).hasContent("<h1>Child X</h1>");
    assertThat(next.restoreLatest("adult-b", dir.resolve("none"))).isFalse();
  }

  @Test
  void copiesLeftByOlderVersionsAndKilledBuildsAreRemoved() throws IOException {
    Files.createDirectories(dir.resolve("cache/child-x/files"));
    Files.writeString(dir.resolve("cache/child-x/key"), "abc");
    Files.writeString(dir.resolve("cache/.tmp-_pages-123"), "half");
    Files.createDirectories(dir.resolve("cache/_reports"));
    new ArtefactCache(dir.resolve("cache"), site()).removeLeftovers();
    assertThat(dir.resolve("cache/child-x")).doesNotExist();
    assertThat(dir.resolve("cache/.tmp-_pages-123")).doesNotExist();
    assertThat(dir.resolve("cache/_reports")).as("other caches are left alone").exists();
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
    ArtefactCache cache = new ArtefactCache(dir.resolve("cache"), site());
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

    publish("child-x", key, Map.of("index.html", "<p>Child X</p>".getBytes(StandardCharsets.UTF_8)));
    try (Stream<Path> files = Files.walk(cache.root())) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(content).as(f.toString()).doesNotContain("Okonkwo").doesNotContain("Larkspur");
      }
    }
  }

  @Test
  void aJarIsFingerprintedByItsEntriesSoAnyChangedFileChangesTheKey() throws IOException {
    Path one = jar("one.jar", Map.of("templates/report.peb", "<h1>{{ title }}</h1>", "fonts/a.ttf", "glyphs"));
    Path same = jar("same.jar", Map.of("fonts/a.ttf", "glyphs", "templates/report.peb", "<h1>{{ title }}</h1>"));
    Path edited = jar("edited.jar", Map.of("templates/report.peb", "<h1>{{ title }}!</h1>", "fonts/a.ttf", "glyphs"));
    Path renamed = jar("renamed.jar", Map.of("templates/page.peb", "<h1>{{ title }}</h1>", "fonts/a.ttf", "glyphs"));
    Fingerprint key = Fingerprint.builder().addJar("jar", one).build();
    assertThat(Fingerprint.builder().addJar("jar", same).build()).as("same files, other order").isEqualTo(key);
    assertThat(Fingerprint.builder().addJar("jar", edited).build()).isNotEqualTo(key);
    assertThat(Fingerprint.builder().addJar("jar", renamed).build()).isNotEqualTo(key);

    Path notAJar = dir.resolve("not.jar");
    Files.writeString(notAJar, "plain text");
    Fingerprint plain = Fingerprint.builder().addJar("jar", notAJar).build();
    Files.writeString(notAJar, "other text");
    assertThat(Fingerprint.builder().addJar("jar", notAJar).build()).as("hashed whole instead").isNotEqualTo(plain);
  }

  private Path jar(String name, Map<String, String> files) throws IOException {
    Path jar = dir.resolve(name);
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        out.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
        out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
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
