package org.reviewpress.check.language;

import java.util.Locale;

/**
 * Estimates the syllables of an English word for the Flesch reading ease score.
 *
 * <p>The estimate counts groups of vowels (a, e, i, o, u, and y when it does not start the word),
 * then corrects for the commonest silent endings:
 * <ul>
 *   <li>a final "e" is silent ("make"), except in "-le" after a consonant ("table");</li>
 *   <li>a final "ed" is silent unless it follows t or d ("jumped" 1, "wanted" 2);</li>
 *   <li>a final "es" is silent unless it follows s, x, z, ch, sh, ce or ge ("makes" 1, "boxes" 2).</li>
 * </ul>
 * Every word has at least one syllable; words of three letters or fewer have one. A number counts
 * as two syllables (a typical spoken number). The estimate is wrong for some words ("create" gives
 * 1, "safeguarding" 4), which moves a section's score by a point or two: good enough to tell
 * plain text from dense text, which is all the score is used for.
 */
public final class Syllables {

  private Syllables() {}

  /** The estimated syllables of one word. */
  public static int count(String word) {
    return count(word, 0, word.length());
  }

  /** The estimated syllables of the word {@code text[from, to)}, read in place. */
  static int count(String text, int from, int to) {
    char[] letters = new char[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        // Lower-casing may add or remove letters a to z ("İ" gives "i"): the slow way.
        char[] all = letters(text.substring(from, to));
        n = all.length;
        letters = all;
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c >= 'a' && c <= 'z') {
        letters[n++] = c;
      }
    }
    if (n == 0) {
      for (int i = from; i < to; i++) {
        if (Character.isDigit(text.charAt(i))) {
          return 2;
        }
      }
      return 1;
    }
    return count(letters, n);
  }

  /** The letters a to z of a word lower-cased in the root locale, for words not all ASCII. */
  private static char[] letters(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    return letters.toString().toCharArray();
  }

  /** The estimate for the first {@code n} (at least one) of {@code w}, the word's letters a to z. */
  private static int count(char[] w, int n) {
    if (n <= 3) {
      return 1;
    }
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < n; i++) {
      boolean vowel = isVowel(w, n, i);
      if (vowel && !inVowel) {
        groups++;
      }
      inVowel = vowel;
    }
    char last = w[n - 1];
    char beforeLast = w[n - 2];
    if (last == 'e' && !isVowel(w, n, n - 2) && !(beforeLast == 'l' && !isVowel(w, n, n - 3))) {
      groups--;
    } else if (last == 'd' && beforeLast == 'e' && !isVowel(w, n, n - 3) && w[n - 3] != 't' && w[n - 3] != 'd') {
      groups--;
    } else if (last == 's' && beforeLast == 'e' && !isVowel(w, n, n - 3) && !sibilant(w, n - 2)) {
      groups--;
    }
    return Math.max(1, groups);
  }

  private static boolean isVowel(char[] w, int n, int i) {
    if (i < 0 || i >= n) {
      return false;
    }
    char c = w[i];
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0);
  }

  /** Whether the first {@code n} letters end in s, x, z, ch, sh, c or g. */
  private static boolean sibilant(char[] w, int n) {
    char c = w[n - 1];
    return c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' || (c == 'h' && n >= 2 && (w[n - 2] == 'c' || w[n - 2] == 's'));
  }
}
