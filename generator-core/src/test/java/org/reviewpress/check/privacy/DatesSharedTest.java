package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Fixtures;
import org.reviewpress.model.Report;
import org.reviewpress.source.SiteConfig;

/**
 * The two date rules share one search for dates per report. Each must still get exactly the
 * dates a search of its own finds, whichever rule asks first.
 */
class DatesSharedTest {

  @Test
  void sharedDatesAreTheDatesEachRuleWouldFind() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Fixtures.ROOT, PrivacyCorpusTest.CORPUS)) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    files.add(PrivacyCorpusTest.EXAMPLE);
    int dates = 0;
    for (Path f : files) {
      var read = Fixtures.read(f);
      if (read.report().isEmpty()) {
        continue;
      }
      Report report = read.report().get();
      for (boolean withoutYearFirst : new boolean[] {true, false}) {
        CheckContext context = new CheckContext(report, SiteConfig.defaults(), f.getParent());
        ScanText scan = ScanText.of(context);
        List<Dates.Found> first = Dates.find(context, scan, withoutYearFirst);
        List<Dates.Found> second = Dates.find(context, scan, !withoutYearFirst);
        assertThat(first).as("%s", f).isEqualTo(Dates.find(scan, withoutYearFirst));
        assertThat(second).as("%s", f).isEqualTo(Dates.find(scan, !withoutYearFirst));
        dates += first.size() + second.size();
      }
    }
    assertThat(dates).isGreaterThan(50);
  }
}
