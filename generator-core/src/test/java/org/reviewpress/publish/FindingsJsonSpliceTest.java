package org.reviewpress.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.Report;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;

/**
 * The findings documents made by copying each report's entry, written once, are exactly the
 * documents written whole.
 */
class FindingsJsonSpliceTest {

  @Test
  void splicedDocumentsAreTheWholeDocumentsByteForByte() {
    ReportReader reader = new ReportReader(new MarkdownReader());
    List<Map<String, Object>> entries = new ArrayList<>();
    List<FindingsJson.Written> written = new ArrayList<>();
    for (SiteInfo site : List.of(new SiteInfo("Reviews", "Westmere Partnership", Optional.empty()),
        new SiteInfo("Reviews \"quoted\" \u2013 dash", "P\u00e4rtnership", Optional.of("https://example.org/reviews/")))) {
      entries.clear();
      written.clear();
      for (int i = 0; i < 12; i++) {
        String slug = "review-" + i;
        Path folder = Path.of("src/reports", slug);
        Report r = reader.read(new ReportSource(slug, folder, folder.resolve("report.md"), folder.resolve("report.md")),
            ReportCorpus.markdown(1 + i % 5, 100 + i)).report().orElseThrow();
        Map<String, Object> entry = FindingsJson.entry(r, site, i % 2 == 0 ? Optional.of(slug + ".pdf") : Optional.empty());
        FindingsJson.Written once = FindingsJson.written(entry);
        assertThat(FindingsJson.report(once)).as("report %s", slug).isEqualTo(FindingsJson.report(entry));
        assertThat(FindingsJson.reportUtf8(once)).as("report file %s", slug)
            .isEqualTo(FindingsJson.report(entry).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entries.add(entry);
        written.add(once);
        assertThat(FindingsJson.site(written, site)).as("site of %d", written.size())
            .isEqualTo(FindingsJson.siteWhole(entries, site));
      }
      assertThat(FindingsJson.site(List.of(), site)).isEqualTo(FindingsJson.siteWhole(List.of(), site));
    }
  }

  @Test
  void onlyAWrittenEntryIsAccepted() {
    assertThatThrownBy(() -> new FindingsJson.Written("[ ]\n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FindingsJson.written(Map.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
