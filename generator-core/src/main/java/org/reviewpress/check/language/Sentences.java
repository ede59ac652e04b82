package org.reviewpress.check.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  /**
   * A word: letters and digits, joined by apostrophes, hyphens, full stops or digit commas. The
   * definition of a word; {@link #split} finds the same words with a character scan, which
   * SentencesTest compares with this pattern.
   */
  static final Pattern WORD = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:(?:['’.\\-]|(?<=\\p{N}),(?=\\p{N}))[\\p{L}\\p{N}]+)*");

  /** Abbreviations after which a full stop never ends a sentence (lower case, inner dots kept). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "st", "sgt", "insp", "supt", "cllr", "hon",
      "e.g", "i.e", "eg", "ie", "cf", "vs", "v", "approx", "para", "paras", "fig", "figs", "ch", "sec",
      "ref", "vol", "pp", "p", "al", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  private Sentences() {}

  /**
   * A word and where it is. A value, like a record of its start, end and text; the text is cut
   * from the prose only when asked for, since most rules read only where words are.
   */
  public static final class Word {
    private final int start;
    private final int end;
    private final String source;
    /** The characters of {@code source}, or of the text for a word made with its text; never written to. */
    private final char[] chars;
    private String text;

    public Word(int start, int end, String text) {
      this.start = start;
      this.end = end;
      this.source = null;
      this.text = java.util.Objects.requireNonNull(text, "text");
      this.chars = text.toCharArray();
    }

    private Word(String source, char[] chars, int start, int end) {
      this.start = start;
      this.end = end;
      this.source = source;
      this.chars = chars;
    }

    public int start() {
      return start;
    }

    public int end() {
      return end;
    }

    public String text() {
      String t = text;
      if (t == null) {
        t = source.substring(start, end);
        text = t;
      }
      return t;
    }

    /** The characters the word is in, and its offsets there, to read it without a copy. */
    char[] chars() {
      return chars;
    }

    int sourceStart() {
      return source == null ? 0 : start;
    }

    int sourceEnd() {
      return source == null ? text.length() : end;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Word w && w.start == start && w.end == end && w.text().equals(text());
    }

    @Override
    public int hashCode() {
      return (31 * start + end) * 31 + text().hashCode();
    }

    @Override
    public String toString() {
      return "Word[start=" + start + ", end=" + end + ", text=" + text() + "]";
    }
  }

  /** A sentence, its source range and its words. A value, like a record of these three. */
  public static final class Sentence {
    private final int start;
    private final int end;
    private final List<Word> words;

    public Sentence(int start, int end, List<Word> words) {
      this(start, end, List.copyOf(words), true);
    }

    /** Takes a list that nothing else changes, without copying it. */
    private Sentence(int start, int end, List<Word> words, boolean owned) {
      this.start = start;
      this.end = end;
      this.words = words;
    }

    public int start() {
      return start;
    }

    public int end() {
      return end;
    }

    public List<Word> words() {
      return words;
    }

    public int wordCount() {
      return words.size();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Sentence s && s.start == start && s.end == end && s.words.equals(words);
    }

    @Override
    public int hashCode() {
      return (31 * start + end) * 31 + words.hashCode();
    }

    @Override
    public String toString() {
      return "Sentence[start=" + start + ", end=" + end + ", words=" + words + "]";
    }
  }

  private static Sentence sentence(int start, int end, List<Word> words) {
    return new Sentence(start, end, java.util.Collections.unmodifiableList(words), true);
  }

  /** The sentences of {@code text} between {@code from} and {@code to}; sentences without words are dropped. */
  public static List<Sentence> split(String text, int from, int to) {
    return split(text.toCharArray(), text, from, to);
  }

  /** The same, scanning {@code chars}, a copy of {@code text} (array reads are cheaper than a string's). */
  static List<Sentence> split(char[] chars, String text, int from, int to) {
    // A character scan that finds exactly the words WORD finds, left to right (see SentencesTest).
    List<Sentence> out = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    int cursor = from;
    int i = from;
    while (true) {
      int start = wordStart(chars, i, to);
      if (start < 0) {
        break;
      }
      // A break between the previous word and this one ends the sentence.
      if (!words.isEmpty() && hasBreak(chars, cursor, start)) {
        out.add(close(words));
        words = new ArrayList<>();
      }
      int end = wordEnd(chars, start, to);
      words.add(new Word(text, chars, start, end));
      cursor = end;
      i = end;
      int after = trailing(chars, cursor, to);
      if (after > cursor && endsSentence(chars, words, cursor, after, to)) {
        out.add(sentence(words.get(0).start(), after, words));
        words = new ArrayList<>();
        cursor = after;
      }
    }
    if (!words.isEmpty()) {
      out.add(close(words));
    }
    return out;
  }

  private static boolean hasBreak(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == Prose.BREAK) {
        return true;
      }
    }
    return false;
  }

  /** Whether a code point is {@code [\p{L}\p{N}]}. */
  static boolean isWordChar(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static boolean isNumber(int c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /**
   * The length of the letter or digit at {@code i} if it ends by {@code to}, else 0. Like the
   * pattern, a code point is read whole even where the region ends inside it, and then does not fit.
   */
  private static int wordCharAt(char[] text, int i, int to) {
    char c = text[i];
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ? 1 : 0;
    }
    int cp = Character.codePointAt(text, i);
    int n = Character.charCount(cp);
    return i + n <= to && isWordChar(cp) ? n : 0;
  }

  /** Where the first word at or after {@code from} starts, or -1. */
  private static int wordStart(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (wordCharAt(text, i, to) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the word WORD matches at {@code start}: runs of letters and digits joined by a separator. */
  private static int wordEnd(char[] text, int start, int to) {
    int i = run(text, start, to);
    while (i < to) {
      char c = text[i];
      boolean joins = c == '\'' || c == '’' || c == '.' || c == '-'
          || c == ',' && isNumber(Character.codePointAt(text, i - 1)) && i + 1 < to && number(text, i + 1, to);
      if (!joins || i + 1 >= to || wordCharAt(text, i + 1, to) == 0) {
        break;
      }
      i = run(text, i + 1, to);
    }
    return i;
  }

  private static boolean number(char[] text, int i, int to) {
    int cp = Character.codePointAt(text, i);
    return i + Character.charCount(cp) <= to && isNumber(cp);
  }

  /** The end of the run of letters and digits at {@code i}. */
  private static int run(char[] text, int i, int to) {
    int n;
    while (i < to && (n = wordCharAt(text, i, to)) > 0) {
      i += n;
    }
    return i;
  }

  private static Sentence close(List<Word> words) {
    return sentence(words.get(0).start(), words.get(words.size() - 1).end(), words);
  }

  /** The end of the punctuation run after a word that contains a terminal mark, or {@code at} if none. */
  private static int trailing(char[] text, int at, int to) {
    int i = at;
    boolean terminal = false;
    while (i < to) {
      char c = text[i];
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        terminal = true;
      } else if (!(c == '"' || c == '\'' || c == '\u2019' || c == '\u201D' || c == ')' || c == ']')) {
        break;
      }
      i++;
    }
    return terminal && (i >= to || Character.isWhitespace(text[i]) || text[i] == Prose.BREAK) ? i : at;
  }

  private static boolean endsSentence(char[] text, List<Word> words, int wordEnd, int after, int to) {
    Word w = words.get(words.size() - 1);
    boolean plainStop = text[wordEnd] == '.' && after == wordEnd + 1;
    if (!plainStop) {
      return true;
    }
    String lower = w.text().toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lower)) {
      return false;
    }
    if (lower.equals("no") || lower.equals("nos")) {
      int next = wordStart(text, after, to);
      if (next >= 0 && Character.isDigit(text[next])) {
        return false;
      }
    }
    if (lower.equals("etc")) {
      int next = wordStart(text, after, to);
      return next >= 0 && Character.isUpperCase(text[next]);
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
}
