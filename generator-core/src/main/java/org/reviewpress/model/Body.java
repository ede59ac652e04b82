package org.reviewpress.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Markdown body of a report after parsing: its anchors, prose blocks, sections, links,
 * exemptions and the HTML Flexmark produced (not yet sanitised; the render stage does that).
 *
 * @param start offset in the source where the body begins (after the front matter)
 */
public record Body(int start, List<Anchor> anchors, List<Block> blocks, List<Section> sections,
    List<Link> links, List<Exemption> exemptions, String html) {

  public Body {
    anchors = List.copyOf(anchors);
    blocks = List.copyOf(blocks);
    sections = List.copyOf(sections);
    links = List.copyOf(links);
    exemptions = List.copyOf(exemptions);
    Objects.requireNonNull(html, "html");
  }

  public Optional<Anchor> anchor(String id) {
    return anchors.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
