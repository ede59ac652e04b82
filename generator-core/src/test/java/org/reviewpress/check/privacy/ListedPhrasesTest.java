package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.WordList;

/**
 * {@link ListedPhrases} finds exactly what the word-list rules' regex alternations found with
 * {@link Matcher#find()}: the same spans, in the same order, for the shipped lists and for a
 * list of awkward entries, on generated text full of near misses.
 */
class ListedPhrasesTest {

  private static final List<String> CONDITIONS = WordList.load(HealthConditionRule.class, "health-conditions.txt");
  private static final List<String> CHARACTERISTICS =
      WordList.load(ProtectedCharacteristicRule.class, "protected-characteristics.txt");
  /** Entries that test the loosening: prefixes, apostrophes at the ends, runs of separators, case, accents. */
  private static final List<String> AWKWARD = List.of("crohn's", "crohn", "Crohn's disease", "a - b", "x'", "'y",
      "caf\u00e9", "Caf\u00e9 au lait", "type 1", "type 1 diabetes", "ab", "ba", "abc", "abd", "o'", "o'b'c",
      "Down's", "down", "sickle cell", "sickle-cell disease", "\u00e9t\u00e9", "Rom", "Roma");

  private static final String[] PIECES = {"autism", "AUTISM", "Autistic", "cystic", "fibrosis", "Crohn", "crohn",
      "'s", "\u2019s", "'", "\u2019", "disease", "Disease", "type", "1", "2", "diabetes", "sickle", "cell", "Cell",
      "Polish", "polish", "POLISH", "British", "Pakistani", "black", "Black", "dual", "heritage", "Roma", "Romanian",
      "Irish", "Traveller", "a", "b", "x", "y", "o", "c", "abc", "ab", "caf\u00e9", "cafe", "Caf\u00e9", "au", "lait",
      "\u00e9t\u00e9", "\u00c9t\u00e9", "Down", "down", "syndrome", "rom", "Rom", " ", " ", " ", "  ", "-", "--", " - ",
      "\n", "\t", "\r", "\u000B", "_", "x_", "9", ".", ",", "(", "\u00e9"};

  /** What lies between pieces: mostly one blank, often what a listed entry's loosening allows or stops at. */
  private static final String[] GAPS = {" ", " ", " ", " ", "", "", "-", "\t", "\n", " - ", "  ", "'", "\u2019", "_"};

  @Test
  void findsWhatTheAlternationsFound() {
    check(List.of(CONDITIONS), List.of(true));
    check(List.of(upper(CHARACTERISTICS), lower(CHARACTERISTICS)), List.of(false, true));
    check(List.of(upper(AWKWARD), lower(AWKWARD)), List.of(false, true));
    check(List.of(AWKWARD), List.of(true));
    check(List.of(AWKWARD), List.of(false));
    // Without the entries that start with an apostrophe or accent, every entry starts a run of [\w-].
    List<String> wordStarts = AWKWARD.stream().filter(e -> e.charAt(0) < 128 && Character.isLetterOrDigit(e.charAt(0))).toList();
    check(List.of(upper(wordStarts), lower(wordStarts)), List.of(false, true));
  }

  private static void check(List<List<String>> groups, List<Boolean> ignoreCase) {
    StringBuilder regex = new StringBuilder("(?<![\\w-])(?:");
    for (int g = 0; g < groups.size(); g++) {
      String alternation = LegacyFamily.alternation(groups.get(g));
      regex.append(g > 0 ? "|" : "").append(ignoreCase.get(g) ? "(?i:" + alternation + ")" : alternation);
    }
    Pattern pattern = Pattern.compile(regex.append(")(?![\\w-])").toString());
    ListedPhrases phrases = ListedPhrases.of(groups, ignoreCase);
    Random random = new Random(11);
    int matched = 0;
    for (int round = 0; round < 6000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(14); i >= 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
      }
      String t = b.toString();
      List<String> expected = new ArrayList<>();
      Matcher m = pattern.matcher(t);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end());
      }
      List<String> actual = phrases.find(t).stream().map(x -> x.start() + "-" + x.end()).toList();
      assertThat(actual).as(t).isEqualTo(expected);
      // Visiting only the runs of [\w-] the scan text's index lists finds the same.
      assertThat(phrases.find(t, TextIndex.of(t)).stream().map(x -> x.start() + "-" + x.end()).toList()).as(t)
          .isEqualTo(expected);
      matched += expected.size();
    }
    assertThat(matched).as("the generated text holds many matches").isGreaterThan(300);
  }

  private static List<String> upper(List<String> entries) {
    return entries.stream().filter(e -> Character.isUpperCase(e.charAt(0))).toList();
  }

  private static List<String> lower(List<String> entries) {
    return entries.stream().filter(e -> !Character.isUpperCase(e.charAt(0))).toList();
  }
}
