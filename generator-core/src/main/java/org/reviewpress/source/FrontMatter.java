package org.reviewpress.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.reviewpress.model.Finding;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.Recommendation;
import org.reviewpress.model.ReviewType;
import org.reviewpress.model.Status;
import org.reviewpress.model.TextField;

/** The typed front matter of one report, before it is joined with the body. */
record FrontMatter(
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
    List<TextField> textFields) {}
