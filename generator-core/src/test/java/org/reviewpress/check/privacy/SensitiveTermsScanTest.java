package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sensitive-term scan, which skips runs of words that begin no listed term, finds exactly
 * what hashing every run of up to {@link SensitiveTerms#MAX_WORDS} joined words would: checked
 * against a plain reading of the list on generated text, for a plain list and for the hashed file.
 */
class SensitiveTermsScanTest {

  @TempDir
  Path dir;

  private static final List<String> TERMS = List.of("Mary", "Mary Jane", "Maryjane Smith", "Oak", "Oakmoor Estate",
      "Zo\u00eb O'Brien", "St Bride's Junior School", "Acacia Avenue", "Kayleigh Brennan", "a b c d e f g h");
  private static final String[] PIECES = {"Mary", "mary", "MARY", "Jane", "jane", "Maryjane", "MaryJane", "Smith",
      "Oak", "oak", "Oakmoor", "Estate", "Zoe", "Zo\u00eb", "O'Brien", "O\u2019Brien", "OBrien", "St", "Bride's",
      "Junior", "School", "Acacia", "Avenue", "Kayleigh", "Brennan", "a", "b", "c", "d", "e", "f", "g", "h", "the",
      "and", "Oaks", "1", "x"};
  private static final String[] GAPS = {" ", " ", " ", "-", "\n", " - ", "'s ", ". ", ", ", "; ", "*", "_", "  ", "(",
      "> ", "\u2019s "};

  @Test
  void findsWhatHashingEveryRunFinds() throws IOException {
    Path plain = dir.resolve("terms.txt");
    Files.write(plain, TERMS);
    SensitiveTerms fromPlain = SensitiveTerms.fromPlainList(plain);
    Path hashed = dir.resolve("terms.sha256");
    SensitiveTerms.writeHashedFile(plain, hashed);
    SensitiveTerms fromHashed = SensitiveTerms.fromHashedFile(hashed);
    Set<String> canonical = new HashSet<>();
    TERMS.forEach(t -> canonical.add(SensitiveTerms.canonical(Words.of(t))));
    Random random = new Random(5);
    int matched = 0;
    for (int round = 0; round < 5000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(16); i >= 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
      }
      String t = b.toString();
      List<SensitiveTerms.Match> expected = everyRun(t, canonical);
      assertThat(fromPlain.find(t)).as(t).isEqualTo(expected);
      // Given the words already made (as the rule does) or reading them in place: the same.
      assertThat(fromPlain.find(t, Words.of(t))).as(t).isEqualTo(expected);
      assertThat(fromHashed.find(t, Words.of(t))).as(t).isEqualTo(expected);
      assertThat(fromHashed.find(t)).as(t).isEqualTo(expected);
      assertThat(fromPlain.and(fromHashed).find(t)).as(t).isEqualTo(expected);
      matched += expected.size();
    }
    assertThat(matched).isGreaterThan(2000);
  }

  /** The longest listed run of joined words at each word, runs not overlapping: the scan's definition. */
  private static List<SensitiveTerms.Match> everyRun(String text, Set<String> canonical) {
    List<Words.Word> words = Words.of(text);
    List<SensitiveTerms.Match> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int best = 0;
      for (int n = 1; n <= SensitiveTerms.MAX_WORDS && i + n <= words.size(); n++) {
        if (n > 1 && !joined(text, words.get(i + n - 2).end(), words.get(i + n - 1).start())) {
          break;
        }
        if (canonical.contains(SensitiveTerms.canonical(words.subList(i, i + n)))) {
          best = n;
        }
      }
      if (best > 0) {
        out.add(new SensitiveTerms.Match(words.get(i).start(), words.get(i + best - 1).end(), best));
        i += best;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Blanks, hyphens, apostrophes, a full stop, quote markers, emphasis and a possessive's s. */
  private static boolean joined(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean possessive = (c == 's' || c == 'S') && i > from && Words.isApostrophe(text.charAt(i - 1));
      if (!possessive && !(Character.isWhitespace(c) || "-\u2010\u2011.>*_".indexOf(c) >= 0 || Words.isApostrophe(c))) {
        return false;
      }
    }
    return true;
  }
}
