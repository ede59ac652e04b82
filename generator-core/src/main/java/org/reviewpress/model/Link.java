package org.reviewpress.model;

import java.util.Objects;

/**
 * A link or image written in the body, with its destination as the author wrote it.
 *
 * @param kind        link or image
 * @param destination the URL or path
 * @param text        the link text or the image's alt text
 * @param position    where the link starts
 */
public record Link(Kind kind, String destination, String text, SourcePosition position) {

  /** Links take the reader somewhere; images are copied into the site. */
  public enum Kind { LINK, IMAGE }

  public Link {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }
}
