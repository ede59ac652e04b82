package org.reviewpress.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reviewpress.check.privacy.PrivacySettings;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Exemption;
import org.reviewpress.model.Report;
import org.reviewpress.model.Severity;
import org.reviewpress.source.SiteConfig;
import org.reviewpress.source.Suggest;

/**
 * Runs the registry's rules over a report, applies the project's rule levels (site.yaml, then
 * the plugin configuration, which wins) and the author's exemptions, and checks the exemptions
 * themselves. Stateless and thread-safe.
 */
public final class Checker {

  private final RuleRegistry registry;
  private final Map<String, String> levels;
  private final PrivacySettings privacy;

  /**
   * @param registry the rules to run
   * @param levels   rule id to level ({@code error}, {@code warning}, {@code info}, {@code off})
   */
  public Checker(RuleRegistry registry, Map<String, String> levels) {
    this(registry, levels, PrivacySettings.none());
  }

  /**
   * @param privacy the project's sensitive terms, given to the privacy rules
   */
  public Checker(RuleRegistry registry, Map<String, String> levels, PrivacySettings privacy) {
    this.registry = registry;
    this.levels = Map.copyOf(levels);
    this.privacy = privacy;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** Checks one report and returns its diagnostics, exemptions applied. */
  public List<Diagnostic> check(Report report, SiteConfig site, java.nio.file.Path folder) {
    return check(context(report, site, folder));
  }

  /**
   * A context for checking one report with this checker's privacy settings. Give it to
   * {@link #check(CheckContext)}, and then to whatever else reads the report's text models
   * (the scorecard), so they are built once.
   */
  public CheckContext context(Report report, SiteConfig site, java.nio.file.Path folder) {
    return new CheckContext(report, site, folder, privacy);
  }

  /** Checks the report of {@code context} and returns its diagnostics, exemptions applied. */
  public List<Diagnostic> check(CheckContext context) {
    Report report = context.report();
    List<Diagnostic> raw = new ArrayList<>();
    for (Rule rule : registry.rules()) {
      Optional<Severity> level = level(rule.id(), rule.defaultSeverity());
      if (level.isEmpty()) {
        continue;
      }
      List<Diagnostic> found;
      try {
        found = rule.check(context);
      } catch (RuntimeException e) {
        // A bug in a rule must not hide the other rules' findings; it is reported, not swallowed.
        raw.add(new Diagnostic("internal.rule-failure", Severity.ERROR,
            "The check '" + rule.id() + "' stopped with " + e.getClass().getSimpleName() + " on this report.",
            "This is a fault in reviewpress, not in the report. Please report it; meanwhile the check can be"
                + " switched off with rules: {" + rule.id() + ": off} in site.yaml.",
            org.reviewpress.model.SourcePosition.startOf(report.source().file())));
        continue;
      }
      for (Diagnostic d : found) {
        Severity s = effective(d.severity(), rule.defaultSeverity(), level.get());
        raw.add(d.severity() == s ? d : d.withSeverity(s));
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    List<Exemption> valid = new ArrayList<>();
    for (Exemption x : report.body().exemptions()) {
      if (!registry.knows(x.ruleId())) {
        String hint = Suggest.closest(x.ruleId(), registry.rules().stream().map(Rule::id).toList())
            .map(s -> "Did you mean '" + s + "'? ").orElse("")
            + "Write <!-- reviewpress-allow rule.id: reason --> with the id shown in brackets after the diagnostic.";
        out.add(new Diagnostic("exemption.unknown-rule", Severity.ERROR,
            "The exemption names '" + x.ruleId() + "', which is not a reviewpress rule.", hint, x.position()));
      } else if (x.reason().isBlank()) {
        out.add(new Diagnostic("exemption.missing-reason", Severity.ERROR,
            "The exemption from " + x.ruleId() + " gives no reason.",
            "Say why the rule does not apply here, after a colon: <!-- reviewpress-allow " + x.ruleId()
                + ": date of the national guidance, not of the family -->.", x.position()));
      } else {
        valid.add(x);
      }
    }
    for (Diagnostic d : raw) {
      if (valid.stream().noneMatch(x -> x.covers(d))) {
        out.add(d);
      }
    }
    out.sort(Diagnostic.BY_POSITION);
    if (privacy.terms().isEmpty() || out.isEmpty()) {
      return out;
    }
    // Where each diagnostic of another rule points in report.md (-1 for none there), and whether
    // that is inside a listed term: asked of the terms for these few places, not the whole text.
    int[] offsets = new int[out.size()];
    for (int k = 0; k < offsets.length; k++) {
      Diagnostic d = out.get(k);
      offsets[k] = !d.ruleId().equals("privacy.sensitive-term") && d.position().file().equals(report.source().file())
          ? report.source().offset(d.position().line(), d.position().column()) : -1;
    }
    boolean[] inside = privacy.terms().inside(report.source().text(), offsets);
    List<Diagnostic> redacted = new ArrayList<>(out.size());
    for (int k = 0; k < offsets.length; k++) {
      redacted.add(redact(out.get(k), inside[k]));
    }
    return java.util.Collections.unmodifiableList(redacted);
  }

  /**
   * A diagnostic of another rule that points into a listed term (an all-capitals name taken
   * for an acronym, say: {@code inside}) would quote part of it; its words are replaced by a
   * plain statement.
   */
  private Diagnostic redact(Diagnostic d, boolean inside) {
    if (inside) {
      return new Diagnostic(d.ruleId(), d.severity(),
          "The check " + d.ruleId() + " found a problem in text that is a listed sensitive term, so the text is not repeated here.",
          "Replace the sensitive term (see privacy.sensitive-term at the same place) with the pseudonym, then build again.",
          d.position());
    }
    return redact(d);
  }

  /**
   * Rules may quote the report's text in messages (an acronym, a phrase). Where that text is a
   * sensitive term, the quote is replaced, so no diagnostic, log line, SARIF or scorecard ever
   * carries a listed term.
   */
  private Diagnostic redact(Diagnostic d) {
    String message = redact(d.message());
    String hint = redact(d.hint());
    return message.equals(d.message()) && hint.equals(d.hint())
        ? d : new Diagnostic(d.ruleId(), d.severity(), message, hint, d.position());
  }

  private String redact(String text) {
    List<org.reviewpress.check.privacy.SensitiveTerms.Match> matches = privacy.terms().find(text);
    if (matches.isEmpty()) {
      return text;
    }
    matches = new ArrayList<>(matches);
    matches.sort(java.util.Comparator.comparingInt(org.reviewpress.check.privacy.SensitiveTerms.Match::start));
    StringBuilder b = new StringBuilder(text);
    for (int i = matches.size() - 1; i >= 0; i--) {
      b.replace(matches.get(i).start(), matches.get(i).end(), "[a listed sensitive term]");
    }
    return b.toString();
  }

  /**
   * The severity a diagnostic is reported at. A diagnostic at the rule's default severity takes
   * the rule's level. A rule may raise one diagnostic above its default (a privacy warning in a
   * final report becomes an error); a configured lower level does not undo that, only
   * {@code off} does. A diagnostic a rule gives below its default (a note that it could not
   * check) keeps its own severity.
   */
  static Severity effective(Severity given, Severity defaultSeverity, Severity level) {
    if (given == defaultSeverity) {
      return level;
    }
    if (given.compareTo(defaultSeverity) < 0) {
      return given.compareTo(level) < 0 ? given : level;
    }
    return given;
  }

  /** The level of a rule: the configured one, or its default; empty when switched off. */
  public Optional<Severity> level(String ruleId, Severity defaultSeverity) {
    String l = levels.get(ruleId);
    if (l == null) {
      return Optional.of(defaultSeverity);
    }
    return l.equalsIgnoreCase("off") ? Optional.empty() : Severity.parse(l).or(() -> Optional.of(defaultSeverity));
  }

  /** The exemptions that silenced something, for reporting suppressed results. */
  public static List<Exemption> validExemptions(Report report, RuleRegistry registry) {
    return report.body().exemptions().stream()
        .filter(x -> registry.knows(x.ruleId()) && !x.reason().isBlank())
        .toList();
  }
}
