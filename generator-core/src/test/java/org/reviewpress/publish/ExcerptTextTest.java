package org.reviewpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The excerpt helpers of {@link FindingsJson} replace three {@code Matcher.replaceAll} calls;
 * on varied generated Markdown they must give exactly what the regex replacements give, so the
 * excerpts in findings.json stay byte for byte the same.
 */
class ExcerptTextTest {

  private static final String[] PIECES = {"word", "Child T", " ", "  ", "\t", "\n", "\r\n", "\r", "\u000B", "\f",
      "\u00a0", "\u2003", "[", "]", "(", ")", "![", "[^", "{#", "id-1", "}", "<", ">", "<b>", "*", "**", "_", "`",
      "#", "## ", "> ", "- ", "* ", "+ ", ": ", "1. ", "12) ", "x", "\u0085", "\u2028", "\u2029", "!", "[a](b)", "![i](j)", "[^1]", "{#a-1}", "<a href=x>", "caf\u00e9", "\uD83D\uDE00", "$1", "\\"};

  static String generated(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(80);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void theHelpersGiveWhatTheRegexReplacementsGive() {
    Random r = new Random(7);
    Pattern spaces = Pattern.compile("\\s+");
    int changed = 0;
    for (int i = 0; i < 50_000; i++) {
      String s = generated(r);
      String lines = FindingsJson.LINE_MARKER.matcher(s).replaceAll("");
      assertThat(FindingsJson.removeLineMarkers(s)).as("line markers of %s", s).isEqualTo(lines);
      String markup = FindingsJson.MARKUP.matcher(lines).replaceAll("$1");
      assertThat(FindingsJson.stripMarkup(lines)).as("markup of %s", lines).isEqualTo(markup);
      String collapsed = spaces.matcher(markup).replaceAll(" ");
      assertThat(FindingsJson.collapseSpaces(markup)).as("spaces of %s", markup).isEqualTo(collapsed);
      if (!collapsed.equals(s)) {
        changed++;
      }
    }
    assertThat(changed).as("inputs the replacements changed").isGreaterThan(40_000);
  }

  /** The excerpt the regular way: the three replacements, trimmed, cut at a space past 300 characters. */
  private static String theRegexWay(String text) {
    String lines = FindingsJson.LINE_MARKER.matcher(text).replaceAll("");
    String markup = FindingsJson.MARKUP.matcher(lines).replaceAll("$1");
    String t = markup.replaceAll("\\s+", " ").trim();
    if (t.length() > 300) {
      int cut = t.lastIndexOf(' ', 299);
      t = t.substring(0, cut > 150 ? cut : 299) + "\u2026";
    }
    return t;
  }

  /**
   * The one-pass excerpt gives what the replacements give, for a passage anywhere in a longer
   * source (what stands before and after it must not count, a line break just after it included),
   * short and long enough to be cut.
   */
  @Test
  void theExcerptIsWhatTheRegexReplacementsGive() {
    Random r = new Random(17);
    String[] around = {"", "x", "\n", "\r", "\r\n", "# ", "[a](", ")", "  ", "*", "1. "};
    int cut = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + r.nextInt(i % 10 == 0 ? 12 : 2); k > 0; k--) {
        b.append(generated(r));
      }
      String text = b.toString();
      String before = around[r.nextInt(around.length)];
      String source = before + text + around[r.nextInt(around.length)];
      String expected = theRegexWay(text);
      assertThat(FindingsJson.plainText(source, source.toCharArray(), before.length(), before.length() + text.length()))
          .as("excerpt of %s", text).isEqualTo(expected);
      if (expected.endsWith("\u2026")) {
        cut++;
      }
    }
    assertThat(cut).as("excerpts cut").isGreaterThan(1_000);
  }
}
