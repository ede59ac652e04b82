package org.reviewpress.check.language.legacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.model.Block;
import org.reviewpress.model.Report;
import org.reviewpress.model.SourcePosition;
import org.reviewpress.model.SourceText;
import org.reviewpress.model.TextField;

/**
 * The prose of a report as text rules read it: the body's paragraphs, headings and tables and
 * the front matter's free-text values, each as a {@link Span} of the author's file.
 *
 * <p>{@link #text()} is a copy of report.md of exactly the same length in which everything that
 * is not prose is blanked to spaces: Markdown markers, code spans and code blocks, HTML tags and
 * comments, link destinations, bare web addresses, {@code {#id}} attributes and everything outside
 * the spans (YAML keys, quotes and comments). Rules scan it with ordinary regular expressions and
 * report any offset through {@link #position(int)}, which gives the exact line and column in the
 * file. Table cell borders become {@link #BREAK}, which ends a sentence.
 */
public final class Prose {

  /** Stands for a border no sentence crosses (a table cell edge). */
  public static final char BREAK = '\u2029';

  /** What a span of prose is. */
  public enum Kind { HEADING, PARAGRAPH, TABLE, FIELD }

  /**
   * One stretch of prose.
   *
   * @param start   source offset of its first character
   * @param end     source offset after its last character
   * @param kind    what it is
   * @param section index into the body's sections, or -1 for front matter
   * @param quoted  whether the whole span is quoted (a block quote): the author's witness, not the author
   * @param field   the front matter path for a {@link Kind#FIELD}, empty otherwise
   */
  public record Span(int start, int end, Kind kind, int section, boolean quoted, String field) {
    public Span {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(field, "field");
    }

    public boolean inBody() {
      return kind != Kind.FIELD;
    }
  }

  /** Front matter values that are prose written by the reviewer (not names, ids or keywords). */
  private static final Pattern PROSE_FIELD = Pattern.compile(
      "title|summary|findings\\[\\d+\\]\\.(?:title|statement|in-this-case|not-peculiar|how-widespread|implications"
          + "|questions\\[\\d+\\])|recommendations\\[\\d+\\]\\.text");

  private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)", Pattern.DOTALL);
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).+?(?<!`)\\1(?!`)", Pattern.DOTALL);
  private static final Pattern AUTOLINK = Pattern.compile("<(?:[A-Za-z][A-Za-z0-9+.-]*:|[^\\s<>@]+@)[^\\s<>]*>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
  private static final Pattern LINK_DESTINATION = Pattern.compile("\\]\\(\\s*<?[^)\\s>]*>?(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
  private static final Pattern REFERENCE_LABEL = Pattern.compile("\\]\\[[^\\]]*\\]");
  private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]\\s]*\\]:?");
  private static final Pattern URL = Pattern.compile(
      "(?i)\\b(?:(?:https?|ftp|mailto|file):|www\\.)[^\\s<>()\\[\\]\"]*[^\\s<>()\\[\\]\".,;:!?'’]"
          + "|\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\{#[A-Za-z0-9_-]*\\}");
  private static final Pattern LINE_PREFIX = Pattern.compile(
      "(?m)^[ \\t]*(?:>[ \\t]?)*(?:(?:[-*+]|\\d{1,9}[.)]|:)[ \\t]+)?(?:\\[[ xX]\\][ \\t]+)?(?:>[ \\t]?)*");
  private static final Pattern HEADING_MARKS = Pattern.compile("^[ \\t]*#{1,6}[ \\t]*|[ \\t]+#+[ \\t]*$|(?m)^[=-]+[ \\t]*$");
  private static final Pattern TABLE_RULE = Pattern.compile("(?m)^[ \\t|:\\-]+$");
  private static final Pattern EMPHASIS = Pattern.compile("\\*+|~~|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])|\\\\(?=\\p{Punct})|[\\[\\]]|!(?=\\[)");

  private final SourceText source;
  private final String text;
  private final List<Span> spans;
  private final BitSet quoted;
  /** Each span's sentences, split on first use: several rules read them. */
  private final java.util.Map<Span, List<Sentences.Sentence>> sentences = new java.util.concurrent.ConcurrentHashMap<>();

  private Prose(SourceText source, String text, List<Span> spans, BitSet quoted) {
    this.source = source;
    this.text = text;
    this.spans = List.copyOf(spans);
    this.quoted = quoted;
  }

  /** The prose of the report being checked, built once per report and shared by the rules. */
  public static Prose of(org.reviewpress.check.CheckContext context) {
    return context.shared(Prose.class, Prose::of);
  }

  /** Reads the prose of a report. */
  public static Prose of(Report report) {
    SourceText source = report.source();
    String raw = source.text();
    char[] out = new char[raw.length()];
    Arrays.fill(out, ' ');
    // Keep line ends, so a blanked region never joins two lines into one sentence.
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        out[i] = c;
      }
    }
    List<Span> spans = new ArrayList<>();
    BitSet quoted = new BitSet(raw.length());
    for (TextField f : report.textFields()) {
      if (PROSE_FIELD.matcher(f.path()).matches() && f.end() > f.start() && f.end() <= raw.length()) {
        Span s = new Span(f.start(), f.end(), Kind.FIELD, -1, false, f.path());
        copy(raw, out, s);
        spans.add(s);
      }
    }
    for (Block b : report.body().blocks()) {
      Kind kind = switch (b.kind()) {
        case HEADING -> Kind.HEADING;
        case PARAGRAPH -> Kind.PARAGRAPH;
        case TABLE -> Kind.TABLE;
        case CODE, HTML -> null; // never prose: code is not English, raw HTML is sanitised markup
      };
      if (kind == null || b.end() <= b.start() || b.end() > raw.length()) {
        continue;
      }
      int lineStart = source.lineStart(source.lineOf(b.start()));
      // A paragraph inside a block quote starts after its "> " marker.
      boolean inQuote = raw.substring(lineStart, b.start()).indexOf('>') >= 0;
      Span s = new Span(b.start(), b.end(), kind, b.section(), inQuote, "");
      copy(raw, out, s);
      spans.add(s);
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (Span s : spans) {
      if (s.quoted()) {
        quoted.set(s.start(), s.end());
      } else {
        markQuotations(out, s.start(), s.end(), quoted);
      }
    }
    return new Prose(source, new String(out), spans, quoted);
  }

  /** Copies one span's prose into {@code out}, blanking what is not prose. */
  private static void copy(String raw, char[] out, Span s) {
    char[] part = raw.substring(s.start(), s.end()).toCharArray();
    String p = new String(part);
    // Each pattern runs only when the span holds the character its every match needs: most
    // paragraphs have no comment, code, tag, link or address at all.
    if (p.contains("<!--")) {
      blank(part, COMMENT, p);
      p = new String(part);
    }
    if (p.indexOf('`') >= 0) {
      blank(part, CODE_SPAN, p);
      p = new String(part);
    }
    if (p.indexOf('<') >= 0) {
      blank(part, AUTOLINK, p);
      blank(part, TAG, p);
    }
    if (p.contains("](")) {
      blank(part, LINK_DESTINATION, p);
    }
    if (p.contains("][")) {
      blank(part, REFERENCE_LABEL, p);
    }
    if (p.contains("[^")) {
      blank(part, FOOTNOTE, p);
    }
    if (p.indexOf(':') >= 0 || p.indexOf('@') >= 0 || p.toLowerCase(java.util.Locale.ROOT).contains("www.")) {
      blank(part, URL, p);
    }
    if (p.contains("{#")) {
      blank(part, ID_ATTRIBUTE, p);
    }
    if (s.kind() != Kind.FIELD) {
      // The block may start mid-line (after "> " or "- "); prefixes of later lines are markers.
      Matcher m = LINE_PREFIX.matcher(p);
      while (m.find()) {
        if (m.start() > 0) {
          fill(part, m.start(), m.end(), ' ');
        }
      }
    }
    if (s.kind() == Kind.HEADING) {
      blank(part, HEADING_MARKS, p);
    }
    if (s.kind() == Kind.TABLE) {
      blank(part, TABLE_RULE, p);
      for (int i = 0; i < part.length; i++) {
        if (part[i] == '|' && (i == 0 || p.charAt(i - 1) != '\\')) {
          part[i] = BREAK;
        }
      }
    }
    String masked = new String(part);
    // Emphasis and brackets start with one of these characters; the pattern is tried only there.
    for (java.util.regex.MatchResult m : org.reviewpress.check.MatchStarts.find(EMPHASIS, masked,
        i -> "*~_\\[]!".indexOf(masked.charAt(i)) >= 0)) {
      fill(part, m.start(), m.end(), ' ');
    }
    System.arraycopy(part, 0, out, s.start(), part.length);
  }

  private static void blank(char[] part, Pattern p, String in) {
    Matcher m = p.matcher(in);
    while (m.find()) {
      fill(part, m.start(), m.end(), ' ');
    }
  }

  private static void fill(char[] part, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (part[i] != '\n' && part[i] != '\r') {
        part[i] = c;
      }
    }
  }

  /**
   * Marks text inside quotation marks: "…", “…”, ‘…’ and '…' (a straight single quote opens only
   * before a letter and after a space, so apostrophes in "children's" or "parents'" do not).
   * A quotation that does not close within its span is not marked.
   */
  private static void markQuotations(char[] t, int start, int end, BitSet quoted) {
    int open = -1;
    char closer = 0;
    for (int i = start; i < end; i++) {
      char c = t[i];
      if (open < 0) {
        char before = i > start ? t[i - 1] : ' ';
        char after = i + 1 < end ? t[i + 1] : ' ';
        boolean wordBefore = Character.isLetterOrDigit(before);
        if (c == '"' && !wordBefore) {
          open = i;
          closer = '"';
        } else if (c == '\u201C') {
          open = i;
          closer = '\u201D';
        } else if ((c == '\u2018' || c == '\'') && !wordBefore && Character.isLetter(after)) {
          open = i;
          closer = c == '\'' ? '\'' : '\u2019';
        }
      } else if (c == closer) {
        char after = i + 1 < end ? t[i + 1] : ' ';
        if (closer == '"' || closer == '\u201D' || !Character.isLetter(after)) {
          quoted.set(open, i + 1);
          open = -1;
        }
      } else if (c == BREAK) {
        open = -1;
      }
    }
  }

  /** The masked copy of report.md (same length, same offsets). */
  public String text() {
    return text;
  }

  /** Every span of prose, in file order. */
  public List<Span> spans() {
    return spans;
  }

  /** The spans of the body, in file order. */
  public List<Span> bodySpans() {
    return spans.stream().filter(Span::inBody).toList();
  }

  /** Whether the character at {@code offset} is inside quoted speech or a block quote. */
  public boolean isQuoted(int offset) {
    return quoted.get(offset);
  }

  /** Whether every character of [start, end) is quoted. */
  public boolean isQuoted(int start, int end) {
    int next = quoted.nextClearBit(start);
    return next >= end;
  }

  /** The file position of a source offset. */
  public SourcePosition position(int offset) {
    return source.position(offset);
  }

  /** The sentences of one span. */
  public List<Sentences.Sentence> sentences(Span span) {
    return sentences.computeIfAbsent(span, s -> List.copyOf(Sentences.split(text, s.start(), s.end())));
  }

  /** The sentences of every span, in file order. */
  public List<Sentences.Sentence> sentences() {
    List<Sentences.Sentence> out = new ArrayList<>();
    spans.forEach(s -> out.addAll(sentences(s)));
    return out;
  }
}
