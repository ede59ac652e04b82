package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;

/**
 * Files saved on Windows, old Macs, or pasted from several editors: CRLF, CR and mixed line
 * endings, a byte-order mark and tabs give the same report, the same page text and the same
 * diagnostics at the same lines and columns as plain LF.
 */
class LineEndingsTest {

  /** A body that cites an anchor that does not exist, and a tab-indented list. */
  static final String BROKEN_BODY = "\n## Refusals {#refusals}\n\nThe visit was declined.\n\n-\tfirst\n-\tsecond\n"
      + "\n<!-- reviewpress-allow findings.descriptive -->\nA passage.\n";

  static final Map<String, UnaryOperator<String>> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put("lf", s -> s);
    VARIANTS.put("crlf", s -> s.replace("\n", "\r\n"));
    VARIANTS.put("cr", s -> s.replace("\n", "\r"));
    VARIANTS.put("mixed", LineEndingsTest::mixed);
    VARIANTS.put("bom-crlf", s -> "\uFEFF" + s.replace("\n", "\r\n"));
    VARIANTS.put("bom-lf", s -> "\uFEFF" + s);
  }

  /**
   * Cycles LF, CR and CRLF from line to line; in this order a CR is never followed by an LF,
   * which would make the two one line break.
   */
  static String mixed(String s) {
    StringBuilder b = new StringBuilder();
    String[] endings = {"\n", "\r", "\r\n"};
    int line = 0;
    for (char c : s.toCharArray()) {
      if (c == '\n') {
        b.append(endings[line++ % 3]);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @TempDir
  Path dir;

  @Test
  void diagnosticsAreAtTheSamePlacesWhateverTheLineEndings() {
    Project p = new Project(dir);
    VARIANTS.forEach((name, variant) -> p.report(name, variant.apply(Project.FRONT + BROKEN_BODY)));
    BuildResult r = p.check();
    List<String> lf = positions(r, "lf");
    assertThat(lf).as("the LF file's own diagnostics")
        .contains("evidence.unresolved@11:29", "exemption.missing-reason@" + (Project.FRONT_LINES + 9) + ":1");
    for (String name : VARIANTS.keySet()) {
      assertThat(positions(r, name)).as(name).isEqualTo(lf);
    }
  }

  @Test
  void theSameReportIsPublishedWhateverTheLineEndings() throws Exception {
    Project p = new Project(dir);
    String text = Project.FRONT + Project.BODY + "\n-\tfirst\n-\tsecond\n\n| a\t| b |\n|---|---|\n| 1 | 2 |\n";
    VARIANTS.forEach((name, variant) -> p.report(name, variant.apply(text)));
    BuildResult r = p.build();
    assertThat(r.failed()).as(r.diagnostics().toString()).isFalse();
    String lf = Jsoup.parse(p.site().resolve("lf/index.html").toFile()).select("main").text();
    assertThat(lf).contains("The visit was declined.", "first", "second");
    for (String name : VARIANTS.keySet()) {
      assertThat(Jsoup.parse(p.site().resolve(name + "/index.html").toFile()).select("main").text()).as(name).isEqualTo(lf);
    }
  }

  private static List<String> positions(BuildResult r, String slug) {
    return Project.of(r, slug).stream()
        .map(d -> d.ruleId() + "@" + d.position().line() + ":" + d.position().column()).toList();
  }
}
