package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link NamedInstitutionRule#matches} tries the institution pattern only near a kind word, and
 * still finds exactly what {@link Matcher#find()} finds over the whole text: long names, every
 * qualifier, line breaks and runs of blanks, possessives, and kind words with no name before them.
 */
class InstitutionMatchesTest {

  private static final String[] PIECES = {"Oakfield", "Riverside", "St", "St.", "Saint", "Anne's", "Mary\u2019s", "&",
      "of", "on", "upon", "Upon", "the", "his", "a", "Tyne", "Ash", "Grove", "Hill", "Top", "Park", "Road", "O'Brien",
      "Smith-Jones", "Primary", "Junior", "Infant", "Infants", "Juniors", "Nursery", "Secondary", "High", "Grammar",
      "Community", "Church", "England", "C", "E", "CofE", "Catholic", "Roman", "RC", "Methodist", "Free", "Special",
      "Prep", "Middle", "First", "Upper", "Sixth", "Form", "Day", "Independent", "Academy", "School", "school",
      "Pre-school", "PreSchool", "Preschool", "Playgroup", "Children's", "Children\u2019s", "Centre", "College",
      "Surgery", "Medical", "Practice", "Group", "Health", "Family", "GP", "Trust", "Review", "HighSchool",
      "Safeguarding", "Child", "Schools", "Pre", "Pre-School", "Groups", "Formal", "Practices", "Centre-", "and", "was", "at", "1", "(", ")", ",", ".", "-", "'", "_", "x", "\u00e9"};
  private static final String[] GAPS = {" ", " ", " ", " ", " ", "", "  ", "\n", "\t", " \n ", "\n\n", ", ", "-"};

  @Test
  void findsWhatTheWholePatternFinds() throws ReflectiveOperationException {
    var field = NamedInstitutionRule.class.getDeclaredField("INSTITUTION");
    field.setAccessible(true);
    Pattern institution = (Pattern) field.get(null);
    Random random = new Random(7);
    int matched = 0;
    for (int round = 0; round < 8000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(24); i >= 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
      }
      String t = b.toString();
      List<String> expected = new ArrayList<>();
      Matcher m = institution.matcher(t);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end() + ":" + m.start(1));
      }
      List<String> actual = NamedInstitutionRule.matches(t).stream()
          .map(x -> x.start() + "-" + x.end() + ":" + x.start(1)).toList();
      assertThat(actual).as(t).isEqualTo(expected);
      matched += expected.size();
    }
    assertThat(matched).as("the generated text holds many matches").isGreaterThan(3000);
  }

  @Test
  void theLongestMatchIsFoundFromItsFirstWord() {
    // Six words of the name, a qualifier with two blanks in it, one blank before the kind and one inside it.
    String t = "By then Oak Elm Ash Yew Fir Bay Church of England Medical Practice was closed.";
    assertThat(NamedInstitutionRule.matches(t)).singleElement().satisfies(m -> assertThat(t.substring(m.start(), m.end()))
        .isEqualTo("Oak Elm Ash Yew Fir Bay Church of England Medical Practice"));
  }
}
