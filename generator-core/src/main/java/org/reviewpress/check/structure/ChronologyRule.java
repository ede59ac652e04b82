package org.reviewpress.check.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.language.Prose;
import org.reviewpress.check.language.Sentences;
import org.reviewpress.check.language.Settings;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Section;
import org.reviewpress.model.Severity;

/**
 * A section that reads as a blow-by-blow chronology: most of its sentences name a date, a day
 * of the week or a time of day ("On 12 March...", "At 10:30..."). A review explains why things
 * happened; a list of dated events describes what happened and belongs in an appendix (SCIE
 * question 4). A section is reported when at least {@code structure.chronology-share} per cent
 * of its sentences (60) are dated and it has at least {@code structure.chronology-min-sentences}
 * sentences (6). Relative time ("two days later", "in the spring of Year 9") is not a date.
 */
public final class ChronologyRule implements Rule {

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  private static final String MONTH_WORD = "(?:January|February|March|April|June|July|August|September|October"
      + "|November|December)";
  /** A date, a day of the week or a clock time. */
  static final Pattern DATED = Pattern.compile(
      "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b"
          + "|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"
          + "|\\b" + MONTH + "\\s+(?:19|20)\\d{2}\\b"
          + "|\\b(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Ff]rom|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+(?:early\\s+|late\\s+|mid-?)?"
          + "(?:" + MONTH_WORD + "|May)\\b"
          + "|\\b" + MONTH_WORD + "\\b"
          + "|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
          + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b"
          + "|\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|hours|hrs)?(?![\\d.])|\\b\\d{1,2}\\s*(?:am|pm)\\b");

  @Override
  public String id() {
    return "structure.chronology";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Sections explain and summarise rather than list dated events one by one.";
  }

  /** Whether a sentence names a date, a weekday or a time. */
  public static boolean dated(String text, Sentences.Sentence s) {
    return mayBeDated(null, text, s.start(), s.end()) && DATED.matcher(text).region(s.start(), s.end()).find();
  }

  /** {@link #dated(String, Sentences.Sentence)} of a sentence of {@code prose}, reading its characters from its array. */
  static boolean dated(Prose prose, Sentences.Sentence s) {
    String text = prose.text();
    return mayBeDated(prose, text, s.start(), s.end()) && DATED.matcher(text).region(s.start(), s.end()).find();
  }

  /** Names every {@link #DATED} match must contain, unless it contains a digit (all are case-sensitive there). */
  private static final String[] NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
      "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  /**
   * A quick test that rules most sentences out (the characters read from {@code prose}, if not
   * null, else from {@code text}, the same text): every alternative of {@link #DATED} holds a digit
   * or starts a month or weekday name with its capital, so a sentence with neither cannot match.
   */
  private static boolean mayBeDated(Prose prose, String text, int start, int end) {
    if (prose == null) {
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c >= 0x80 ? Character.isDigit(c) : c >= '0' && c <= '9' || c >= 'A' && c <= 'W' && startsName(null, text, i, end)) {
          return true;
        }
      }
      return false;
    }
    // The prose's array is read in one loop up to the next digit, name initial or non-ASCII
    // character: nearly every character is passed over there, without a call for each.
    for (int i = prose.indexOfAny(start, end, STOPS); i >= 0; i = prose.indexOfAny(i + 1, end, STOPS)) {
      char c = prose.charAt(i);
      if (c >= 0x80) {
        if (Character.isDigit(c)) {
          return true;
        }
      } else if (c <= '9') {
        int j = i + 1;
        while (j < end && isDigit(prose.charAt(j))) {
          j++;
        }
        if (digitsMayDate(prose, j, end)) {
          return true;
        }
        i = j - 1;
      } else if (startsName(prose, text, i, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what follows a run of ASCII digits that ends at {@code j} can be part of a
   * {@link #DATED} match without a month or weekday name: every alternative without a name is
   * digits then '/', '.', '-' or ':' and a digit (a numeric date, an ISO date, a clock time), or
   * digits, spaces and "am" or "pm". So "Year 9" or "3,000" needs no search.
   */
  private static boolean digitsMayDate(Prose prose, int j, int end) {
    if (j >= end) {
      return false;
    }
    char c = prose.charAt(j);
    if ((c == '/' || c == '.' || c == '-' || c == ':') && j + 1 < end && isDigit(prose.charAt(j + 1))) {
      return true;
    }
    int k = j;
    while (k < end && isRegexSpace(prose.charAt(k))) {
      k++;
    }
    return k + 1 < end && (prose.charAt(k) == 'a' || prose.charAt(k) == 'p') && prose.charAt(k + 1) == 'm';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \s} as the pattern reads it (without UNICODE_CHARACTER_CLASS): space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Whether one of {@link #NAMES} starts at {@code i} (a capital 'A' to 'W') and ends by {@code end}. */
  private static boolean startsName(Prose prose, String text, int i, int end) {
    if (i + 3 > end) {
      return false; // every name has three letters or more
    }
    char c = prose != null ? prose.charAt(i) : text.charAt(i);
    char second = prose != null ? prose.charAt(i + 1) : text.charAt(i + 1);
    if (second < 'a' || second > 'z' || !OPENINGS[(c - 'A') * 26 + second - 'a']) {
      return false; // most capitals open no name: "The", "Child", "Managers" ("Ma" is looked at further)
    }
    for (String name : NAMES_BY_INITIAL[c - 'A']) {
      if ((prose != null ? prose.startsWith(name, i) : text.startsWith(name, i)) && i + name.length() <= end) {
        return true;
      }
    }
    return false;
  }

  /** The characters {@link #mayBeDated} stops at in the prose's array: digits and the initials of {@link #NAMES}. */
  private static final boolean[] STOPS = new boolean[128];

  /** The first two letters of each of {@link #NAMES}, as (initial - 'A') * 26 + (second - 'a'). */
  private static final boolean[] OPENINGS = new boolean[26 * 26];

  static {
    for (char c = '0'; c <= '9'; c++) {
      STOPS[c] = true;
    }
    for (String name : NAMES) {
      STOPS[name.charAt(0)] = true;
      OPENINGS[(name.charAt(0) - 'A') * 26 + name.charAt(1) - 'a'] = true;
    }
  }

  /** {@link #NAMES} by their first letter, 'A' to 'W'. */
  private static final String[][] NAMES_BY_INITIAL = new String['W' - 'A' + 1][];

  static {
    for (char c = 'A'; c <= 'W'; c++) {
      final char initial = c;
      NAMES_BY_INITIAL[c - 'A'] = java.util.Arrays.stream(NAMES).filter(n -> n.charAt(0) == initial).toArray(String[]::new);
    }
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Settings settings = Settings.of(context, "structure");
    double share = settings.number("chronology-share", 60, 1, 100);
    int minSentences = settings.integer("chronology-min-sentences", 6, 1, 10_000);
    Prose prose = Prose.of(context);
    List<Diagnostic> out = new ArrayList<>();
    settings.problem(this, context).ifPresent(out::add);
    List<Section> sections = context.report().body().sections();
    int[] total = new int[sections.size()];
    int[] dated = new int[sections.size()];
    for (Prose.Span span : prose.bodySpans()) {
      if (span.kind() != Prose.Kind.PARAGRAPH || span.quoted() || span.section() < 0 || span.section() >= sections.size()) {
        continue;
      }
      for (Sentences.Sentence s : prose.sentences(span)) {
        total[span.section()]++;
        if (dated(prose, s)) {
          dated[span.section()]++;
        }
      }
    }
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (s.level() == 0 || total[i] < minSentences || dated[i] * 100.0 < share * total[i]) {
        continue;
      }
      out.add(diagnostic(prose.position(s.start()),
          String.format(Locale.ROOT, "The section '%s' reads as a chronology: %d of its %d sentences give a date or time.",
              s.title(), dated[i], total[i]),
          "Summarise what happened in a few sentences and say why it matters; move the dated detail to an appendix"
              + " or a table if readers need it."));
    }
    return out;
  }
}
