package org.reviewpress.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches trying only the places where one can start. Java's regex engine tries
 * a pattern that begins with a look-behind or an alternation at every character of the text;
 * over a long report, a rule's scan then costs far more than its matches. Given a cheap test that
 * holds at least wherever a match can start (a digit, a capital, the start of a word), this
 * gives exactly the matches {@link Matcher#find()} gives, in the same order.
 */
public final class MatchStarts {

  private MatchStarts() {}

  /**
   * Every match of {@code pattern} in {@code text}, as repeated {@link Matcher#find()} returns
   * them.
   *
   * @param canStart whether a match may start at an offset; it must hold at every offset where
   *                 one does (it may hold at others)
   */
  public static List<MatchResult> find(Pattern pattern, String text, IntPredicate canStart) {
    return find(pattern, text, 0, text.length(), canStart);
  }

  /** The same, within [from, to) as {@code matcher.region(from, to)} with transparent bounds. */
  public static List<MatchResult> find(Pattern pattern, String text, int from, int to, IntPredicate canStart) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    // Transparent bounds: look-behinds and \b see the characters before each trial start, as
    // they do when find() moves through the text.
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int i = from;
    while (i < to) {
      if (canStart.test(i)) {
        m.region(i, to);
        if (m.lookingAt()) {
          out.add(m.toMatchResult());
          i = m.end() > i ? m.end() : i + 1;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  /**
   * Every match of {@code pattern} in {@code text}, as repeated {@link Matcher#find()} returns
   * them, trying only the offsets in {@code starts}. The offsets must include every one where a
   * match starts (they may include others); a search that knows where numbers or words begin
   * visits a handful of offsets instead of every character.
   */
  public static List<MatchResult> find(Pattern pattern, String text, Offsets starts) {
    List<MatchResult> out = new ArrayList<>();
    int[] at = starts.sorted();
    int n = starts.size();
    if (n == 0) {
      return out;
    }
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int next = 0; // no match may start before the end of the previous one, as with find()
    for (int k = 0; k < n; k++) {
      int i = at[k];
      if (i < next || i >= text.length()) {
        continue;
      }
      m.region(i, text.length());
      if (m.lookingAt()) {
        out.add(m.toMatchResult());
        next = m.end() > i ? m.end() : i + 1;
      }
    }
    return out;
  }

  /** A growing set of text offsets, for {@link #find(Pattern, String, Offsets)}. Not thread-safe. */
  public static final class Offsets {
    private int[] values = new int[16];
    private int size;
    private boolean ascending = true;

    /** Adds an offset; offsets are best added in ascending order. */
    public void add(int offset) {
      if (size > 0 && offset <= values[size - 1]) {
        if (offset == values[size - 1]) {
          return;
        }
        ascending = false;
      }
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = offset;
    }

    /** How many offsets there are (after {@link #sorted()}, without duplicates). */
    public int size() {
      return size;
    }

    /** The offsets in ascending order without duplicates, in the first {@link #size()} places. */
    int[] sorted() {
      if (!ascending) {
        java.util.Arrays.sort(values, 0, size);
        int w = 0;
        for (int r = 0; r < size; r++) {
          if (w == 0 || values[r] != values[w - 1]) {
            values[w++] = values[r];
          }
        }
        size = w;
        ascending = true;
      }
      return values;
    }
  }

  /** Whether the character before {@code i} is an ASCII letter, digit or underscore ({@code \w}) or one of {@code also}. */
  public static boolean afterWord(String text, int i, String also) {
    if (i == 0) {
      return false;
    }
    char c = text.charAt(i - 1);
    return isWordChar(c) || also.indexOf(c) >= 0;
  }

  /** Whether the character before {@code i} is an ASCII letter or digit. */
  public static boolean afterAlnum(String text, int i) {
    return i > 0 && (isLetter(text, i - 1) || isDigit(text, i - 1));
  }

  /** {@code \w} without UNICODE_CHARACTER_CLASS: ASCII letters, digits and underscore. */
  public static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** An ASCII digit ({@code \d}). */
  public static boolean isDigit(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  /** An ASCII letter. */
  public static boolean isLetter(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * Where one of a list of words or phrases can start, compared without regard to case: the
   * first two characters of some entry are there. Entries whose second character is not a letter
   * or digit (a space, hyphen or apostrophe, which the lists' patterns loosen) need only their
   * first. Immutable.
   */
  public static final class Openings {
    /** ASCII pairs as bits (7 bits each); other pairs in {@link #otherPairs}. */
    private final java.util.BitSet asciiPairs = new java.util.BitSet(1 << 14);
    private final Set<Integer> otherPairs = new HashSet<>();
    private final Set<Character> singles = new HashSet<>();
    /** Set when an entry starts with a character a list's pattern may loosen or skip: then anywhere. */
    private boolean anywhere;

    private Openings(Collection<String> entries) {
      for (String e : entries) {
        if (e.isEmpty()) {
          continue;
        }
        char first = Character.toLowerCase(e.charAt(0));
        if (!Character.isLetterOrDigit(e.charAt(0))) {
          anywhere = true;
        } else if (e.length() < 2 || !Character.isLetterOrDigit(e.charAt(1))) {
          singles.add(first);
        } else {
          char second = Character.toLowerCase(e.charAt(1));
          if (first < 128 && second < 128) {
            asciiPairs.set(first << 7 | second);
          } else {
            otherPairs.add(first << 16 | second);
          }
        }
      }
    }

    /** The openings of these entries. */
    public static Openings of(Collection<String> entries) {
      return new Openings(entries);
    }

    /** Whether an entry can start at offset {@code i} of {@code text}. */
    public boolean at(String text, int i) {
      if (anywhere) {
        return true;
      }
      char first = Character.toLowerCase(text.charAt(i));
      if (!singles.isEmpty() && singles.contains(first)) {
        return true;
      }
      if (i + 1 >= text.length()) {
        return false;
      }
      char second = Character.toLowerCase(text.charAt(i + 1));
      return first < 128 && second < 128 ? asciiPairs.get(first << 7 | second) : otherPairs.contains(first << 16 | second);
    }
  }
}
