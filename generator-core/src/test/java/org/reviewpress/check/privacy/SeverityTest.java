package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.check.Checker;
import org.reviewpress.check.Fixtures;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;
import org.reviewpress.source.SiteConfig;

/** Warning-level privacy rules become errors when the report is final, whatever site.yaml says, unless off. */
class SeverityTest {

  @TempDir
  Path dir;

  private List<Diagnostic> check(String status, Map<String, String> levels) throws IOException {
    Path f = dir.resolve("report.md");
    Files.writeString(f, """
        ---
        title: "Child Safeguarding Practice Review: Child P"
        review-type: CSPR
        partnership: Northshire Safeguarding Children Partnership
        status: %s
        published: 2026-03-14
        pseudonyms: [Child P, Mother]
        ---

        The visit took place on 12 May 2022. Child P was aged 2 years and 7 months. Mother has
        cystic fibrosis. Mother is Polish.
        """.formatted(status));
    return new Checker(RuleRegistry.builtIn(), levels).check(Fixtures.read(f).report().orElseThrow(),
        SiteConfig.defaults(), dir).stream()
        .filter(d -> d.ruleId().startsWith("privacy.") && !d.ruleId().equals("privacy.sensitive-term")).toList();
  }

  @Test
  void draftsWarnAndFinalReportsFail() throws IOException {
    List<Diagnostic> draft = check("draft", Map.of());
    assertThat(draft).extracting(Diagnostic::ruleId).containsExactlyInAnyOrder("privacy.date", "privacy.exact-age",
        "privacy.health-condition", "privacy.protected-characteristic");
    assertThat(draft).allMatch(d -> d.severity() == Severity.WARNING);
    assertThat(check("final", Map.of())).hasSize(4).allMatch(d -> d.severity() == Severity.ERROR);
  }

  @Test
  void aConfiguredWarningDoesNotSoftenAFinalReportButOffSwitchesTheRuleOff() throws IOException {
    assertThat(check("final", Map.of("privacy.date", "warning"))).filteredOn(d -> d.ruleId().equals("privacy.date"))
        .singleElement().extracting(Diagnostic::severity).isEqualTo(Severity.ERROR);
    assertThat(check("final", Map.of("privacy.date", "off"))).noneMatch(d -> d.ruleId().equals("privacy.date"));
    assertThat(check("draft", Map.of("privacy.date", "error"))).filteredOn(d -> d.ruleId().equals("privacy.date"))
        .singleElement().extracting(Diagnostic::severity).isEqualTo(Severity.ERROR);
  }
}
