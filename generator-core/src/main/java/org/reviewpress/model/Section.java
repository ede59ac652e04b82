package org.reviewpress.model;

import java.util.Objects;

/**
 * A part of the body that starts at a heading (or the start of the body) and runs to the next
 * heading of the same or a higher level.
 *
 * @param title   the heading text (empty for the part before the first heading)
 * @param anchor  the heading's id
 * @param level   heading level, 0 for the part before the first heading
 * @param start   source offset of the heading
 * @param end     source offset where the section's own text ends (the next heading of any level)
 */
public record Section(String title, String anchor, int level, int start, int end) {
  public Section {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(anchor, "anchor");
  }
}
