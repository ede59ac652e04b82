package org.reviewpress.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link MatchStarts} gives what {@link Matcher#find()} gives when its start test holds where matches start. */
class MatchStartsTest {

  private static final Pattern DATE = Pattern.compile("(?<![\\w/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\w]|[/.-]\\d)");
  private static final Pattern WORDS = Pattern.compile("(?i)(?<![\\w-])(?:sickle[\\s-]+cell|cystic|cyst)(?![\\w-])");
  private static final String[] PIECES = {"1", "12", "2024", "/", ".", "-", " ", "a", "x/", "sickle", "cell", "Cystic",
      "cyst", "CYSTS", "\n", "_", "3.4.2025", "sickle-cell", "w"};

  @Test
  void sameMatchesAsFind() {
    Random random = new Random(3);
    int matched = 0;
    for (int round = 0; round < 4000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = b.toString();
      List<String> dates = spans(MatchStarts.find(DATE, t, i -> MatchStarts.isDigit(t, i)));
      assertThat(dates).as(t).isEqualTo(spans(DATE.matcher(t)));
      MatchStarts.Openings openings = MatchStarts.Openings.of(List.of("sickle cell", "cystic", "cyst"));
      List<String> words = spans(MatchStarts.find(WORDS, t, i -> openings.at(t, i) && !MatchStarts.afterWord(t, i, "-")));
      assertThat(words).as(t).isEqualTo(spans(WORDS.matcher(t)));
      matched += dates.size() + words.size();
    }
    assertThat(matched).isGreaterThan(500);
  }

  @Test
  void aRegionIsSearchedWithTheTextAroundItVisible() {
    String t = "ab 12/3/2024 9/9/99";
    assertThat(spans(MatchStarts.find(DATE, t, 4, t.length(), i -> true))).containsExactly("13-19"); // "2/3/2024" follows a digit
  }

  @Test
  void offsetsInAnyOrderGiveWhatFindGives() {
    Random random = new Random(5);
    int matched = 0;
    for (int round = 0; round < 10_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = b.toString();
      // Every digit, in a shuffled order with repeats, plus offsets where no match starts.
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < t.length(); i++) {
        if (MatchStarts.isDigit(t, i) || random.nextInt(4) == 0) {
          at.add(i);
          if (random.nextBoolean()) {
            at.add(i);
          }
        }
      }
      java.util.Collections.shuffle(at, random);
      MatchStarts.Offsets offsets = new MatchStarts.Offsets();
      at.forEach(offsets::add);
      List<String> dates = spans(MatchStarts.find(DATE, t, offsets));
      assertThat(dates).as(t).isEqualTo(spans(DATE.matcher(t)));
      matched += dates.size();
    }
    assertThat(matched).isGreaterThan(200);
  }

  @Test
  void noMatchStartsInsideTheMatchBefore() {
    Pattern twoDigits = Pattern.compile("\\d\\d");
    MatchStarts.Offsets offsets = new MatchStarts.Offsets();
    for (int i = 0; i < 5; i++) {
      offsets.add(i);
    }
    assertThat(spans(MatchStarts.find(twoDigits, "12345", offsets))).containsExactly("0-2", "2-4");
  }

  private static List<String> spans(List<MatchResult> results) {
    return results.stream().map(r -> r.start() + "-" + r.end()).toList();
  }

  private static List<String> spans(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }
}
