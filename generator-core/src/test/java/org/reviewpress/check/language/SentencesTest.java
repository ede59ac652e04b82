package org.reviewpress.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> split(String text) {
    return Sentences.split(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(split("Dr. Patel saw him, e.g. on Monday, i.e. early. Mr. Smith came at 3 p.m. today. Then he left."))
        .containsExactly("Dr. Patel saw him, e.g. on Monday, i.e. early.", "Mr. Smith came at 3 p.m. today.", "Then he left.");
  }

  @Test
  void initialsAreNotSentenceEndsButChildTIs() {
    assertThat(split("The report is by A. Reviewer and J. R. Smith. It was about Child T. He is 15."))
        .containsExactly("The report is by A. Reviewer and J. R. Smith.", "It was about Child T.", "He is 15.");
  }

  @Test
  void numbersQuotesAndQuestionMarks() {
    assertThat(split("It cost £3,000.50 in total. She asked, \"Who knew?\" Nobody did! Section No. 4 applies; see para. 2."))
        .containsExactly("It cost £3,000.50 in total.", "She asked, \"Who knew?\"", "Nobody did!", "Section No. 4 applies; see para. 2.");
  }

  @Test
  void etcEndsASentenceOnlyBeforeACapital() {
    assertThat(split("Cash, phones etc. were found. He ran etc. Then he hid."))
        .containsExactly("Cash, phones etc. were found.", "He ran etc.", "Then he hid.");
  }

  @Test
  void breaksEndSentencesAndOffsetsAreExact() {
    String text = "Police " + Prose.BREAK + " Missing reports and intelligence";
    List<Sentences.Sentence> s = Sentences.split(text, 0, text.length());
    assertThat(s).hasSize(2);
    assertThat(s.get(1).start()).isEqualTo(text.indexOf("Missing"));
    assertThat(s.get(1).wordCount()).isEqualTo(4);
  }

  private static final String[] PIECES = {"a", "B", "ab", "Ünd", "straße", "ǅ", "9", "12", "²", "Ⅻ", "𝐀", "𝟙", "\uD835",
      "\uDC00", "'", "’", ".", "-", ",", ",5", "5,", " ", "\n", "!", "?", "…", "\"", ")", "]", "”", Prose.BREAK + "",
      "Dr", "e.g", "No", "etc", "T", "A", "_", "·", "\u0301", "٣", "漢字"};

  /** The words the scan finds are the words {@link Sentences#WORD} finds, in every region. */
  @Test
  void wordsAreWhatTheWordPatternFinds() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      int from = text.isEmpty() ? 0 : random.nextInt(text.length() / 3 + 1);
      int to = Math.max(from, text.length() - (text.isEmpty() ? 0 : random.nextInt(text.length() / 3 + 1)));
      List<String> expected = new ArrayList<>();
      Matcher m = Sentences.WORD.matcher(text).region(from, to);
      while (m.find()) {
        expected.add(m.start() + ":" + m.end());
      }
      List<String> actual = Sentences.split(text, from, to).stream().flatMap(s -> s.words().stream())
          .map(w -> w.start() + ":" + w.end()).toList();
      assertThat(actual).as("words of [%s] from %d to %d", text, from, to).isEqualTo(expected);
    }
  }

  /** Sentences and words are what the old, regular-expression split gave. */
  @Test
  void sentencesAreWhatTheOldSplitGave() {
    Random random = new Random(12);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(16);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) == 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      int from = text.isEmpty() ? 0 : random.nextInt(text.length() / 3 + 1);
      int to = Math.max(from, text.length() - (text.isEmpty() ? 0 : random.nextInt(text.length() / 3 + 1)));
      String expected = org.reviewpress.check.language.legacy.Sentences.split(text, from, to).stream()
          .map(s -> s.start() + "-" + s.end() + s.words()).toList().toString();
      String actual = Sentences.split(text, from, to).stream().map(s -> s.start() + "-" + s.end() + s.words()).toList().toString()
          .replace("Sentences$Word", "Word");
      assertThat(actual).as("sentences of [%s] from %d to %d", text, from, to).isEqualTo(expected.replace("Sentences$Word", "Word"));
    }
  }
}
