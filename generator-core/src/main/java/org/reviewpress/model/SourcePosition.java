package org.reviewpress.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in an author's file: 1-based line and column, as an editor shows them.
 *
 * @param file   the file, as given to the generator (usually relative to the project)
 * @param line   1-based line
 * @param column 1-based column, counted in characters
 */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that belong to the file as a whole. */
  public static SourcePosition startOf(Path file) {
    return new SourcePosition(file, 1, 1);
  }

  @Override
  public int compareTo(SourcePosition o) {
    int c = file.toString().compareTo(o.file.toString());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return file.toString().replace('\\', '/') + ":" + line + ":" + column;
  }
}
