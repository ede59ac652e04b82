package org.reviewpress.model;

import java.util.Objects;

/**
 * A leaf block of prose in the body (a paragraph, a heading, a table cell row...) with its
 * source range. Text checks read {@link SourceText#text()} between {@code start} and {@code end}.
 *
 * @param kind     what the block is
 * @param start    source offset of the first character
 * @param end      source offset after the last character
 * @param section  index into {@link Report#sections()} of the section it belongs to
 */
public record Block(Kind kind, int start, int end, int section) {

  /** What a block is; code is kept apart because prose rules skip it. */
  public enum Kind { HEADING, PARAGRAPH, TABLE, CODE, HTML }

  public Block {
    Objects.requireNonNull(kind, "kind");
  }
}
