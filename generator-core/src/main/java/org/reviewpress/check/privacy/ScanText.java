package org.reviewpress.check.privacy;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.reviewpress.model.Block;
import org.reviewpress.model.Report;
import org.reviewpress.model.TextField;

/**
 * The text of a report that reaches a reader, at the same offsets as in report.md: the free-text
 * values of the front matter and the whole Markdown body (link text and URLs, image alt text and
 * titles, footnotes, code, HTML and its comments). Everything else, YAML keys and structural
 * values such as ids, dates and evidence anchors, is blanked to spaces (line breaks are kept), and
 * so is Markdown syntax that carries no words of its own ({@code {#id}} attributes, footnote
 * labels, the rule id of an exemption). Detectors run over this one string, so a match's offset
 * is its place in the author's file.
 */
final class ScanText {

  private static final Pattern TITLE_BEFORE = Pattern.compile(".*\\b(?:Mr|Mrs|Ms|Dr|Mx|St)$");

  private final String text;
  /** The same text as an array that nothing writes to, for scans that read every character. */
  private final char[] chars;
  private final BitSet titleCase;
  private final BitSet scanned;
  private final TextIndex index;

  private ScanText(char[] chars, BitSet titleCase, BitSet scanned, TextIndex index) {
    this.chars = chars;
    this.text = new String(chars);
    this.titleCase = titleCase;
    this.scanned = scanned;
    this.index = index;
  }

  /** The scan text of the report being checked, built once per report and shared by the rules. */
  static ScanText of(org.reviewpress.check.CheckContext context) {
    return context.shared(ScanText.class, ScanText::of);
  }

  /** The scan text of a report. */
  static ScanText of(Report report) {
    String src = report.source().text();
    int n = src.length();
    char[] buf = report.source().chars().clone();
    BitSet scanned = new BitSet(n);
    BitSet titleCase = new BitSet(n);
    for (TextField f : report.textFields()) {
      if (f.path().startsWith("pseudonyms") || f.path().equals("lang")) {
        continue; // declared pseudonyms are what the report should say; lang is a tag
      }
      int s = Math.max(0, f.start());
      int e = Math.min(f.end(), n);
      if (s < e) {
        scanned.set(s, e);
      }
      if (f.path().equals("title") || f.path().endsWith(".title") || f.path().startsWith("glossary.")
          || f.path().equals("partnership") || f.path().equals("model")) {
        titleCase.set(f.start(), Math.min(f.end(), n));
      }
    }
    int bodyStart = report.body().start();
    if (Math.max(0, bodyStart) < n) {
      scanned.set(Math.max(0, bodyStart), n);
    }
    // Blank what is not scanned (the front matter outside its free-text values), keeping line breaks.
    int from = Math.min(n, Math.max(0, bodyStart));
    for (int i = scanned.nextClearBit(0); i < from; ) {
      int next = scanned.nextSetBit(i);
      int to = next < 0 ? from : Math.min(from, next);
      for (int j = i; j < to; j++) {
        if (buf[j] != '\n' && buf[j] != '\r') {
          buf[j] = ' ';
        }
      }
      i = scanned.nextClearBit(to);
    }
    blankMarkup(report.source().chars(), buf, from);
    for (Block b : report.body().blocks()) {
      if (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TABLE) {
        titleCase.set(Math.max(0, b.start()), Math.min(b.end(), n));
      }
    }
    return new ScanText(buf, titleCase, scanned, TextIndex.of(buf));
  }

  /**
   * Turns every carriage return into a line feed and blanks, from {@code from} on, Markdown
   * syntax that carries no words: {@code {#id}} attributes ("{#", then letters, digits, '_' or
   * '-', then '}'), footnote labels ("[^", then anything but ']' and white space, then ']') and an
   * exemption's head ("reviewpress-allow", white space, and the rule id up to a colon or white
   * space). One pass over the author's text {@code text} for all four; each search goes on after
   * its own last match, as four separate searches of the text would.
   */
  private static void blankMarkup(char[] text, char[] buf, int from) {
    int n = text.length;
    for (int i = 0; i < from; i++) {
      if (text[i] == '\r') {
        buf[i] = '\n';
      }
    }
    // Where each search may find its next opening: after its last match.
    int ids = from;
    int notes = from;
    int exemptions = from;
    for (int i = from; i < n; i++) {
      char c = text[i];
      if (c == '\r') {
        buf[i] = '\n';
      } else if (c == '{') {
        if (i >= ids && i + 1 < n && text[i + 1] == '#') {
          int j = i + 2;
          while (j < n && idChar(text[j])) {
            j++;
          }
          if (j > i + 2 && j < n && text[j] == '}') {
            blank(text, buf, i, j + 1);
            ids = j + 1;
          }
        }
      } else if (c == '[') {
        if (i >= notes && i + 1 < n && text[i + 1] == '^') {
          int j = i + 2;
          while (j < n && text[j] != ']' && !TextIndex.isRegexSpace(text[j])) {
            j++;
          }
          if (j < n && text[j] == ']') {
            blank(text, buf, i, j + 1);
            notes = j + 1;
          }
        }
      } else if (c == 'r' && i + 2 < n && text[i + 1] == 'e' && text[i + 2] == 'v' && i >= exemptions
          && startsWith(text, i, EXEMPTION)) {
        // Every 'r' of the body comes here: its next two letters rule out nearly all without a call.
        int j = i + EXEMPTION.length();
        if (j < n && TextIndex.isRegexSpace(text[j])) {
          while (j < n && TextIndex.isRegexSpace(text[j])) {
            j++;
          }
          while (j < n && text[j] != ':' && !TextIndex.isRegexSpace(text[j])) {
            j++;
          }
          blank(text, buf, i, j);
          exemptions = j;
        }
      }
    }
  }

  /** Whether {@code text} holds {@code word} at {@code at}. */
  private static boolean startsWith(char[] text, int at, String word) {
    if (at + word.length() > text.length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (text[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean idChar(char c) {
    return TextIndex.isAsciiLetter(c) || TextIndex.isAsciiDigit(c) || c == '_' || c == '-';
  }

  private static final String EXEMPTION = "reviewpress-allow";

  /**
   * Blanks buf[from, to) but its line ends: where {@code text}, the author's text, has a line feed
   * or a carriage return (which the pass that blanks turns into a line feed when it gets there).
   */
  private static void blank(char[] text, char[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] != '\n' && text[i] != '\r') {
        buf[i] = ' ';
      }
    }
  }

  /** The scan text: as long as report.md, blanks where nothing is scanned. */
  String text() {
    return text;
  }

  /** The scan text's characters; never to be written to. */
  char[] chars() {
    return chars;
  }

  /** Where the numbers and words of the scan text begin. */
  TextIndex index() {
    return index;
  }

  /**
   * Whether an offset lies where every word may start with a capital (headings, titles, table
   * cells), so a capital letter says nothing about a name.
   */
  boolean titleCase(int offset) {
    return titleCase.get(offset);
  }

  /** Whether an offset is scanned text. */
  boolean scanned(int offset) {
    return scanned.get(offset);
  }

  /**
   * Whether the word at {@code offset} starts a sentence: nothing but blanks, quotes, brackets,
   * list or heading markers lie between it and the previous full stop, question or exclamation
   * mark, colon, blank line or start of a scanned region.
   */
  boolean sentenceStart(int offset) {
    boolean markerOnLine = false;
    // Bounded look-back keeps the check linear on hostile text with no punctuation at all.
    for (int i = offset - 1; i >= Math.max(0, offset - LOOK); i--) {
      char c = chars[i];
      if (!scanned.get(i)) {
        return true;
      }
      if (c == '\n') {
        if (markerOnLine || i == 0 || chars[i - 1] == '\n' || !scanned.get(i - 1)) {
          return true; // a list item, quote, heading or table cell, or a new paragraph
        }
        continue;
      }
      if (c == '>' && i >= 2 && chars[i - 1] == '-' && chars[i - 2] == '-') {
        return true; // after an HTML comment
      }
      if (c == '-' || c == '*' || c == '+' || c == '>' || c == '#' || c == '|') {
        markerOnLine = true;
        continue;
      }
      if ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c) || c == '"' || c == '\u201C' || c == '\u2018' || c == '(' || c == '['
          || c == '_' || c == '\'') {
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
        // "Mr." and initials do not end a sentence.
        return !(i >= 2 && Character.isUpperCase(chars[i - 1]) && !Character.isLetter(chars[i - 2]))
            && !(i >= 2 && mayEndWithTitle(chars[i - 1])
                && TITLE_BEFORE.matcher(text.substring(Math.max(0, i - 3), i)).matches());
      }
      return false;
    }
    return offset <= LOOK;
  }

  /**
   * Whether {@link #TITLE_BEFORE} can match text ending with {@code last}: a title ends in r, s,
   * x or t, and {@code $} also matches before a final line terminator.
   */
  private static boolean mayEndWithTitle(char last) {
    return last == 'r' || last == 's' || last == 'x' || last == 't' || last == '\n' || last == '\r'
        || last == '\u0085' || last == '\u2028' || last == '\u2029';
  }

  /** How far the sentence helpers look from a word; sentences in reports are far shorter. */
  private static final int LOOK = 400;

  /** The sentence around an offset: from after the previous sentence end to the next one. */
  int[] sentence(int start, int end) {
    int s = start;
    while (s > 0 && start - s < LOOK) {
      char c = chars[s - 1];
      if (!scanned.get(s - 1) || c == '.' || c == '!' || c == '?' || (c == '\n' && s >= 2 && chars[s - 2] == '\n')) {
        break;
      }
      s--;
    }
    int e = end;
    while (e < text.length() && e - end < LOOK) {
      char c = chars[e];
      if (!scanned.get(e) || c == '.' || c == '!' || c == '?' || (c == '\n' && e + 1 < text.length() && chars[e + 1] == '\n')) {
        break;
      }
      e++;
    }
    return new int[] {s, e};
  }
}
