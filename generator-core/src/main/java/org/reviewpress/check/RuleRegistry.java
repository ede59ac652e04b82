package org.reviewpress.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reviewpress.check.files.ImageAltRule;
import org.reviewpress.check.files.LinkedFilesRule;
import org.reviewpress.check.findings.DescriptiveRule;
import org.reviewpress.check.findings.DuplicateAnchorRule;
import org.reviewpress.check.findings.EvidenceInFindingsRule;
import org.reviewpress.check.findings.EvidenceMissingRule;
import org.reviewpress.check.findings.EvidenceUnresolvedRule;
import org.reviewpress.check.findings.MissingCategoryRule;
import org.reviewpress.check.findings.NoRecommendationRule;
import org.reviewpress.check.findings.UnknownFindingRule;
import org.reviewpress.check.language.AcronymUndefinedRule;
import org.reviewpress.check.language.GlossaryUnusedRule;
import org.reviewpress.check.language.JargonRule;
import org.reviewpress.check.language.ReadabilityRule;
import org.reviewpress.check.language.SentenceLengthRule;
import org.reviewpress.check.language.ToneRule;
import org.reviewpress.check.structure.ChronologyRule;
import org.reviewpress.check.structure.LengthRule;
import org.reviewpress.check.privacy.AddressRule;
import org.reviewpress.check.privacy.DateOfBirthRule;
import org.reviewpress.check.privacy.DateRule;
import org.reviewpress.check.privacy.EmailRule;
import org.reviewpress.check.privacy.ExactAgeRule;
import org.reviewpress.check.privacy.HealthConditionRule;
import org.reviewpress.check.privacy.ImageMetadataRule;
import org.reviewpress.check.privacy.NamedInstitutionRule;
import org.reviewpress.check.privacy.NhsNumberRule;
import org.reviewpress.check.privacy.NiNumberRule;
import org.reviewpress.check.privacy.PhoneRule;
import org.reviewpress.check.privacy.PostcodeRule;
import org.reviewpress.check.privacy.ProtectedCharacteristicRule;
import org.reviewpress.check.privacy.SensitiveTermRule;
import org.reviewpress.check.privacy.UnlistedNameRule;
import org.reviewpress.model.Severity;

/**
 * The explicit list of rules reviewpress runs, and the descriptors of the problems the source
 * stage reports itself. Adding a rule means adding it here: nothing is discovered by scanning.
 */
public final class RuleRegistry {

  /** Problems found while reading sources, before any rule runs. They cannot be switched off. */
  static final List<RuleDescriptor> SOURCE = List.of(
      new RuleDescriptor("frontmatter.missing", Severity.ERROR, "report.md starts with a front matter block between '---' lines."),
      new RuleDescriptor("frontmatter.unclosed", Severity.ERROR, "The front matter ends with a '---' line."),
      new RuleDescriptor("frontmatter.yaml", Severity.ERROR, "The front matter is valid YAML."),
      new RuleDescriptor("frontmatter.required", Severity.ERROR, "Every required front matter value is present and not empty."),
      new RuleDescriptor("frontmatter.type", Severity.ERROR, "Each front matter value has the expected shape (text, list, date...)."),
      new RuleDescriptor("frontmatter.value", Severity.ERROR, "Enumerated values (review-type, status, category, priority) are known ones."),
      new RuleDescriptor("frontmatter.duplicate-key", Severity.ERROR, "A key appears once in each block of front matter."),
      new RuleDescriptor("frontmatter.unknown-key", Severity.WARNING, "Every front matter key is part of the report format."),
      new RuleDescriptor("findings.duplicate-id", Severity.ERROR, "Finding ids are unique in a report."),
      new RuleDescriptor("recommendations.duplicate-id", Severity.ERROR, "Recommendation ids are unique in a report."),
      new RuleDescriptor("structure.nesting", Severity.ERROR, "Lists and quotes nest a readable number of levels deep."),
      new RuleDescriptor("structure.attribute", Severity.WARNING, "An {#id} is placed where it names a heading or block."),
      new RuleDescriptor("source.missing", Severity.ERROR, "Every report folder holds a report.md."),
      new RuleDescriptor("source.unreadable", Severity.ERROR, "report.md can be read."),
      new RuleDescriptor("source.encoding", Severity.ERROR, "report.md is UTF-8 text."),
      new RuleDescriptor("source.binary", Severity.ERROR, "report.md is text, not a binary file."),
      new RuleDescriptor("source.too-large", Severity.ERROR, "report.md is of a size a report can have."),
      new RuleDescriptor("source.slug", Severity.ERROR, "Report folder names can be used in web addresses."),
      new RuleDescriptor("source.duplicate-slug", Severity.ERROR, "Report folder names are unique."),
      new RuleDescriptor("source.outside", Severity.ERROR, "Reports and their files lie inside the source directory."),
      new RuleDescriptor("exemption.missing-reason", Severity.ERROR, "Every exemption gives a written reason."),
      new RuleDescriptor("exemption.unknown-rule", Severity.ERROR, "Every exemption names a rule that exists."),
      new RuleDescriptor("internal.rule-failure", Severity.ERROR, "A rule could not check the report (a bug in reviewpress)."));

  private final Map<String, Rule> rules;

  private RuleRegistry(List<Rule> rules) {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (m.put(r.id(), r) != null) {
        throw new IllegalArgumentException("Two rules share the id " + r.id());
      }
    }
    this.rules = m;
  }

  /** The rules reviewpress runs by default. */
  public static RuleRegistry builtIn() {
    return new RuleRegistry(List.of(
        new EvidenceMissingRule(),
        new EvidenceUnresolvedRule(),
        new EvidenceInFindingsRule(),
        new DuplicateAnchorRule(),
        new UnknownFindingRule(),
        new NoRecommendationRule(),
        new DescriptiveRule(),
        new MissingCategoryRule(),
        new ImageAltRule(),
        new LinkedFilesRule(),

        new ToneRule(),
        new SentenceLengthRule(),
        new ReadabilityRule(),
        new AcronymUndefinedRule(),
        new GlossaryUnusedRule(),
        new JargonRule(),
        new LengthRule(),
        new ChronologyRule(),

        // privacy
        new SensitiveTermRule(),
        new PostcodeRule(),
        new NhsNumberRule(),
        new NiNumberRule(),
        new DateOfBirthRule(),
        new PhoneRule(),
        new EmailRule(),
        new AddressRule(),
        new NamedInstitutionRule(),
        new DateRule(),
        new ExactAgeRule(),
        new HealthConditionRule(),
        new ProtectedCharacteristicRule(),
        new UnlistedNameRule(),
        new ImageMetadataRule()));
  }

  /** A registry of exactly these rules (for tests and embedders). */
  public static RuleRegistry of(List<Rule> rules) {
    return new RuleRegistry(rules);
  }

  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** Every rule and source problem, for SARIF metadata and documentation. */
  public List<RuleDescriptor> descriptors() {
    List<RuleDescriptor> out = new ArrayList<>(SOURCE);
    rules.values().forEach(r -> out.add(new RuleDescriptor(r.id(), r.defaultSeverity(), r.description())));
    return out;
  }

  /** Whether {@code id} names a rule or a source problem. */
  public boolean knows(String id) {
    return rules.containsKey(id) || SOURCE.stream().anyMatch(d -> d.id().equals(id));
  }
}
