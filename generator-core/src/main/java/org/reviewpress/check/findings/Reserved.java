package org.reviewpress.check.findings;

import java.util.Set;

/** Ids the theme gives to the parts it generates; evidence cannot point at them. */
final class Reserved {

  static final Set<String> SECTIONS = Set.of("findings", "recommendations", "findings-summary", "glossary",
      "contents", "main", "footnotes");

  private Reserved() {}

  static boolean isGenerated(String id) {
    return SECTIONS.contains(id) || id.startsWith("finding-") || id.startsWith("recommendation-");
  }
}
