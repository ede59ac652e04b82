package org.reviewpress.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project-wide settings in {@code src/reports/site.yaml}.
 *
 * @param title       the site's title (default: the partnership's reports)
 * @param partnership the partnership publishing the site
 * @param baseUrl     where the site is published, for canonical URLs in findings.json
 * @param ruleLevels  rule id to level (error, warning, info, off)
 * @param allow       names of roles, agencies and places that are not family identifiers
 * @param sections    other top-level sections (for example {@code language:}) as plain values
 */
public record SiteConfig(Optional<String> title, Optional<String> partnership, Optional<String> baseUrl,
    Map<String, String> ruleLevels, List<String> allow, Map<String, Object> sections) {

  public SiteConfig {
    ruleLevels = Map.copyOf(ruleLevels);
    allow = List.copyOf(allow);
    sections = Map.copyOf(sections);
  }

  /** The settings of a project without site.yaml. */
  public static SiteConfig defaults() {
    return new SiteConfig(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(), Map.of());
  }

  /** A section as a map, or empty. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> section(String name) {
    Object o = sections.get(name);
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
