package org.reviewpress.publish.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.language.Prose;
import org.reviewpress.check.language.Readability;
import org.reviewpress.check.language.ReadabilityRule;
import org.reviewpress.check.language.Settings;
import org.reviewpress.check.structure.LengthRule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Finding;
import org.reviewpress.model.Ref;
import org.reviewpress.model.Report;
import org.reviewpress.model.Severity;
import org.reviewpress.publish.quality.Scorecard.Answer;
import org.reviewpress.publish.quality.Scorecard.Signal;
import org.reviewpress.publish.quality.Scorecard.Verdict;
import org.reviewpress.source.SiteConfig;

/**
 * Answers SCIE's seven quality questions for "The report" from what the build measured. Each
 * answer names the rules that bear on it; a question is met when none of them reported an error
 * or a warning and its own measures pass (stated per question below). Information-level
 * diagnostics are listed but do not change a verdict. A question whose rules are all switched off,
 * or not installed, is never met: nothing was checked.
 */
public final class QualityMarkers {

  /** A section title that says how the review was done (compiled once, not per section). */
  private static final java.util.regex.Pattern METHODOLOGY =
      java.util.regex.Pattern.compile(".*\\b(method|methodology|how (this|the) review)\\b.*");

  private final SiteConfig site;
  private final List<String> activeRules;

  /**
   * @param site        the project's settings (for the reading ease target)
   * @param activeRules ids of the rules that ran (installed and not switched off)
   * @param allRules    ids of every installed rule
   */
  public QualityMarkers(SiteConfig site, List<String> activeRules, List<String> allRules) {
    this.site = site;
    this.activeRules = List.copyOf(activeRules);
    this.allRules = List.copyOf(allRules);
  }

  private final List<String> allRules;

  /** Scores one report from its own diagnostics. */
  public Scorecard score(Report report, List<Diagnostic> diagnostics) {
    return score(new CheckContext(report, site, Path.of(".")), diagnostics);
  }

  /**
   * Scores the report of a context its rules have just run on, from its own diagnostics; the
   * text models the rules built (the prose, its sentences) are used again, not rebuilt.
   */
  public Scorecard score(CheckContext context, List<Diagnostic> diagnostics) {
    Report report = context.report();
    Path file = report.source().file();
    List<Diagnostic> own = diagnostics.stream().filter(d -> d.position().file().equals(file)).toList();
    List<Finding> findings = report.findings();
    int n = findings.size();
    List<Answer> answers = new ArrayList<>();

    // 1. Findings easy to find and reuse.
    long categorised = findings.stream().filter(f -> f.category().isPresent()).count();
    long answered = findings.stream().filter(f -> !report.recommendationsFor(f.id()).isEmpty()).count();
    answers.add(answer(1, "findings", "Findings easy to find and reuse",
        "Are the findings easy to find, and set out so that they can be used beyond this case?",
        own, Set.of("findings.missing-category", "findings.no-recommendation", "findings.duplicate-id",
            "recommendations.unknown-finding", "recommendations.duplicate-id"),
        n > 0 && categorised == n && answered == n,
        List.of(new Signal("findings", n, n + (n == 1 ? " finding" : " findings") + " in the front matter"),
            new Signal("findingsWithCategory", categorised, categorised + " of " + n + " with a category"),
            new Signal("findingsWithRecommendation", answered, answered + " of " + n + " answered by a recommendation"))));

    // 2. Privacy.
    List<Diagnostic> privacy = own.stream().filter(d -> d.ruleId().startsWith("privacy.")).toList();
    long identifiers = privacy.stream().filter(d -> d.severity() != Severity.INFO).count();
    long privacyChecks = activeRules.stream().filter(r -> r.startsWith("privacy.")).count();
    answers.add(answer(2, "privacy", "Privacy",
        "Does the report protect the privacy of the family and of the people involved?",
        own, prefixed("privacy."), privacyChecks > 0,
        List.of(new Signal("identifiers", identifiers, identifiers + (identifiers == 1 ? " identifier" : " identifiers") + " found"),
            new Signal("privacyChecks", privacyChecks, privacyChecks + " privacy " + (privacyChecks == 1 ? "check" : "checks") + " run"),
            new Signal("pseudonyms", report.pseudonyms().size(), report.pseudonyms().size() + " pseudonyms declared"))));

    // 3. Priorities for improvement.
    long prioritised = findings.stream().filter(f -> f.priority().isPresent()).count();
    int recs = report.recommendations().size();
    long owned = report.recommendations().stream().filter(r -> r.owner().isPresent()).count();
    answers.add(answer(3, "priorities", "Priorities for improvement",
        "Does the report set clear priorities for improvement?",
        own, Set.of("findings.no-recommendation"),
        n > 0 && prioritised == n && recs > 0 && owned == recs,
        List.of(new Signal("findingsWithPriority", prioritised, prioritised + " of " + n + " findings with a priority"),
            new Signal("recommendations", recs, recs + (recs == 1 ? " recommendation" : " recommendations")),
            new Signal("recommendationsWithOwner", owned, owned + " of " + recs + " recommendations with an owner"))));

    // 4. Explains, not describes.
    long explained = findings.stream().filter(Finding::hasExplanatoryFields).count();
    long descriptive = count(own, "findings.descriptive");
    long chronology = count(own, "structure.chronology");
    answers.add(answer(4, "explanation", "Explains, not describes",
        "Do the findings explain why practice happened as it did, rather than only describe it?",
        own, Set.of("findings.descriptive", "structure.chronology"), n > 0,
        List.of(new Signal("descriptiveFindings", descriptive, descriptive + " of " + n + " findings only describe"),
            new Signal("findingsWithExplanatoryFields", explained, explained + " of " + n + " findings fill the explanatory fields"),
            new Signal("chronologySections", chronology, chronology + (chronology == 1 ? " section reads" : " sections read") + " as a chronology"))));

    // 5. Transparency and evidence.
    long resolved = findings.stream().filter(f -> !f.evidence().isEmpty()
        && f.evidence().stream().map(Ref::anchorId).allMatch(a -> report.body().anchor(a).isPresent())).count();
    boolean methodology = report.body().sections().stream()
        .anyMatch(s -> METHODOLOGY.matcher(s.title().toLowerCase(Locale.ROOT)).matches());
    answers.add(answer(5, "transparency", "Transparency and evidence",
        "Is it clear what evidence the findings rest on, and how the review was done?",
        own, Set.of("findings.evidence-missing", "evidence.unresolved", "evidence.in-findings", "evidence.duplicate-anchor"),
        n > 0 && resolved == n && methodology,
        List.of(new Signal("findingsWithResolvedEvidence", resolved, resolved + " of " + n + " findings with resolved evidence"),
            new Signal("methodologySection", methodology ? 1 : 0, methodology ? "a methodology section" : "no methodology section"))));

    // 6. Plain English and accessible.
    Prose prose = Prose.of(context);
    Readability readability = ReadabilityRule.ofBody(prose);
    Settings language = Settings.of(context, "language");
    double target = ReadabilityRule.target(language);
    double tolerance = language.number("reading-ease-tolerance", ReadabilityRule.DEFAULT_TOLERANCE, 0, 100);
    long ease = Math.round(readability.ease());
    long longSentences = count(own, "language.sentence-length");
    long acronyms = count(own, "language.acronym-undefined");
    long jargon = count(own, "language.jargon");
    long hardSections = count(own, "language.readability");
    int words = LengthRule.bodyWords(prose);
    Set<String> plain = Set.of("language.sentence-length", "language.readability", "language.acronym-undefined",
        "language.jargon", "language.glossary-unused", "structure.length");
    answers.add(answer(6, "plain-english", "Plain English and accessible",
        "Is the report written in plain English, and accessible to the people who will read it?",
        own, union(plain, prefixed("accessibility.")), readability.words() > 0 && ease >= target - tolerance,
        List.of(new Signal("readingEase", ease, "reading ease " + ease + " (target " + Math.round(target) + ")"),
            new Signal("undefinedAcronyms", acronyms, acronyms + (acronyms == 1 ? " undefined acronym" : " undefined acronyms")),
            new Signal("longSentences", longSentences, longSentences + (longSentences == 1 ? " sentence" : " sentences")
                + " over " + org.reviewpress.check.language.SentenceLengthRule.limit(language) + " words"),
            new Signal("jargonTerms", jargon, jargon + (jargon == 1 ? " jargon term" : " jargon terms")),
            new Signal("hardSections", hardSections, hardSections + (hardSections == 1 ? " part" : " parts") + " hard to read"),
            new Signal("bodyWords", words, words + " words in the body"))));

    // 7. Tone.
    long blame = count(own, "language.tone");
    answers.add(answer(7, "tone", "Tone",
        "Is the tone fair to the people involved, free of blame and hindsight?",
        own, Set.of("language.tone"), true,
        List.of(new Signal("blamePhrases", blame, blame + (blame == 1 ? " blame or hindsight phrase" : " blame or hindsight phrases")))));

    return new Scorecard(report.slug(), report.title(), file.toString().replace('\\', '/'), report.lang(), answers);
  }

  private Answer answer(int number, String key, String label, String question, List<Diagnostic> own,
      Set<String> rules, boolean measuresPass, List<Signal> signals) {
    Predicate<String> bears = id -> rules.contains(id)
        || rules.stream().anyMatch(r -> r.endsWith(".") && id.startsWith(r));
    List<Diagnostic> relevant = own.stream().filter(d -> bears.test(d.ruleId())).toList();
    boolean problems = relevant.stream().anyMatch(d -> d.severity() != Severity.INFO);
    List<String> installed = allRules.stream().filter(bears).toList();
    List<String> off = installed.stream().filter(r -> !activeRules.contains(r)).toList();
    boolean anyChecked = installed.stream().anyMatch(activeRules::contains)
        || rules.stream().anyMatch(r -> !r.endsWith(".") && !allRules.contains(r)); // source-stage problems always run
    Verdict verdict = measuresPass && !problems && anyChecked ? Verdict.MET : Verdict.NEEDS_ATTENTION;
    return new Answer(number, key, label, question, verdict, signals, relevant, off);
  }

  private static Set<String> prefixed(String prefix) {
    return Set.of(prefix);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return out;
  }

  private static long count(List<Diagnostic> diagnostics, String rule) {
    return diagnostics.stream().filter(d -> d.ruleId().equals(rule) && d.severity() != Severity.INFO).count();
  }
}
