package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The front matter's dates are built directly when they are plain ISO dates; on generated
 * strings (valid and impossible dates, other lengths, signs, non-ASCII digits and dashes) the
 * result must be LocalDate.parse's: the same date, or a DateTimeParseException.
 */
class IsoDateTest {

  private static final String[] CHARS = {"0", "1", "2", "3", "9", "-", "+", "\u2013", "\u0662", "\uff11", " ", "T", "/"};

  @Test
  void givesWhatLocalDateParseGives() {
    Random r = new Random(19);
    int dates = 0;
    for (int i = 0; i < 100_000; i++) {
      String s;
      if (r.nextBoolean()) {
        s = String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
      } else {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 8 + r.nextInt(5); k++) {
          b.append(k == 4 || k == 7 ? "-" : CHARS[r.nextInt(r.nextInt(3) == 0 ? CHARS.length : 5)]);
        }
        s = b.toString();
      }
      LocalDate expected;
      try {
        expected = LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        expected = null;
      }
      LocalDate actual;
      try {
        actual = FrontMatterReader.isoDate(s);
      } catch (DateTimeParseException e) {
        actual = null;
      }
      assertThat(actual).as("'%s'", s).isEqualTo(expected);
      dates += expected != null ? 1 : 0;
    }
    assertThat(dates).as("valid dates").isGreaterThan(20_000);
  }
}
