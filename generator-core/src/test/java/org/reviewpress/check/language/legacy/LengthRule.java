package org.reviewpress.check.language.legacy;

import org.reviewpress.check.language.Settings;
import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * The body's length in words against a limit (15,000 unless site.yaml sets
 * {@code structure.word-limit}). A report that is too long buries its findings (SCIE questions
 * 1 and 6). Prose only: code, HTML, link addresses and the front matter are not counted.
 */
public final class LengthRule implements Rule {

  /** The default longest body, in words. */
  public static final int DEFAULT_LIMIT = 15_000;

  @Override
  public String id() {
    return "structure.length";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "The body is no longer than the word limit (15,000 words, configurable).";
  }

  /** The words of the body's prose. */
  public static int bodyWords(Prose prose) {
    int n = 0;
    for (Prose.Span s : prose.bodySpans()) {
      for (Sentences.Sentence sentence : prose.sentences(s)) {
        n += sentence.wordCount();
      }
    }
    return n;
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Settings settings = Settings.of(context, "structure");
    int limit = settings.integer("word-limit", DEFAULT_LIMIT, 100, 10_000_000);
    Prose prose = Prose.of(context);
    List<Diagnostic> out = new ArrayList<>();
    settings.problem(this, context).ifPresent(out::add);
    int words = bodyWords(prose);
    if (words > limit) {
      List<Prose.Span> body = prose.bodySpans();
      int at = body.isEmpty() ? context.report().body().start() : body.get(0).start();
      out.add(diagnostic(prose.position(at),
          String.format(java.util.Locale.UK, "The report body has %,d words, more than the limit of %,d.", words, limit),
          "Summarise the chronology, keep one example per point in the analysis, and move detailed material to an"
              + " appendix or a separate document. The limit is set by structure.word-limit in site.yaml."));
    }
    return out;
  }
}
