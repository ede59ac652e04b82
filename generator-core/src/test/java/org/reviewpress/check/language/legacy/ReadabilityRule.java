package org.reviewpress.check.language.legacy;

import org.reviewpress.check.language.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Section;
import org.reviewpress.model.Severity;

/**
 * The Flesch reading ease of each section of the body, and of each finding's text, against a
 * target (60, plain English, unless site.yaml sets {@code language.reading-ease}). A part is
 * reported when it scores more than a tolerance below the target (15 unless
 * {@code language.reading-ease-tolerance} says otherwise), so only parts that are much harder than
 * plain English are flagged. Parts shorter than {@code language.section-min-words} (100) are
 * too short for the score to mean anything and are not scored. Paragraphs only: headings and
 * table cells are fragments, and block quotes are someone else's words.
 */
public final class ReadabilityRule implements Rule {

  /** The default target reading ease. */
  public static final double DEFAULT_TARGET = 60;
  /** The default distance below the target that is reported. */
  public static final double DEFAULT_TOLERANCE = 15;
  /** The default fewest words scored. */
  public static final int DEFAULT_MIN_WORDS = 100;

  @Override
  public String id() {
    return "language.readability";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Each section reads as plain English: its Flesch reading ease is not far below the target.";
  }

  /** The configured target reading ease. */
  public static double target(Settings settings) {
    return settings.number("reading-ease", DEFAULT_TARGET, 0, 100);
  }

  /** The sentences scored for the whole report: every unquoted paragraph of the body. */
  public static Readability ofBody(Prose prose) {
    List<Sentences.Sentence> sentences = new ArrayList<>();
    for (Prose.Span span : prose.bodySpans()) {
      if (span.kind() == Prose.Kind.PARAGRAPH && !span.quoted()) {
        sentences.addAll(prose.sentences(span));
      }
    }
    return Readability.of(sentences);
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Settings settings = Settings.of(context, "language");
    double target = target(settings);
    double tolerance = settings.number("reading-ease-tolerance", DEFAULT_TOLERANCE, 0, 100);
    int minWords = settings.integer("section-min-words", DEFAULT_MIN_WORDS, 1, 100_000);
    Prose prose = Prose.of(context);
    List<Diagnostic> out = new ArrayList<>();
    settings.problem(this, context).ifPresent(out::add);

    List<Section> sections = context.report().body().sections();
    List<List<Sentences.Sentence>> bySection = new ArrayList<>();
    List<Integer> firstSpan = new ArrayList<>();
    sections.forEach(s -> {
      bySection.add(new ArrayList<>());
      firstSpan.add(-1);
    });
    // Front matter: each finding's own text is a part.
    List<String> findingNames = new ArrayList<>();
    List<List<Sentences.Sentence>> byFinding = new ArrayList<>();
    List<Integer> findingStart = new ArrayList<>();
    for (Prose.Span span : prose.spans()) {
      if (span.kind() == Prose.Kind.FIELD) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("findings\\[(\\d+)\\]\\.(?!title)").matcher(span.field());
        if (m.lookingAt()) {
          int i = Integer.parseInt(m.group(1));
          while (byFinding.size() <= i) {
            byFinding.add(new ArrayList<>());
            findingStart.add(-1);
            findingNames.add("");
          }
          byFinding.get(i).addAll(prose.sentences(span));
          if (findingStart.get(i) < 0) {
            findingStart.set(i, span.start());
            findingNames.set(i, findingAt(context, prose.position(span.start())));
          }
        }
      } else if (span.kind() == Prose.Kind.PARAGRAPH && !span.quoted() && span.section() >= 0 && span.section() < sections.size()) {
        bySection.get(span.section()).addAll(prose.sentences(span));
        if (firstSpan.get(span.section()) < 0) {
          firstSpan.set(span.section(), span.start());
        }
      }
    }
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      String name = s.title().isEmpty() ? "The opening text" : "The section '" + s.title() + "'";
      int at = s.level() > 0 ? s.start() : firstSpan.get(i);
      report(out, prose, name, Readability.of(bySection.get(i)), at, target, tolerance, minWords);
    }
    for (int i = 0; i < byFinding.size(); i++) {
      report(out, prose, findingNames.get(i).isEmpty() ? "A finding" : "Finding " + findingNames.get(i), Readability.of(byFinding.get(i)), findingStart.get(i),
          target, tolerance, minWords);
    }
    return out;
  }

  /** The id of the finding written just before a place in the front matter. */
  private static String findingAt(CheckContext context, org.reviewpress.model.SourcePosition at) {
    String id = "";
    for (org.reviewpress.model.Finding f : context.report().findings()) {
      if (f.position().compareTo(at) <= 0) {
        id = f.id();
      }
    }
    return id;
  }

  private void report(List<Diagnostic> out, Prose prose, String name, Readability r, int at, double target,
      double tolerance, int minWords) {
    if (at < 0 || r.words() < minWords || r.ease() >= target - tolerance) {
      return;
    }
    out.add(diagnostic(prose.position(at),
        String.format(Locale.ROOT, "%s is hard to read: its reading ease is %.0f (plain English is about %.0f or more),"
            + " with sentences of %.0f words on average.", name, r.ease(), target, r.averageSentenceLength()),
        "Use shorter sentences and everyday words: for example 'use' for 'utilise', 'before' for 'prior to'."
            + " Explain one idea at a time."));
  }
}
