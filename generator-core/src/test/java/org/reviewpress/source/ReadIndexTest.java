package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.SourceText;

/**
 * ReportReader reads an ASCII file's text, characters, line starts and first NUL in one pass over
 * its bytes, and a decoded text's in one pass over its characters. On generated files (line feeds,
 * CRLF, lone and doubled carriage returns, NUL, other control characters, a byte-order mark,
 * accented and curly-quoted text) each must give what UTF-8 decoding, the source's own line
 * index, {@code toCharArray} and {@code indexOf('\0')} give; and the ASCII pass must decline
 * every file holding a byte above 0x7F.
 */
class ReadIndexTest {

  private static final String[] PIECES = {"Child T", " ", "\n", "\n\n", "\r\n", "\r", "\r\r\n", "\n\r", "\0", "\t",
      "\u000B", "\f", "\u0001", "\u007F", "---", "caf\u00e9", "\u2019", "\u201Cq\u201D", "\uD83D\uDE00"};

  @Test
  void onePassGivesTheTextsCharactersLinesAndNul() {
    Random r = new Random(23);
    int ascii = 0;
    int declined = 0;
    for (int i = 0; i < 20_000; i++) {
      boolean asciiOnly = r.nextBoolean();
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) {
        b.append(PIECES[r.nextInt(asciiOnly ? 15 : PIECES.length)]);
      }
      String text = b.toString();
      boolean bom = r.nextInt(5) == 0;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (bom) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      byte[] bytes = out.toByteArray();

      ReportReader.Indexed fast = ReportReader.ascii(bytes, bom ? 3 : 0);
      if (text.chars().allMatch(c -> c < 0x80)) {
        assertThat(fast).as("ASCII file %s", text).isNotNull();
        expectIndexOf(fast, text);
        ascii++;
      } else {
        assertThat(fast).as("file with bytes above 0x7F: %s", text).isNull();
        declined++;
      }
      expectIndexOf(ReportReader.indexed(text), text);
    }
    assertThat(ascii).isGreaterThan(8_000);
    assertThat(declined).isGreaterThan(5_000);
  }

  private static void expectIndexOf(ReportReader.Indexed indexed, String text) {
    assertThat(indexed.text()).isEqualTo(text);
    assertThat(indexed.chars()).isEqualTo(text.toCharArray());
    assertThat(indexed.nul()).isEqualTo(text.indexOf('\0'));
    SourceText given = new SourceText(Path.of("report.md"), text, indexed.chars(), indexed.lineStarts());
    SourceText own = new SourceText(Path.of("report.md"), text);
    assertThat(given.lineCount()).as("lines of %s", text).isEqualTo(own.lineCount());
    for (int off = 0; off <= text.length(); off++) {
      assertThat(given.position(off)).as("offset %d of %s", off, text).isEqualTo(own.position(off));
    }
    assertThat(given.chars()).isSameAs(indexed.chars());
  }
}
