package org.reviewpress.check.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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

  /** Each term's pattern, compiled once: the glossaries of a site's reports share most terms. */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
  private static final int PATTERNS_MAX = 4096;

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Prose prose = Prose.of(context);
    String text = prose.text();
    List<Diagnostic> out = new ArrayList<>();
    String[] folded = {null};
    for (GlossaryEntry g : context.report().glossary()) {
      String term = g.term().strip();
      if (term.isEmpty()) {
        continue;
      }
      boolean acronym = Acronyms.isCaps(term.replace(".", ""));
      Pattern p = pattern(term, acronym);
      // A quick test first: a term whose first word appears nowhere is unused, without a regex scan.
      String first = term.split(" ")[0];
      boolean used = lookedUp(term)
          ? usedAt(prose.words(), p, term, first, acronym)
          : present(text, folded, first, acronym) && prose.spans().stream().anyMatch(s -> p.matcher(text).region(s.start(), s.end()).find());
      if (!used) {
        out.add(diagnostic(g.position(), "The glossary explains '" + term + "', but the report never uses it.",
            "Remove the entry, or check that the text spells the term the same way."));
      }
    }
    return out;
  }

  /** The term as the text must write it: its words, perhaps a plural "s", not inside a longer word. */
  static Pattern pattern(String term, boolean acronym) {
    Pattern known = PATTERNS.get(term);
    if (known != null) {
      return known;
    }
    // A dotted acronym ("U.K.") is used when the text writes it with or without the dots.
    String spelled = Pattern.quote(term).replace(" ", "\\E\\s+\\Q")
        + (acronym && term.contains(".") ? "|" + Pattern.quote(term.replace(".", "")) : "");
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + spelled + ")s?(?![\\p{L}\\p{N}])",
        acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    if (PATTERNS.size() >= PATTERNS_MAX) {
      PATTERNS.clear();
    }
    PATTERNS.put(term, p);
    return p;
  }

  /**
   * Whether a term can be looked up among the prose's words instead of searched for: it starts
   * with an ASCII letter or digit and holds only ASCII. A match of its pattern then starts at a
   * word (letters and digits after a non-letter) whose folded form is the term's first word, or
   * that word with an "s" (the plural of a one-word term), so only those words need the pattern.
   */
  private static boolean lookedUp(String term) {
    char c = term.charAt(0);
    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether the pattern matches at a word whose form can start it; see {@link #lookedUp}. */
  private static boolean usedAt(Words words, Pattern p, String term, String first, boolean acronym) {
    String text = words.text();
    List<String> spellings = acronym && term.contains(".") ? List.of(term, term.replace(".", "")) : List.of(term);
    Matcher m = null;
    for (String spelling : spellings) {
      String head = Words.fold(spelling, 0, Words.wordEnd(spelling, 0, spelling.length()));
      for (String form : List.of(head, head + "s")) {
        for (int w = words.firstWithForm(words.formId(form)); w >= 0; w = words.nextWithForm(w)) {
          m = m == null ? p.matcher(text) : m;
          m.region(words.start(w), words.spanEnd(words.span(w)));
          if (m.lookingAt() && presentAt(text, words.start(w), first, acronym)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The old quick test, which also decides: the first word of the term (up to its first space)
   * is somewhere in the text, folded for a term that is not an acronym. Where a match starts, the
   * text nearly always holds it right there; only otherwise is the whole text searched.
   */
  private static boolean presentAt(String text, int at, String first, boolean acronym) {
    if (acronym) {
      return text.startsWith(first, at) || text.startsWith(first.replace(".", ""), at)
          || present(text, new String[1], first, true);
    }
    int end = Math.min(text.length(), at + first.length());
    return Words.fold(text, at, end).equals(Words.fold(first, 0, first.length()))
        || present(text, new String[1], first, false);
  }

  private static boolean present(String text, String[] folded, String first, boolean acronym) {
    if (acronym) {
      return text.contains(first) || text.contains(first.replace(".", ""));
    }
    folded[0] = folded[0] == null ? fold(text) : folded[0];
    return folded[0].contains(fold(first));
  }

  /** Case-folded code point by code point, as a case-insensitive pattern compares letters. */
  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return b.toString();
  }
}
