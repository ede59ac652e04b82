package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A walk finds the headings and paragraphs that may carry an explicit {@code {#id}} from one list
 * of the "{#" in the body instead of scanning each text; on generated text (braces, hashes,
 * non-ASCII letters and quotes, line breaks) and every stretch of it, the answer must be the
 * scan's: whether the stretch holds "{#".
 */
class IdMarksTest {

  private static final String[] PIECES = {"{", "#", "{#", "{#id}", "}", "x", " ", "\n", "caf\u00e9", "\u201cq\u201d",
      "\u2014", "\uD83D\uDE00", "##", "{{", "Zo\u00eb"};

  @Test
  void agreesWithScanningEachStretch() {
    Random r = new Random(23);
    int holding = 0;
    int stretches = 0;
    for (int i = 0; i < 3_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      int[] marks = MarkdownReader.idMarks(text);
      BasedSequence whole = BasedSequence.of(text);
      for (int start = 0; start <= text.length(); start++) {
        for (int end = start; end <= text.length(); end++) {
          boolean expected = text.substring(start, end).contains("{#");
          assertThat(MarkdownReader.holdsIdMark(marks, start, end)).as("'%s' [%d, %d)", text, start, end)
              .isEqualTo(expected);
          assertThat(MarkdownReader.lastIdMark(whole.subSequence(start, end), text, text.toCharArray()) >= 0)
              .isEqualTo(expected);
          holding += expected ? 1 : 0;
          stretches++;
        }
      }
    }
    assertThat(holding).as("stretches holding {#").isGreaterThan(stretches / 10);
  }
}
