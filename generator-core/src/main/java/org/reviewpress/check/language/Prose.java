package org.reviewpress.check.language;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
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
  /** The same text as an array that nothing writes to, which scans read faster than the string. */
  private final char[] chars;
  private final List<Span> spans;
  /** The spans of the body, in file order. */
  private final List<Span> bodySpans;
  private final BitSet quoted;
  /** Each span's sentences, split on first use: several rules read them. */
  private volatile List<List<Sentences.Sentence>> sentences;
  /** The words of every span for phrase and glossary searches, found on first use. */
  private volatile Words words;

  private Prose(SourceText source, char[] chars, List<Span> spans, BitSet quoted) {
    this.source = source;
    this.chars = chars;
    this.text = new String(chars);
    this.spans = List.copyOf(spans);
    this.bodySpans = this.spans.stream().filter(Span::inBody).toList();
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
    // Scans read an array: report text with curly quotes is a UTF-16 string, whose charAt is a
    // checked call that the quick compiler (a cold build) does not inline. The report's one
    // shared copy, read and never written here.
    char[] rawChars = source.chars();
    // The author's text, one copy: each span is blanked in place below, and what lies outside
    // every span is blanked after (rather than blanking all of it and copying the spans back).
    char[] out = rawChars.clone();
    List<Span> spans = new ArrayList<>();
    // The spans not quoted as a whole in which a quotation may open (most have no quotation mark).
    List<Span> mayQuote = new ArrayList<>();
    BitSet quoted = new BitSet(raw.length());
    for (TextField f : report.textFields()) {
      if (PROSE_FIELD.matcher(f.path()).matches() && f.end() > f.start() && f.end() <= raw.length()) {
        Span s = new Span(f.start(), f.end(), Kind.FIELD, -1, false, f.path());
        if (copy(raw, rawChars, out, s)) {
          mayQuote.add(s);
        }
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
      boolean inQuote = false;
      for (int i = lineStart; i < b.start() && !inQuote; i++) {
        inQuote = rawChars[i] == '>';
      }
      Span s = new Span(b.start(), b.end(), kind, b.section(), inQuote, "");
      if (copy(raw, rawChars, out, s) && !inQuote) {
        mayQuote.add(s);
      }
      spans.add(s);
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // Blank what lies outside every span; fill keeps line ends, so a blanked region never joins
    // two lines into one sentence.
    int covered = 0;
    for (Span s : spans) {
      fill(out, covered, s.start(), ' ');
      covered = Math.max(covered, s.end());
    }
    fill(out, covered, out.length, ' ');
    for (Span s : spans) {
      if (s.quoted()) {
        quoted.set(s.start(), s.end());
      }
    }
    // Each span marks only its own characters, so the order the spans are marked in is no matter.
    for (Span s : mayQuote) {
      markQuotations(out, s.start(), s.end(), quoted);
    }
    return new Prose(source, out, spans, quoted);
  }

  /**
   * Copies one span's prose into {@code out}, blanking what is not prose. Whether a quotation may
   * open in the span: false only where {@link #markQuotations} would mark nothing.
   */
  private static boolean copy(String raw, char[] rawChars, char[] out, Span s) {
    int start = s.start();
    int end = s.end();
    int marks = marks(rawChars, start, end);
    boolean comment = (marks & COMMENT_MARK) != 0;
    boolean code = (marks & CODE_MARK) != 0;
    // Without comments and code spans, every later pattern reads the author's text as it stands:
    // the span is blanked in place, its patterns run on a region of report.md. Otherwise the
    // span is copied, and later patterns read the copy with the comments and code blanked.
    String p;
    // The characters of p, read by the scans below.
    char[] pc;
    char[] part;
    int base;
    if (!comment && !code) {
      p = raw;
      pc = rawChars;
      part = out;
      base = start;
      System.arraycopy(rawChars, start, out, start, end - start);
    } else {
      part = raw.substring(start, end).toCharArray();
      p = new String(part);
      base = 0;
      if (comment) {
        blank(part, COMMENT, p, 0, part.length);
        p = new String(part);
      }
      if (code) {
        blank(part, CODE_SPAN, p, 0, part.length);
        p = new String(part);
      }
      pc = part.clone();
    }
    int from = base;
    int to = base + (end - start);
    // Each pattern runs only when the span holds the characters its every match needs: most
    // paragraphs have no tag, link or address at all. (Blanking comments and code only removes
    // such characters, so the marks of the author's text are enough.)
    if ((marks & TAG_MARK) != 0) {
      blank(part, AUTOLINK, p, from, to);
      blank(part, TAG, p, from, to);
    }
    if ((marks & LINK_MARK) != 0) {
      blank(part, LINK_DESTINATION, p, from, to);
    }
    if ((marks & LABEL_MARK) != 0) {
      blank(part, REFERENCE_LABEL, p, from, to);
    }
    if ((marks & FOOTNOTE_MARK) != 0) {
      blank(part, FOOTNOTE, p, from, to);
    }
    if ((marks & URL_MARK) != 0) {
      blank(part, URL, p, from, to);
    }
    if ((marks & ID_MARK) != 0) {
      blank(part, ID_ATTRIBUTE, p, from, to);
    }
    if (s.kind() != Kind.FIELD && (marks & LINES_MARK) != 0) {
      // The block may start mid-line (after "> " or "- "); prefixes of later lines are markers.
      if ((marks & OTHER_LINES_MARK) == 0) {
        // Only '\n' ends lines here: go from one to the next (a span ends at or just before one).
        for (int nl = p.indexOf('\n', from); nl >= 0 && nl + 1 < to; nl = p.indexOf('\n', nl + 1)) {
          fill(part, nl + 1, linePrefixEnd(pc, nl + 1, to), ' ');
        }
      } else {
        blankLinePrefixes(part, pc, from, to);
      }
    }
    if (s.kind() == Kind.HEADING) {
      blank(part, HEADING_MARKS, p, from, to);
    }
    if (s.kind() == Kind.TABLE) {
      blank(part, TABLE_RULE, p, from, to);
      for (int i = from; i < to; i++) {
        if (part[i] == '|' && (i == from || pc[i - 1] != '\\')) {
          part[i] = BREAK;
        }
      }
    }
    if ((marks & EMPHASIS_MARK) != 0) {
      blankEmphasis(part, from, to);
    }
    if (part != out) {
      System.arraycopy(part, 0, out, start, part.length);
    }
    // A quotation opens only at a quotation mark that blanking left, after a character that is
    // not a letter or digit. Blanking turns characters into spaces (and '|' into BREAK), never
    // into a quotation mark; the one blanked match that can end in a letter or digit right before
    // an unblanked quotation mark is a web or e-mail address, so with one the span is always read.
    return (marks & (QUOTE_MARK | URL_MARK)) != 0;
  }

  private static final int COMMENT_MARK = 1;
  private static final int CODE_MARK = 2;
  private static final int TAG_MARK = 4;
  private static final int LINK_MARK = 8;
  private static final int LABEL_MARK = 16;
  private static final int FOOTNOTE_MARK = 32;
  private static final int URL_MARK = 64;
  private static final int ID_MARK = 128;
  private static final int EMPHASIS_MARK = 256;
  private static final int LINES_MARK = 512;
  /** A line end other than '\n' (carriage return, U+0085, U+2028, U+2029). */
  private static final int OTHER_LINES_MARK = 1024;
  /**
   * A character at which {@link #markQuotations} may open a quotation: '"', '\u201C', or '\'' or
   * '\u2018' not after an ASCII letter or digit of the author's text.
   */
  private static final int QUOTE_MARK = 2048;

  /**
   * Which of the blanking patterns can match in raw[start, end), from the characters each needs:
   * "<!--", '`', '<', "](", "][", "[^", a scheme and ':' or '@' or "www." in any case, "{#", and the marks
   * of emphasis, escapes and brackets; and whether a line ends inside. One pass.
   */
  private static int marks(char[] raw, int start, int end) {
    int marks = 0;
    for (int i = start; i < end; i++) {
      char c = raw[i];
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        continue; // ASCII letters and digits, nearly every character, need nothing
      }
      if (c < '!') {
        marks |= c == '\n' ? LINES_MARK : c == '\r' ? LINES_MARK | OTHER_LINES_MARK : 0;
        continue;
      }
      if (c > '`' && c != '{' && c != '~') {
        // Letters and digits, nearly every character, need nothing; a few others end lines, or
        // may open a quotation.
        marks |= c == '\u0085' || (c | 1) == '\u2029' ? LINES_MARK | OTHER_LINES_MARK
            : c == '\u201C' || c == '\u2018' && mayOpen(raw, start, i) ? QUOTE_MARK : 0;
        continue;
      }
      char next = i + 1 < end ? raw[i + 1] : 0;
      switch (c) {
        case '<' -> marks |= TAG_MARK | (next == '!' && i + 3 < raw.length && raw[i + 2] == '-' && raw[i + 3] == '-'
            && i + 4 <= end ? COMMENT_MARK : 0);
        case '`' -> marks |= CODE_MARK;
        case ']' -> marks |= EMPHASIS_MARK | (next == '(' ? LINK_MARK : next == '[' ? LABEL_MARK : 0);
        case '[' -> marks |= EMPHASIS_MARK | (next == '^' ? FOOTNOTE_MARK : 0);
        case '*', '~', '_', '\\', '!' -> marks |= EMPHASIS_MARK;
        case ':' -> marks |= scheme(raw, start, i) ? URL_MARK : 0;
        case '@' -> marks |= URL_MARK;
        case '{' -> marks |= next == '#' ? ID_MARK : 0;
        case '"' -> marks |= QUOTE_MARK;
        case '\'' -> marks |= mayOpen(raw, start, i) ? QUOTE_MARK : 0;
        case '.' -> marks |= i - 3 >= start && (raw[i - 1] | 0x20) == 'w' && (raw[i - 2] | 0x20) == 'w'
            && (raw[i - 3] | 0x20) == 'w' ? URL_MARK : 0;
        default -> { }
      }
    }
    return marks;
  }

  /**
   * Whether a single quotation mark at {@code i} may open a quotation: it is the span's first
   * character or follows a character other than an ASCII letter or digit (so the apostrophes of
   * "children's" and "didn't" open none).
   */
  private static boolean mayOpen(char[] raw, int start, int i) {
    if (i == start) {
      return true;
    }
    char b = raw[i - 1];
    return !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9');
  }

  /**
   * Whether one of the schemes URL starts with (http, https, ftp, mailto or file, in any case)
   * ends just before the colon at {@code colon}, within the span: a colon after a time or a
   * label ("10:30", "Note:") starts no address, and the pattern need not run for it.
   */
  private static boolean scheme(char[] raw, int start, int colon) {
    return endsWith(raw, start, colon, "http") || endsWith(raw, start, colon, "https") || endsWith(raw, start, colon, "ftp")
        || endsWith(raw, start, colon, "mailto") || endsWith(raw, start, colon, "file");
  }

  /** Whether raw[start, end) ends with the lower-case ASCII {@code word}, in any case. */
  private static boolean endsWith(char[] raw, int start, int end, String word) {
    int from = end - word.length();
    if (from < start) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((raw[from + k] | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Blanks what LINE_PREFIX matches at the start of each line of [from, to) but the first: list,
   * task and block-quote markers and the indentation before them. The pattern is all optional
   * parts, so its match is its greedy reading, which this scan follows part by part.
   */
  private static void blankLinePrefixes(char[] part, char[] p, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      char before = p[i - 1];
      // Where (?m)^ matches: after \n, \r (not inside \r\n), U+0085, U+2028 or U+2029.
      if (before != '\n' && before != '\r' && (before | 1) != '\u2029' && before != '\u0085'
          || before == '\r' && p[i] == '\n') {
        continue;
      }
      int e = linePrefixEnd(p, i, to);
      fill(part, i, e, ' ');
      i = Math.max(i, e - 1);
    }
  }

  private static int linePrefixEnd(char[] p, int i, int to) {
    i = spaces(p, i, to);
    i = quoteMarks(p, i, to);
    int marker = -1;
    if (i < to) {
      char c = p[i];
      if (c == '-' || c == '*' || c == '+' || c == ':') {
        marker = i + 1;
      } else if (c >= '0' && c <= '9') {
        int d = i;
        while (d < to && d - i < 10 && p[d] >= '0' && p[d] <= '9') {
          d++;
        }
        if (d - i <= 9 && d < to && (p[d] == '.' || p[d] == ')')) {
          marker = d + 1;
        }
      }
    }
    if (marker >= 0 && marker < to && (p[marker] == ' ' || p[marker] == '\t')) {
      i = spaces(p, marker, to);
    }
    if (i + 3 < to && p[i] == '[' && (p[i + 1] == ' ' || p[i + 1] == 'x' || p[i + 1] == 'X')
        && p[i + 2] == ']' && (p[i + 3] == ' ' || p[i + 3] == '\t')) {
      i = spaces(p, i + 3, to);
    }
    return quoteMarks(p, i, to);
  }

  private static int spaces(char[] p, int i, int to) {
    while (i < to && (p[i] == ' ' || p[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static int quoteMarks(char[] p, int i, int to) {
    while (i < to && p[i] == '>') {
      i++;
      if (i < to && (p[i] == ' ' || p[i] == '\t')) {
        i++;
      }
    }
    return i;
  }

  /**
   * Blanks what EMPHASIS finds in [from, to) of {@code part}, reading the text as it was before
   * any of it is blanked: runs of '*', "~~", underscores (all but a single one inside a word, as
   * in "snake_case"), a backslash before ASCII punctuation, square brackets, and '!' before '['.
   */
  private static void blankEmphasis(char[] part, int from, int to) {
    // The marks are found first, then blanked, as the pattern's matches were all found on the
    // text before blanking; blanking only ever turns marks into spaces, so a mark blanked
    // earlier in the scan is read as the mark it was.
    int[] found = null;
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = part[i];
      int e;
      switch (c) {
        case '*' -> {
          e = i + 1;
          while (e < to && part[e] == '*') {
            e++;
          }
        }
        case '~' -> e = i + 1 < to && part[i + 1] == '~' ? i + 2 : i;
        case '_' -> {
          e = i + 1;
          while (e < to && part[e] == '_') {
            e++;
          }
          boolean wordBefore = i > from && isWordChar(codePointAt(part, i - 1, to));
          boolean wordAfter = e < to && isWordChar(codePointAt(part, e, to));
          if (wordBefore && wordAfter && e - i == 1) {
            e = i;
          }
        }
        case '\\' -> e = i + 1 < to && isPunct(part[i + 1]) ? i + 1 : i;
        case '[', ']' -> e = i + 1;
        case '!' -> e = i + 1 < to && part[i + 1] == '[' ? i + 1 : i;
        default -> e = i;
      }
      if (e > i) {
        if (found == null) {
          found = new int[16];
        } else if (n + 2 > found.length) {
          found = java.util.Arrays.copyOf(found, found.length * 2);
        }
        found[n++] = i;
        found[n++] = e;
        i = e - 1;
      }
    }
    for (int k = 0; k < n; k += 2) {
      fill(part, found[k], found[k + 1], ' ');
    }
  }

  /** The code point at {@code i} as a pattern reads it: a pair only when both halves are before {@code to}. */
  private static int codePointAt(char[] a, int i, int to) {
    return Character.codePointAt(a, i, to);
  }

  private static boolean isWordChar(int c) {
    return Sentences.isWordChar(c);
  }

  /** {@code \p{Punct}}: ASCII punctuation. */
  private static boolean isPunct(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  private static void blank(char[] part, Pattern p, String in, int from, int to) {
    Matcher m = p.matcher(in).region(from, to);
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
        if (c != '"' && c != '\u201C' && c != '\u2018' && c != '\'') {
          continue; // nearly every character: only a quotation mark opens a quotation
        }
        char before = i > start ? t[i - 1] : ' ';
        char after = i + 1 < end ? t[i + 1] : ' ';
        boolean wordBefore = before < 0x80 ? asciiLetter(before) || before >= '0' && before <= '9'
            : Character.isLetterOrDigit(before);
        if (c == '"' && !wordBefore) {
          open = i;
          closer = '"';
        } else if (c == '\u201C') {
          open = i;
          closer = '\u201D';
        } else if ((c == '\u2018' || c == '\'') && !wordBefore && isLetter(after)) {
          open = i;
          closer = c == '\'' ? '\'' : '\u2019';
        }
      } else if (c == closer) {
        char after = i + 1 < end ? t[i + 1] : ' ';
        if (closer == '"' || closer == '\u201D' || !isLetter(after)) {
          quoted.set(open, i + 1);
          open = -1;
        }
      } else if (c == BREAK) {
        open = -1;
      }
    }
  }

  /** {@link Character#isLetter(char)}, without its calls for ASCII. */
  static boolean isLetter(char c) {
    return c < 0x80 ? asciiLetter(c) : Character.isLetter(c);
  }

  private static boolean asciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** The masked copy of report.md (same length, same offsets). */
  public String text() {
    return text;
  }

  /** The character of {@link #text()} at {@code offset}: read from an array, for scans over every character. */
  public char charAt(int offset) {
    return chars[offset];
  }

  /**
   * Whether {@link #text()} holds {@code prefix} at {@code offset}, as {@link String#startsWith(String, int)}
   * answers: read from the array, without a string's checked reads.
   */
  public boolean startsWith(String prefix, int offset) {
    if (offset < 0 || offset > chars.length - prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (chars[offset + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first offset in [from, to) of {@link #text()} whose character is not ASCII or is marked
   * in {@code ascii} (128 flags, by character), or -1: one loop over the array for a rule that
   * looks for a few characters, where a call per character would cost more than the test.
   */
  public int indexOfAny(int from, int to, boolean[] ascii) {
    char[] a = chars;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c >= 0x80 || ascii[c]) {
        return i;
      }
    }
    return -1;
  }

  /** Every span of prose, in file order. */
  public List<Span> spans() {
    return spans;
  }

  /** The spans of the body, in file order. */
  public List<Span> bodySpans() {
    return bodySpans;
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

  /** The letter-and-digit words of every span, with their folded forms (see {@link Words}). */
  public Words words() {
    Words w = words;
    if (w == null) {
      synchronized (this) {
        w = words;
        if (w == null) {
          w = Words.of(text, chars, spans);
          words = w;
        }
      }
    }
    return w;
  }

  /** The sentences of one span. */
  public List<Sentences.Sentence> sentences(Span span) {
    int i = indexOf(span);
    return i >= 0 ? sentencesBySpan().get(i) : List.copyOf(Sentences.split(text, span.start(), span.end()));
  }

  /** The index of a span among {@link #spans()} (sorted by start, never overlapping), or -1. */
  private int indexOf(Span span) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = spans.get(mid).start();
      if (start < span.start()) {
        lo = mid + 1;
      } else if (start > span.start()) {
        hi = mid - 1;
      } else {
        // The rules ask with the span objects they were given, the same object: a record's
        // equals is a method-handle call that the quick compiler does not make cheap.
        Span found = spans.get(mid);
        return found == span || found.equals(span) ? mid : -1;
      }
    }
    return -1;
  }

  /** Each span's sentences, split on first use: several rules read them all. */
  private List<List<Sentences.Sentence>> sentencesBySpan() {
    List<List<Sentences.Sentence>> all = sentences;
    if (all == null) {
      synchronized (this) {
        all = sentences;
        if (all == null) {
          List<List<Sentences.Sentence>> split = new ArrayList<>(spans.size());
          for (Span s : spans) {
            split.add(Collections.unmodifiableList(Sentences.split(chars, text, s.start(), s.end())));
          }
          all = List.copyOf(split);
          sentences = all;
        }
      }
    }
    return all;
  }

  /** The sentences of every span, in file order. */
  public List<Sentences.Sentence> sentences() {
    List<Sentences.Sentence> out = new ArrayList<>();
    sentencesBySpan().forEach(out::addAll);
    return out;
  }
}
