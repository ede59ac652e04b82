package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.WordList;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Ethnicity, national origin and religion ({@code protected-characteristics.txt}) in a sentence
 * about a member of the family. Where it matters for the learning, a report can say so in a way
 * that does not single out a family in a small community; this rule asks the author to decide.
 * Institutions ("the Polish Embassy") and names ("Christian Jones") are not reported.
 */
public final class ProtectedCharacteristicRule implements Rule {

  private static final List<String> ENTRIES = WordList.load(ProtectedCharacteristicRule.class, "protected-characteristics.txt");
  /**
   * The list compiled once into a dictionary: entries written with a capital ("Polish") match
   * only so written, the others ("dual heritage") in any case.
   */
  private static final ListedPhrases CHARACTERISTICS = ListedPhrases.of(List.of(
      ENTRIES.stream().filter(e -> Character.isUpperCase(e.charAt(0))).toList(),
      ENTRIES.stream().filter(e -> !Character.isUpperCase(e.charAt(0))).toList()), List.of(false, true));
  private static final Pattern INSTITUTION = Pattern.compile(
      "\\s+(?:Government|Embassy|Consulate|Association|Society|Council|Sea|Act|Channel|Ocean|Union|Federation|Office"
          + "|[A-Z][a-z]+\\s+(?:School|Academy|College))\\b|\\s+[A-Z][a-z]");

  @Override
  public String id() {
    return "privacy.protected-characteristic";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "A family member's ethnicity, nationality or religion is stated only where the learning needs it"
        + " (a warning until final).";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    String text = ScanText.of(context).text();
    for (ListedPhrases.Match m : Family.inFamilySentences(context, CHARACTERISTICS, INSTITUTION)) {
      out.add(Privacy.at(this, Privacy.escalated(context.report()), context, m.start(),
          "This gives the ethnicity, nationality or religion of someone in the family (" + text.substring(m.start(), m.end())
              + "); in a local community that can single the family out.",
          "Keep it only if the learning depends on it, and then say it at the level the learning needs:"
              + " 'the family's first language was not English', 'the family's faith community'."));
    }
    return out;
  }
}
