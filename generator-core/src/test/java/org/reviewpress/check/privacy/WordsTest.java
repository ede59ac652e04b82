package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The faster split into words gives the same words, offsets and normalised forms as before. */
class WordsTest {

  private static final String[] PIECES = {"Mary", "O'Brien", "O\u2019BRIEN", "Smith's", "Jones\u2019S", "'s", "s",
      "Zo\u00eb", "Zoe\u0308", "\u00c9lodie", "na\u00efve", "\uff24\uff23", "\u1d48", "caf\u00e9", "1st", "2024",
      "x", "A", "mary-jane", "it's", "'", "\u2018", "\u02bc", " ", "  ", "\n", "-", ".", ",", "\u2014", "_", "\u0301",
      "\u00df", "\u0130stanbul", "\u03a3\u03bf\u03c6\u03af\u03b1"};

  @Test
  void sameWordsAsBefore() {
    Random random = new Random(17);
    int words = 0;
    for (int round = 0; round < 5000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          b.append(' ');
        }
      }
      String t = b.toString();
      List<String> expected = LegacyWords.of(t).stream().map(w -> w.start() + "-" + w.end() + ":" + w.norm()).toList();
      List<String> actual = Words.of(t).stream().map(w -> w.start() + "-" + w.end() + ":" + w.norm()).toList();
      assertThat(actual).as(t).isEqualTo(expected);
      // Read from an array beside the text (as the scan text's words are), with forms shared: the same.
      assertThat(Words.of(t, t.toCharArray()).stream().map(w -> w.start() + "-" + w.end() + ":" + w.norm()).toList())
          .as(t).isEqualTo(expected);
      words += expected.size();
    }
    assertThat(words).isGreaterThan(10_000);
  }

  @Test
  void sameWordsAsBeforeInGeneratedReports() {
    // Whole generated reports, as written and with curly apostrophes, accents and combining marks
    // (a UTF-16 text): the split read from an array finds the words the first split found.
    for (long seed = 1; seed <= 6; seed++) {
      String md = org.reviewpress.corpus.ReportCorpus.markdown(3, seed);
      String text = seed % 2 == 0 ? md : md.replace("'", "\u2019").replace("e ", "\u00e9 ").replace("o", "o\u0308");
      List<String> expected = LegacyWords.of(text).stream().map(w -> w.start() + "-" + w.end() + ":" + w.norm()).toList();
      assertThat(Words.of(text).stream().map(w -> w.start() + "-" + w.end() + ":" + w.norm()).toList()).isEqualTo(expected);
      assertThat(Words.of(text, text.toCharArray()).stream().map(w -> w.start() + "-" + w.end() + ":" + w.norm()).toList())
          .isEqualTo(expected);
      assertThat(expected.size()).isGreaterThan(1000);
    }
  }

  @Test
  void quickCharacterTestsAgreeWithTheJdkForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Words.letter((char) c)).as("U+%04X", c).isEqualTo(Character.isLetter((char) c));
      assertThat(Words.letterOrDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit((char) c));
      assertThat(UnlistedNameRule.upper((char) c)).as("U+%04X", c).isEqualTo(Character.isUpperCase((char) c));
      assertThat(UnlistedNameRule.lower((char) c)).as("U+%04X", c).isEqualTo(Character.isLowerCase((char) c));
      assertThat(UnlistedNameRule.digit((char) c)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
    }
  }
}
