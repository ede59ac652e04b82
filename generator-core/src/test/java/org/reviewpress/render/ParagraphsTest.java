package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A finding's statement splits into the same paragraphs as with the regular expressions it replaced. */
class ParagraphsTest {

  private static List<String> theOldWay(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\n\\s*\\n")) {
      String t = p.replaceAll("\\s+", " ").trim();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void sameParagraphsAsTheRegularExpressions() {
    char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\n', '\t', '\r', '\u000B', '\f', '\u0001', '\u00a0', '\u2028', '.'};
    Random random = new Random(11L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = s.toString();
      assertThat(Views.paragraphs(text)).as("%s", text.replace("\n", "\\n")).isEqualTo(theOldWay(text));
    }
    assertThat(Views.paragraphs("First  line\nsame paragraph.\n\n  Second.\n \t\n\nThird\r\n\r\nFourth"))
        .containsExactly("First line same paragraph.", "Second.", "Third", "Fourth");
  }
}
