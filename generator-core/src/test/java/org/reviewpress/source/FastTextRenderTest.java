package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.SourceText;

/**
 * MarkdownReader writes text nodes itself when Flexmark's unescape, line-end and escape passes
 * could not change them, and hands plain runs of text past Flexmark's line writer as
 * placeholders filled in after rendering. On varied generated Markdown (escapes, entities,
 * markup characters, CR and CRLF line ends, raw HTML, blanks at line starts and ends) the
 * body's HTML must be what Flexmark's own renderer gives.
 */
class FastTextRenderTest {

  private static final String[] PIECES = {"Child", "T", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\\*", "\\",
      "\\&", "&amp;", "&copy;", "&#35;", "&#x26;", "&nope;", "&", "<", ">", "\"", "'", "<b>x</b>", "<div>", "*e*",
      "**s**", "`c`", "[l](#a)", "![i](a.png \"t\")", "[^1]", "## ", "- ", "> ", "1. ", "| a | b |\n|---|---|\n| c | d |\n",
      "Term\n: def\n", "\u00a0", "caf\u00e9", "\uD83D\uDE00", "{#id}", "<!-- c -->", "```\ncode & <x>\n```\n",
      "    indented & <x>\n", "[^1]: note & \"q\"\n", "https://e.org/?a=1&b=2", "<https://e.org>", "x  \n", " y",
      "\t z", "  <br>", "<span\n  class=x>", "* a\n\n  b\n", "Term\n:   def  \n", "> q\n>\n> r\n", "a\\\nb",
      "\n<!-- reviewpress-allow privacy.x: why -->\n", "\n{#b}\n", "\u0000", "# T {#h}\n"};

  /** The placeholder character, written and as entities: rare in the bodies so most still use placeholders. */
  private static final String[] MARKS = {"\uFFFF", "&#xFFFF;", "&#65535;", "\\\uFFFF", "x\uFFFFy"};

  @Test
  void bodiesRenderAsFlexmarkRendersThem() {
    MarkdownReader fast = new MarkdownReader(true);
    MarkdownReader stock = new MarkdownReader(false);
    Random r = new Random(5);
    int escaped = 0;
    for (int i = 0; i < 5_000; i++) {
      String body = body(r, 0);
      String expected = html(stock, body);
      assertThat(html(fast, body)).as("HTML of %s", body).isEqualTo(expected);
      // The fast reader parses the text from an array, the stock one from the String: the same
      // anchors, blocks, sections, links and exemptions at the same offsets.
      assertThat(read(fast, body)).as("body of %s", body).isEqualTo(read(stock, body));
      if (expected.contains("&amp;") || expected.contains("&lt;") || expected.contains("&quot;")) {
        escaped++;
      }
    }
    assertThat(escaped).as("bodies whose text needed escaping").isGreaterThan(2_000);
  }

  @Test
  void bodiesHoldingThePlaceholderCharacterRenderAsFlexmarkRendersThem() {
    MarkdownReader fast = new MarkdownReader(true);
    MarkdownReader stock = new MarkdownReader(false);
    Random r = new Random(11);
    int marked = 0;
    for (int i = 0; i < 2_000; i++) {
      String body = body(r, 1 + r.nextInt(2));
      String expected = html(stock, body);
      assertThat(html(fast, body)).as("HTML of %s", body).isEqualTo(expected);
      if (expected.indexOf('\uFFFF') >= 0) {
        marked++;
      }
    }
    assertThat(marked).as("bodies whose HTML holds U+FFFF").isGreaterThan(500);
  }

  private static String body(Random r, int marks) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(60);
    for (int k = 0; k < n; k++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    for (int k = 0; k < marks; k++) {
      b.insert(r.nextInt(b.length() + 1), MARKS[r.nextInt(MARKS.length)]);
    }
    return b.toString();
  }

  private static String html(MarkdownReader reader, String body) {
    return read(reader, body).body().html();
  }

  private static MarkdownReader.Result read(MarkdownReader reader, String body) {
    return reader.read(new SourceText(Path.of("report.md"), body), 0);
  }
}
