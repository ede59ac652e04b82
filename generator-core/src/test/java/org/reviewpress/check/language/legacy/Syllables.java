package org.reviewpress.check.language.legacy;

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
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    String w = letters.toString();
    if (w.isEmpty()) {
      return word.chars().anyMatch(Character::isDigit) ? 2 : 1;
    }
    if (w.length() <= 3) {
      return 1;
    }
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean vowel = isVowel(w, i);
      if (vowel && !inVowel) {
        groups++;
      }
      inVowel = vowel;
    }
    int n = w.length();
    if (w.endsWith("e") && !isVowel(w, n - 2) && !(w.endsWith("le") && n >= 3 && !isVowel(w, n - 3))) {
      groups--;
    } else if (w.endsWith("ed") && !isVowel(w, n - 3) && w.charAt(n - 3) != 't' && w.charAt(n - 3) != 'd') {
      groups--;
    } else if (w.endsWith("es") && !isVowel(w, n - 3) && !sibilant(w.substring(0, n - 2))) {
      groups--;
    }
    return Math.max(1, groups);
  }

  private static boolean isVowel(String w, int i) {
    if (i < 0 || i >= w.length()) {
      return false;
    }
    char c = w.charAt(i);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0);
  }

  private static boolean sibilant(String stem) {
    return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
        || stem.endsWith("sh") || stem.endsWith("c") || stem.endsWith("g");
  }
}
