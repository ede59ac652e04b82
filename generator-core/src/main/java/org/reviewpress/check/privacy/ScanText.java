package org.reviewpress.check.privacy;

import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Matcher;
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

  private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\{#[A-Za-z0-9_-]+\\}");
  private static final Pattern FOOTNOTE_LABEL = Pattern.compile("\\[\\^[^\\]\\s]*\\]");
  private static final Pattern TITLE_BEFORE = Pattern.compile(".*\\b(?:Mr|Mrs|Ms|Dr|Mx|St)$");
  private static final Pattern EXEMPTION_HEAD = Pattern.compile("reviewpress-allow\\s+[^\\s:]*");

  private final String text;
  private final BitSet titleCase;
  private final BitSet scanned;

  private ScanText(String text, BitSet titleCase, BitSet scanned) {
    this.text = text;
    this.titleCase = titleCase;
    this.scanned = scanned;
  }

  /** The scan text of the report being checked, built once per report and shared by the rules. */
  static ScanText of(org.reviewpress.check.CheckContext context) {
    return context.shared(ScanText.class, ScanText::of);
  }

  /** The scan text of a report. */
  static ScanText of(Report report) {
    String src = report.source().text();
    char[] buf = new char[src.length()];
    Arrays.fill(buf, ' ');
    BitSet scanned = new BitSet(src.length());
    BitSet titleCase = new BitSet(src.length());
    for (int i = 0; i < buf.length; i++) {
      char c = src.charAt(i);
      if (c == '\n' || c == '\r') {
        buf[i] = '\n';
      }
    }
    for (TextField f : report.textFields()) {
      if (f.path().startsWith("pseudonyms") || f.path().equals("lang")) {
        continue; // declared pseudonyms are what the report should say; lang is a tag
      }
      copy(src, buf, scanned, f.start(), f.end());
      if (f.path().equals("title") || f.path().endsWith(".title") || f.path().startsWith("glossary.")
          || f.path().equals("partnership") || f.path().equals("model")) {
        titleCase.set(f.start(), Math.min(f.end(), src.length()));
      }
    }
    int bodyStart = report.body().start();
    copy(src, buf, scanned, bodyStart, src.length());
    blank(buf, src, bodyStart, ID_ATTRIBUTE);
    blank(buf, src, bodyStart, FOOTNOTE_LABEL);
    blank(buf, src, bodyStart, EXEMPTION_HEAD);
    for (Block b : report.body().blocks()) {
      if (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TABLE) {
        titleCase.set(Math.max(0, b.start()), Math.min(b.end(), src.length()));
      }
    }
    return new ScanText(new String(buf), titleCase, scanned);
  }

  private static void copy(String src, char[] buf, BitSet scanned, int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(end, src.length());
    for (int i = s; i < e; i++) {
      char c = src.charAt(i);
      buf[i] = c == '\r' ? '\n' : c;
    }
    if (s < e) {
      scanned.set(s, e);
    }
  }

  private static void blank(char[] buf, String src, int from, Pattern p) {
    Matcher m = p.matcher(src);
    m.region(from, src.length());
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (buf[i] != '\n') {
          buf[i] = ' ';
        }
      }
    }
  }

  /** The scan text: as long as report.md, blanks where nothing is scanned. */
  String text() {
    return text;
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
      char c = text.charAt(i);
      if (!scanned.get(i)) {
        return true;
      }
      if (c == '\n') {
        if (markerOnLine || i == 0 || text.charAt(i - 1) == '\n' || !scanned.get(i - 1)) {
          return true; // a list item, quote, heading or table cell, or a new paragraph
        }
        continue;
      }
      if (c == '>' && i >= 2 && text.charAt(i - 1) == '-' && text.charAt(i - 2) == '-') {
        return true; // after an HTML comment
      }
      if (c == '-' || c == '*' || c == '+' || c == '>' || c == '#' || c == '|') {
        markerOnLine = true;
        continue;
      }
      if (Character.isWhitespace(c) || c == '"' || c == '\u201C' || c == '\u2018' || c == '(' || c == '['
          || c == '_' || c == '\'') {
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
        // "Mr." and initials do not end a sentence.
        return !(i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2)))
            && !(i >= 2 && TITLE_BEFORE.matcher(text.substring(Math.max(0, i - 3), i)).matches());
      }
      return false;
    }
    return offset <= LOOK;
  }

  /** How far the sentence helpers look from a word; sentences in reports are far shorter. */
  private static final int LOOK = 400;

  /** The sentence around an offset: from after the previous sentence end to the next one. */
  int[] sentence(int start, int end) {
    int s = start;
    while (s > 0 && start - s < LOOK) {
      char c = text.charAt(s - 1);
      if (!scanned.get(s - 1) || c == '.' || c == '!' || c == '?' || (c == '\n' && s >= 2 && text.charAt(s - 2) == '\n')) {
        break;
      }
      s--;
    }
    int e = end;
    while (e < text.length() && e - end < LOOK) {
      char c = text.charAt(e);
      if (!scanned.get(e) || c == '.' || c == '!' || c == '?' || (c == '\n' && e + 1 < text.length() && text.charAt(e + 1) == '\n')) {
        break;
      }
      e++;
    }
    return new int[] {s, e};
  }
}
