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

  /** The length of the longest of {@link #ABBREVIATIONS} ("approx"); "no", "nos" and "etc" are shorter. */
  private static final int LONGEST_EXCEPTION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

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

  /**
   * A sentence, its source range and its words. A value, like a record of these three. A split
   * sentence holds its words as places in the prose (no object per word); {@link #words()} makes
   * them when first asked for, and the rules that read every word use the index methods instead.
   */
  public static final class Sentence {
    private final int start;
    private final int end;
    private volatile List<Word> words;
    /** For a split sentence: the prose, its characters, and word k's start and end at [2k] and [2k + 1]. */
    private final String source;
    private final char[] chars;
    private final int[] bounds;
    private final int first;
    private final int count;
    /** The estimated syllables of all the words, counted on first use (-1 before). */
    private int syllables = -1;

    public Sentence(int start, int end, List<Word> words) {
      this.start = start;
      this.end = end;
      this.words = List.copyOf(words);
      this.source = null;
      this.chars = null;
      this.bounds = null;
      this.first = 0;
      this.count = this.words.size();
    }

    /** A sentence of the words {@code first} to {@code first + count - 1} of {@code bounds}. */
    private Sentence(int start, int end, String source, char[] chars, int[] bounds, int first, int count) {
      this.start = start;
      this.end = end;
      this.source = source;
      this.chars = chars;
      this.bounds = bounds;
      this.first = first;
      this.count = count;
    }

    public int start() {
      return start;
    }

    public int end() {
      return end;
    }

    public List<Word> words() {
      List<Word> w = words;
      if (w == null) {
        Word[] made = new Word[count];
        for (int i = 0; i < count; i++) {
          made[i] = new Word(source, chars, wordStart(i), wordEnd(i));
        }
        w = List.of(made);
        words = w;
      }
      return w;
    }

    public int wordCount() {
      return count;
    }

    /** Where word {@code i} starts. */
    int wordStart(int i) {
      return bounds != null ? bounds[2 * (first + i)] : words.get(i).start();
    }

    /** Where word {@code i} ends. */
    int wordEnd(int i) {
      return bounds != null ? bounds[2 * (first + i) + 1] : words.get(i).end();
    }

    /**
     * For a split sentence, the word bounds it shares with the other sentences of its span (word
     * {@code i} at [2 * ({@link #firstWord()} + i)] and the element after), else null; never written to.
     */
    int[] bounds() {
      return bounds;
    }

    /** The index in {@link #bounds()} of the sentence's first word. */
    int firstWord() {
      return first;
    }

    /** For a split sentence, the characters of the prose its words are in, else null; never written to. */
    char[] proseChars() {
      return chars;
    }

    /** The characters word {@code i} is in, read from {@link #wordFrom} to {@link #wordTo}; never written to. */
    char[] wordChars(int i) {
      return bounds != null ? chars : words.get(i).chars();
    }

    int wordFrom(int i) {
      return bounds != null ? wordStart(i) : words.get(i).sourceStart();
    }

    int wordTo(int i) {
      return bounds != null ? wordEnd(i) : words.get(i).sourceEnd();
    }

    /** The text of word {@code i}. */
    String wordText(int i) {
      return bounds != null ? source.substring(wordStart(i), wordEnd(i)) : words.get(i).text();
    }

    /** The estimated syllables of its words ({@link Syllables}), counted once: the readability rule and the scorecard both ask. */
    int syllables() {
      int n = syllables;
      if (n < 0) {
        n = 0;
        if (bounds != null) {
          // A split sentence's words, read straight from the prose by their bounds.
          for (int i = 2 * first, last = 2 * (first + count); i < last; i += 2) {
            n += Syllables.count(chars, bounds[i], bounds[i + 1]);
          }
        } else {
          for (int i = 0; i < count; i++) {
            n += Syllables.count(wordChars(i), wordFrom(i), wordTo(i));
          }
        }
        syllables = n;
      }
      return n;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Sentence s && s.start == start && s.end == end && s.words().equals(words());
    }

    @Override
    public int hashCode() {
      return (31 * start + end) * 31 + words().hashCode();
    }

    @Override
    public String toString() {
      return "Sentence[start=" + start + ", end=" + end + ", words=" + words() + "]";
    }
  }

  /** The sentences of {@code text} between {@code from} and {@code to}; sentences without words are dropped. */
  public static List<Sentence> split(String text, int from, int to) {
    return split(text.toCharArray(), text, from, to);
  }

  /** The same, scanning {@code chars}, a copy of {@code text} (array reads are cheaper than a string's). */
  static List<Sentence> split(char[] chars, String text, int from, int to) {
    // A character scan that finds exactly the words WORD finds, left to right (see SentencesTest).
    // Each word's start and end go into one array; each sentence is its first word and count,
    // with its start and end: four numbers in a second array, made into sentences at the end.
    int[] bounds = new int[32];
    int n = 0; // words so far
    int[] found = new int[16];
    int sentences = 0;
    int firstWord = 0; // the first word of the sentence being read
    int cursor = from;
    int i = from;
    while (true) {
      int start = wordStart(chars, i, to);
      if (start < 0) {
        break;
      }
      // A break between the previous word and this one ends the sentence.
      if (n > firstWord && hasBreak(chars, cursor, start)) {
        found = add(found, sentences++, bounds[2 * firstWord], bounds[2 * n - 1], firstWord, n - firstWord);
        firstWord = n;
      }
      int end = wordEnd(chars, start, to);
      if (2 * n + 2 > bounds.length) {
        bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * n] = start;
      bounds[2 * n + 1] = end;
      n++;
      cursor = end;
      i = end;
      int after = trailing(chars, cursor, to);
      if (after > cursor && endsSentence(chars, text, bounds, firstWord, n, cursor, after, to)) {
        found = add(found, sentences++, bounds[2 * firstWord], after, firstWord, n - firstWord);
        firstWord = n;
        cursor = after;
      }
    }
    if (n > firstWord) {
      found = add(found, sentences++, bounds[2 * firstWord], bounds[2 * n - 1], firstWord, n - firstWord);
    }
    int[] all = bounds.length == 2 * n ? bounds : java.util.Arrays.copyOf(bounds, 2 * n);
    List<Sentence> out = new ArrayList<>(sentences);
    for (int k = 0; k < sentences; k++) {
      out.add(new Sentence(found[4 * k], found[4 * k + 1], text, chars, all, found[4 * k + 2], found[4 * k + 3]));
    }
    return out;
  }

  private static int[] add(int[] found, int k, int start, int end, int first, int count) {
    if (4 * k + 4 > found.length) {
      found = java.util.Arrays.copyOf(found, found.length * 2);
    }
    found[4 * k] = start;
    found[4 * k + 1] = end;
    found[4 * k + 2] = first;
    found[4 * k + 3] = count;
    return found;
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
      char c = text[i];
      // ASCII, nearly every character, decided here without a call.
      if (c < 0x80 ? ASCII_WORD[c] : wordCharAt(text, i, to) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@code [A-Za-z0-9]}, for ASCII. */
  private static final boolean[] ASCII_WORD = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
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
    while (i < to) {
      char c = text[i];
      if (c < 0x80) {
        if (!ASCII_WORD[c]) {
          break;
        }
        i++;
        continue;
      }
      int n = wordCharAt(text, i, to);
      if (n == 0) {
        break;
      }
      i += n;
    }
    return i;
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

  /** Whether the terminal run after the last word (words {@code first} to {@code n - 1} of the sentence) ends it. */
  private static boolean endsSentence(char[] text, String source, int[] bounds, int first, int n, int wordEnd, int after,
      int to) {
    boolean plainStop = text[wordEnd] == '.' && after == wordEnd + 1;
    if (!plainStop) {
      return true;
    }
    if (bounds[2 * (n - 1) + 1] - bounds[2 * (n - 1)] > LONGEST_EXCEPTION) {
      // Longer than every abbreviation, "nos", "etc" and an initial; lower case never shortens a
      // word, so none of the tests below can hold: no copy is made.
      return true;
    }
    String word = source.substring(bounds[2 * (n - 1)], bounds[2 * (n - 1) + 1]);
    String lower = word.toLowerCase(Locale.ROOT);
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
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      // An initial unless it follows a capitalised word ("Child T." ends a sentence; "A. Reviewer" does not).
      if (n - first < 2) {
        return false;
      }
      String prev = source.substring(bounds[2 * (n - 2)], bounds[2 * (n - 2) + 1]);
      boolean capitalisedWord = prev.length() > 1 && Character.isUpperCase(prev.charAt(0))
          && Character.isLowerCase(prev.charAt(1));
      boolean initialBefore = prev.length() == 1 && Character.isUpperCase(prev.charAt(0));
      return capitalisedWord && !initialBefore;
    }
    return true;
  }

}
