package org.reviewpress.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.structure.ChronologyRule;
import org.reviewpress.check.structure.LengthRule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReadResult;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;

/**
 * The language and structure text rules were rewritten for speed: prose masking, sentence
 * splitting, acronym, phrase and glossary searches by character scans and lookups instead of
 * regular expressions. This test runs the rewritten code and the frozen copy of the old code
 * ({@code check.language.legacy}) on generated reports and requires the very same prose, the
 * same sentences and words, and the same diagnostics (message, hint, line, column, order).
 */
class LanguageEquivalenceTest {

  private static final MarkdownReader MARKDOWN = new MarkdownReader();

  /** Settings that lower every threshold, so that random text gives many diagnostics to compare. */
  private static final SiteConfig STRICT = new SiteConfig(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
      List.of(), Map.of(
          "language", Map.of("known-acronyms", List.of("CAMHS", "YOT"), "jargon", Map.of("early help", "help early", "MASH", "the hub"),
              "tone", Map.of("dropped the ball", "say what was hard", "clearly", "off"), "tone-allowed", List.of("failed to progress", "fail to thrive"),
              "reading-ease", 80, "reading-ease-tolerance", 5, "section-min-words", 10, "sentence-length", 8),
          "structure", Map.of("chronology-share", 20, "chronology-min-sentences", 2, "word-limit", 100)));

  private static List<Rule[]> pairs() {
    List<Rule[]> out = new ArrayList<>();
    out.add(new Rule[] {new AcronymUndefinedRule(), new org.reviewpress.check.language.legacy.AcronymUndefinedRule()});
    out.add(new Rule[] {new ToneRule(), new org.reviewpress.check.language.legacy.ToneRule()});
    out.add(new Rule[] {new JargonRule(), new org.reviewpress.check.language.legacy.JargonRule()});
    out.add(new Rule[] {new ReadabilityRule(), new org.reviewpress.check.language.legacy.ReadabilityRule()});
    out.add(new Rule[] {new GlossaryUnusedRule(), new org.reviewpress.check.language.legacy.GlossaryUnusedRule()});
    out.add(new Rule[] {new SentenceLengthRule(), new org.reviewpress.check.language.legacy.SentenceLengthRule()});
    out.add(new Rule[] {new ChronologyRule(), new org.reviewpress.check.language.legacy.ChronologyRule()});
    out.add(new Rule[] {new LengthRule(), new org.reviewpress.check.language.legacy.LengthRule()});
    return out;
  }

  private static Report read(String markdown) {
    Path file = Path.of("src/reports/sample/report.md");
    ReadResult r = new ReportReader(MARKDOWN).read(new ReportSource("sample", file.getParent(), file, file), markdown);
    assertThat(r.report()).as("the sample report is read: %s", r.diagnostics()).isPresent();
    return r.report().orElseThrow();
  }

  @Test
  void theRulesGiveWhatTheOldCodeGaveOnGeneratedReports() {
    Map<String, Integer> diagnostics = new LinkedHashMap<>();
    for (long seed = 1; seed <= 150; seed++) {
      String markdown = ProseSamples.report(seed);
      Report report = read(markdown);
      for (SiteConfig site : List.of(SiteConfig.defaults(), STRICT)) {
        CheckContext fresh = new CheckContext(report, site, Path.of("src/reports/sample"));
        CheckContext old = new CheckContext(report, site, Path.of("src/reports/sample"));
        for (Rule[] pair : pairs()) {
          List<Diagnostic> now = pair[0].check(fresh);
          List<Diagnostic> before = pair[1].check(old);
          assertThat(now).as("%s on sample %d with %s\n%s", pair[0].id(), seed, site == STRICT ? "strict settings" : "defaults", markdown)
              .isEqualTo(before);
          diagnostics.merge(pair[0].id(), now.size(), Integer::sum);
        }
      }
    }
    // The comparison means something only if every rule found things to report.
    assertThat(diagnostics.values()).as("diagnostics compared per rule: %s", diagnostics).allMatch(n -> n >= 20);
  }

  @Test
  void theProseAndItsSentencesAreWhatTheOldCodeGave() {
    for (long seed = 1000; seed <= 1150; seed++) {
      String markdown = ProseSamples.report(seed);
      Report report = read(markdown);
      Prose now = Prose.of(report);
      org.reviewpress.check.language.legacy.Prose before = org.reviewpress.check.language.legacy.Prose.of(report);
      assertThat(now.text()).as("masked prose of sample %d\n%s", seed, markdown).isEqualTo(before.text());
      assertThat(now.spans().stream().map(Object::toString).toList())
          .isEqualTo(before.spans().stream().map(Object::toString).toList());
      StringBuilder quotedNow = new StringBuilder();
      StringBuilder quotedBefore = new StringBuilder();
      for (int i = 0; i < markdown.length(); i++) {
        quotedNow.append(now.isQuoted(i) ? 'q' : '.');
        quotedBefore.append(before.isQuoted(i) ? 'q' : '.');
      }
      assertThat(quotedNow.toString()).as("quoted characters of sample %d", seed).isEqualTo(quotedBefore.toString());
      assertThat(describe(now.sentences())).as("sentences of sample %d", seed)
          .isEqualTo(describeOld(before.sentences()));
    }
  }

  private static String describe(List<Sentences.Sentence> sentences) {
    return sentences.stream().map(s -> s.start() + "-" + s.end() + s.words().stream()
        .map(w -> w.start() + ":" + w.end() + ":" + w.text()).collect(Collectors.joining(",", "[", "]")))
        .collect(Collectors.joining("\n"));
  }

  private static String describeOld(List<org.reviewpress.check.language.legacy.Sentences.Sentence> sentences) {
    return sentences.stream().map(s -> s.start() + "-" + s.end() + s.words().stream()
        .map(w -> w.start() + ":" + w.end() + ":" + w.text()).collect(Collectors.joining(",", "[", "]")))
        .collect(Collectors.joining("\n"));
  }
}
