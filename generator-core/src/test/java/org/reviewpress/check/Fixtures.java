package org.reviewpress.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReadResult;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;

/**
 * Rule fixtures whose offending lines carry the expected diagnostic inline, Checkstyle style:
 * {@code <!-- expect: rule.id -->} at the end of a Markdown line, {@code # expect: rule.id} at
 * the end of a YAML line, optionally with a column ({@code rule.id:17}). Several ids are
 * separated by commas; {@code expect@N:} puts the expectation on line N instead (for the
 * {@code ---} lines, which cannot carry a comment). The fixture is the spec.
 */
public final class Fixtures {

  /** Where fixtures live: {@code fixtures/<rule.id>/<case>.md}. */
  public static final Path ROOT = Path.of("src/test/resources/fixtures");

  private static final Pattern EXPECT = Pattern.compile("(?:<!--|#)\\s*expect(?:@(\\d+))?:\\s*(.*?)\\s*(?:-->|$)");
  private static final MarkdownReader MARKDOWN = new MarkdownReader();

  private Fixtures() {}

  /** One expected diagnostic: rule, line, and column when the fixture gives it (0 otherwise). */
  public record Expectation(String ruleId, int line, int column) {
    boolean matches(Diagnostic d) {
      return d.ruleId().equals(ruleId) && d.position().line() == line
          && (column == 0 || d.position().column() == column);
    }

    @Override
    public String toString() {
      return ruleId + " at line " + line + (column == 0 ? "" : ":" + column);
    }
  }

  /** Reads a fixture file as the source stage does. */
  public static ReadResult read(Path file) {
    String slug = file.getFileName().toString().replaceFirst("\\.md$", "").toLowerCase().replaceAll("[^a-z0-9-]", "-");
    try {
      return new ReportReader(MARKDOWN).read(new ReportSource(slug, file.getParent(), file, file),
          Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read fixture " + file, e);
    }
  }

  /**
   * Every diagnostic a fixture gives: source problems and every built-in rule at default levels.
   * A fixture folder may hold {@code sensitive-terms.txt}, the plain list the build would be given.
   */
  public static List<Diagnostic> diagnose(Path file, RuleRegistry registry, SiteConfig site) {
    ReadResult read = read(file);
    List<Diagnostic> out = new ArrayList<>(read.diagnostics());
    Path terms = file.getParent().resolve("sensitive-terms.txt");
    org.reviewpress.check.privacy.PrivacySettings privacy = Files.isRegularFile(terms)
        ? org.reviewpress.check.privacy.PrivacySettings.load(java.util.Optional.of(terms), file.getParent())
        : org.reviewpress.check.privacy.PrivacySettings.none();
    read.report().ifPresent(r -> out.addAll(new Checker(registry, java.util.Map.of(), privacy).check(r, site, file.getParent())));
    out.sort(Diagnostic.BY_POSITION);
    return out;
  }

  /** The expectations written in a fixture. */
  public static List<Expectation> expectations(Path file) throws IOException {
    List<Expectation> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      // "expect@N:" names another line, for lines that cannot carry a comment (the '---' lines).
      int line = m.group(1) == null ? i + 1 : Integer.parseInt(m.group(1));
      for (String part : m.group(2).split(",")) {
        String p = part.trim();
        if (p.isEmpty()) {
          continue;
        }
        int colon = p.lastIndexOf(':');
        if (colon > 0 && p.substring(colon + 1).chars().allMatch(Character::isDigit)) {
          out.add(new Expectation(p.substring(0, colon), line, Integer.parseInt(p.substring(colon + 1))));
        } else {
          out.add(new Expectation(p, line, 0));
        }
      }
    }
    return out;
  }
}
