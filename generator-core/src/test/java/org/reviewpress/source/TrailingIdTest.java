package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownReader#trailingId} runs the trailing {@code {#id}} pattern only from the last
 * "{#" of a text; on varied generated text (ids, blanks, line ends, several "{#", texts cut out
 * of a longer one as Flexmark's nodes are) it must find what searching the whole text finds.
 */
class TrailingIdTest {

  private static final Pattern TRAILING_ID = Pattern.compile("(^|[ \\t])\\{#([A-Za-z0-9_-]+)\\}[ \\t]*$");

  private static final String[] PIECES = {"word", " ", "\t", "{#", "{", "#", "}", "id", "a-b_2", "{#x}", " {#y}",
      "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u00e9", "{#z} ", "{#}", "x{#w}", "  "};

  @Test
  void findsWhatAWholeTextSearchFinds() {
    Random r = new Random(3);
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String whole = "lead " + b + " tail";
      // The text under test is a stretch of a longer one, as a Text node's characters are.
      BasedSequence chars = BasedSequence.of(whole).subSequence(5, 5 + b.length());
      Matcher expected = TRAILING_ID.matcher(chars);
      Matcher actual = MarkdownReader.trailingId(chars);
      if (expected.find()) {
        found++;
        assertThat(actual).as("match in %s", b).isNotNull();
        assertThat(new int[] {actual.start(), actual.end(), actual.start(2)})
            .as("match in %s", b).containsExactly(expected.start(), expected.end(), expected.start(2));
        assertThat(actual.group(2)).isEqualTo(expected.group(2));
      } else {
        assertThat(actual).as("match in %s", b).isNull();
      }
    }
    assertThat(found).as("texts ending in an id").isGreaterThan(5_000);
  }
}
