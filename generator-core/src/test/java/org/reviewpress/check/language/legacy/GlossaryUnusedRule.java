package org.reviewpress.check.language.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.Severity;

/**
 * A glossary entry the report never uses: a left-over from an earlier draft, or a sign that the
 * text spells the term differently. An acronym must appear in capitals (a plural "GPs" counts);
 * another term may appear in any case. Information only.
 */
public final class GlossaryUnusedRule implements Rule {

  @Override
  public String id() {
    return "language.glossary-unused";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "Every glossary entry is used in the report.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Prose prose = Prose.of(context);
    String text = prose.text();
    List<Diagnostic> out = new ArrayList<>();
    String folded = null;
    for (GlossaryEntry g : context.report().glossary()) {
      String term = g.term().strip();
      if (term.isEmpty()) {
        continue;
      }
      boolean acronym = Acronyms.isCaps(term.replace(".", ""));
      // A dotted acronym ("U.K.") is used when the text writes it with or without the dots.
      String spelled = Pattern.quote(term).replace(" ", "\\E\\s+\\Q")
          + (acronym && term.contains(".") ? "|" + Pattern.quote(term.replace(".", "")) : "");
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + spelled + ")s?(?![\\p{L}\\p{N}])",
          acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      // A quick test first: a term whose first word appears nowhere is unused, without a regex scan.
      String first = term.split(" ")[0];
      boolean present;
      if (acronym) {
        present = text.contains(first) || text.contains(first.replace(".", ""));
      } else {
        folded = folded == null ? fold(text) : folded;
        present = folded.contains(fold(first));
      }
      boolean used = present && prose.spans().stream().anyMatch(s -> p.matcher(text).region(s.start(), s.end()).find());
      if (!used) {
        out.add(diagnostic(g.position(), "The glossary explains '" + term + "', but the report never uses it.",
            "Remove the entry, or check that the text spells the term the same way."));
      }
    }
    return out;
  }

  /** Case-folded code point by code point, as a case-insensitive pattern compares letters. */
  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return b.toString();
  }
}
