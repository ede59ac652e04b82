package org.reviewpress.check.language.legacy;

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
    if (word.chars().noneMatch(Character::isUpperCase)) {
      return Optional.empty(); // an acronym starts with a capital: most words are ruled out here
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
    List<Sentences.Word> words = s.words();
    long caps = words.stream().filter(w -> w.text().length() > 1 && w.text().chars().filter(Character::isLetter).count() > 0
        && w.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase)).count();
    if (words.size() >= 3 && caps * 10 >= words.size() * 6L) {
      return List.of();
    }
    java.util.ArrayList<Use> out = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Sentences.Word w = words.get(i);
      of(w.text(), i > 0 ? words.get(i - 1).text() : "").ifPresent(a -> out.add(new Use(a, w.start())));
    }
    return out;
  }
}
