package org.reviewpress.check.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises acronyms among words: two or more capital letters, perhaps with digits
 * ("CAMHS", "COVID-19" gives "COVID"), dotted ("U.K." gives "UK"), plural ("GPs") or possessive
 * ("PRU's"). Roman numerals are not acronyms: words of only I, V and X always, and other numerals
 * (for example "LXX") after a word such as "Part", "Section" or "Schedule". A sentence mostly in
 * capitals is shouting, not acronyms, and is skipped.
 */
public final class Acronyms {

  private static final Pattern ROMAN = Pattern.compile("M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
  private static final Set<String> NUMBERED = Set.of("part", "parts", "section", "sections", "schedule", "chapter",
      "volume", "appendix", "annex", "article", "book", "phase", "stage", "tier", "level", "class", "type", "grade",
      "category", "page", "paragraph", "figure", "table", "year", "king", "queen", "pope", "henry", "elizabeth",
      "charles", "george", "edward", "william");

  private Acronyms() {}

  private static final Pattern DOTTED = Pattern.compile("(?:[A-Z]\\.)+[A-Z]\\.?");
  private static final Pattern PARTS = Pattern.compile("[-'’.]");

  /** An acronym and where it is. */
  public record Use(String acronym, int start) {}

  /** The acronym a word is, if it is one; {@code previous} is the word before it (or empty). */
  public static Optional<String> of(String word, String previous) {
    if (capitals(word) < 2) {
      // An acronym is a part of the word with at least two capitals: most words are ruled out here.
      return Optional.empty();
    }
    String w = word;
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (DOTTED.matcher(w).matches()) {
      w = w.replace(".", "");
    }
    for (String part : PARTS.split(w)) {
      String p = part.length() > 2 && part.endsWith("s") && isCaps(part.substring(0, part.length() - 1))
          ? part.substring(0, part.length() - 1) : part;
      if (!isCaps(p)) {
        continue;
      }
      if (p.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X') && ROMAN.matcher(p).matches()) {
        continue;
      }
      if (ROMAN.matcher(p).matches() && NUMBERED.contains(previous.toLowerCase(Locale.ROOT))) {
        continue;
      }
      return Optional.of(p);
    }
    return Optional.empty();
  }

  /** Capitals (at least two) and digits only, starting with a capital. */
  static boolean isCaps(String s) {
    if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2;
  }

  /** The acronyms used in a sentence, unless the sentence is mostly capitals. */
  public static List<Use> in(Sentences.Sentence s) {
    int count = s.wordCount();
    // A split sentence's words are read straight from the prose's array by their bounds, without
    // three calls per word; a sentence made of words reads each word's own characters.
    int[] bounds = s.bounds();
    char[] prose = s.proseChars();
    int base = 2 * s.firstWord();
    long caps = 0;
    // Words with two capitals or more, the only ones that can hold an acronym.
    int[] candidates = null;
    int found = 0;
    for (int i = 0; i < count; i++) {
      char[] text;
      int from;
      int to;
      if (bounds != null) {
        text = prose;
        from = bounds[base + 2 * i];
        to = bounds[base + 2 * i + 1];
      } else {
        text = s.wordChars(i);
        from = s.wordFrom(i);
        to = s.wordTo(i);
      }
      int capitals = 0;
      // UPPER and LOWER bits of the letters seen: a letter of neither case counts as lower case.
      int seen = 0;
      for (int k = from; k < to; k++) {
        char c = text[k];
        if (c < 0x80) {
          int shape = ASCII_SHAPE[c];
          capitals += shape & UPPER;
          seen |= shape;
        } else {
          boolean upper = Character.isUpperCase(c);
          capitals += upper ? 1 : 0;
          if (Character.isLetter(c)) {
            seen |= upper ? UPPER : LOWER;
          }
        }
      }
      if (to - from > 1 && seen == UPPER) {
        caps++; // shouted: two characters or more, with letters, all capitals
      }
      if (capitals >= 2) {
        // The test that opens of() (capitals counted as it counts them), without the word's text.
        if (candidates == null) {
          candidates = new int[8];
        } else if (found == candidates.length) {
          candidates = java.util.Arrays.copyOf(candidates, found * 2);
        }
        candidates[found++] = i;
      }
    }
    if (count >= 3 && caps * 10 >= count * 6L) {
      return List.of();
    }
    if (found == 0) {
      return List.of();
    }
    List<Use> out = List.of();
    for (int k = 0; k < found; k++) {
      int i = candidates[k];
      Optional<String> a = of(s.wordText(i), i > 0 ? s.wordText(i - 1) : "");
      if (a.isPresent()) {
        if (out.isEmpty()) {
          out = new java.util.ArrayList<>();
        }
        out.add(new Use(a.get(), s.wordStart(i)));
      }
    }
    return out;
  }

  private static final int UPPER = 1;
  private static final int LOWER = 2;
  /** {@link #UPPER} for 'A' to 'Z', {@link #LOWER} for 'a' to 'z', 0 for other ASCII characters. */
  private static final byte[] ASCII_SHAPE = new byte[0x80];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      ASCII_SHAPE[c] = UPPER;
      ASCII_SHAPE[c + ('a' - 'A')] = LOWER;
    }
  }

  /** The number of capital letters (UTF-16 units, as {@code String.chars()} gives them). */
  private static int capitals(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
