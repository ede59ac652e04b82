package org.reviewpress.model;

import java.util.Objects;

/**
 * A place in a report's body that evidence can point at: a heading (with its automatic or
 * explicit id) or a block with an explicit {@code {#id}}.
 *
 * @param id       the id, without {@code #}
 * @param kind     what carries it
 * @param explicit whether the author wrote {@code {#id}} (automatic heading ids are not explicit)
 * @param excerpt  the plain text of the anchored passage (headings: the heading text)
 * @param start    source offset where the anchored block starts
 * @param end      source offset where it ends
 * @param position where the id (or the heading) is written
 */
public record Anchor(String id, Kind kind, boolean explicit, String excerpt, int start, int end,
    SourcePosition position) {

  /** What an anchor is attached to. */
  public enum Kind { HEADING, PARAGRAPH, BLOCK }

  public Anchor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(excerpt, "excerpt");
    Objects.requireNonNull(position, "position");
  }
}
