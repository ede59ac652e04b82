package org.reviewpress.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.reviewpress.model.Report;
import org.reviewpress.model.SourcePosition;
import org.reviewpress.model.SourceText;

/**
 * Reads one report.md into the model: decodes it strictly as UTF-8, splits the front matter
 * from the body, binds the front matter and parses the body. Problems in the author's file
 * become diagnostics; only a broken environment throws.
 */
public final class ReportReader {

  /**
   * Larger files are refused before they are read: it bounds memory and time. A long review is
   * well under 1 MB of Markdown (figures are separate files); a 10 MB report already takes about
   * ten seconds to check and publish, so a stray 50 MB export must not be parsed at all.
   */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  private final MarkdownReader markdown;

  public ReportReader(MarkdownReader markdown) {
    this.markdown = markdown;
  }

  /** Reads a report from its file. */
  public ReadResult read(ReportSource src) {
    DiagnosticSink sink = new DiagnosticSink();
    SourcePosition start = SourcePosition.startOf(src.display());
    byte[] bytes;
    try {
      if (Files.isDirectory(src.file())) {
        sink.error("source.unreadable", start, "report.md in '" + src.slug() + "' is a folder, not a file.",
            "Move the folder's contents elsewhere and save the report's text as the file " + src.display() + ".");
        return new ReadResult(src, Optional.empty(), sink.all());
      }
      if (!Files.isRegularFile(src.file())) {
        sink.error("source.missing", start, "The report folder '" + src.slug() + "' has no report.md.",
            "Add " + src.display() + ", or remove the folder if it is not a report.");
        return new ReadResult(src, Optional.empty(), sink.all());
      }
      long size = Files.size(src.file());
      if (size > MAX_BYTES) {
        sink.error("source.too-large", start,
            "report.md is " + size / (1024 * 1024) + " MB; reviewpress reads reports up to " + MAX_BYTES / (1024 * 1024) + " MB.",
            "Check that the file is the report's text and not a pasted image or export.");
        return new ReadResult(src, Optional.empty(), sink.all());
      }
      bytes = Files.readAllBytes(src.file());
    } catch (IOException e) {
      sink.error("source.unreadable", start, "report.md cannot be read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()) + ".",
          "Check that the file exists and that you are allowed to read it.");
      return new ReadResult(src, Optional.empty(), sink.all());
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    Indexed indexed = ascii(bytes, skip);
    if (indexed == null) {
      Optional<String> text = decode(bytes, src.display(), sink);
      if (text.isEmpty()) {
        return new ReadResult(src, Optional.empty(), sink.all());
      }
      indexed = indexed(text.get());
    }
    return read(src, indexed, sink);
  }

  /** Reads a report from text already in memory (used by tests and the preview server). */
  public ReadResult read(ReportSource src, String text) {
    return read(src, indexed(text.startsWith("\uFEFF") ? text.substring(1) : text), new DiagnosticSink());
  }

  /**
   * A report's text with its characters, the offsets where its lines start (as
   * {@link SourceText} counts lines) and the offset of its first NUL, or -1: worked out in one
   * pass, where separate searches for NUL, carriage returns and line feeds and a copy of the
   * characters would each read the whole text again.
   */
  record Indexed(String text, char[] chars, int[] lineStarts, int nul) {}

  /**
   * The text of {@code bytes} from {@code from} when they are all ASCII, read in one pass that
   * also copies them out as characters, notes where lines start and finds the first NUL; null at
   * the first byte above 0x7F, where the caller decodes UTF-8 instead. ASCII is the same text in
   * UTF-8 and in Latin-1, and the JDK copies Latin-1 bytes into a String as they are.
   */
  static Indexed ascii(byte[] bytes, int from) {
    int n = bytes.length - from;
    char[] chars = new char[n];
    int[] starts = new int[256];
    int lines = 1;
    int nul = -1;
    for (int i = 0, k = from; i < n; i++, k++) {
      byte b = bytes[k];
      chars[i] = (char) b;
      // One comparison for the common case: bytes above 0x7F are negative, and \0, \n, \r lie below.
      if (b <= '\r') {
        if (b < 0) {
          return null;
        }
        if (b == '\n' || b == '\r' && (i + 1 == n || bytes[k + 1] != '\n')) {
          if (lines == starts.length) {
            starts = Arrays.copyOf(starts, lines * 2);
          }
          starts[lines++] = i + 1;
        } else if (b == 0 && nul < 0) {
          nul = i;
        }
      }
    }
    return new Indexed(new String(bytes, from, n, StandardCharsets.ISO_8859_1), chars, Arrays.copyOf(starts, lines), nul);
  }

  /** {@link Indexed} for a text already decoded: one pass over its characters. */
  static Indexed indexed(String text) {
    char[] chars = text.toCharArray();
    int n = chars.length;
    int[] starts = new int[256];
    int lines = 1;
    int nul = -1;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c <= '\r') {
        if (c == '\n' || c == '\r' && (i + 1 == n || chars[i + 1] != '\n')) {
          if (lines == starts.length) {
            starts = Arrays.copyOf(starts, lines * 2);
          }
          starts[lines++] = i + 1;
        } else if (c == 0 && nul < 0) {
          nul = i;
        }
      }
    }
    return new Indexed(text, chars, Arrays.copyOf(starts, lines), nul);
  }

  private ReadResult read(ReportSource src, Indexed indexed, DiagnosticSink sink) {
    String text = indexed.text();
    SourceText source = new SourceText(src.display(), text, indexed.chars(), indexed.lineStarts());
    if (text.isBlank()) {
      sink.error("frontmatter.missing", SourcePosition.startOf(src.display()), "report.md is empty.",
          "Start the file with a front matter block: a line '---', then 'title: ...', 'review-type: ...',"
              + " 'partnership: ...', then a closing '---' and the report's text.");
      return new ReadResult(src, Optional.empty(), sink.all());
    }
    int nul = indexed.nul();
    if (nul >= 0) {
      sink.error("source.binary", source.position(nul), "report.md looks like a binary file, not text.",
          "Save the report as plain text (Markdown), not as a Word or PDF file renamed to report.md.");
      return new ReadResult(src, Optional.empty(), sink.all());
    }
    int firstLineEnd = lineEnd(text, 0);
    if (!text.substring(0, firstLineEnd).strip().equals("---")) {
      sink.error("frontmatter.missing", SourcePosition.startOf(src.display()),
          "report.md does not start with front matter.",
          "Make the first line '---', then write 'title: ...', 'review-type: ...', 'partnership: ...', then a line '---'.");
      return new ReadResult(src, Optional.empty(), sink.all());
    }
    int yamlStart = next(text, firstLineEnd);
    int[] bounds = closingLine(source);
    int close = bounds[0];
    int bodyStart = bounds[1];
    if (close < 0) {
      sink.error("frontmatter.unclosed", SourcePosition.startOf(src.display()),
          "The front matter that starts here has no closing '---' line.",
          "Add a line containing only '---' after the last front matter line, before the report's text.");
      return new ReadResult(src, Optional.empty(), sink.all());
    }
    YamlReader yaml = new YamlReader(source, 2, sink);
    Optional<FrontMatter> fm = new FrontMatterReader(source, yaml, sink).read(text.substring(yamlStart, close));
    // The body's characters, copied from the source's: the nesting bound and the Markdown reader's
    // own scans read them from an array (see MarkdownNesting.tooDeep).
    char[] bodyChars = Arrays.copyOfRange(indexed.chars(), bodyStart, text.length());
    OptionalInt deep = MarkdownNesting.tooDeep(bodyChars, MarkdownNesting.MAX_DEPTH, source, bodyStart);
    if (deep.isPresent()) {
      sink.error("structure.nesting", source.position(bodyStart + deep.getAsInt()),
          "This line nests lists or quotes more than " + MarkdownNesting.MAX_DEPTH
              + " levels deep (indentation counts too), so the report's text was not read.",
          "Flatten the lists or quotes to a few levels. If this is pasted text or a diagram, remove its deep"
              + " indentation or the repeated '>', '-' or '1.' at the start of the line.");
      return new ReadResult(src, Optional.empty(), sink.all());
    }
    MarkdownReader.Result body = markdown.read(source, bodyStart, bodyChars, false); // NUL refused above
    for (MarkdownReader.Problem p : body.problems()) {
      sink.warning(p.ruleId(), source.position(p.offset()), p.message(), p.hint());
    }
    if (fm.isEmpty()) {
      return new ReadResult(src, Optional.empty(), sink.all());
    }
    FrontMatter f = fm.get();
    Report report = new Report(src.slug(), source, f.title(), f.reviewType(), f.partnership(), f.leadReviewer(),
        f.published(), f.status(), f.lang(), f.model(), f.keywords(), f.summary(), f.pseudonyms(), f.glossary(),
        f.findings(), f.recommendations(), f.textFields(), body.body());
    return new ReadResult(src, Optional.of(report), sink.all());
  }

  /**
   * Whether the line {@code text[from, end)} is "..." or "---" followed only by white space (as
   * {@link String#stripTrailing} counts it), checked in place rather than copying each line.
   */
  static boolean closesFrontMatter(String text, int from, int end) {
    if (end - from == 3 && text.startsWith("...", from)) {
      return true;
    }
    if (end - from < 3 || !text.startsWith("---", from)) {
      return false;
    }
    for (int k = from + 3; k < end; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first line after the first that closes the front matter (see {@link #closesFrontMatter}):
   * its start and the start of the line after it (the body), or -1 and the text's length when
   * there is none. The lines are the source's line index (which ends lines at \n, \r\n and \r):
   * no character-by-character search for each line's end.
   */
  static int[] closingLine(SourceText source) {
    String text = source.text();
    int lines = source.lineCount();
    for (int line = 2; line <= lines; line++) {
      int i = source.lineStart(line);
      if (i >= text.length()) {
        break;
      }
      int next = line < lines ? source.lineStart(line + 1) : text.length();
      if (closesFrontMatter(text, i, line < lines ? lineEndBefore(text, i, next) : next)) {
        return new int[] {i, next};
      }
    }
    return new int[] {-1, text.length()};
  }

  /** The end of the line {@code [from, next)}, the start of the next line: before its \n, \r or \r\n. */
  private static int lineEndBefore(String text, int from, int next) {
    int end = next - 1;
    return end > from && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  private static int next(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n'
        ? lineEnd + 2 : lineEnd + 1;
  }

  /** Strict UTF-8: invalid bytes are reported at their line and column, not replaced silently. */
  static Optional<String> decode(byte[] bytes, java.nio.file.Path display, DiagnosticSink sink) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    // The JDK's own decoding is several times faster than a CharsetDecoder and replaces each
    // invalid sequence with U+FFFD; without U+FFFD in its result there was none, and the strict
    // decoder would give the same text. Only a text holding U+FFFD is decoded strictly again.
    String quick = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return Optional.of(quick);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString());
    } catch (CharacterCodingException e) {
      // Find the first bad byte to say where it is.
      int bad = firstInvalid(bytes, skip);
      String before = new String(bytes, skip, bad - skip, StandardCharsets.UTF_8);
      SourceText partial = new SourceText(display, before);
      SourcePosition at = partial.position(before.length());
      sink.error("source.encoding", at, display.getFileName() + " is not valid UTF-8 text (an invalid byte is here).",
          "Save the file as UTF-8. Text pasted from Word or saved as 'Windows-1252' often causes this.");
      return Optional.empty();
    }
  }

  private static int firstInvalid(byte[] bytes, int from) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }
}
