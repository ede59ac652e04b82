package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

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
}
