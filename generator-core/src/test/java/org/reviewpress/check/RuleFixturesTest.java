package org.reviewpress.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.source.SiteConfig;

/**
 * Runs every fixture under {@code fixtures/<rule.id>/}: the diagnostics of that rule must be
 * exactly those written inline in the fixture, at those lines (and columns, where given).
 */
class RuleFixturesTest {

  @TestFactory
  Stream<DynamicTest> everyFixture() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Fixtures.ROOT)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).as("fixtures found").isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(Fixtures.ROOT.relativize(f).toString(), () -> check(f)));
  }

  @Test
  void everyRuleHasAFixtureFolder() {
    List<String> missing = new ArrayList<>();
    for (RuleDescriptor d : RuleRegistry.builtIn().descriptors()) {
      if (d.id().startsWith("internal.") || d.id().startsWith("source.")) {
        continue; // file-level problems are tested in SourceProblemsTest
      }
      if (!Files.isDirectory(Fixtures.ROOT.resolve(d.id()))) {
        missing.add(d.id());
      }
    }
    assertThat(missing).as("rules without fixtures").isEmpty();
  }

  private static void check(Path file) throws IOException {
    String rule = file.getParent().getFileName().toString();
    List<Fixtures.Expectation> expected = Fixtures.expectations(file);
    List<Diagnostic> actual = Fixtures.diagnose(file, RuleRegistry.builtIn(), SiteConfig.defaults()).stream()
        .filter(d -> d.ruleId().equals(rule) || expected.stream().anyMatch(e -> e.ruleId().equals(d.ruleId())))
        .toList();
    List<String> problems = new ArrayList<>();
    for (Fixtures.Expectation e : expected) {
      if (actual.stream().noneMatch(e::matches)) {
        problems.add("expected " + e + " but it was not reported");
      }
    }
    for (Diagnostic d : actual) {
      if (expected.stream().noneMatch(e -> e.matches(d))) {
        problems.add("unexpected " + d.format());
      }
    }
    for (Diagnostic d : actual) {
      assertThat(d.message()).as("message of " + d.format()).isNotBlank();
      assertThat(d.hint()).as("hint of " + d.format()).isNotBlank();
    }
    assertThat(problems).as(file + "\nall diagnostics:\n" + String.join("\n",
        Fixtures.diagnose(file, RuleRegistry.builtIn(), SiteConfig.defaults()).stream().map(Diagnostic::format).toList()))
        .isEmpty();
  }
}
