package org.reviewpress.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The full text of one author's file with a line index, so any character offset can be turned
 * into the line and column an editor shows. Immutable.
 */
public final class SourceText {

  private final Path file;
  private final String text;
  private volatile int[] lineStarts;
  /** The text's characters, copied out once on first use for the scans that read every one. */
  private volatile char[] chars;

  public SourceText(Path file, String text) {
    this.file = Objects.requireNonNull(file, "file");
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * A text whose characters and line index its reader worked out while reading it (ReportReader
   * does both in the pass that decodes the file): {@code chars} must hold exactly the text's
   * characters, and {@code lineStarts} the offsets where its lines start, 0 first, a line ending
   * at each \n, \r\n and lone \r. Both are kept as they are: the caller must not change them.
   */
  public SourceText(Path file, String text, char[] chars, int[] lineStarts) {
    this(file, text);
    if (chars.length != text.length() || lineStarts.length == 0 || lineStarts[0] != 0) {
      throw new IllegalArgumentException("characters or line starts that are not the text's");
    }
    this.chars = chars;
    this.lineStarts = lineStarts;
  }

  /**
   * The offsets where lines start, worked out on first use: a report taken from the build cache
   * may never need a position. Racing threads compute the same array, so no lock is needed.
   */
  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = index(text);
      lineStarts = starts;
    }
    return starts;
  }

  private static int[] index(String text) {
    int[] starts = new int[64];
    int n = 0;
    starts[n++] = 0;
    if (text.indexOf('\r') < 0) {
      // Only \n ends lines: the JDK's vectorised search finds them.
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
      return Arrays.copyOf(starts, n);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // \r\n, \r and \n all end a line, as editors count them.
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  public Path file() {
    return file;
  }

  public String text() {
    return text;
  }

  /**
   * The characters of {@link #text()}, copied out of the string once and shared: array reads
   * are cheaper than a string's, and several checks scan the whole file. Callers must never
   * write to the array (copy it first to change it). Racing threads compute equal arrays.
   */
  public char[] chars() {
    char[] c = chars;
    if (c == null) {
      c = text.toCharArray();
      chars = c;
    }
    return c;
  }

  /**
   * Lets go of the characters {@link #chars()} copied out; they are copied again if asked for.
   * A build keeps every report's model from its checks until its pages are written, and the copy
   * is twice the size of a long report's text (as Latin-1, a string holds a byte per character).
   */
  public void releaseChars() {
    chars = null;
  }

  public int length() {
    return text.length();
  }

  /** Number of lines (a final line without a newline counts). */
  public int lineCount() {
    return lineStarts().length;
  }

  /** The offset where 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts()[Math.max(0, Math.min(line, lineStarts().length) - 1)];
  }

  /** 1-based line of a character offset. */
  public int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts(), Math.max(0, Math.min(offset, text.length())));
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The position of a character offset (clamped into the text). */
  public SourcePosition position(int offset) {
    int off = Math.max(0, Math.min(offset, text.length()));
    int line = lineOf(off);
    return new SourcePosition(file, line, off - lineStarts()[line - 1] + 1);
  }

  /** The offset of a 1-based line and column. */
  public int offset(int line, int column) {
    return Math.min(text.length(), lineStart(line) + column - 1);
  }

  /** Equal when the file and the text are: the line index follows from the text. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SourceText other && file.equals(other.file) && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + text.hashCode();
  }

  @Override
  public String toString() {
    return "SourceText[" + file + ", " + text.length() + " chars]";
  }
}
