package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Builds reports through the facade with a plain sensitive-terms list and searches every file
 * the build wrote, and everything it printed, for each term: none may be found. Also checks that
 * page metadata names no one but the partnership and the lead reviewer.
 */
class PrivacyLeakTest {

  /** Terms that appear in the failing report (in other spellings too) and terms that appear nowhere. */
  static final List<String> TERMS = List.of("Kayleigh Brennan", "Oakmoor Estate", "Zoë Featherstonehaugh",
      "Thistlewood Primary", "Quennell Road");

  @TempDir
  Path tmp;

  private Path project(String body) throws IOException {
    Path project = tmp.resolve("project");
    Path report = project.resolve("src/reports/child-p/report.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, """
        ---
        title: "Child Safeguarding Practice Review: Child P"
        review-type: CSPR
        partnership: Northshire Safeguarding Children Partnership
        lead-reviewer: Dr Helen Aldridge
        status: draft
        pseudonyms: [Child P, Mother]
        summary: Child P lived with Mother in a town in the county.
        ---

        ## Introduction

        """ + body);
    return project;
  }

  /** Runs a build, returning its result and everything printed, as the plugin prints it. */
  private record Run(BuildResult result, String log) {}

  private Run build(Path project, Path terms) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    BuildResult result;
    try {
      System.setOut(capture);
      System.setErr(capture);
      result = Publisher.builder().projectDirectory(project).sensitiveTerms(terms).threads(1).build().build();
      for (Diagnostic d : result.diagnostics()) {
        capture.println("[" + d.severity() + "] " + d.format());
        capture.println("    hint: " + d.hint());
      }
      capture.println(result.summary());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Run(result, captured.toString(StandardCharsets.UTF_8));
  }

  private Path termsFile() throws IOException {
    Path terms = tmp.resolve("outside/terms.txt");
    Files.createDirectories(terms.getParent());
    Files.write(terms, TERMS);
    return terms;
  }

  /** Every spelling of a term a leak could take: as listed, lower case, without accents. */
  private static List<String> spellings(String term) {
    List<String> out = new ArrayList<>(List.of(term, term.toLowerCase(Locale.ROOT), Words.normalise(term)));
    out.add(Words.normalise(term).replace(" ", ""));
    for (String w : term.split(" ")) {
      if (w.length() > 5) {
        out.add(Words.normalise(w));
      }
    }
    return out;
  }

  private static void assertNoTerm(Path dir, String log) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith("report.md")).toList();
    }
    assertThat(files).as("output files").isNotEmpty();
    for (Path f : files) {
      String text = Words.normalise(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      for (String term : TERMS) {
        for (String s : spellings(term)) {
          assertThat(text).as(f + " must not contain a sensitive term").doesNotContain(Words.normalise(s));
        }
      }
    }
    String normalisedLog = Words.normalise(log);
    for (String term : TERMS) {
      for (String s : spellings(term)) {
        assertThat(normalisedLog).as("the build log must not contain a sensitive term").doesNotContain(Words.normalise(s));
      }
    }
  }

  @Test
  void aFailingBuildReportsWhereTermsAreButNeverWhatTheyAre() throws IOException {
    Path project = project("""
        Mother's sister, KAYLEIGH BRENNAN, lived on the Oakmoor-Estate. Kayleigh
        Brennan's flat was [near the estate](https://example.org/oakmoor-estate).
        """);
    Run run = build(project, termsFile());
    assertThat(run.result().failed()).isTrue();
    assertThat(run.result().diagnostics()).filteredOn(d -> d.ruleId().equals("privacy.sensitive-term"))
        .extracting(d -> d.position().line() + ":" + d.position().column())
        .containsExactly("13:18", "13:49", "13:65", "14:58");
    assertThat(run.result().site()).isEmpty();
    assertThat(tmp.resolve("project/target/reviewpress/diagnostics.json")).exists();
    assertThat(tmp.resolve("project/target/reviewpress/diagnostics.sarif")).exists();
    assertNoTerm(project, run.log());
  }

  @Test
  void aPublishedSiteCarriesNoTermAndItsMetadataNamesOnlyThePartnershipAndLeadReviewer() throws IOException {
    Path project = project("""
        Child P went to his secondary school. The Children Act 1989 applied.
        """);
    Run run = build(project, termsFile());
    assertThat(run.result().count(Severity.ERROR)).as(run.log()).isZero();
    assertThat(run.result().site()).isPresent();
    assertNoTerm(project, run.log());

    Document page = Jsoup.parse(Files.readString(run.result().site().get().resolve("child-p/index.html")));
    List<String> metadata = new ArrayList<>();
    metadata.add(page.title());
    for (Element meta : page.select("head meta")) {
      metadata.add(meta.attr("content"));
      assertThat(meta.attr("name").toLowerCase(Locale.ROOT)).as("meta name")
          .isNotIn("author", "creator", "dc.creator", "contributor");
    }
    String allowed = Words.normalise("Northshire Safeguarding Children Partnership Dr Helen Aldridge Child P");
    for (String text : metadata) {
      for (Words.Word w : Words.of(text)) {
        String raw = w.in(text);
        boolean looksLikeName = Character.isUpperCase(raw.charAt(0)) && NameLexicon.strongGiven(w.norm());
        assertThat(looksLikeName && !allowed.contains(w.norm())).as("personal name '" + raw + "' in page metadata").isFalse();
      }
    }
  }
}
