package org.reviewpress.check.language.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences and words, keeping source offsets.
 *
 * <p>A sentence ends at '.', '!' or '?' (optionally followed by closing quotes or brackets)
 * before a space or the end of the text, and at {@link Prose#BREAK}. A full stop does not end a
 * sentence after a common abbreviation ("Dr.", "e.g.", "i.e.", "para."...), after "No." before
 * a number, after "etc." before a lower-case word, or after an initial ("A. Reviewer"): a single
 * capital letter that does not follow a capitalised word, so "…with Child T. He…" still ends the
 * sentence. Headings, list items and table cells are separate spans or cells, so they are
 * separate sentences even without a full stop.
 */
public final class Sentences {

  /** A word: letters and digits, joined by apostrophes, hyphens, full stops or digit commas. */
  static final Pattern WORD = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:(?:['’.\\-]|(?<=\\p{N}),(?=\\p{N}))[\\p{L}\\p{N}]+)*");

  /** Abbreviations after which a full stop never ends a sentence (lower case, inner dots kept). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "st", "sgt", "insp", "supt", "cllr", "hon",
      "e.g", "i.e", "eg", "ie", "cf", "vs", "v", "approx", "para", "paras", "fig", "figs", "ch", "sec",
      "ref", "vol", "pp", "p", "al", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  private Sentences() {}

  /** A word and where it is. */
  public record Word(int start, int end, String text) {}

  /** A sentence, its source range and its words. */
  public record Sentence(int start, int end, List<Word> words) {
    public Sentence {
      words = List.copyOf(words);
    }

    public int wordCount() {
      return words.size();
    }
  }

  /** The sentences of {@code text} between {@code from} and {@code to}; sentences without words are dropped. */
  public static List<Sentence> split(String text, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    List<Word> words = new ArrayList<>();
    int cursor = from;
    while (m.find()) {
      // A break between the previous word and this one ends the sentence.
      if (!words.isEmpty() && text.substring(cursor, m.start()).indexOf(Prose.BREAK) >= 0) {
        out.add(close(words));
        words = new ArrayList<>();
      }
      Word w = new Word(m.start(), m.end(), m.group());
      words.add(w);
      cursor = m.end();
      int after = trailing(text, cursor, to);
      if (after > cursor && endsSentence(text, words, cursor, after, to)) {
        out.add(new Sentence(words.get(0).start(), after, words));
        words = new ArrayList<>();
        cursor = after;
      }
    }
    if (!words.isEmpty()) {
      out.add(close(words));
    }
    return out;
  }

  private static Sentence close(List<Word> words) {
    return new Sentence(words.get(0).start(), words.get(words.size() - 1).end(), words);
  }

  /** The end of the punctuation run after a word that contains a terminal mark, or {@code at} if none. */
  private static int trailing(String text, int at, int to) {
    int i = at;
    boolean terminal = false;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        terminal = true;
      } else if (!(c == '"' || c == '\'' || c == '\u2019' || c == '\u201D' || c == ')' || c == ']')) {
        break;
      }
      i++;
    }
    return terminal && (i >= to || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == Prose.BREAK) ? i : at;
  }

  private static boolean endsSentence(String text, List<Word> words, int wordEnd, int after, int to) {
    Word w = words.get(words.size() - 1);
    boolean plainStop = text.charAt(wordEnd) == '.' && after == wordEnd + 1;
    if (!plainStop) {
      return true;
    }
    String lower = w.text().toLowerCase(Locale.ROOT);
    String next = nextWord(text, after, to);
    if (ABBREVIATIONS.contains(lower)) {
      return false;
    }
    if ((lower.equals("no") || lower.equals("nos")) && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
      return false;
    }
    if (lower.equals("etc")) {
      return !next.isEmpty() && Character.isUpperCase(next.charAt(0));
    }
    if (w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0))) {
      // An initial unless it follows a capitalised word ("Child T." ends a sentence; "A. Reviewer" does not).
      if (words.size() < 2) {
        return false;
      }
      String prev = words.get(words.size() - 2).text();
      boolean capitalisedWord = prev.length() > 1 && Character.isUpperCase(prev.charAt(0))
          && Character.isLowerCase(prev.charAt(1));
      boolean initialBefore = prev.length() == 1 && Character.isUpperCase(prev.charAt(0));
      return capitalisedWord && !initialBefore;
    }
    return true;
  }

  private static String nextWord(String text, int from, int to) {
    Matcher m = WORD.matcher(text).region(from, to);
    return m.find() ? m.group() : "";
  }
}
