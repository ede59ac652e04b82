package org.reviewpress.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.Checker;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;
import org.reviewpress.publish.quality.QualityMarkers;
import org.reviewpress.publish.quality.Scorecard;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReadResult;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;

/**
 * What the build cache writes reads back equal, field for field: every rule fixture (the widest
 * variety of front matter and Markdown in the repository, including broken ones that still give a
 * model) and the example report, with their diagnostics and scorecards.
 */
class ModelCodecTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Path EXAMPLE = Path.of("../example-report/src/reports/child-t");
  private static final ReportReader READER = new ReportReader(new MarkdownReader());

  @Test
  void everyFixtureAndTheExampleRoundTripExactly() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      files = new java.util.ArrayList<>(walk.filter(p -> p.toString().endsWith(".md")).sorted().toList());
    }
    files.add(EXAMPLE.resolve("report.md"));
    Checker checker = new Checker(RuleRegistry.builtIn(), Map.of());
    List<String> rules = RuleRegistry.builtIn().rules().stream().map(r -> r.id()).toList();
    QualityMarkers markers = new QualityMarkers(SiteConfig.defaults(), rules, rules);
    int models = 0;
    for (Path file : files) {
      ReadResult read = READER.read(new ReportSource("r", file.getParent(), file, file));
      if (read.report().isEmpty()) {
        continue;
      }
      Report report = read.report().get();
      List<Diagnostic> diagnostics = checker.check(report, SiteConfig.defaults(), file.getParent());
      Scorecard scorecard = markers.score(report, diagnostics);

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ModelCodec.Writer writer = new ModelCodec.Writer(new DataOutputStream(bytes));
      writer.report(report);
      writer.diagnostics(diagnostics);
      writer.scorecard(scorecard);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
      ModelCodec.Reader reader = new ModelCodec.Reader(in);
      assertThat(reader.report()).as(file.toString()).isEqualTo(report);
      assertThat(reader.diagnostics()).as(file.toString()).isEqualTo(diagnostics);
      assertThat(reader.scorecard()).as(file.toString()).isEqualTo(scorecard);
      assertThat(in.read()).as("nothing left over").isEqualTo(-1);
      models++;
    }
    assertThat(models).as("reports compared").isGreaterThan(40);
  }

  @Test
  void aDamagedEntryIsRefusedNotMisread() throws IOException {
    ReadResult read = READER.read(new ReportSource("child-t", EXAMPLE, EXAMPLE.resolve("report.md"), EXAMPLE.resolve("report.md")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ModelCodec.Writer(new DataOutputStream(bytes)).report(read.report().orElseThrow());
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new ModelCodec.Reader(new DataInputStream(new ByteArrayInputStream(cut))).report())
        .isInstanceOf(IOException.class);
  }
}
