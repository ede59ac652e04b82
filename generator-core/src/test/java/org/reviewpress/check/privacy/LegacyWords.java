package org.reviewpress.check.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test oracle: this class as it was before the privacy word rules shared one tokenisation (commit 44d246c),
 * kept unchanged so that {@code WordsTest} can compare the faster split with it.
 *
 * <p> * Splits text into words the way the privacy gate compares names: letters and digits, with an
 * apostrophe inside a word kept in the word (O'Brien) and a possessive {@code 's} left out
 * (Smith's is Smith). Hyphens, spaces, line breaks and punctuation separate words, so
 * "Mary-Jane", "Mary Jane" and a name broken over two lines compare alike.
 */
final class LegacyWords {

  private LegacyWords() {}

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
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      while (end < n) {
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          end++;
        } else if (isApostrophe(c) && end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
          // "'s" at the end of a word is a possessive, not part of the name.
          boolean possessive = (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
              && (end + 2 >= n || !Character.isLetterOrDigit(text.charAt(end + 2)));
          if (possessive) {
            break;
          }
          end++;
        } else {
          break;
        }
      }
      out.add(new Word(start, end, normalise(text.subSequence(start, end))));
      i = end;
      // Skip a possessive so that its "s" is not read as a word of its own.
      if (i + 1 < n && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) {
        i += 2;
      }
    }
    return out;
  }

  private static boolean isPlainAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Lower case, accents folded, apostrophes and marks removed. */
  static String normalise(CharSequence word) {
    if (isPlainAscii(word)) {
      // Nothing to decompose or fold: the common case, without the cost of a Normalizer.
      StringBuilder b = new StringBuilder(word.length());
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c != '\'') {
          b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
      }
      return b.toString();
    }
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
