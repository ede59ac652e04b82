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
      char[] chars = t.toCharArray();
      int[] bounds = Words.bounds(chars);
      String[] norms = Words.norms(t, chars, bounds);
      assertThat(fromPlain.find(t, chars, bounds, norms)).as(t).isEqualTo(expected);
      assertThat(fromHashed.find(t, chars, bounds, norms)).as(t).isEqualTo(expected);
      assertThat(fromHashed.find(t)).as(t).isEqualTo(expected);
      assertThat(fromPlain.and(fromHashed).find(t)).as(t).isEqualTo(expected);
      matched += expected.size();
    }
    assertThat(matched).isGreaterThan(2000);
  }

  @Test
  void placesInsideATermAreThoseTheWholeSearchFinds() throws IOException {
    // The redaction of other rules' diagnostics asks only whether a few places lie inside a term,
    // and a plain list is then read around each place alone. On long generated texts, some
    // thick with words that open a term (so the reading must reach far back), every place must
    // get the answer that finding every match in the whole text gives.
    Path plain = dir.resolve("terms.txt");
    Files.write(plain, TERMS);
    Path single = dir.resolve("single.txt");
    Files.write(single, List.of("Mary", "Oak", "Smith"));
    Path pairs = dir.resolve("pairs.txt");
    Files.write(pairs, List.of("Mary Jane", "Acacia Avenue", "Oak"));
    Path hashed = dir.resolve("terms.sha256");
    SensitiveTerms.writeHashedFile(plain, hashed);
    List<SensitiveTerms> lists = List.of(SensitiveTerms.fromPlainList(plain), SensitiveTerms.fromPlainList(single),
        SensitiveTerms.fromPlainList(pairs), SensitiveTerms.fromHashedFile(hashed));
    String[] dense = {"Mary", "Jane", "Oak", "Oakmoor", "Kayleigh", "a", "b", "c", "St", "Acacia", "Avenue", "Zo\u00eb"};
    Random random = new Random(23);
    int inside = 0;
    int places = 0;
    for (int round = 0; round < 24; round++) {
      String[] pieces = round % 3 == 0 ? dense : PIECES;
      StringBuilder b = new StringBuilder();
      for (int i = 50 + random.nextInt(1500); i >= 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]).append(GAPS[random.nextInt(GAPS.length)]);
      }
      String t = b.toString();
      for (SensitiveTerms terms : lists) {
        boolean[] covered = new boolean[t.length() + 2];
        for (SensitiveTerms.Match m : terms.find(t)) {
          java.util.Arrays.fill(covered, m.start(), m.end(), true);
        }
        // Every place in the text (and a few outside it), asked in small groups as diagnostics are.
        // (A hashed file is searched whole for each group: a few groups show it answers alike.)
        int end = terms == lists.get(3) ? Math.min(t.length() + 2, 200) : t.length() + 2;
        for (int from = -2; from < end; from += 40) {
          int[] offsets = new int[40];
          for (int k = 0; k < offsets.length; k++) {
            offsets[k] = from + k;
          }
          boolean[] got = terms.inside(t, offsets);
          // Reading first from just before each place, so that the search must find where to begin.
          boolean[] near = terms.inside(t, offsets, 1 + random.nextInt(12));
          for (int k = 0; k < offsets.length; k++) {
            int x = offsets[k];
            boolean expected = x >= 0 && x < t.length() && covered[x];
            assertThat(got[k]).as("offset %d of %s", x, t).isEqualTo(expected);
            assertThat(near[k]).as("offset %d of %s, read from nearby", x, t).isEqualTo(expected);
            inside += expected ? 1 : 0;
            places++;
          }
        }
      }
    }
    assertThat(inside).as("many places lie inside a term").isGreaterThan(places / 20);
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
