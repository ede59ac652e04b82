package org.reviewpress.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.check.Fixtures;
import org.reviewpress.model.Report;
import org.reviewpress.model.SourcePosition;

class ProseTest {

  @TempDir
  Path dir;

  private Report report(String body) throws Exception {
    Path file = dir.resolve("report.md");
    Files.writeString(file, """
        ---
        title: "Review: Child P"
        review-type: CSPR
        partnership: Northshire
        findings:
          - id: F1
            title: A finding
            statement: |
              First line of the statement.
              Second line with `code`.
            evidence: ["#a"]
        ---

        """ + body);
    return Fixtures.read(file).report().orElseThrow();
  }

  @Test
  void blanksWhatIsNotProseAndKeepsOffsets() throws Exception {
    Report r = report("""
        ## Heading {#a}

        See [the guidance](https://example.org/CAMHS) and `MASH_CODE` <!-- a comment --> **now**.

        > Quoted words.
        """);
    Prose p = Prose.of(r);
    String src = r.source().text();
    assertThat(p.text()).hasSameSizeAs(src);
    int see = src.indexOf("See [the");
    assertThat(p.text().substring(see, src.indexOf(".\n", see) + 1).replaceAll("\\s+", " "))
        .isEqualTo("See the guidance and now .");
    assertThat(p.text()).doesNotContain("CAMHS", "MASH_CODE", "comment", "{#a}", "##", "title:", "statement:", "`code`");
    SourcePosition at = p.position(p.text().indexOf("guidance"));
    assertThat(at.line()).isEqualTo(16);
    assertThat(at.column()).isEqualTo(10);
    int quoted = src.indexOf("Quoted");
    assertThat(p.isQuoted(quoted)).isTrue();
    assertThat(p.isQuoted(see)).isFalse();
  }

  @Test
  void frontMatterProseIsReadWithItsLines() throws Exception {
    Report r = report("Text.\n");
    Prose p = Prose.of(r);
    Prose.Span statement = p.spans().stream().filter(s -> s.field().equals("findings[0].statement")).findFirst().orElseThrow();
    assertThat(p.sentences(statement)).hasSize(2);
    assertThat(p.position(p.sentences(statement).get(1).start())).extracting(SourcePosition::line, SourcePosition::column)
        .containsExactly(10, 7);
    assertThat(p.spans()).noneMatch(s -> s.field().equals("partnership"));
  }

  @Test
  void quotationMarksMarkSpeechButApostrophesDoNot() throws Exception {
    Report r = report("Mother said \"it was fine\" and the children's 'worker' agreed; the parents' view differed.\n");
    Prose p = Prose.of(r);
    String src = r.source().text();
    assertThat(p.isQuoted(src.indexOf("was fine"))).isTrue();
    assertThat(p.isQuoted(src.indexOf("worker"))).isTrue();
    assertThat(p.isQuoted(src.indexOf("agreed"))).isFalse();
    assertThat(p.isQuoted(src.indexOf("view"))).isFalse();
  }

  @Test
  void aQuotationOpensAfterABlankedAddressButNotAfterALetter() throws Exception {
    // The blanked address ends in a letter right before the quotation mark: the mark opens.
    Report r = report("""
        Write to a@b.org'Quoted words' here.

        The children's 'worker' said it.

        The children's workers' view, and the school's own, differed.

        See “Curly words” and ‘single words’ too.
        """);
    Prose p = Prose.of(r);
    String src = r.source().text();
    assertThat(p.isQuoted(src.indexOf("Quoted words"))).isTrue();
    assertThat(p.isQuoted(src.indexOf("here"))).isFalse();
    assertThat(p.isQuoted(src.indexOf("worker"))).isTrue();
    assertThat(p.isQuoted(src.indexOf("workers"))).isFalse();
    assertThat(p.isQuoted(src.indexOf("own"))).isFalse();
    assertThat(p.isQuoted(src.indexOf("Curly"))).isTrue();
    assertThat(p.isQuoted(src.indexOf("single"))).isTrue();
    assertThat(p.isQuoted(src.indexOf("too"))).isFalse();
  }

  @Test
  void quickLetterTestAgreesWithTheJdkForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Prose.isLetter((char) c)).as("U+%04X", c).isEqualTo(Character.isLetter((char) c));
    }
  }

  @Test
  void startsWithAnswersAsTheMaskedTextDoes() throws Exception {
    Report r = report("""
        ## Monday {#a}

        On Mon\u2019day 3 March the caf\u00e9 | Sat | opened. Mar.

        | When | What |
        |------|------|
        | Sunday | Ma |
        """);
    Prose p = Prose.of(r);
    String text = p.text();
    for (String prefix : new String[] {"Mon", "Monday", "March", "Mar", "Sat", "Sunday", "Ma", "\u2019day", "caf\u00e9", "", " "}) {
      for (int at = -2; at <= text.length() + 2; at++) {
        assertThat(p.startsWith(prefix, at)).as("%s at %d", prefix, at).isEqualTo(text.startsWith(prefix, at));
      }
    }
  }
}
