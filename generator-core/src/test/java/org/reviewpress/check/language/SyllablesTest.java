package org.reviewpress.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SyllablesTest {

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
      "the, 1", "cat, 1", "make, 1", "makes, 1", "table, 2", "jumped, 1", "wanted, 2", "agreed, 2",
      "boxes, 2", "pages, 2", "yellow, 2", "reviewer, 3", "agencies, 3", "practitioner, 4",
      "exploitation, 4", "organisational, 6", "free, 1", "Child, 1", "Mother's, 2", "2023, 2"})
  void estimatesCommonWords(String word, int syllables) {
    assertThat(Syllables.count(word)).isEqualTo(syllables);
  }

  @Test
  void everyWordHasAtLeastOneSyllable() {
    for (String w : new String[] {"rhythm", "hmm", "x", "B", "’", "-"}) {
      assertThat(Syllables.count(w)).as(w).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void plainTextScoresHigherThanDenseText() {
    String plain = "The school saw he was tired. He came late. His mother said he was out at night.";
    String dense = "Organisational fragmentation precipitated inconsistent operationalisation of information-sharing arrangements.";
    Readability p = Readability.of(Sentences.split(plain, 0, plain.length()));
    Readability d = Readability.of(Sentences.split(dense, 0, dense.length()));
    assertThat(p.sentences()).isEqualTo(3);
    assertThat(p.ease()).isGreaterThan(80);
    assertThat(d.ease()).isLessThan(0);
  }

  /** The estimate for any word is what the old code gave (it lower-cased and filtered a copy). */
  @Test
  void countsWhatTheOldCodeCounted() {
    String letters = "aeiouyAEIOUYbcdlstxzghBCDLSTXZGHrn'’.-0123456789İıKſÜüéß²";
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(letters.charAt(random.nextInt(random.nextInt(4) == 0 ? letters.length() : 36)));
      }
      String word = b.toString();
      assertThat(Syllables.count(word)).as(word).isEqualTo(org.reviewpress.check.language.legacy.Syllables.count(word));
    }
  }
}
