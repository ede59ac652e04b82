package org.reviewpress.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.Report;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;

/**
 * {@code SourceText.chars()} is one array shared by every check of a report, which they may read
 * but never write: a rule that wrote into it would change what the rules after it see, and a
 * privacy rule could then miss an identifier. After all the built-in rules have run, the array
 * still holds the report's text.
 */
class SharedSourceCharsTest {

  @TempDir
  Path dir;

  @Test
  void noBuiltInRuleWritesIntoTheSharedCharacters() throws IOException {
    Path example = Path.of("../example-report/src/reports/child-t");
    assertUnchangedAfterChecks(example);
    assertUnchangedAfterChecks(ReportCorpus.write(dir, "generated", 12, 7).getParent());
    // Curly quotes make the text a UTF-16 string, which the scans read differently.
    Path curly = ReportCorpus.write(dir, "curly", 12, 8);
    Files.writeString(curly, Files.readString(curly).replace(" and ", " and \u201cZo\u00eb\u2019s\u201d "));
    assertUnchangedAfterChecks(curly.getParent());
  }

  private static void assertUnchangedAfterChecks(Path folder) {
    Path file = folder.resolve("report.md");
    Report report = new ReportReader(new MarkdownReader())
        .read(new ReportSource("r", folder, file, file)).report().orElseThrow();
    char[] shared = report.source().chars();
    new Checker(RuleRegistry.builtIn(), Map.of()).check(report, SiteConfig.defaults(), folder.toAbsolutePath());
    assertThat(report.source().chars()).as("the same array, still shared").isSameAs(shared);
    assertThat(new String(shared)).as("its characters").isEqualTo(report.source().text());
  }
}
