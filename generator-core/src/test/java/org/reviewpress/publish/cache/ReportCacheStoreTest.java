package org.reviewpress.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Entries go into a few pack files named by an index that only {@link ReportCache#commit()}
 * replaces; a replaced or dropped entry leaves the disk at that commit, and one cut short or
 * changed is never read back.
 */
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

  private static Fingerprint key(String v) {
    return Fingerprint.builder().add("v", v).build();
  }

  @Test
  void aNewKeyReplacesTheEntryAndTheOldBytesLeaveTheDiskAtCommit() throws IOException {
    ReportCache.Entry entry = example();
    try (ReportCache cache = new ReportCache(dir)) {
      cache.store("child-t", key("1"), entry);
      cache.commit();
    }
    assertThat(filesContaining(key("1").hex())).hasSize(1);

    try (ReportCache cache = new ReportCache(dir)) {
      cache.store("child-t", key("2"), entry);
      assertThat(cache.load("child-t", key("1"))).as("the old key, before the commit").isEmpty();
      assertThat(new ReportCache(dir).load("child-t", key("1"))).as("another build, before the commit").isPresent();
      cache.commit();
    }
    ReportCache later = new ReportCache(dir);
    assertThat(later.load("child-t", key("1"))).as("the old key").isEmpty();
    ReportCache.Entry back = later.load("child-t", key("2")).orElseThrow();
    assertThat(back.report()).isEqualTo(entry.report());
    assertThat(back.diagnostics()).isEqualTo(entry.diagnostics());
    assertThat(back.scorecard()).isEqualTo(entry.scorecard());
    assertThat(filesContaining(key("1").hex())).as("no file holds the replaced entry").isEmpty();
    assertThat(names()).hasSize(2).contains(ReportCache.INDEX);
  }

  @Test
  void aBuildOfManyReportsWritesAFewPacksAndEveryEntryReadsBack() throws IOException {
    ReportCache.Entry entry = example();
    int reports = 60;
    try (ReportCache cache = new ReportCache(dir)) {
      for (int i = 0; i < reports; i++) {
        cache.store("report-" + i, key(Integer.toString(i)), entry);
      }
      cache.commit();
    }
    long bytes;
    try (var files = Files.list(dir)) {
      bytes = files.filter(p -> p.toString().endsWith(ReportCache.PACK)).mapToLong(p -> p.toFile().length()).sum();
    }
    long packs = names().stream().filter(n -> n.endsWith(ReportCache.PACK)).count();
    assertThat(packs).as("%d reports, %d bytes", reports, bytes)
        .isLessThanOrEqualTo(bytes / ReportCache.PACK_TARGET + 1).isLessThan(reports / 4);
    ReportCache later = new ReportCache(dir);
    for (int i = 0; i < reports; i++) {
      assertThat(later.load("report-" + i, key(Integer.toString(i))).orElseThrow().report()).isEqualTo(entry.report());
    }
  }

  @Test
  void reportsNoLongerInTheProjectAreDroppedAndTheOthersKept() throws IOException {
    ReportCache.Entry entry = example();
    try (ReportCache cache = new ReportCache(dir)) {
      cache.store("child-t", key("kept"), entry);
      cache.store("adult-b", key("dropped"), entry);
      cache.commit();
    }
    try (ReportCache cache = new ReportCache(dir)) {
      cache.retainOnly(List.of("child-t"));
      assertThat(cache.load("child-t", key("kept"))).isPresent();
      cache.commit();
    }
    ReportCache later = new ReportCache(dir);
    assertThat(later.load("adult-b", key("dropped"))).isEmpty();
    assertThat(later.load("child-t", key("kept"))).isPresent();
    assertThat(filesContaining(key("dropped").hex())).isEmpty();
  }

  @Test
  void aBuildKilledBeforeItsCommitLeavesTheOldEntriesAndItsPackGoesNextTime() throws IOException {
    ReportCache.Entry entry = example();
    try (ReportCache cache = new ReportCache(dir)) {
      cache.store("child-t", key("1"), entry);
      cache.commit();
    }
    ReportCache killed = new ReportCache(dir);
    killed.store("child-t", key("2"), entry);
    killed.close(); // no commit

    assertThat(names()).as("index, old pack, the killed build's pack").hasSize(3);
    try (ReportCache next = new ReportCache(dir)) {
      assertThat(next.load("child-t", key("1"))).isPresent();
      assertThat(next.load("child-t", key("2"))).isEmpty();
      next.commit(); // nothing stored: the index stays as it is, the leftover goes
    }
    assertThat(names()).hasSize(2);
    assertThat(filesContaining(key("2").hex())).isEmpty();
    assertThat(new ReportCache(dir).load("child-t", key("1"))).isPresent();
  }

  @Test
  void anEntryCutShortOrChangedIsAMiss() throws IOException {
    try (ReportCache cache = new ReportCache(dir)) {
      cache.store("child-t", key("1"), example());
      cache.commit();
    }
    Path pack = filesContaining(key("1").hex()).get(0);
    byte[] whole = Files.readAllBytes(pack);

    Files.write(pack, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(new ReportCache(dir).load("child-t", key("1"))).isEmpty();

    byte[] changed = whole.clone();
    changed[whole.length / 3] ^= 0x20; // one letter of the report's text, say
    Files.write(pack, changed);
    assertThat(new ReportCache(dir).load("child-t", key("1"))).isEmpty();

    Files.write(pack, whole);
    assertThat(new ReportCache(dir).load("child-t", key("1"))).isPresent();

    Path index = dir.resolve(ReportCache.INDEX);
    byte[] named = Files.readAllBytes(index);
    byte[] garbled = named.clone();
    garbled[named.length / 2] ^= 0x01;
    Files.write(index, garbled);
    assertThat(new ReportCache(dir).load("child-t", key("1"))).as("a damaged index names nothing").isEmpty();
  }

  @Test
  void aLinkWhereTheIndexGoesIsReplacedNotWrittenThrough() throws IOException {
    Files.createDirectories(dir);
    Path elsewhere = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-elsewhere.txt"), "keep me");
    Files.createSymbolicLink(dir.resolve(ReportCache.INDEX), elsewhere);
    try (ReportCache cache = new ReportCache(dir)) {
      cache.store("child-t", key("1"), example());
      cache.commit();
    }
    assertThat(elsewhere).hasContent("keep me");
    assertThat(Files.isSymbolicLink(dir.resolve(ReportCache.INDEX))).isFalse();
    assertThat(new ReportCache(dir).load("child-t", key("1"))).isPresent();
    Files.delete(elsewhere);
  }

  @Test
  void aSmallEntryAfterALargeOneOnTheSameThreadReadsBackExactly() throws IOException {
    // Entries are encoded in a buffer each thread keeps: the long model grows it past its first
    // size, and the short entry written next must not carry any of the long one's bytes.
    ReportCache.Entry large = example();
    ReportCache.Entry small = new ReportCache.Entry(large.diagnostics(), large.scorecard(), Optional.empty());
    try (ReportCache cache = new ReportCache(dir)) {
      cache.store("large", key("1"), large);
      cache.store("small", key("1"), small);
      cache.commit();
    }
    ReportCache later = new ReportCache(dir);
    ReportCache.Entry back = later.load("small", key("1")).orElseThrow();
    assertThat(back.report()).isEmpty();
    assertThat(back.diagnostics()).isEqualTo(small.diagnostics());
    assertThat(back.scorecard()).isEqualTo(small.scorecard());
    assertThat(later.load("large", key("1")).orElseThrow().report()).isEqualTo(large.report());
  }

  private List<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** The files of the cache whose bytes include {@code text} (as ASCII). */
  private List<Path> filesContaining(String text) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> {
        try {
          return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
