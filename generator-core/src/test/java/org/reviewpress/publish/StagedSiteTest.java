package org.reviewpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging folder: swapped in whole only on success, and staged into the site the last build
 * replaced, overwriting files in place without ever writing through a link.
 */
class StagedSiteTest {

  @TempDir
  Path dir;

  private Path site() {
    return dir.resolve("site");
  }

  private void publish(String... files) {
    try (StagedSite staged = StagedSite.begin(site())) {
      for (String f : files) {
        staged.write(f, "v " + f);
      }
      staged.publish();
    }
  }

  @Test
  void theReplacedSiteIsKeptAsTheSpareAndTheNextBuildStagesIntoIt() throws IOException {
    publish("a/index.html");
    assertThat(StagedSite.spareOf(site())).doesNotExist();
    Object first = inode(site().resolve("a/index.html"));

    publish("a/index.html");
    assertThat(StagedSite.spareOf(site())).isDirectory();
    publish("a/index.html");

    assertThat(inode(site().resolve("a/index.html"))).as("overwritten in place, not created afresh").isEqualTo(first);
    assertThat(site().resolve("a/index.html")).hasContent("v a/index.html");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", ".site-spare");
    }
  }

  @Test
  void whatTheNewBuildDidNotWriteIsNotPublished() throws IOException {
    publish("index.html", "a/index.html", "a/images/x.png", "b/index.html", "assets/css/site.css");
    publish("index.html", "a/index.html", "a/images/x.png", "b/index.html", "assets/css/site.css");
    publish("index.html", "a/index.html", "c/index.html", "assets/css/site.css");

    assertThat(files(site())).containsExactlyInAnyOrder("index.html", "a/index.html", "c/index.html",
        "assets/css/site.css");
    assertThat(site().resolve("a/images")).as("emptied folders go too").doesNotExist();
    assertThat(site().resolve("b")).doesNotExist();
  }

  @Test
  void aFileHardLinkedIntoThePublishedSiteIsReplacedNotWrittenThrough() throws IOException {
    publish("a/index.html");
    publish("a/index.html");
    // As the build cache does for an unchanged report: the published file is also a file of the spare.
    Path spareFile = StagedSite.spareOf(site()).resolve("a/index.html");
    Files.delete(spareFile);
    Files.createLink(spareFile, site().resolve("a/index.html"));

    try (StagedSite staged = StagedSite.begin(site())) {
      staged.write("a/index.html", "new");
      assertThat(site().resolve("a/index.html")).as("the published page is untouched while staging")
          .hasContent("v a/index.html");
      staged.publish();
    }
    assertThat(site().resolve("a/index.html")).hasContent("new");
    assertThat(StagedSite.spareOf(site()).resolve("a/index.html")).hasContent("v a/index.html");
  }

  @Test
  void aLinkInTheSpareIsReplacedNeverFollowed() throws IOException {
    publish("a/index.html", "b/findings.json");
    publish("a/index.html", "b/findings.json");
    Path outside = Files.writeString(dir.resolve("outside.txt"), "keep me");
    Path spare = StagedSite.spareOf(site());
    Files.delete(spare.resolve("a/index.html"));
    Files.createSymbolicLink(spare.resolve("a/index.html"), outside);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("findings.json"), "keep me too");
    Files.delete(spare.resolve("b/findings.json"));
    Files.delete(spare.resolve("b"));
    Files.createSymbolicLink(spare.resolve("b"), elsewhere);

    try (StagedSite staged = StagedSite.begin(site())) {
      staged.write("a/index.html", "new page");
      staged.copy("b/findings.json", new ByteArrayInputStream("new json".getBytes(StandardCharsets.UTF_8)));
      staged.publish();
    }
    assertThat(outside).hasContent("keep me");
    assertThat(elsewhere.resolve("findings.json")).hasContent("keep me too");
    assertThat(Files.isSymbolicLink(site().resolve("b"))).isFalse();
    assertThat(site().resolve("a/index.html")).hasContent("new page");
    assertThat(site().resolve("b/findings.json")).hasContent("new json");
  }

  @Test
  void aStaleFileWhereAFolderIsWantedIsReplaced() throws IOException {
    publish("a/index.html", "b");
    publish("a/index.html", "b");
    publish("a/index.html", "b/index.html");
    assertThat(site().resolve("b/index.html")).hasContent("v b/index.html");
  }

  @Test
  void settlingAFolderRemovesWhatThisBuildDidNotWriteThere() throws IOException {
    publish("a/index.html", "a/report.pdf", "b/index.html");
    publish("a/index.html", "a/report.pdf", "b/index.html");
    try (StagedSite staged = StagedSite.begin(site())) {
      staged.write("a/index.html", "new");
      staged.settle("a");
      assertThat(files(staged.root().resolve("a"))).containsExactly("index.html");
      assertThat(staged.root().resolve("b/index.html")).as("other folders are left for the swap").exists();
    }
  }

  @Test
  void aKeptFolderIsPublishedAsItWasPutThere() throws IOException {
    publish("a/index.html", "b/index.html");
    publish("a/index.html", "b/index.html");
    try (StagedSite staged = StagedSite.begin(site())) {
      staged.write("index.html", "home");
      staged.keep("a"); // filled by someone else, as the build cache does
      staged.publish();
    }
    assertThat(files(site())).containsExactlyInAnyOrder("index.html", "a/index.html");
  }

  @Test
  void aFailedBuildLeavesThePublishedSiteAndRemovesItsStaging() throws IOException {
    publish("a/index.html");
    publish("a/index.html");
    try (StagedSite staged = StagedSite.begin(site())) {
      staged.write("a/index.html", "half-made");
    }
    assertThat(site().resolve("a/index.html")).hasContent("v a/index.html");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
    }
    publish("a/index.html");
    assertThat(site().resolve("a/index.html")).hasContent("v a/index.html");
  }

  private static Object inode(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
    }
  }
}
