package org.reviewpress.check.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The words of a report's prose as phrase and glossary searches read them: each run of letters
 * and digits ({@code [\p{L}\p{N}]+}) of each span, with its place and its case-folded form, found
 * in one pass and shared by the rules. A word here is only letters and digits: "step-down" is
 * two words and "didn't" is "didn" and "t" (a {@link Sentences.Word} joins them).
 *
 * <p>Each distinct folded form has a number, so a rule looks a form up once per report instead
 * of once per use, and can list the places a form is used. Immutable once built, thread-safe.
 */
public final class Words {

  private final String text;
  private final int[] start;
  private final int[] end;
  private final int[] form;
  private final int[] span;
  /** Index of each span's first word; the last element is the number of words. */
  private final int[] spanFirst;
  private final int[] spanStart;
  private final int[] spanEnd;
  private final List<String> forms;
  /** Open-addressing table of form numbers + 1 by the folded form's hash (0 is empty). */
  private int[] slots;
  /** Each form's hash, to compare before its letters. */
  private int[] hashes = new int[256];
  /** Each form's characters, compared with a word's without a string's checked reads. */
  private char[][] formChars = new char[256][];
  /** The first word of each form, and the next word of the same form (-1 at the end). */
  private final int[] firstOfForm;
  private final int[] nextOfForm;
  /** Tables derived from the forms by a rule's word list, computed once per report. */
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();

  private Words(String text, char[] chars, List<Prose.Span> spans) {
    this.text = text;
    int capacity = Math.max(16, text.length() / 5);
    int[] st = new int[capacity];
    int[] en = new int[capacity];
    int[] fo = new int[capacity];
    int[] sp = new int[capacity];
    spanFirst = new int[spans.size() + 1];
    spanStart = new int[spans.size()];
    spanEnd = new int[spans.size()];
    forms = new ArrayList<>();
    slots = new int[256];
    int n = 0;
    for (int s = 0; s < spans.size(); s++) {
      spanFirst[s] = n;
      int i = spans.get(s).start();
      int to = spans.get(s).end();
      spanStart[s] = i;
      spanEnd[s] = to;
      while (i < to) {
        // ASCII letters and digits, nearly every word, are read once: their end and hash together.
        int e = i;
        int h = 0;
        char c;
        while (e < to && (c = chars[e]) < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
          h = 31 * h + lower(c);
          e++;
        }
        boolean ascii = e == to || chars[e] < 0x80;
        if (!ascii) {
          e = wordEnd(chars, i, to);
        }
        if (e == i) {
          // Not a letter or digit: one character, or a pair of surrogates read as one code point.
          char c0 = chars[i];
          i += c0 < Character.MIN_HIGH_SURROGATE || c0 > Character.MAX_HIGH_SURROGATE ? 1
              : Character.charCount(Character.codePointAt(chars, i));
          continue;
        }
        if (n == st.length) {
          st = Arrays.copyOf(st, n * 2);
          en = Arrays.copyOf(en, n * 2);
          fo = Arrays.copyOf(fo, n * 2);
          sp = Arrays.copyOf(sp, n * 2);
        }
        st[n] = i;
        en[n] = e;
        fo[n] = ascii ? internAscii(chars, i, e, h) : intern(chars, i, e);
        sp[n] = s;
        n++;
        i = e;
      }
    }
    spanFirst[spans.size()] = n;
    start = st;
    end = en;
    form = fo;
    span = sp;
    firstOfForm = new int[forms.size()];
    Arrays.fill(firstOfForm, -1);
    nextOfForm = new int[n];
    int[] last = new int[forms.size()];
    for (int w = 0; w < n; w++) {
      int f = form[w];
      nextOfForm[w] = -1;
      if (firstOfForm[f] < 0) {
        firstOfForm[f] = w;
      } else {
        nextOfForm[last[f]] = w;
      }
      last[f] = w;
    }
  }

  /** The words of the spans of {@code text}. */
  static Words of(String text, List<Prose.Span> spans) {
    return new Words(text, text.toCharArray(), spans);
  }

  /** The same, scanning {@code chars}, a copy of {@code text}. */
  static Words of(String text, char[] chars, List<Prose.Span> spans) {
    return new Words(text, chars, spans);
  }

  /** The text the words are in. */
  public String text() {
    return text;
  }

  /** The number of words. */
  public int size() {
    return spanFirst[spanFirst.length - 1];
  }

  public int start(int word) {
    return start[word];
  }

  public int end(int word) {
    return end[word];
  }

  /** The number of the word's folded form. */
  public int form(int word) {
    return form[word];
  }

  /** The index of the span the word is in. */
  public int span(int word) {
    return span[word];
  }

  /** The first word of span {@code s}. */
  public int firstOf(int s) {
    return spanFirst[s];
  }

  /** After the last word of span {@code s}. */
  public int endOf(int s) {
    return spanFirst[s + 1];
  }

  /** The start offset of span {@code s}. */
  public int spanStart(int s) {
    return spanStart[s];
  }

  /** The end offset of span {@code s}. */
  public int spanEnd(int s) {
    return spanEnd[s];
  }

  /** The distinct folded forms, by number. */
  public List<String> forms() {
    return forms;
  }

  /** The number of a folded form, or -1 if no word has it. */
  public int formId(String folded) {
    int mask = slots.length - 1;
    for (int at = spread(folded.hashCode()) & mask; slots[at] != 0; at = (at + 1) & mask) {
      if (forms.get(slots[at] - 1).equals(folded)) {
        return slots[at] - 1;
      }
    }
    return -1;
  }

  /**
   * The number of the folded form of text[from, to), added if new. Words of ASCII letters and
   * digits, nearly all of them, are hashed and compared as they stand, without a folded copy.
   */
  private int intern(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c >= 0x80) {
        String folded = foldUnicode(text, from, to);
        int id = formId(folded);
        return id >= 0 ? id : add(folded, folded.toCharArray());
      }
      h = 31 * h + lower(c);
    }
    int mask = slots.length - 1;
    int length = to - from;
    for (int at = spread(h) & mask; slots[at] != 0; at = (at + 1) & mask) {
      char[] known = formChars[slots[at] - 1];
      if (known.length == length && sameFolded(known, s, from)) {
        return slots[at] - 1;
      }
    }
    char[] folded = new char[length];
    for (int i = 0; i < length; i++) {
      folded[i] = lower(s[from + i]);
    }
    return add(new String(folded), folded);
  }

  /** {@link #intern} for a word of ASCII letters and digits whose folded hash is {@code h}. */
  private int internAscii(char[] s, int from, int to, int h) {
    int mask = slots.length - 1;
    int length = to - from;
    for (int at = spread(h) & mask; slots[at] != 0; at = (at + 1) & mask) {
      int f = slots[at] - 1;
      if (hashes[f] == h && formChars[f].length == length && sameFolded(formChars[f], s, from)) {
        return f;
      }
    }
    char[] folded = new char[length];
    for (int i = 0; i < length; i++) {
      folded[i] = lower(s[from + i]);
    }
    return add(new String(folded), folded);
  }

  private static boolean sameFolded(char[] known, char[] s, int from) {
    for (int i = 0; i < known.length; i++) {
      if (known[i] != lower(s[from + i])) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Adds a form, {@code chars} holding its characters (never written to). */
  private int add(String folded, char[] chars) {
    int id = forms.size();
    forms.add(folded);
    if (id == hashes.length) {
      hashes = Arrays.copyOf(hashes, id * 2);
      formChars = Arrays.copyOf(formChars, id * 2);
    }
    hashes[id] = folded.hashCode();
    formChars[id] = chars;
    if (forms.size() * 2 > slots.length) {
      slots = new int[slots.length * 2];
      for (int f = 0; f < forms.size(); f++) {
        place(forms.get(f), f);
      }
    } else {
      place(folded, id);
    }
    return id;
  }

  private void place(String folded, int id) {
    int mask = slots.length - 1;
    int at = spread(folded.hashCode()) & mask;
    while (slots[at] != 0) {
      at = (at + 1) & mask;
    }
    slots[at] = id + 1;
  }

  /** The first word with form {@code f}, or -1. */
  public int firstWithForm(int f) {
    return f < 0 ? -1 : firstOfForm[f];
  }

  /** The next word after {@code word} with the same form, or -1. */
  public int nextWithForm(int word) {
    return nextOfForm[word];
  }

  /** A table derived from these words for {@code key}, computed on first use. */
  @SuppressWarnings("unchecked")
  <T> T derived(Object key, Function<Words, T> compute) {
    Object v = derived.get(key);
    if (v == null) {
      v = compute.apply(this);
      Object raced = derived.putIfAbsent(key, v);
      v = raced == null ? v : raced;
    }
    return (T) v;
  }

  /** The end of the run of letters and digits ({@code \p{L}} and {@code \p{N}}) starting at {@code from}. */
  static int wordEnd(String s, int from, int to) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
          break;
        }
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp) && !isNumber(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return Math.min(i, to);
  }

  /** The same for an array. */
  static int wordEnd(char[] s, int from, int to) {
    int i = from;
    while (i < to) {
      char c = s[i];
      if (c < 0x80) {
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
          break;
        }
        i++;
        continue;
      }
      int cp = Character.codePointAt(s, i);
      if (!Character.isLetter(cp) && !isNumber(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return Math.min(i, to);
  }

  static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** Case-folded code point by code point, as a case-insensitive pattern compares letters. */
  static String fold(String s, int from, int to) {
    return fold(s, from, to, new char[to - from]);
  }

  private static String fold(String s, int from, int to, char[] buffer) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return foldUnicode(s, from, to);
      }
      buffer[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(buffer, 0, n);
  }

  private static String foldUnicode(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; ) {
      int c = s.codePointAt(i);
      b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
      i += Character.charCount(c);
    }
    return b.toString();
  }
}
