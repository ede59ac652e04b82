package org.reviewpress.check.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.language.Prose;
import org.reviewpress.check.language.Sentences;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.Report;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReadResult;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;

/**
 * The chronology rule rules most sentences out by their characters before it searches them for
 * a date. Whether a sentence is dated must be exactly what the search alone says, on report
 * text and on sentences made of numbers, separators, names and times in every arrangement.
 */
class ChronologyDatedTest {

  private static final String[] PIECES = {"12", "3", "2020", "1", "09", "10", "30", "00", "9", "12th", "1st", "Year 9",
      "3,000", "1.5", "/", ".", "-", ":", " ", "  ", "\t", " am", "am", "pm", " pm", "a.m.", "p.m.", "hours", "hrs", "a",
      "m", "p", "March", "Mar", "May", "may", "Mark", "Marcus", "Monday", "Mondays", "Mon", "Sept", "Sep", "September",
      "June", "Jun", "Janet", "Sun", "Sunday", "Tuesday", "Tu", "Dec", "Decision", "October", "Oct", "In", "in", "on",
      "On", "by", "During", "from", "Until", "early", "late", "mid", "mid-", "of", "the", "child", "T", "S", "M", "W",
      "Wednesday", "Friday", "Fri", "Nov", "August", "Aug", "April", "Apr", "Feb", "February", "January", "July", "Jul",
      "٣", "é", "’", "—", "x", "_", "(", ")", ",", "!", "?", "pmx", "amy", "9am", "10.30am", "2020-03-12", "12/03/2020",
      "12.03.20", "10:3", "1-2", "4 pm", "7\tpm"};

  private static final MarkdownReader MARKDOWN = new MarkdownReader();

  private static Report read(String markdown) {
    Path file = Path.of("src/reports/sample/report.md");
    ReadResult r = new ReportReader(MARKDOWN).read(new ReportSource("sample", file.getParent(), file, file), markdown);
    assertThat(r.report()).as("the sample report is read: %s", r.diagnostics()).isPresent();
    return r.report().orElseThrow();
  }

  private static int compare(Report report) {
    Prose prose = Prose.of(report);
    int dated = 0;
    for (Prose.Span span : prose.spans()) {
      for (Sentences.Sentence s : prose.sentences(span)) {
        boolean searched = ChronologyRule.DATED.matcher(prose.text()).region(s.start(), s.end()).find();
        assertThat(ChronologyRule.dated(prose, s)).as("%s", prose.text().substring(s.start(), s.end())).isEqualTo(searched);
        dated += searched ? 1 : 0;
      }
    }
    return dated;
  }

  @Test
  void aSentenceIsDatedExactlyWhenTheSearchFindsADate() {
    int dated = 0;
    int sentences = 0;
    for (long seed = 1; seed <= 400; seed++) {
      Random random = new Random(seed);
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 8; p++) {
        for (int k = 0, n = 2 + random.nextInt(14); k < n; k++) {
          body.append(PIECES[random.nextInt(PIECES.length)]);
          if (random.nextInt(3) > 0) {
            body.append(' ');
          }
        }
        body.append(random.nextBoolean() ? ". " : "\n\n");
        sentences++;
      }
      String markdown = ReportCorpus.markdown(1, seed).replaceFirst("\n## ", "\n" + body.toString().replace("#", "") + "\n\n## ");
      dated += compare(read(markdown));
    }
    assertThat(dated).as("dated sentences among %d", sentences).isGreaterThan(200);
  }
}
