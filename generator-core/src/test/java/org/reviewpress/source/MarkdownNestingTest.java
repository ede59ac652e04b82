package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.SourceText;

/**
 * The nesting bound reads a body's lines from the source's line index instead of finding each
 * line's end itself; on generated files (markers, indentation with spaces and tabs, \n, \r\n and
 * \r line ends, non-ASCII text, bodies starting at different lines) and small limits, it must
 * give what reading the body's characters line by line gives.
 */
class MarkdownNestingTest {

  private static final String[] PIECES = {"- ", "> ", ">", "1. ", "12) ", "* ", "+ ", ": ", "-", "\t", "    ", "  ",
      "\n", "\r\n", "\r", "x", "caf\u00e9", "\u201cq\u201d", "1.", "---", "\u00a0"};

  @Test
  void lineIndexGivesWhatReadingTheCharactersGives() {
    Random r = new Random(13);
    int tooDeep = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      SourceText source = new SourceText(Path.of("report.md"), text);
      // The body starts at some line start, as it does after the front matter.
      int line = 1 + r.nextInt(source.lineCount());
      int base = source.lineStart(line);
      char[] body = text.substring(base).toCharArray();
      int limit = r.nextInt(6);
      OptionalInt expected = MarkdownNesting.tooDeep(body, 0, limit);
      assertThat(MarkdownNesting.tooDeep(body, limit, source, base)).as("%s from %d, limit %d",
          text.replace("\r", "\\r").replace("\n", "\\n"), base, limit).isEqualTo(expected);
      tooDeep += expected.isPresent() ? 1 : 0;
    }
    assertThat(tooDeep).as("bodies over the limit").isGreaterThan(5_000);
  }
}
