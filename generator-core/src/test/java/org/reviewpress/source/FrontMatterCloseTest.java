package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.SourceText;

/**
 * The closing line of the front matter is recognised in place; on generated lines (dashes, dots,
 * blanks, Unicode spaces and separators, other text) it must agree with the definition the
 * reader always used: the line is "---" or "...", or "---" once trailing white space is stripped.
 */
class FrontMatterCloseTest {

  private static final String[] PIECES = {"-", "---", ".", "...", " ", "\t", "\u2028", "\u00a0", "\u3000", "\u000B",
      "x", "#", "\uD83D\uDE00"};

  @Test
  void agreesWithStrippingEachLine() {
    Random r = new Random(9);
    int closing = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(5);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String line = b.toString();
      boolean expected = line.equals("---") || line.equals("...") || line.stripTrailing().equals("---");
      String text = "a\n" + line + "\nb";
      assertThat(ReportReader.closesFrontMatter(text, 2, 2 + line.length())).as("line '%s'", line).isEqualTo(expected);
      if (expected) {
        closing++;
      }
    }
    assertThat(closing).as("closing lines").isGreaterThan(1_000);
  }

  private static final String[] LINES = {"---", "...", "--- ", "---\t", "---\u00a0", "x", "", "- --", ". ..", "caf\u00e9",
      "\u201c---\u201d", "---\u2028", " ---", "...."};
  private static final String[] ENDS = {"\n", "\r\n", "\r", "\n\r"};

  /**
   * The closing line is found from the source's line index; on generated files (\n, \r\n and \r
   * line ends, mixed, with and without a last line end, non-ASCII text) it must be the line a
   * plain search finds, splitting the text at each line end in turn.
   */
  @Test
  void closingLineIsThatOfSplittingTheText() {
    Random r = new Random(31);
    int closed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder("---").append(ENDS[r.nextInt(ENDS.length)]);
      int n = r.nextInt(6);
      for (int k = 0; k < n; k++) {
        b.append(LINES[r.nextInt(LINES.length)]);
        if (k < n - 1 || r.nextBoolean()) {
          b.append(ENDS[r.nextInt(ENDS.length)]);
        }
      }
      String text = b.toString();
      int[] expected = splitting(text);
      assertThat(ReportReader.closingLine(new SourceText(Path.of("report.md"), text)))
          .as("%s", text.replace("\r", "\\r").replace("\n", "\\n")).containsExactly(expected);
      closed += expected[0] >= 0 ? 1 : 0;
    }
    assertThat(closed).as("files whose front matter closes").isGreaterThan(5_000);
  }

  /** The start of the closing line and of the line after it, found line by line; -1 and the length if none. */
  private static int[] splitting(String text) {
    int i = next(text, 0);
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(i, end);
      int after = next(text, i);
      if (line.equals("---") || line.equals("...") || line.stripTrailing().equals("---")) {
        return new int[] {i, after};
      }
      i = after;
    }
    return new int[] {-1, text.length()};
  }

  /** The start of the line after the one that holds {@code from}. */
  private static int next(String text, int from) {
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return k + 1;
      }
      if (c == '\r') {
        return k + 1 < text.length() && text.charAt(k + 1) == '\n' ? k + 2 : k + 1;
      }
    }
    return text.length();
  }
}
