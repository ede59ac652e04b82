package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.check.MatchStarts;

/**
 * Calendar dates written the ways UK reports write them: "14 March 2019", "14th of March, 2019",
 * "March 14, 2019", "Mon 14 Mar 2019", "14/03/2019", "14/03/19", "14.03.2019", "14-03-2019",
 * "2019-03-14", and, for birth and death dates only, a day and month without the year. Month
 * names must start with a capital, so "may" and "march" the verbs never count. A numeric date
 * needs a valid day and month, and dots or hyphens need a four-digit year, so section numbers
 * such as 4.2.11 are not dates.
 */
final class Dates {

  private Dates() {}

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
      + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?[ \\t]+)?";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";

  static final Pattern WORDS_WITH_YEAR = Pattern.compile("(?<![\\w/.-])(?:" + WEEKDAY + DAY
      + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "|" + WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + ")(?!\\w)");
  static final Pattern WORDS_NO_YEAR = Pattern.compile("(?<![\\w/.-])(?:" + WEEKDAY + DAY
      + "\\s+(?:of\\s+)?" + MONTH + "|" + WEEKDAY + MONTH + "\\s+" + DAY + ")(?![\\w])");
  static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\w/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\w]|[/.-]\\d)");
  static final Pattern ISO = Pattern.compile("(?<![\\w/.-])(" + YEAR + ")([/-])(\\d{1,2})\\2(\\d{1,2})(?![\\w]|[/.-]\\d)");

  /** A date found in text. */
  record Found(int start, int end, boolean hasYear) {}

  /** Every date in a scan text; with {@code withoutYear}, also day-and-month dates. */
  static List<Found> find(ScanText scan, boolean withoutYear) {
    return find(scan.text(), scan.index(), withoutYear);
  }

  /**
   * The same for the scan text of the report being checked: where dates can start and the dates
   * with a year are found once per report and shared by the two date rules.
   */
  static List<Found> find(org.reviewpress.check.CheckContext context, ScanText scan, boolean withoutYear) {
    Shared shared = context.shared(Shared.class, report -> {
      Starts starts = starts(scan.text(), scan.index());
      return new Shared(starts, List.copyOf(withYear(scan.text(), starts)));
    });
    return find(scan.text(), shared.starts(), shared.withYear(), withoutYear);
  }

  /** Where the dates of a report's scan text can start, and its dates with a year (never changed once made). */
  private record Shared(Starts starts, List<Found> withYear) {}

  /** Every date in {@code text}, whose index is {@code index}. */
  static List<Found> find(String text, TextIndex index, boolean withoutYear) {
    Starts starts = starts(text, index);
    return find(text, starts, withYear(text, starts), withoutYear);
  }

  /** The dates with a year: written, numeric and ISO, in that order (not sorted). */
  private static List<Found> withYear(String text, Starts starts) {
    List<Found> out = new ArrayList<>();
    for (MatchResult m : MatchStarts.find(WORDS_WITH_YEAR, text, starts.written())) {
      out.add(new Found(m.start(), m.end(), true));
    }
    for (MatchResult m : MatchStarts.find(NUMERIC, text, starts.numeric())) {
      int d = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(3));
      boolean shortYear = m.group(4).length() == 2;
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && !(shortYear && !m.group(2).equals("/"))) {
        out.add(new Found(m.start(), m.end(), true));
      }
    }
    for (MatchResult m : MatchStarts.find(ISO, text, starts.iso())) {
      int mo = Integer.parseInt(m.group(3));
      int d = Integer.parseInt(m.group(4));
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
        out.add(new Found(m.start(), m.end(), true));
      }
    }
    return out;
  }

  /** The dates with a year, then with {@code withoutYear} the day-and-month dates outside them, sorted by start. */
  private static List<Found> find(String text, Starts starts, List<Found> withYear, boolean withoutYear) {
    List<Found> out = new ArrayList<>(withYear);
    if (withoutYear) {
      for (MatchResult m : MatchStarts.find(WORDS_NO_YEAR, text, starts.written())) {
        int s = m.start();
        if (out.stream().noneMatch(f -> f.start() <= s && s < f.end())) {
          out.add(new Found(m.start(), m.end(), false));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * Where each kind of date can start. Written dates ({@link #WORDS_WITH_YEAR},
   * {@link #WORDS_NO_YEAR}) start with a day of one or two digits followed by white space or an
   * ordinal suffix, or with a weekday or month name, which is then a whole run of letters (a
   * comma, full stop or white space follows it). Numeric dates start with one or two digits and
   * a separator ({@link #NUMERIC}) or with four digits and a separator ({@link #ISO}). None
   * starts after a letter, digit, '_', '/', '.' or '-'.
   */
  record Starts(MatchStarts.Offsets written, MatchStarts.Offsets numeric, MatchStarts.Offsets iso) {}

  static Starts starts(String text, TextIndex index) {
    Starts out = new Starts(new MatchStarts.Offsets(), new MatchStarts.Offsets(), new MatchStarts.Offsets());
    for (int k = 0; k < index.digitRuns(); k++) {
      int d = index.digitStart(k);
      int end = index.digitEnd(k);
      if (MatchStarts.afterWord(text, d, "/.-") || end >= text.length()) {
        continue;
      }
      char next = text.charAt(end);
      if (end - d <= 2) {
        if (monthFollows(text, end)) {
          out.written().add(d);
        } else if ("/.-".indexOf(next) >= 0) {
          out.numeric().add(d);
        }
      } else if (end - d == 4 && (next == '/' || next == '-')) {
        out.iso().add(d);
      }
    }
    for (int k = 0; k < index.wordRuns(); k++) {
      int opening = index.wordOpening(k);
      if (opening < 0 || !NAME_OPENINGS.get(opening)) {
        continue;
      }
      int w = index.wordStart(k);
      char c = text.charAt(w);
      if (c >= 'A' && c <= 'Z' && NAMES[c - 'A'] != null && !MatchStarts.afterWord(text, w, "/.-") && named(text, w, c)) {
        out.written().add(w);
      }
    }
    return out;
  }

  /**
   * Whether, after a day's digits ending at {@code i}, a month name can follow as
   * {@link #WORDS_WITH_YEAR} and {@link #WORDS_NO_YEAR} need: an ordinal suffix or none, white
   * space, "of" and white space or not, then the capital a month name starts with.
   */
  private static boolean monthFollows(String text, int i) {
    int j = i;
    if (j + 1 < text.length() && SUFFIXES.contains(text.substring(j, j + 2))) {
      j += 2; // with one of these letters next, the pattern must take the suffix
    }
    int k = skipSpace(text, j);
    if (k == j) {
      return false;
    }
    if (k + 2 < text.length() && text.charAt(k) == 'o' && text.charAt(k + 1) == 'f') {
      int m = skipSpace(text, k + 2);
      if (m > k + 2 && m < text.length() && "JFMASOND".indexOf(text.charAt(m)) >= 0) {
        return true;
      }
    }
    return k < text.length() && "JFMASOND".indexOf(text.charAt(k)) >= 0;
  }

  private static final java.util.Set<String> SUFFIXES = java.util.Set.of("st", "nd", "rd", "th");

  private static int skipSpace(String text, int i) {
    int j = i;
    while (j < text.length() && TextIndex.isRegexSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Whether the run of letters at {@code w} (which starts with {@code c}) is a weekday or month name of the patterns. */
  private static boolean named(String text, int w, char c) {
    int length = TextIndex.letterRunEnd(text, w) - w;
    for (String name : NAMES[c - 'A']) {
      if (name.length() == length && text.regionMatches(w, name, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The weekday and month names of {@link #WEEKDAY} and {@link #MONTH}, by first letter. */
  private static final String[][] NAMES = names();

  /** The first two letters of every name in {@link #NAMES}, without regard to case. */
  private static final java.util.BitSet NAME_OPENINGS = new java.util.BitSet(26 * 26);

  static {
    for (String[] names : NAMES) {
      for (String name : names == null ? new String[0] : names) {
        NAME_OPENINGS.set(TextIndex.opening(name.charAt(0), name.charAt(1)));
      }
    }
  }

  private static String[][] names() {
    List<String> all = new ArrayList<>(List.of(MONTH.substring(MONTH.indexOf('(') + 3, MONTH.lastIndexOf(')')).split("\\|")));
    for (String day : List.of("Mon", "Tue", "Tues", "Wed", "Wednes", "Thu", "Thurs", "Fri", "Sat", "Satur", "Sun")) {
      all.add(day);
      all.add(day + "day");
    }
    String[][] out = new String[26][];
    for (String name : all) {
      int i = name.charAt(0) - 'A';
      String[] old = out[i] == null ? new String[0] : out[i];
      String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = name;
      out[i] = grown;
    }
    return out;
  }

  private static final Pattern LIFE_EVENT = Pattern.compile(
      "(?<!new\\s|pre-)\\b(?:born|birth(?!\\s+visit)|births|birthday|DOB|D\\.O\\.B\\.?|d\\.o\\.b\\.?|dob|died|dies|death|deaths|passed\\s+away|deceased"
          + "|stillborn)\\b", Pattern.CASE_INSENSITIVE);

  /** How far from a date, within its sentence, a word about birth or death links the two. */
  private static final int NEAR = 80;

  /** Whether a date is a date of birth or death: a word about either is near it in its sentence. */
  static boolean lifeEvent(ScanText scan, Found date) {
    int[] s = scan.sentence(date.start(), date.end());
    int from = Math.max(s[0], date.start() - NEAR);
    int to = Math.min(s[1], date.end() + NEAR);
    Matcher m = LIFE_EVENT.matcher(scan.text());
    m.region(from, to);
    return m.find();
  }
}
