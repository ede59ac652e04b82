package org.reviewpress.check.language;

import java.util.List;

/**
 * The Flesch reading ease of some sentences: 206.835 − 1.015 × (words ÷ sentences) − 84.6 ×
 * (syllables ÷ words). Higher is easier; 60–70 is plain English, below 30 is very hard. Syllables
 * are estimated by {@link Syllables}.
 *
 * @param sentences the number of sentences
 * @param words     the number of words
 * @param syllables the estimated number of syllables
 */
public record Readability(int sentences, int words, int syllables) {

  /** Measures a list of sentences. */
  public static Readability of(List<Sentences.Sentence> sentences) {
    int words = 0;
    int syllables = 0;
    for (Sentences.Sentence s : sentences) {
      // Each sentence counts its syllables once, however many measures include it.
      words += s.wordCount();
      syllables += s.syllables();
    }
    return new Readability(sentences.size(), words, syllables);
  }

  /** The reading ease, or 0 for no words. */
  public double ease() {
    if (words == 0 || sentences == 0) {
      return 0;
    }
    return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
  }

  /** The average words per sentence. */
  public double averageSentenceLength() {
    return sentences == 0 ? 0 : (double) words / sentences;
  }
}
