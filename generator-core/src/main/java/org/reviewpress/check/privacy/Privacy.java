package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.Report;
import org.reviewpress.model.Severity;
import org.reviewpress.model.Status;

/** What the privacy rules share: severities, masking, the allow-list. Stateless. */
final class Privacy {

  private Privacy() {}

  /** A "warning" privacy rule's severity: an error once the report is final. */
  static Severity escalated(Report report) {
    return report.status() == Status.FINAL ? Severity.ERROR : Severity.WARNING;
  }

  /** A diagnostic at a scan-text offset, which is also the offset in report.md. */
  static Diagnostic at(Rule rule, Severity severity, CheckContext context, int offset, String message, String hint) {
    return new Diagnostic(rule.id(), severity, message, hint, context.report().source().position(offset));
  }

  /**
   * A masked form of found text for messages: the first character of each word is kept, the
   * rest of its letters and digits become '•'. Diagnostics reach CI logs and code-scanning
   * dashboards, so they point at the text without repeating it.
   */
  static String mask(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(inWord ? '\u2022' : c);
        inWord = true;
      } else {
        b.append(Character.isWhitespace(c) ? ' ' : c);
        inWord = false;
      }
    }
    return b.toString().replaceAll(" +", " ").strip();
  }

  /** The words of every allowed phrase: site.yaml's allow, pseudonyms, lead reviewer, glossary, partnership. */
  static List<List<String>> allowedPhrases(CheckContext context) {
    List<String> phrases = new ArrayList<>(context.site().allow());
    Report r = context.report();
    phrases.addAll(r.pseudonyms());
    r.leadReviewer().ifPresent(phrases::add);
    phrases.add(r.partnership());
    context.site().partnership().ifPresent(phrases::add);
    for (GlossaryEntry g : r.glossary()) {
      phrases.add(g.term());
      phrases.add(g.definition());
    }
    List<List<String>> out = new ArrayList<>();
    for (String p : phrases) {
      List<String> words = Words.of(p).stream().map(Words.Word::norm).toList();
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    return out;
  }

  /** Whether found text is, as a whole, one of the project's allow-list entries. */
  static boolean allowedExactly(CheckContext context, String found) {
    String f = Words.normalise(found).replaceAll("\\s+", " ").strip();
    return context.site().allow().stream()
        .anyMatch(a -> Words.normalise(a).replaceAll("\\s+", " ").strip().equals(f));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
