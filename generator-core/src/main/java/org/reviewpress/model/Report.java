package org.reviewpress.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One review report: its front matter as typed values, its findings and recommendations, and its
 * parsed body. Built by the source stage, read by every later stage, never changed.
 *
 * @param slug        the report folder's name, used in URLs
 * @param source      the whole report.md, for positions and text checks
 * @param textFields  every free-text value of the front matter, for text checks
 */
public record Report(
    String slug,
    SourceText source,
    String title,
    ReviewType reviewType,
    String partnership,
    Optional<String> leadReviewer,
    Optional<LocalDate> published,
    Status status,
    String lang,
    Optional<String> model,
    List<String> keywords,
    String summary,
    List<String> pseudonyms,
    List<GlossaryEntry> glossary,
    List<Finding> findings,
    List<Recommendation> recommendations,
    List<TextField> textFields,
    Body body) {

  public Report {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reviewType, "reviewType");
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(summary, "summary");
    keywords = List.copyOf(keywords);
    pseudonyms = List.copyOf(pseudonyms);
    glossary = List.copyOf(glossary);
    findings = List.copyOf(findings);
    recommendations = List.copyOf(recommendations);
    textFields = List.copyOf(textFields);
    Objects.requireNonNull(body, "body");
  }

  /** The recommendations that answer a finding. */
  public List<Recommendation> recommendationsFor(String findingId) {
    return recommendations.stream()
        .filter(r -> r.findings().stream().anyMatch(f -> f.value().equals(findingId)))
        .toList();
  }

  /** The findings whose evidence cites an anchor. */
  public List<Finding> findingsCiting(String anchorId) {
    return findings.stream()
        .filter(f -> f.evidence().stream().anyMatch(e -> e.anchorId().equals(anchorId)))
        .toList();
  }
}
