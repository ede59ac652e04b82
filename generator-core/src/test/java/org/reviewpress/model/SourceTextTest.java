package org.reviewpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Line and column of every offset, as an editor counts them (\n, \r\n and a lone \r each end a
 * line), on generated texts with and without carriage returns: the line index takes a quicker
 * path when a text has none, and both must agree with counting character by character.
 */
class SourceTextTest {

  private static final String[] PIECES = {"a", "caf\u00e9", "\uD83D\uDE00", " ", "\n", "\n\n", "\r\n", "\r", "\r\r\n", "\u2028"};

  @Test
  void everyOffsetHasTheLineAndColumnAnEditorShows() {
    Random r = new Random(7);
    for (int i = 0; i < 3_000; i++) {
      boolean withCr = i % 2 == 0;
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(30);
      for (int k = 0; k < n; k++) {
        String p = PIECES[r.nextInt(PIECES.length)];
        b.append(withCr ? p : p.replace("\r", ""));
      }
      String text = b.toString();
      SourceText source = new SourceText(Path.of("report.md"), text);
      int line = 1;
      int column = 1;
      for (int off = 0; off <= text.length(); off++) {
        assertThat(source.position(off)).as("offset %d of %s", off, text)
            .isEqualTo(new SourcePosition(Path.of("report.md"), line, column));
        assertThat(source.offset(line, column)).isEqualTo(off);
        if (off < text.length()) {
          char c = text.charAt(off);
          boolean ends = c == '\n' || c == '\r' && (off + 1 == text.length() || text.charAt(off + 1) != '\n');
          if (ends) {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
      }
      assertThat(source.lineCount()).isEqualTo(line);
    }
  }

  @Test
  void sharedCharactersAreTheTextsOwnAndMadeOnce() {
    // Latin-1, UTF-16 (curly quotes, an accent, a pair of surrogates) and empty texts.
    for (String text : new String[] {"Child T said \"no\".\n", "Child T\u2019s caf\u00e9 \u201Cquote\u201D \uD83D\uDE00\r\n", ""}) {
      SourceText source = new SourceText(Path.of("report.md"), text);
      char[] chars = source.chars();
      assertThat(new String(chars)).isEqualTo(text);
      assertThat(source.chars()).isSameAs(chars);
    }
  }

  @Test
  void releasedCharactersAreMadeAgainWhenAskedFor() {
    SourceText source = new SourceText(Path.of("report.md"), "Caf\u00e9 \u2014 line one\nline two");
    char[] first = source.chars();
    source.releaseChars();
    char[] again = source.chars();
    assertThat(again).isNotSameAs(first).isEqualTo(first);
    assertThat(new String(again)).isEqualTo(source.text());
  }
}
