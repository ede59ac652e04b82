package org.reviewpress.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.model.Severity;

class NewReportTest {

  @TempDir
  Path project;

  @Test
  void theSkeletonBuildsWithoutErrorsOrWarnings() throws IOException {
    Path reports = project.resolve("src/reports");
    NewReport.Outcome outcome = new NewReport().create(reports, "child-x", Optional.empty());
    assertThat(outcome).isEqualTo(new NewReport.Outcome.Created(reports.resolve("child-x/report.md")));

    BuildResult result = Publisher.builder().projectDirectory(project).build().build();
    result.diagnostics().forEach(d -> System.out.println(d.severity() + " " + d.format()));
    assertThat(result.count(Severity.ERROR)).isZero();
    assertThat(result.count(Severity.WARNING)).isZero();
    assertThat(result.site()).isPresent();

    Document page = Jsoup.parse(Files.readString(project.resolve("target/reviewpress/site/child-x/index.html")));
    assertThat(page.select("h1").text()).isEqualTo("Child Safeguarding Practice Review: Child X");
    assertThat(page.getElementById("finding-F1")).isNotNull();
    assertThat(page.select("a[href=#episode-1]")).isNotEmpty();
    assertThat(page.select("abbr[title=Social Care Institute for Excellence]")).isNotEmpty();
    assertThat(page.select(".cited-by")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(page.html()).as("notes for the author are not published").doesNotContain("notes for you")
        .doesNotContain("One sub-heading per episode");
  }

  @Test
  void anAdultSlugStartsASafeguardingAdultsReviewForTheSitePartnership() throws IOException {
    Path reports = project.resolve("src/reports");
    new NewReport().create(reports, "adult-d", Optional.of("Eastmoor \"Safeguarding\" Board"));
    String text = Files.readString(reports.resolve("adult-d/report.md"));
    assertThat(text).contains("title: \"Safeguarding Adults Review: Adult D\"")
        .contains("review-type: SAR")
        .contains("partnership: \"Eastmoor \\\"Safeguarding\\\" Board\"")
        .contains("pseudonyms: [Adult D, Mother, Father]");
    BuildResult result = Publisher.builder().projectDirectory(project).build().check();
    assertThat(result.count(Severity.ERROR)).isZero();
  }

  @Test
  void neverOverwritesAnExistingReport() throws IOException {
    Path file = project.resolve("child-x/report.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "months of drafting");
    NewReport.Outcome outcome = new NewReport().create(project, "child-x", Optional.empty());
    assertThat(outcome).isInstanceOf(NewReport.Outcome.Refused.class);
    assertThat(((NewReport.Outcome.Refused) outcome).message()).contains("already exists");
    assertThat(file).hasContent("months of drafting");
  }

  @Test
  void refusesNamesThatCannotBeWebAddresses() {
    for (String bad : new String[] {"Child X", "child_x", "../child-x", "-child", "", "  "}) {
      NewReport.Outcome outcome = new NewReport().create(project, bad, Optional.empty());
      assertThat(outcome).as(bad).isInstanceOf(NewReport.Outcome.Refused.class);
    }
    NewReport.Outcome.Refused spaced = (NewReport.Outcome.Refused) new NewReport().create(project, "Child X", Optional.empty());
    assertThat(spaced.hint()).contains("-Dslug=child-x");
    assertThat(project.resolve("child-x")).doesNotExist();
    assertThat(project.getParent().resolve("child-x")).doesNotExist();
  }
}
