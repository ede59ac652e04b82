package org.reviewpress.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
