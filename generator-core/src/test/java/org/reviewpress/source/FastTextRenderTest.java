package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.SourceText;

/**
 * MarkdownReader writes text nodes itself when Flexmark's unescape, line-end and escape passes
 * could not change them; on varied generated Markdown (escapes, entities, markup characters,
 * CR and CRLF line ends, raw HTML) the body's HTML must be what Flexmark's own renderer gives.
 */
class FastTextRenderTest {

  private static final String[] PIECES = {"Child", "T", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\\*", "\\",
      "\\&", "&amp;", "&copy;", "&#35;", "&#x26;", "&nope;", "&", "<", ">", "\"", "'", "<b>x</b>", "<div>", "*e*",
      "**s**", "`c`", "[l](#a)", "![i](a.png \"t\")", "[^1]", "## ", "- ", "> ", "1. ", "| a | b |\n|---|---|\n| c | d |\n",
      "Term\n: def\n", "\u00a0", "caf\u00e9", "\uD83D\uDE00", "{#id}", "<!-- c -->", "```\ncode & <x>\n```\n",
      "    indented & <x>\n", "[^1]: note & \"q\"\n", "https://e.org/?a=1&b=2", "<https://e.org>"};

  @Test
  void bodiesRenderAsFlexmarkRendersThem() {
    MarkdownReader fast = new MarkdownReader(true);
    MarkdownReader stock = new MarkdownReader(false);
    Random r = new Random(5);
    int escaped = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(60);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      SourceText source = new SourceText(Path.of("report.md"), b.toString());
      String expected = stock.read(source, 0).body().html();
      assertThat(fast.read(source, 0).body().html()).as("HTML of %s", b).isEqualTo(expected);
      if (expected.contains("&amp;") || expected.contains("&lt;") || expected.contains("&quot;")) {
        escaped++;
      }
    }
    assertThat(escaped).as("bodies whose text needed escaping").isGreaterThan(2_000);
  }
}
