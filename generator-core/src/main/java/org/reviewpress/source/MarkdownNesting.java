package org.reviewpress.source;

import java.util.OptionalInt;
import org.reviewpress.model.SourceText;

/**
 * A cheap bound on how deeply a Markdown body nests lists, quotes and definitions, checked line
 * by line before Flexmark sees the text. Flexmark's list parsing slows down with the square of
 * the depth (a 20 kB line of {@code "- - - ..."} 10,000 deep takes most of a minute) and its
 * renderer recurses, so a hostile or broken report is stopped here with a diagnostic.
 *
 * <p>The estimate errs high: each container marker at the start of a line ({@code >}, a list
 * bullet or number, a definition's {@code :}) counts one level and every four columns of
 * indentation count one more. Real reports stay in single figures.
 */
final class MarkdownNesting {

  /** Deepest nesting estimate accepted on any line. */
  static final int MAX_DEPTH = 50;

  private MarkdownNesting() {}

  /**
   * The offset of the first marker (or indented text) that takes the estimate beyond
   * {@code limit}, searching {@code text} from {@code start}; empty when the text stays within it.
   * The text is a {@code char[]}, not a String: a String's {@code charAt} on text with curly quotes
   * (UTF-16) is a call with its own index check in code compiled by C1, as a cold build runs.
   */
  static OptionalInt tooDeep(char[] text, int start, int limit) {
    int i = start;
    int n = text.length;
    while (i < n) {
      int j = lineEnd(text, i, limit);
      if (j < 0) {
        return OptionalInt.of(-j - 1);
      }
      i = nextLine(text, j);
    }
    return OptionalInt.empty();
  }

  /**
   * {@link #tooDeep(char[], int, int)} for a body that starts at line start {@code base} of
   * {@code source} and whose characters {@code text} holds: the lines are taken from the source's
   * line index (which ends lines at \n, \r\n and \r as {@link #nextLine} does) rather than found
   * by reading every character up to each line's end.
   */
  static OptionalInt tooDeep(char[] text, int limit, SourceText source, int base) {
    int n = text.length;
    int lines = source.lineCount();
    for (int line = source.lineOf(base); line <= lines; line++) {
      int i = source.lineStart(line) - base;
      if (i >= n) {
        break;
      }
      int j = lineEnd(text, i, limit);
      if (j < 0) {
        return OptionalInt.of(-j - 1);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Reads the indentation and markers at the start of the line at {@code i}: where they end
   * (never past the line's end), or {@code -1 - offset} of the marker or text that takes the
   * estimate beyond {@code limit}.
   */
  private static int lineEnd(char[] text, int i, int limit) {
    int n = text.length;
    int column = 0;
    int j = i;
    int depth = 0;
    while (j < n) {
      char c = text[j];
      if (c == ' ') {
        column++;
      } else if (c == '\t') {
        column = (column / 4 + 1) * 4;
      } else {
        break;
      }
      j++;
    }
    depth += column / 4;
    while (j < n && depth <= limit) {
      int after = marker(text, j);
      if (after < 0) {
        break;
      }
      depth++;
      if (depth > limit) {
        break;
      }
      j = after;
      while (j < n && (text[j] == ' ' || text[j] == '\t')) {
        j++;
      }
    }
    return depth > limit ? -1 - Math.min(j, n) : j;
  }

  /** The offset after a container marker at {@code at}, or -1 when there is none. */
  private static int marker(char[] text, int at) {
    int n = text.length;
    char c = text[at];
    if (c == '>') {
      return at + 1;
    }
    if (c == '-' || c == '*' || c == '+' || c == ':') {
      return endsMarker(text, at + 1) ? at + 1 : -1;
    }
    int k = at;
    while (k < n && k - at < 9 && Character.isDigit(text[k]) && text[k] < 128) {
      k++;
    }
    if (k > at && k < n && (text[k] == '.' || text[k] == ')') && endsMarker(text, k + 1)) {
      return k + 1;
    }
    return -1;
  }

  private static boolean endsMarker(char[] text, int at) {
    if (at >= text.length) {
      return true;
    }
    char c = text[at];
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static int nextLine(char[] text, int from) {
    for (int k = from; k < text.length; k++) {
      char c = text[k];
      if (c == '\n') {
        return k + 1;
      }
      if (c == '\r') {
        return k + 1 < text.length && text[k + 1] == '\n' ? k + 2 : k + 1;
      }
    }
    return text.length;
  }
}
