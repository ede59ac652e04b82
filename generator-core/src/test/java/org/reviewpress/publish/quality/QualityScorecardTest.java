package org.reviewpress.publish.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/** Builds the example report as the plugin does and reads the scorecard it leaves beside the site. */
class QualityScorecardTest {

  static final Path EXAMPLE = Path.of("../example-report").toAbsolutePath().normalize();

  @TempDir
  Path out;

  private static long count(BuildResult r, String rule) {
    return r.diagnostics().stream().filter(d -> d.ruleId().equals(rule) && d.severity() != Severity.INFO).count();
  }

  @Test
  void exampleScorecardAnswersSevenQuestionsFromItsDiagnostics() throws Exception {
    BuildResult result = Publisher.builder().projectDirectory(EXAMPLE).outputDirectory(out).build().build();
    Path json = out.resolve("quality/child-t.json");
    assertThat(json).exists();
    assertThat(out.resolve("quality/child-t.html")).exists();
    assertThat(out.resolve("site/quality")).doesNotExist();
    JsonNode card = new ObjectMapper().readTree(json.toFile());
    JsonNode qs = card.get("questions");
    assertThat(qs).hasSize(7);
    for (int i = 0; i < 7; i++) {
      assertThat(qs.get(i).get("number").asInt()).isEqualTo(i + 1);
      assertThat(qs.get(i).get("verdict").asText()).isIn("met", "needs attention");
      assertThat(qs.get(i).get("question").asText()).endsWith("?");
    }
    // Q5: the example's four findings all cite anchors that exist, and it has a methodology section.
    JsonNode q5 = qs.get(4).get("signals");
    assertThat(q5.get("findingsWithResolvedEvidence").asInt()).isEqualTo(4);
    assertThat(qs.get(4).get("verdict").asText()).isEqualTo("met");
    // Q1 and Q3: categories, priorities, owners are all given.
    assertThat(qs.get(0).get("signals").get("findings").asInt()).isEqualTo(4);
    assertThat(qs.get(0).get("verdict").asText()).isEqualTo("met");
    assertThat(qs.get(2).get("signals").get("recommendationsWithOwner").asInt()).isEqualTo(5);
    assertThat(qs.get(2).get("verdict").asText()).isEqualTo("met");
    // Q2 counts privacy diagnostics by prefix; with no privacy check installed it cannot be met.
    long privacy = result.diagnostics().stream().filter(d -> d.ruleId().startsWith("privacy.") && d.severity() != Severity.INFO).count();
    assertThat(qs.get(1).get("signals").get("identifiers").asLong()).isEqualTo(privacy);
    boolean privacyRules = qs.get(1).get("signals").get("privacyChecks").asInt() > 0;
    assertThat(qs.get(1).get("verdict").asText()).isEqualTo(privacyRules && privacy == 0 ? "met" : "needs attention");
    // Q6 and Q7 agree with the diagnostics of the same build.
    JsonNode q6 = qs.get(5).get("signals");
    assertThat(q6.get("longSentences").asLong()).isEqualTo(count(result, "language.sentence-length"));
    assertThat(q6.get("undefinedAcronyms").asLong()).isEqualTo(count(result, "language.acronym-undefined"));
    assertThat(q6.get("jargonTerms").asLong()).isEqualTo(count(result, "language.jargon"));
    assertThat(q6.get("readingEase").asInt()).isBetween(50, 90);
    assertThat(q6.get("bodyWords").asInt()).isBetween(4000, 15000);
    assertThat(qs.get(6).get("signals").get("blamePhrases").asLong()).isEqualTo(count(result, "language.tone"));
    assertThat(qs.get(6).get("verdict").asText()).isEqualTo(count(result, "language.tone") == 0 ? "met" : "needs attention");
    // Every diagnostic listed under a question links to its line in the source, relative to the page.
    for (JsonNode q : qs) {
      for (JsonNode d : q.get("diagnostics")) {
        String link = d.get("link").asText();
        assertThat(link).endsWith("report.md#L" + d.get("line").asInt());
        assertThat(out.resolve("quality").resolve(link.substring(0, link.indexOf('#'))).normalize())
            .isEqualTo(EXAMPLE.resolve("src/reports/child-t/report.md"));
        Diagnostic match = result.diagnostics().stream()
            .filter(x -> x.ruleId().equals(d.get("rule").asText()) && x.position().line() == d.get("line").asInt())
            .findFirst().orElseThrow();
        assertThat(match.position().column()).isEqualTo(d.get("column").asInt());
      }
    }
    // The console summary: a heading and seven lines for the one report.
    result.qualitySummary().forEach(System.out::println);
    List<String> lines = result.qualitySummary();
    assertThat(lines).hasSize(8);
    assertThat(lines.get(7)).startsWith("Q7 Tone: ");
    assertThat(lines.get(6)).contains("reading ease " + q6.get("readingEase").asInt());
  }

  @Test
  void scorecardPageIsAccessible() throws Exception {
    Publisher.builder().projectDirectory(EXAMPLE).outputDirectory(out).build().check();
    Document doc = Jsoup.parse(Files.readString(out.resolve("quality/child-t.html")));
    assertThat(doc.select("html").attr("lang")).isEqualTo("en-GB");
    assertThat(doc.title()).contains("Child T");
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.select("h2")).hasSize(7);
    assertThat(doc.select("table caption")).hasSize(1);
    assertThat(doc.select("thead th[scope=col]")).hasSize(3);
    assertThat(doc.select("tbody th[scope=row]")).hasSize(7);
    for (Element a : doc.select("a[href]")) {
      assertThat(a.text()).as("link text").isNotBlank();
    }
  }

  @Test
  void aBlamePhraseIsCountedAndLinkedAndStaleCardsAreRemoved(@TempDir Path project) throws Exception {
    Path report = project.resolve("src/reports/child-p/report.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, """
        ---
        title: "Child Safeguarding Practice Review: Child P"
        review-type: CSPR
        partnership: Northshire Safeguarding Children Partnership
        findings:
          - id: F1
            title: Referrals were read alone
            statement: Referrals were read one at a time because the system showed each one alone.
            evidence: ["#intro"]
        recommendations:
          - id: R1
            findings: [F1]
            text: Review the form.
        ---

        ## Introduction {#intro}

        The school failed to pass on the concern.
        """);
    Path target = project.resolve("target/reviewpress");
    Files.createDirectories(target.resolve("quality"));
    Files.writeString(target.resolve("quality/removed-report.json"), "{}");
    // A link left where the report's scorecard goes is replaced, never written through.
    Path elsewhere = Files.writeString(project.resolve("elsewhere.json"), "untouched");
    Files.createSymbolicLink(target.resolve("quality/child-p.json"), elsewhere);
    Files.writeString(target.resolve("quality/child-p.html"), "an old scorecard");
    BuildResult r = Publisher.builder().projectDirectory(project).build().check();
    assertThat(target.resolve("quality/removed-report.json")).doesNotExist();
    assertThat(elsewhere).hasContent("untouched");
    assertThat(Files.isSymbolicLink(target.resolve("quality/child-p.json"))).isFalse();
    assertThat(target.resolve("quality/child-p.json")).content().contains("\"slug\"");
    assertThat(target.resolve("quality/child-p.html")).content().contains("Quality markers");
    Scorecard card = r.scorecards().get(0);
    Scorecard.Answer tone = card.answers().get(6);
    assertThat(tone.verdict()).isEqualTo(Scorecard.Verdict.NEEDS_ATTENTION);
    assertThat(tone.signalText()).isEqualTo("1 blame or hindsight phrase");
    assertThat(tone.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.position().line()).isEqualTo(18);
      assertThat(d.position().column()).isEqualTo(12);
    });
    JsonNode json = new ObjectMapper().readTree(target.resolve("quality/child-p.json").toFile());
    assertThat(json.get("questions").get(6).get("diagnostics").get(0).get("link").asText())
        .isEqualTo("../../../src/reports/child-p/report.md#L18"); // from target/reviewpress/quality/ up to the project
    // Q1 notices the missing category; Q3 the missing priority and owner.
    assertThat(card.answers().get(0).verdict()).isEqualTo(Scorecard.Verdict.NEEDS_ATTENTION);
    assertThat(card.answers().get(2).signalText()).contains("0 of 1 findings with a priority");
    // Switching the tone rule off is reported, not silently treated as a pass.
    BuildResult off = Publisher.builder().projectDirectory(project).ruleLevels(Map.of("language.tone", "off")).build().check();
    Scorecard.Answer unchecked = off.scorecards().get(0).answers().get(6);
    assertThat(unchecked.notChecked()).containsExactly("language.tone");
    assertThat(unchecked.verdict()).isEqualTo(Scorecard.Verdict.NEEDS_ATTENTION);
  }
}
