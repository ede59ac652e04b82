package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.SourceText;

/**
 * MarkdownReader writes whole paragraphs, headings and table rows as single placeholders when
 * the line writer would copy all of their text as it is. On generated bodies built of blocks
 * (paragraphs, headings with and without ids, aligned tables, quotes, lists, footnotes) whose
 * text mixes plain words with escapes, entities, markup and blanks, the body's HTML must be what
 * Flexmark's own renderer gives; so must the long generated reviews of the benchmarks.
 */
class BlockRenderTest {

  private static final String[] WORDS = {"Child", "T", "the", "school", "\u2018quoted\u2019", "caf\u00e9", "\u2014",
      "GP", "3.", "1)", "\\*", "\\", "&amp;", "&copy;", "&nope;", "&", "<", ">", "\"", "'", "<b>x</b>", "*e*", "**s**",
      "`c`", "[l](#a)", "[^1]", "[^n]", "{#id}", "\u00a0", "\uD83D\uDE00", "<!-- c -->", "https://e.org/?a=1&b=2", "|",
      "\\|", "#", ">", "-", ":", "\uFFFF"};

  private static final String[] ALIGN = {"---", ":--", ":-:", "--:", "-"};

  @Test
  void blocksRenderAsFlexmarkRendersThem() {
    MarkdownReader fast = new MarkdownReader(true);
    MarkdownReader stock = new MarkdownReader(false);
    Random r = new Random(23);
    int tables = 0;
    for (int i = 0; i < 4_000; i++) {
      String body = body(r);
      String expected = html(stock, body);
      assertThat(html(fast, body)).as("HTML of %s", body).isEqualTo(expected);
      if (expected.contains("<th align=")) {
        tables++;
      }
    }
    assertThat(tables).as("bodies with aligned tables").isGreaterThan(500);
  }

  @Test
  void longReviewsRenderAsFlexmarkRendersThem() {
    MarkdownReader fast = new MarkdownReader(true);
    MarkdownReader stock = new MarkdownReader(false);
    for (long seed = 1; seed <= 6; seed++) {
      String report = ReportCorpus.markdown(ReportCorpus.episodesFor(3_000), seed);
      String body = report.substring(report.indexOf("\n---", 4) + 4);
      assertThat(html(fast, body)).as("review %d", seed).isEqualTo(html(stock, body));
    }
  }

  private static String body(Random r) {
    StringBuilder b = new StringBuilder();
    int blocks = 1 + r.nextInt(8);
    for (int k = 0; k < blocks; k++) {
      String prefix = r.nextInt(5) == 0 ? "> " : r.nextInt(8) == 0 ? "- " : r.nextInt(10) == 0 ? "1. " : "";
      switch (r.nextInt(6)) {
        case 0 -> b.append(prefix).append("#".repeat(1 + r.nextInt(6))).append(' ').append(line(r))
            .append(r.nextBoolean() ? " {#h" + k + "}" : "").append('\n');
        case 1 -> {
          int cols = 1 + r.nextInt(4);
          b.append(prefix).append(row(r, cols)).append('\n').append(prefix).append('|');
          for (int c = 0; c < cols; c++) {
            b.append(ALIGN[r.nextInt(ALIGN.length)]).append('|');
          }
          b.append('\n');
          for (int row = r.nextInt(4); row > 0; row--) {
            b.append(prefix).append(row(r, cols + r.nextInt(3) - 1)).append('\n');
          }
          if (r.nextInt(3) == 0) {
            b.append("{#t").append(k).append("}\n");
          }
        }
        case 2 -> b.append("[^").append(r.nextBoolean() ? "1" : "n").append("]: ").append(line(r)).append('\n');
        default -> {
          for (int lines = 1 + r.nextInt(3); lines > 0; lines--) {
            b.append(prefix).append(r.nextInt(6) == 0 ? " " : "").append(line(r))
                .append(r.nextInt(6) == 0 ? "  " : r.nextInt(6) == 0 ? " " : "").append(r.nextInt(8) == 0 ? "\r\n" : "\n");
          }
          if (r.nextInt(4) == 0) {
            b.append(prefix).append("{#p").append(k).append("}\n");
          }
        }
      }
      b.append(r.nextInt(5) == 0 ? "" : "\n");
    }
    return b.toString();
  }

  private static String row(Random r, int cols) {
    StringBuilder b = new StringBuilder("|");
    for (int c = 0; c < Math.max(1, cols); c++) {
      b.append(r.nextInt(4) == 0 ? "" : " ").append(r.nextInt(5) == 0 ? "" : line(r)).append(r.nextBoolean() ? " " : "").append('|');
    }
    return b.toString();
  }

  private static String line(Random r) {
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(8); n > 0; n--) {
      if (b.length() > 0) {
        b.append(' ');
      }
      String w = WORDS[r.nextInt(WORDS.length)];
      b.append(r.nextInt(3) == 0 ? w : WORDS[r.nextInt(4)]);
    }
    return b.toString();
  }

  private static String html(MarkdownReader reader, String body) {
    return reader.read(new SourceText(Path.of("report.md"), body), 0).body().html();
  }
}
