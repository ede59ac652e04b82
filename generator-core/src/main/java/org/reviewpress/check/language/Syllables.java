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
    return count(word.toCharArray(), 0, word.length());
  }

  /**
   * The estimated syllables of the word {@code text[from, to)}, read in place: an ASCII word is
   * counted in one pass that keeps only its last four letters, with no copy.
   */
  static int count(char[] text, int from, int to) {
    int n = 0;
    int groups = 0;
    boolean inVowel = false;
    char l1 = 0; // the last letter
    char l2 = 0;
    char l3 = 0;
    boolean digit = false;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c >= 0x80) {
        // Lower-casing may add or remove letters a to z ("İ" gives "i"): the slow way.
        String word = new String(text, from, to - from);
        char[] all = letters(word);
        return all.length == 0 ? (word.chars().anyMatch(Character::isDigit) ? 2 : 1) : count(all, all.length);
      }
      // One look-up for what the character is: a letter lower-cased, '0' for a digit, else 0.
      char l = FOLD[c];
      if (l > '0') {
        boolean vowel = VOWEL[l] || l == 'y' && n > 0;
        if (vowel && !inVowel) {
          groups++;
        }
        inVowel = vowel;
        l3 = l2;
        l2 = l1;
        l1 = l;
        n++;
      } else if (l == '0') {
        digit = true;
      }
    }
    if (n == 0) {
      return digit ? 2 : 1;
    }
    if (n <= 3) {
      return 1;
    }
    // With four letters or more, the letters before the last are never the first, so 'y' there is a vowel.
    if (l1 == 'e' && !vowel(l2) && !(l2 == 'l' && !vowel(l3))) {
      groups--;
    } else if (l1 == 'd' && l2 == 'e' && !vowel(l3) && l3 != 't' && l3 != 'd') {
      groups--;
    } else if (l1 == 's' && l2 == 'e' && !vowel(l3) && !sibilant(l3, text, from, to)) {
      groups--;
    }
    return Math.max(1, groups);
  }

  /** For each ASCII character: the letter in lower case for 'A' to 'Z' and 'a' to 'z', '0' for a digit, else 0. */
  private static final char[] FOLD = new char[0x80];

  /** Whether an ASCII character is a, e, i, o or u. */
  private static final boolean[] VOWEL = new boolean[0x80];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      FOLD[c] = c;
      FOLD[c - ('a' - 'A')] = c;
    }
    for (char c = '0'; c <= '9'; c++) {
      FOLD[c] = '0';
    }
    for (char c : new char[] {'a', 'e', 'i', 'o', 'u'}) {
      VOWEL[c] = true;
    }
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** Whether the stem before a final "es", ending in {@code last}, ends in s, x, z, ch, sh, c or g. */
  private static boolean sibilant(char last, char[] text, int from, int to) {
    if (last == 's' || last == 'x' || last == 'z' || last == 'c' || last == 'g') {
      return true;
    }
    if (last != 'h') {
      return false;
    }
    // The letter before that 'h': the fourth letter from the end (there are at least four).
    int seen = 0;
    for (int i = to - 1; i >= from; i--) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c >= 'a' && c <= 'z' && ++seen == 4) {
        return c == 'c' || c == 's';
      }
    }
    return false;
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
