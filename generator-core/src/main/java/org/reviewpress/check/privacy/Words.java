package org.reviewpress.check.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words the way the privacy gate compares names: letters and digits, with an
 * apostrophe inside a word kept in the word (O'Brien) and a possessive {@code 's} left out
 * (Smith's is Smith). Hyphens, spaces, line breaks and punctuation separate words, so
 * "Mary-Jane", "Mary Jane" and a name broken over two lines compare alike.
 */
final class Words {

  private Words() {}

  /**
   * One word: where it lies in the text (possessive excluded) and its normalised form.
   *
   * @param norm lower case, accents removed, apostrophes removed
   */
  record Word(int start, int end, String norm) {
    /** The word as written, from {@code text}. */
    String in(CharSequence text) {
      return text.subSequence(start, end).toString();
    }
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
  }

  /** The words of {@code text}, in order. Linear in the text's length. */
  static List<Word> of(CharSequence text) {
    return of(text, null);
  }

  /**
   * The same, {@code chars} holding the characters of {@code text} (read, never written; null if
   * there is no such array): the forms of ASCII words are then read from the array, faster than
   * from a string.
   */
  static List<Word> of(CharSequence text, char[] chars) {
    char[] a = chars != null ? chars : text.toString().toCharArray();
    Split split = split(text, a);
    int[] bounds = split.bounds();
    String[] norms = split.norms();
    int count = bounds[0];
    List<Word> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      out.add(new Word(bounds[1 + 2 * k], bounds[2 + 2 * k], norms[k]));
    }
    return out;
  }

  /**
   * The words of a text: {@code bounds} as {@link #bounds(char[])} gives them, and {@code norms}
   * the normalised form of each (as long as the number of words, or longer).
   */
  record Split(int[] bounds, String[] norms) {}

  /**
   * {@link #bounds(char[])} and {@link #norms} of {@code chars}, the characters of {@code text}
   * (read, never written), in one pass: the folded hash of an ASCII word is taken as its end is
   * found, so its characters are not read again to look its form up.
   */
  static Split split(CharSequence text, char[] chars) {
    char[] a = chars;
    int n = a.length;
    int[] out = new int[2 * (n / 6 + 4) + 1];
    String[] norms = new String[n / 6 + 4];
    Forms forms = new Forms();
    int count = 0;
    int i = 0;
    while (i < n) {
      if (!letterOrDigit(a[i])) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      // The folded hash and length of the word's form while every character is ASCII.
      int h = 0;
      int length = 0;
      boolean ascii = true;
      while (end < n) {
        char c = a[end];
        if (c < 128 && ASCII_LETTER_OR_DIGIT[c]) {
          h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
          length++;
          end++;
        } else if (c >= 128 && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
          ascii = false;
          end++;
        } else if (isApostrophe(c) && end + 1 < n && letter(a[end + 1])) {
          // "'s" at the end of a word is a possessive, not part of the name.
          boolean possessive = (a[end + 1] == 's' || a[end + 1] == 'S') && (end + 2 >= n || !letterOrDigit(a[end + 2]));
          if (possessive) {
            break;
          }
          ascii &= c == '\'';
          end++; // an ASCII apostrophe is left out of the form, and out of its hash
        } else {
          break;
        }
      }
      if (2 * count + 3 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      if (count == norms.length) {
        norms = java.util.Arrays.copyOf(norms, count * 2);
      }
      out[1 + 2 * count] = start;
      out[2 + 2 * count] = end;
      norms[count] = ascii ? forms.find(chars, start, end, h, length) : normalise(text, start, end);
      count++;
      i = end;
      // Skip a possessive so that its "s" is not read as a word of its own.
      if (i + 1 < n && isApostrophe(a[i]) && (a[i + 1] == 's' || a[i + 1] == 'S')) {
        i += 2;
      }
    }
    out[0] = count;
    return new Split(out, norms);
  }

  /**
   * The normalised form of each word that {@code bounds} ({@link #bounds(char[])} of
   * {@code chars}, the characters of {@code text}) lists, in order: what {@link #of} gives each
   * word, without an object per word.
   */
  static String[] norms(CharSequence text, char[] chars, int[] bounds) {
    int count = bounds[0];
    String[] norms = new String[count];
    Forms forms = new Forms();
    for (int k = 0; k < count; k++) {
      norms[k] = forms.normalise(text, chars, bounds[1 + 2 * k], bounds[2 + 2 * k]);
    }
    return norms;
  }

  /**
   * The normalised forms of one text's words, each distinct ASCII form made once: a report uses
   * a few thousand forms for twenty thousand words, so most words share a string (and its cached
   * hash, which the rules' set look-ups read) instead of making their own.
   */
  private static final class Forms {
    private String[] table = new String[1024];
    /** Each form's characters beside it, compared without a string's checked reads. */
    private char[][] letters = new char[1024][];
    private int size;

    /** {@link Words#normalise(CharSequence, int, int)} of a word read from {@code chars}, a copy of {@code text}, shared between equal ASCII forms. */
    String normalise(CharSequence text, char[] chars, int start, int end) {
      int h = 0;
      int length = 0;
      for (int i = start; i < end; i++) {
        char c = chars[i];
        if (c >= 0x80) {
          return Words.normalise(text, start, end);
        }
        if (c != '\'') {
          h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
          length++;
        }
      }
      return find(chars, start, end, h, length);
    }

    /**
     * The form of the ASCII word chars[start, end), whose form (lower case, apostrophes left out)
     * has {@code length} characters and the string hash {@code h}: the known string if there is one.
     */
    String find(char[] chars, int start, int end, int h, int length) {
      int mask = table.length - 1;
      int at = (h ^ h >>> 16) & mask;
      for (String known = table[at]; known != null; known = table[at = (at + 1) & mask]) {
        if (known.hashCode() == h && known.length() == length && same(letters[at], chars, start, end)) {
          return known;
        }
      }
      // The folded form, made from the array: lower case, apostrophes left out.
      char[] folded = new char[length];
      int k = 0;
      for (int i = start; i < end; i++) {
        char c = chars[i];
        if (c != '\'') {
          folded[k++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
      }
      String made = new String(folded);
      table[at] = made;
      letters[at] = folded;
      if (++size * 2 > table.length) {
        grow();
      }
      return made;
    }

    private static boolean same(char[] known, char[] chars, int start, int end) {
      int k = 0;
      for (int i = start; i < end; i++) {
        char c = chars[i];
        if (c == '\'') {
          continue;
        }
        if (known[k++] != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
          return false;
        }
      }
      return true;
    }

    private void grow() {
      String[] old = table;
      char[][] oldLetters = letters;
      table = new String[old.length * 2];
      letters = new char[old.length * 2][];
      int mask = table.length - 1;
      for (int j = 0; j < old.length; j++) {
        String s = old[j];
        if (s != null) {
          int h = s.hashCode();
          int at = (h ^ h >>> 16) & mask;
          while (table[at] != null) {
            at = (at + 1) & mask;
          }
          table[at] = s;
          letters[at] = oldLetters[j];
        }
      }
    }
  }

  /**
   * Where the words of {@code text} lie, without making them: element 0 is the number of words,
   * then each word's start and end in turn ({@code [1 + 2k]} and {@code [2 + 2k]}). The one
   * definition of where a word begins and ends; {@link #of} makes its words from it.
   */
  static int[] bounds(CharSequence text) {
    return bounds(text.toString().toCharArray());
  }

  /**
   * {@link #bounds(CharSequence)} of the text held in {@code text} (read, never written). An
   * array, not a string: report text with curly quotes is stored as UTF-16, and a string's
   * {@code charAt} there is a checked call that the quick compiler does not inline.
   */
  static int[] bounds(char[] text) {
    return bounds(text, 0, Integer.MAX_VALUE, 0);
  }

  /**
   * The words of {@code text} that start at {@code from} or later, as {@link #bounds(char[])}
   * gives them, {@code from} lying between words (at a blank, say): those that start by
   * {@code upTo}, and {@code more} words after them.
   */
  static int[] bounds(char[] text, int from, int upTo, int more) {
    int n = text.length;
    // Room for a word in six characters, as a report has; more is made if needed.
    int reach = upTo == Integer.MAX_VALUE ? n - from : Math.min(n - from, upTo - from + 64 * more);
    int[] out = new int[2 * (reach / 6 + 4) + 1];
    int count = 0;
    int after = 0; // words that start after upTo
    int i = from;
    while (i < n) {
      if (!letterOrDigit(text[i])) {
        i++;
        continue;
      }
      int start = i;
      if (start > upTo && ++after > more) {
        break;
      }
      int end = i;
      while (end < n) {
        char c = text[end];
        if (c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          end++;
        } else if (isApostrophe(c) && end + 1 < n && letter(text[end + 1])) {
          // "'s" at the end of a word is a possessive, not part of the name.
          boolean possessive = (text[end + 1] == 's' || text[end + 1] == 'S')
              && (end + 2 >= n || !letterOrDigit(text[end + 2]));
          if (possessive) {
            break;
          }
          end++;
        } else {
          break;
        }
      }
      if (2 * count + 3 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[1 + 2 * count] = start;
      out[2 + 2 * count] = end;
      count++;
      i = end;
      // Skip a possessive so that its "s" is not read as a word of its own.
      if (i + 1 < n && isApostrophe(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S')) {
        i += 2;
      }
    }
    out[0] = count;
    return out;
  }

  /** {@link Character#isLetter(char)}, without its calls for ASCII. */
  static boolean letter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, with a table for ASCII: asked for every character of a report. */
  static boolean letterOrDigit(char c) {
    return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  /** Lower case, accents folded, apostrophes and marks removed. */
  static String normalise(CharSequence word) {
    return normalise(word, 0, word.length());
  }

  /** {@link #normalise(CharSequence)} of {@code text[start, end)}, without copying it first. */
  static String normalise(CharSequence text, int start, int end) {
    boolean ascii = true;
    boolean changes = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      if (c == '\'' || c >= 'A' && c <= 'Z') {
        changes = true;
      }
    }
    if (ascii) {
      // Nothing to decompose or fold: the common case, without the cost of a Normalizer.
      if (!changes) {
        return text.subSequence(start, end).toString();
      }
      StringBuilder b = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c != '\'') {
          b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
      }
      return b.toString();
    }
    CharSequence word = text.subSequence(start, end);
    String folded = Normalizer.normalize(word, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
        continue;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
