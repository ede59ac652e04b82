package org.reviewpress.check.privacy;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.reviewpress.check.MatchStarts;

/**
 * Where numbers and words begin in a scan text, found in one pass when the scan text is built.
 * The privacy detectors look for identifiers that always contain a run of digits (NHS, NI and
 * telephone numbers, postcodes, numeric dates, house numbers) or start with one of a few words
 * (month and weekday names, "aged", number words). Trying each detector's pattern at every
 * character of a long report costs far more than its matches; with this index a detector visits
 * the few hundred places where a match can begin. Immutable; the arrays are never changed.
 */
final class TextIndex {

  private final int[] digitStarts;
  private final int[] digitEnds;
  private final int[] wordStarts;
  private final short[] wordOpenings;
  private final int[] wordishStarts;

  private TextIndex(int[] digitStarts, int[] digitEnds, int[] wordStarts, short[] wordOpenings, int[] wordishStarts) {
    this.digitStarts = digitStarts;
    this.digitEnds = digitEnds;
    this.wordStarts = wordStarts;
    this.wordOpenings = wordOpenings;
    this.wordishStarts = wordishStarts;
  }

  /** The index of a text. */
  static TextIndex of(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = text.charAt(i);
    }
    return of(chars);
  }

  /** The index of a text held in {@code chars} (which it does not keep). */
  static TextIndex of(char[] chars) {
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] words = new int[1024];
    short[] openings = new short[1024];
    int[] wordish = new int[1024];
    int digits = 0;
    int nwords = 0;
    int nwordish = 0;
    // Whether the character before i is in [\w-]: a run of [\w-] starts where it is not.
    boolean before = false;
    int n = chars.length;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        // A run of ASCII letters, read to its end here (a letter is in [\w-], so is the rest of the run).
        if (!before) {
          if (nwordish == wordish.length) {
            wordish = Arrays.copyOf(wordish, nwordish * 2);
          }
          wordish[nwordish++] = i;
        }
        before = true;
        if (nwords == words.length) {
          words = Arrays.copyOf(words, nwords * 2);
          openings = Arrays.copyOf(openings, nwords * 2);
        }
        int s = i++;
        while (i < n && ((chars[i] | 0x20) >= 'a' && (chars[i] | 0x20) <= 'z')) {
          i++;
        }
        words[nwords] = s;
        openings[nwords++] = (short) (i - s < 2 ? -1 : ((c | 0x20) - 'a') * 26 + (chars[s + 1] | 0x20) - 'a');
      } else if (c >= '0' && c <= '9') {
        if (!before) {
          if (nwordish == wordish.length) {
            wordish = Arrays.copyOf(wordish, nwordish * 2);
          }
          wordish[nwordish++] = i;
        }
        before = true;
        int s = i++;
        while (i < n && chars[i] >= '0' && chars[i] <= '9') {
          i++;
        }
        if (digits == starts.length) {
          starts = Arrays.copyOf(starts, digits * 2);
          ends = Arrays.copyOf(ends, digits * 2);
        }
        starts[digits] = s;
        ends[digits++] = i;
      } else if (c == '_' || c == '-') {
        if (!before) {
          if (nwordish == wordish.length) {
            wordish = Arrays.copyOf(wordish, nwordish * 2);
          }
          wordish[nwordish++] = i;
        }
        before = true;
        i++;
      } else {
        before = false;
        i++;
      }
    }
    return new TextIndex(Arrays.copyOf(starts, digits), Arrays.copyOf(ends, digits), Arrays.copyOf(words, nwords),
        Arrays.copyOf(openings, nwords), Arrays.copyOf(wordish, nwordish));
  }

  /** How many runs of {@code [\w-]} the text has. */
  int wordishRuns() {
    return wordishStarts.length;
  }

  /**
   * Where the {@code k}th run of {@code [\w-]} starts: the places where a search that needs no
   * {@code [\w-]} before its match, and a word character at its start, can begin.
   */
  int wordishStart(int k) {
    return wordishStarts[k];
  }

  /** How many runs of ASCII digits the text has. */
  int digitRuns() {
    return digitStarts.length;
  }

  /** Where the {@code k}th run of ASCII digits starts (the runs in text order). */
  int digitStart(int k) {
    return digitStarts[k];
  }

  /** Where the {@code k}th run of ASCII digits ends (exclusive). */
  int digitEnd(int k) {
    return digitEnds[k];
  }

  /** How many runs of ASCII letters the text has. */
  int wordRuns() {
    return wordStarts.length;
  }

  /** Where the {@code k}th run of ASCII letters starts. */
  int wordStart(int k) {
    return wordStarts[k];
  }

  /**
   * The offsets at most {@code before} characters before the start of a run of digits (or at
   * it) where {@code canStart} holds, in ascending order: where a pattern can match that always
   * has a run of digits starting within {@code before} characters of the match's start.
   */
  MatchStarts.Offsets nearDigits(int before, IntPredicate canStart) {
    MatchStarts.Offsets out = new MatchStarts.Offsets();
    int next = 0;
    for (int d : digitStarts) {
      for (int p = Math.max(next, d - before); p <= d; p++) {
        if (canStart.test(p)) {
          out.add(p);
        }
      }
      next = d + 1;
    }
    return out;
  }

  /**
   * The first two letters of the {@code k}th run of ASCII letters, without regard to case, as
   * {@link #opening(char, char)} numbers them; -1 for a run of one letter. Lets a detector rule
   * out most words by one array look-up, without reading the text.
   */
  int wordOpening(int k) {
    return wordOpenings[k];
  }

  /** The number of a pair of ASCII letters, without regard to case: 0 ("aa") to 675 ("zz"). */
  static int opening(char first, char second) {
    return ((first | 0x20) - 'a') * 26 + (second | 0x20) - 'a';
  }

  /** Where the run of ASCII letters that starts at {@code start} ends (exclusive). */
  static int letterRunEnd(CharSequence text, int start) {
    int i = start;
    while (i < text.length() && isAsciiLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, return. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
