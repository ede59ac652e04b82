package org.reviewpress.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.check.Fixtures;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.source.SiteConfig;

/** A project extends, overrides and tunes the language checks in site.yaml. */
class SiteSettingsTest {

  @TempDir
  Path dir;

  private List<Diagnostic> check(Map<String, Object> language, Map<String, Object> structure) throws Exception {
    Path file = dir.resolve("child-p/report.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        ---
        title: "Child Safeguarding Practice Review: Child P"
        review-type: CSPR
        partnership: Northshire Safeguarding Children Partnership
        ---

        ## Introduction

        The team dropped the ball when the ICB was told. Clearly, the visit was short and it was a busy week for all.

        The case was stepped down.
        """);
    SiteConfig site = new SiteConfig(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(),
        Map.of("language", language, "structure", structure));
    return Fixtures.diagnose(file, RuleRegistry.builtIn(), site);
  }

  private static List<String> ids(List<Diagnostic> ds, String prefix) {
    return ds.stream().filter(d -> d.ruleId().startsWith(prefix)).map(d -> d.ruleId() + "@" + d.position().line()
        + ":" + d.position().column()).toList();
  }

  @Test
  void defaultsFlagTheShippedPhrasesOnly() throws Exception {
    List<Diagnostic> ds = check(Map.of(), Map.of());
    assertThat(ids(ds, "language.tone")).containsExactly("language.tone@9:50");
    assertThat(ids(ds, "language.acronym-undefined")).containsExactly("language.acronym-undefined@9:36");
    assertThat(ids(ds, "language.jargon")).containsExactly("language.jargon@11:14");
    assertThat(ids(ds, "language.sentence-length")).isEmpty();
  }

  @Test
  void aProjectExtendsTurnsOffAndTunes() throws Exception {
    List<Diagnostic> ds = check(Map.of(
        "tone", Map.of("dropped the ball", "Say what made it hard to follow up at the time.", "clearly,", "off"),
        "jargon", Map.of("step* down", "off"),
        "known-acronyms", List.of("ICB"),
        "sentence-length", "12"), Map.of());
    assertThat(ids(ds, "language.tone")).containsExactly("language.tone@9:10");
    assertThat(ds.stream().filter(d -> d.ruleId().equals("language.tone")).findFirst().orElseThrow().hint())
        .isEqualTo("Say what made it hard to follow up at the time.");
    assertThat(ids(ds, "language.acronym-undefined")).isEmpty();
    assertThat(ids(ds, "language.jargon")).isEmpty();
    assertThat(ids(ds, "language.sentence-length")).containsExactly("language.sentence-length@9:50");
  }

  @Test
  void theShippedListCanBeReplacedEntirely() throws Exception {
    List<Diagnostic> ds = check(Map.of("tone-builtin", "false", "tone", Map.of("busy week", "Say what the workload was.")), Map.of());
    assertThat(ids(ds, "language.tone")).containsExactly("language.tone@9:92");
  }

  @Test
  void aBadSettingIsReportedAtSiteYamlAndTheDefaultUsed() throws Exception {
    List<Diagnostic> ds = check(Map.of("sentence-length", "long"), Map.of("word-limit", "-3"));
    assertThat(ds).filteredOn(d -> d.ruleId().equals("language.sentence-length")).singleElement().satisfies(d -> {
      assertThat(d.position().file().toString().replace('\\', '/')).endsWith("site.yaml");
      assertThat(d.message()).contains("sentence-length is 'long', not a number; 25 is used");
    });
    assertThat(ds).filteredOn(d -> d.ruleId().equals("structure.length")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("word-limit is -3, outside 100"));
  }
}
