package org.reviewpress.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.check.Checker;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;
import org.reviewpress.publish.quality.QualityMarkers;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;

/** Entries are overwritten in place, and one cut short or changed is never read back. */
class ReportCacheStoreTest {

  private static final Path EXAMPLE = Path.of("../example-report/src/reports/child-t");

  @TempDir
  Path dir;

  private static ReportCache.Entry example() {
    Report report = new ReportReader(new MarkdownReader())
        .read(new ReportSource("child-t", EXAMPLE, EXAMPLE.resolve("report.md"), EXAMPLE.resolve("report.md")))
        .report().orElseThrow();
    List<Diagnostic> diagnostics = new Checker(RuleRegistry.builtIn(), Map.of()).check(report, SiteConfig.defaults(), EXAMPLE);
    List<String> rules = RuleRegistry.builtIn().rules().stream().map(r -> r.id()).toList();
    return new ReportCache.Entry(diagnostics,
        new QualityMarkers(SiteConfig.defaults(), rules, rules).score(report, diagnostics), Optional.of(report));
  }

  @Test
  void aNewKeyOverwritesTheEntryInPlaceAndReadsBackExactly() throws IOException {
    ReportCache cache = new ReportCache(dir);
    ReportCache.Entry entry = example();
    Fingerprint v1 = Fingerprint.builder().add("v", "1").build();
    Fingerprint v2 = Fingerprint.builder().add("v", "2").build();
    cache.store("child-t", v1, entry);
    Object inode = identity(dir.resolve("child-t.bin"));

    cache.store("child-t", v2, entry);
    assertThat(identity(dir.resolve("child-t.bin"))).as("the same file, written again").isEqualTo(inode);
    assertThat(cache.load("child-t", v1)).as("the old key").isEmpty();
    ReportCache.Entry back = cache.load("child-t", v2).orElseThrow();
    assertThat(back.report()).isEqualTo(entry.report());
    assertThat(back.diagnostics()).isEqualTo(entry.diagnostics());
    assertThat(back.scorecard()).isEqualTo(entry.scorecard());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("child-t.bin");
    }
  }

  @Test
  void anEntryCutShortOrChangedIsAMiss() throws IOException {
    ReportCache cache = new ReportCache(dir);
    Fingerprint key = Fingerprint.builder().add("v", "1").build();
    cache.store("child-t", key, example());
    Path file = dir.resolve("child-t.bin");
    byte[] whole = Files.readAllBytes(file);

    // As a build killed while overwriting it would leave it: the start of the entry only.
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(cache.load("child-t", key)).isEmpty();

    byte[] changed = whole.clone();
    changed[whole.length / 3] ^= 0x20; // one letter of the report's text, say
    Files.write(file, changed);
    assertThat(cache.load("child-t", key)).isEmpty();

    Files.write(file, whole);
    assertThat(cache.load("child-t", key)).isPresent();
  }

  @Test
  void anEntryWithAnotherNameIsReplacedNotWrittenThrough() throws IOException {
    ReportCache cache = new ReportCache(dir);
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not the cache's");
    Files.createLink(dir.resolve("child-t.bin"), elsewhere);
    Path outside = Files.writeString(Files.createTempFile(dir.getParent(), "outside", ".txt"), "keep me");
    Files.createSymbolicLink(dir.resolve("adult-b.bin"), outside);

    Fingerprint key = Fingerprint.builder().add("v", "1").build();
    cache.store("child-t", key, example());
    cache.store("adult-b", key, example());
    assertThat(elsewhere).hasContent("not the cache's");
    assertThat(outside).hasContent("keep me");
    assertThat(Files.isSymbolicLink(dir.resolve("adult-b.bin"))).isFalse();
    assertThat(cache.load("child-t", key)).isPresent();
    assertThat(cache.load("adult-b", key)).isPresent();
    Files.delete(outside);
  }

  @Test
  void aSmallEntryAfterALargeOneOnTheSameThreadReadsBackExactly() throws IOException {
    // Entries are encoded in a buffer each thread keeps: the long model grows it past its first
    // size, and the short entry written next must not carry any of the long one's bytes.
    ReportCache cache = new ReportCache(dir);
    ReportCache.Entry large = example();
    ReportCache.Entry small = new ReportCache.Entry(large.diagnostics(), large.scorecard(), Optional.empty());
    Fingerprint key = Fingerprint.builder().add("v", "1").build();
    cache.store("large", key, large);
    cache.store("small", key, small);
    assertThat(Files.size(dir.resolve("large.bin"))).as("larger than the buffer's first size").isGreaterThan(1 << 16);
    assertThat(Files.size(dir.resolve("small.bin"))).isLessThan(Files.size(dir.resolve("large.bin")) / 2);
    ReportCache.Entry back = cache.load("small", key).orElseThrow();
    assertThat(back.report()).isEmpty();
    assertThat(back.diagnostics()).isEqualTo(small.diagnostics());
    assertThat(back.scorecard()).isEqualTo(small.scorecard());
    assertThat(cache.load("large", key).orElseThrow().report()).isEqualTo(large.report());
  }

  private static Object identity(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }
}
