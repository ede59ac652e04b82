package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownReader#plain} skips each of its regex replacements when the text lacks the
 * characters the pattern needs; on varied generated Markdown it must give what running all of
 * them always gives, so anchor excerpts and section titles stay the same.
 */
class PlainTextTest {

  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]*\\]");
  private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(#+|>|[-*+:]|\\d+[.)])[ \\t]+");
  private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\{#[A-Za-z0-9_-]+\\}");

  private static final String[] PIECES = {"Episode", "Child T", " ", "  ", "\t", "\n", "\r\n", "\r", "\u000B", "\f",
      "\u0085", "\u2028", "\u2029", "\u00a0", "[", "]", "(", ")", "!", "![", "[^", "[^1]", "[a](b)", "![i](j.png)",
      "{#", "{#id-2}", "}", "#", "## ", "> ", "- ", "* ", "+ ", ": ", "1. ", "12) ", "3", "*", "**", "_", "`",
      "caf\u00e9", "\uD83D\uDE00", "$1", "\\", "x"};

  @Test
  void skippingReplacementsThatCannotMatchChangesNothing() {
    Random r = new Random(11);
    int changed = 0;
    int ordinary = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[r.nextInt(r.nextInt(3) == 0 ? PIECES.length : 4)]);
      }
      String md = b.toString();
      String s = LINK.matcher(md).replaceAll("$1");
      s = FOOTNOTE_REF.matcher(s).replaceAll("");
      s = LINE_MARKER.matcher(s).replaceAll("");
      s = EMPHASIS.matcher(s).replaceAll("");
      String expected = SPACES.matcher(s).replaceAll(" ").trim();
      assertThat(MarkdownReader.plain(md)).as("plain text of %s", md).isEqualTo(expected);
      // The one-pass check that lets plain() skip the replacements agrees with the separate ones.
      boolean markup = md.indexOf('[') >= 0 || md.indexOf('*') >= 0 || md.indexOf('_') >= 0 || md.indexOf('`') >= 0
          || Pattern.compile("(?m)^[ \\t]*[#>\\-+:0-9]").matcher(md.replace("\r\n", "\n").replace('\r', '\n')
              .replace('\u0085', '\n').replace('\u2028', '\n').replace('\u2029', '\n')).find();
      int kind = MarkdownReader.ordinary(md);
      assertThat(kind == MarkdownReader.MARKUP).as("markup in %s", md).isEqualTo(markup);
      if (!markup) {
        boolean runs = Pattern.compile("[\\t\\n\\x0B\\f\\r]|  ").matcher(md).find();
        assertThat(kind == MarkdownReader.ORDINARY_WITH_RUNS).as("blank runs in %s", md).isEqualTo(runs);
        ordinary++;
      }
      if (!expected.equals(md.trim())) {
        changed++;
      }
    }
    assertThat(changed).as("texts the replacements changed").isGreaterThan(20_000);
    assertThat(ordinary).as("texts without markup").isGreaterThan(5_000);
  }

  @Test
  void idAttributesAreRemovedAsThePatternRemovesThem() {
    String[] pieces = {"{#", "{#id}", "{#a-b_2}", "{#}", "{", "#", "}", "x", " ", "{#{#c}", "{#d}}", "\u00e9", "{#\u00e9}", "\n"};
    Random r = new Random(17);
    int changed = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(12); n > 0; n--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = b.toString();
      String expected = ID_ATTRIBUTE.matcher(s).replaceAll("");
      assertThat(MarkdownReader.withoutIdAttributes(s)).as("without ids: %s", s).isEqualTo(expected);
      if (!expected.equals(s)) {
        changed++;
      }
    }
    assertThat(changed).as("texts holding an id").isGreaterThan(20_000);
  }
}
