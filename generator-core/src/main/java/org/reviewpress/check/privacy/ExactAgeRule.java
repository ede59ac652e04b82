package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Ages given to the month, week or day ("aged 2 years and 7 months", "19 months old", "a
 * 7-week-old baby", "at 3 days old"): with the year of the events they give a date of birth.
 * Ages in years ("a 15-year-old boy") and durations ("for 7 months", "5 working days") are not
 * ages to the month and are not reported.
 */
public final class ExactAgeRule implements Rule {

  private static final String N = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
      + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\\w+|thirty|forty|fifty)";
  private static final String FINE = "(?:months?|weeks?|days?|mths?|m|wks?)";
  private static final String YEARS = "(?:years?|yrs?|y)";
  /** The words an age can start with (besides digits): "aged", "at the age of" and the numbers of {@link #N}. */
  private static final MatchStarts.Openings OPENINGS = MatchStarts.Openings.of(java.util.List.of("aged", "at", "one", "two",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty"));
  static final Pattern AGE = Pattern.compile("(?i)(?<![\\w-])(?:"
      // aged 2 years and 7 months / age 2y 7m / aged 19 months / aged seven weeks
      + "(?:aged|age|at\\s+the\\s+age\\s+of)\\s+(?:" + N + "\\s*" + YEARS + ",?\\s*(?:and\\s+)?)?" + N + "\\s*" + FINE + "(?!\\w)"
      // 2 years and 7 months old / 19 months old / 7-week-old / 3 days old / 19 months of age
      + "|(?:" + N + "[\\s-]*" + YEARS + ",?\\s*(?:and\\s+)?)?" + N + "[\\s-]*" + FINE + "[\\s-]+(?:old|of\\s+age)(?!\\w)"
      // 2 years 7 months (a bare pair years + months names an age, not a duration, in these reports)
      + "|" + N + "\\s*" + YEARS + ",?\\s*(?:and\\s+)?" + N + "\\s*months?\\s+old"
      + "|aged\\s+" + N + "(?:\\.\\d+|:\\d{1,2})\\b"
      + ")");

  /** The number words of {@link #N}. */
  private static final String[] NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
      "thirty", "forty", "fifty"};

  /**
   * The matches of {@link #AGE} in {@code t}, as {@code Matcher.find} gives them. Every form
   * starts with "aged", "age" or "at the age of" (then white space), or with a number (one or
   * two digits, or a number word) followed, after spaces or hyphens, by a unit of years, months,
   * weeks or days, which starts with y, m, w or d.
   */
  static List<MatchResult> matches(String t, TextIndex index) {
    return matches(t, t.toCharArray(), index);
  }

  /**
   * The same, {@code chars} holding the characters of {@code t} (read, never written): the
   * letters of every word that may open an age are read from the array, without a string's calls.
   */
  static List<MatchResult> matches(String t, char[] chars, TextIndex index) {
    MatchStarts.Offsets starts = new MatchStarts.Offsets();
    IntPredicate canStart = i -> !MatchStarts.afterWord(t, i, "-") && (MatchStarts.isDigit(t, i) || OPENINGS.at(t, i));
    for (int k = 0; k < index.digitRuns(); k++) {
      int d = index.digitStart(k);
      if (index.digitEnd(k) - d <= 2 && unitAfter(chars, index.digitEnd(k)) && canStart.test(d)) {
        starts.add(d);
      }
    }
    for (int k = 0; k < index.wordRuns(); k++) {
      int opening = index.wordOpening(k);
      if (opening < 0 || !AGE_OPENINGS.get(opening)) {
        continue;
      }
      int w = index.wordStart(k);
      if (opensAge(chars, w) && canStart.test(w)) {
        starts.add(w);
      }
    }
    return MatchStarts.find(AGE, t, starts);
  }

  /** {@link #NUMBER_WORDS} by their first two letters (a to z each), so most words are ruled out by one look-up. */
  private static final String[][] BY_OPENING = new String[26 * 26][];

  static {
    for (String n : NUMBER_WORDS) {
      int key = (n.charAt(0) - 'a') * 26 + n.charAt(1) - 'a';
      String[] old = BY_OPENING[key] == null ? new String[0] : BY_OPENING[key];
      String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = n;
      BY_OPENING[key] = grown;
    }
  }

  /** The first two letters of every word an age can open with ("ag", "at" and the number words'). */
  private static final java.util.BitSet AGE_OPENINGS = new java.util.BitSet(26 * 26);

  static {
    AGE_OPENINGS.set(TextIndex.opening('a', 'g'));
    AGE_OPENINGS.set(TextIndex.opening('a', 't'));
    for (String n : NUMBER_WORDS) {
      AGE_OPENINGS.set(TextIndex.opening(n.charAt(0), n.charAt(1)));
    }
  }

  private static final String[] AT_THE_AGE_OF = {"the", "age", "of"};

  /** The first three letters of each number word (a to z each, as bits). */
  private static final java.util.BitSet OPENING3 = new java.util.BitSet(26 * 26 * 26);

  static {
    for (String n : NUMBER_WORDS) {
      OPENING3.set((n.charAt(0) - 'a') * 676 + (n.charAt(1) - 'a') * 26 + n.charAt(2) - 'a');
    }
  }

  /** Whether the run of ASCII letters at {@code w} can open an age: see {@link #matches}. */
  private static boolean opensAge(char[] t, int w) {
    if (w + 1 >= t.length || !TextIndex.isAsciiLetter(t[w + 1])) {
      return false; // every opening has at least two letters
    }
    int c0 = (t[w] | 0x20) - 'a';
    int c1 = (t[w + 1] | 0x20) - 'a';
    String[] words = BY_OPENING[c0 * 26 + c1];
    if (c0 != 0) {
      // every number word has at least three letters
      if (words == null || w + 2 >= t.length || !TextIndex.isAsciiLetter(t[w + 2])
          || !OPENING3.get(c0 * 676 + c1 * 26 + (t[w + 2] | 0x20) - 'a')) {
        return false;
      }
    }
    int end = w;
    while (end < t.length && TextIndex.isAsciiLetter(t[end])) {
      end++;
    }
    int length = end - w;
    if (c0 == 0) {
      if (length == 3 || length == 4) {
        return lowerEquals(t, w, "aged", length);
      }
      if (length == 2 && c1 == 't' - 'a') {
        // "at the age of", each word followed by white space
        int j = end;
        for (String word : AT_THE_AGE_OF) {
          int k = skipSpace(t, j);
          if (k == j || k + word.length() > t.length || !lowerEquals(t, k, word, word.length())) {
            return false;
          }
          j = k + word.length();
        }
        return skipSpace(t, j) > j;
      }
      return false;
    }
    for (String n : words) {
      if (n.length() <= length && lowerEquals(t, w, n, n.length())
          && (unitAfter(t, w + n.length()) || n.equals("twenty") && w + 6 < t.length && t[w + 6] == '-')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the {@code length} characters of {@code t} at {@code i} are those of lower-case
   * {@code word} in either case (ASCII only, as the pattern's case-insensitive matching).
   */
  private static boolean lowerEquals(char[] t, int i, String word, int length) {
    for (int k = 0; k < length; k++) {
      char c = t[i + k];
      if (c != word.charAt(k) && !(c >= 'A' && c <= 'Z' && (c | 0x20) == word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether, after spaces and hyphens from {@code i}, a unit can start (years, months, weeks, days...). */
  private static boolean unitAfter(char[] t, int i) {
    int j = i;
    while (j < t.length && (TextIndex.isRegexSpace(t[j]) || t[j] == '-')) {
      j++;
    }
    return j < t.length && unitInitial(t[j]);
  }

  private static int skipSpace(char[] t, int i) {
    int j = i;
    while (j < t.length && TextIndex.isRegexSpace(t[j])) {
      j++;
    }
    return j;
  }

  /** {@code "ymwd".indexOf(c | 0x20) >= 0}: the first letter of a unit, in either case. */
  private static boolean unitInitial(char c) {
    int l = c | 0x20;
    return l == 'y' || l == 'm' || l == 'w' || l == 'd';
  }

  @Override
  public String id() {
    return "privacy.exact-age";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Ages are given in years, not to the month (a warning until the report is final).";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    for (MatchResult m : matches(scan.text(), scan.chars(), scan.index())) {
      out.add(Privacy.at(this, Privacy.escalated(context.report()), context, m.start(),
          "This gives an age to the month, week or day (" + m.group().replaceAll("\\s+", " ")
              + "); with the dates of events it reveals a date of birth.",
          "Round it: 'a baby under a year old', 'aged 2', 'a toddler', 'a 15-year-old'."));
    }
    return out;
  }
}
