package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.Fixtures;
import org.reviewpress.check.MatchStarts;

/**
 * The privacy detectors try their patterns only where the text index says a match can begin.
 * Each must find exactly what the plain {@link Matcher#find()} loop over the whole text finds,
 * in the same order and with the same groups, on generated text full of near misses and on every
 * fixture and corpus report.
 */
class DetectorStartsTest {

  /** Each detector: its pattern, and its search through the index. */
  private static final Map<String, Detector> DETECTORS = new LinkedHashMap<>();

  private record Detector(Pattern pattern, BiFunction<String, TextIndex, List<MatchResult>> search) {}

  static {
    DETECTORS.put("nhs", new Detector(NhsNumberRule.TEN_DIGITS, NhsNumberRule::matches));
    DETECTORS.put("ni", new Detector(NiNumberRule.NINO, NiNumberRule::matches));
    DETECTORS.put("phone", new Detector(PhoneRule.PHONE, PhoneRule::matches));
    DETECTORS.put("postcode", new Detector(PostcodeRule.POSTCODE, PostcodeRule::matches));
    DETECTORS.put("email", new Detector(EmailRule.EMAIL, (t, i) -> EmailRule.matches(t)));
    DETECTORS.put("address", new Detector(AddressRule.ADDRESS, AddressRule::matches));
    DETECTORS.put("age", new Detector(ExactAgeRule.AGE, ExactAgeRule::matches));
    DETECTORS.put("date-words", new Detector(Dates.WORDS_WITH_YEAR,
        (t, i) -> MatchStarts.find(Dates.WORDS_WITH_YEAR, t, Dates.starts(t, i).written())));
    DETECTORS.put("date-words-no-year", new Detector(Dates.WORDS_NO_YEAR,
        (t, i) -> MatchStarts.find(Dates.WORDS_NO_YEAR, t, Dates.starts(t, i).written())));
    DETECTORS.put("date-numeric", new Detector(Dates.NUMERIC,
        (t, i) -> MatchStarts.find(Dates.NUMERIC, t, Dates.starts(t, i).numeric())));
    DETECTORS.put("date-iso", new Detector(Dates.ISO,
        (t, i) -> MatchStarts.find(Dates.ISO, t, Dates.starts(t, i).iso())));
  }

  /** Pieces of identifiers and their near misses, joined at random. */
  private static final String[] PIECES = {
      // separators
      " ", " ", " ", "\t", "\n", "-", "/", ".", ",", "+", "(", ")", "@", "_", "'", "%", ":", "\u00e9", "\u2019",
      // numbers
      "0", "1", "3", "7", "12", "31", "44", "05", "2019", "1989", "123", "4567", "943", "476", "5919", "9434765919",
      "0044", "+44", "(0)", "07700", "900", "123456", "0AA", "1AA", "2",
      // dates
      "January", "March", "MAY", "May", "Mar", "Sept", "Sep.", "Dec", "June", "Jun", "of", "Monday", "Mon", "Tues",
      "Wednes", "Wed", "Thurs", "Satur", "Sun", "Tueday", "st", "nd", "th", "rd", "March 14, 2019", "14th of March 2019",
      "Mon, 3 Oct 2022", "14/03/2019", "2019-03-14", "3.4.2025", "14-03-19", "Ma", "Marching",
      // ages
      "aged", "Age", "age", "at", "AT", "the", "THE", "of", "one", "seven", "Eighteen", "eight", "twenty", "twenty-one",
      "ten", "tenancy", "months", "month", "weeks", "wk", "days", "years", "yrs", "y", "m", "mths", "old", "and",
      "of age", "19 months old", "7-week-old", "aged 2 years and 7 months", "at the age of 3 weeks", "aged 3.5",
      "agency", "at-", "sevenmonths",
      // addresses
      "Flat", "Apt.", "Apartment", "Room", "Unit", "High", "Street", "Road", "Court", "Family", "St.", "Green",
      "12a", "Oak", "Lane", "Rd", "Flat 3, 12 High Street", "2 Family Court",
      // NI numbers and postcodes
      "AB", "QQ", "NK", "ab", "Zz", "GIR", "SW1A", "M14", "4EX", "AB 12 34 56 C", "qq123456c", "SW1A 1AA", "GIR 0AA",
      "m1 1aa", "B", "E",
      // e-mail
      "jo.bloggs", "a", "x", "jo.bloggs@example.com", "@mail.example.org", "x@y", "@co.uk", "@-a.com", "'a@b.cc",
      "a.b@c", "@x.y.zz", "@@", "example", ".com", ".co.uk", "mail", "o'neil", "-x", "%"};

  @Test
  void generatedTextGivesWhatFindGives() {
    Random random = new Random(17);
    Map<String, Integer> found = new LinkedHashMap<>();
    for (int round = 0; round < 30_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(16); i >= 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String t = b.toString();
      compare(t, found);
    }
    System.out.println("matches per detector in generated text: " + found);
    // Every detector met many real matches, so the comparison says something about each.
    for (String name : DETECTORS.keySet()) {
      assertThat(found.getOrDefault(name, 0)).as(name).isGreaterThan(100);
    }
  }

  @Test
  void reportsGiveWhatFindGives() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Fixtures.ROOT, PrivacyCorpusTest.CORPUS)) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    files.add(PrivacyCorpusTest.EXAMPLE);
    Map<String, Integer> found = new LinkedHashMap<>();
    for (Path f : files) {
      var read = Fixtures.read(f);
      if (read.report().isPresent()) {
        compare(ScanText.of(read.report().get()).text(), found);
      }
      compare(Files.readString(f), found);
    }
    assertThat(found.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(200);
  }

  private static void compare(String t, Map<String, Integer> found) {
    TextIndex index = TextIndex.of(t);
    for (Map.Entry<String, Detector> e : DETECTORS.entrySet()) {
      List<String> fast = describe(e.getValue().search().apply(t, index));
      List<String> plain = new ArrayList<>();
      Matcher m = e.getValue().pattern().matcher(t);
      while (m.find()) {
        plain.add(describe(m));
      }
      assertThat(fast).as(e.getKey() + " in \"" + t + "\"").isEqualTo(plain);
      found.merge(e.getKey(), plain.size(), Integer::sum);
    }
  }

  private static List<String> describe(List<MatchResult> results) {
    return results.stream().map(DetectorStartsTest::describe).toList();
  }

  private static String describe(MatchResult m) {
    StringBuilder s = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      s.append('|').append(m.start(g)).append(':').append(m.group(g));
    }
    return s.toString();
  }
}
