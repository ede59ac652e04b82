package org.reviewpress.check.language.legacy;

import org.reviewpress.check.language.Settings;
import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * A sentence longer than the limit (25 words unless site.yaml sets {@code language.sentence-length})
 * in the body or the front matter's prose. Long sentences are the commonest reason a report is
 * hard to read (SCIE question 6). Block quotes and sentences wholly in quotation marks are
 * someone else's words and are not measured.
 */
public final class SentenceLengthRule implements Rule {

  /** The default longest sentence, in words. */
  public static final int DEFAULT_LIMIT = 25;

  @Override
  public String id() {
    return "language.sentence-length";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Sentences are no longer than 25 words (configurable), so the report is easy to read.";
  }

  /** The configured limit. */
  public static int limit(Settings settings) {
    return settings.integer("sentence-length", DEFAULT_LIMIT, 5, 500);
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Settings settings = Settings.of(context, "language");
    int limit = limit(settings);
    Prose prose = Prose.of(context);
    List<Diagnostic> out = new ArrayList<>();
    settings.problem(this, context).ifPresent(out::add);
    for (Prose.Span span : prose.spans()) {
      if (span.quoted()) {
        continue;
      }
      for (Sentences.Sentence s : prose.sentences(span)) {
        if (s.wordCount() > limit && !prose.isQuoted(s.start(), s.end())) {
          out.add(diagnostic(prose.position(s.start()),
              "This sentence has " + s.wordCount() + " words; sentences over " + limit + " words are hard to follow.",
              "Split it into shorter sentences with one idea each; a list can help when it names several things."));
        }
      }
    }
    return out;
  }
}
