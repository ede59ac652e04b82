package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.model.Report;

/**
 * Test oracle: this class as it was before the privacy word rules shared one tokenisation (commit 44d246c),
 * kept unchanged so that the equivalence tests can compare the faster rules with it.
 *
 * <p>Whether a sentence is about a member of the family: it names a declared pseudonym, a family
 * relation (mother, stepfather, baby, sibling...) or a person by pronoun. Used by the rules
 * that report characteristics only when they are attached to someone in the family.
 */
final class LegacyFamily {

  private LegacyFamily() {}

  private static final String RELATIONS = "mother|mothers|mum|mummy|father|fathers|dad|daddy|parent|parents|stepmother"
      + "|stepfather|step-mother|step-father|stepparent|carer|carers|partner|boyfriend|girlfriend|husband|wife|child|baby"
      + "|infant|toddler|son|daughter|sibling|siblings|brother|sister|half-brother|half-sister|stepbrother|stepsister"
      + "|grandmother|grandfather|grandparent|grandparents|nan|nana|grandma|grandad|granddad|aunt|auntie|uncle|cousin"
      + "|family|household|he|she|his|her|him|hers|himself|herself";

  /** A pattern for the family references of one report. */
  static Pattern references(Report report) {
    List<String> alternatives = new ArrayList<>();
    for (String p : report.pseudonyms()) {
      if (!p.isBlank()) {
        alternatives.add(Pattern.quote(p.strip()));
      }
    }
    alternatives.sort(Comparator.comparingInt(String::length).reversed());
    String pseudonyms = alternatives.stream().collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\w-])(?:(?i:" + RELATIONS + ")" + (pseudonyms.isEmpty() ? "" : "|" + pseudonyms)
        + ")(?![\\w-])");
  }

  /** Whether the text between {@code from} and {@code to} refers to a member of the family. */
  static boolean mentioned(Pattern references, String text, int from, int to) {
    Matcher m = references.matcher(text);
    m.region(from, to);
    return m.find();
  }

  /** An alternation of list entries for a regex, longest first, hyphens and spaces alike. */
  static String alternation(List<String> entries) {
    return entries.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(e -> Pattern.quote(e).replace("-", "\\E[\\s-]+\\Q").replace(" ", "\\E[\\s-]+\\Q")
            .replace("'", "\\E['\u2019]?\\Q"))
        .collect(Collectors.joining("|"));
  }

  /**
   * Where a listed word (a condition, an ethnicity...) appears in a sentence that mentions a
   * family member, unless the words straight after it name a service or institution
   * ({@code notBefore}, e.g. "autism service", "Polish church"): the shared search of the rules
   * about facts that could single a family out.
   */
  static List<MatchResult> inFamilySentences(CheckContext context, Pattern listed, MatchStarts.Openings openings,
      Pattern notBefore) {
    ScanText scan = ScanText.of(context);
    String text = scan.text();
    Pattern family = references(context.report());
    List<MatchResult> out = new ArrayList<>();
    // The start of a word that begins as a listed entry does.
    for (MatchResult m : MatchStarts.find(listed, text, i -> !MatchStarts.afterWord(text, i, "-") && openings.at(text, i))) {
      Matcher after = notBefore.matcher(text);
      after.region(m.end(), text.length());
      if (after.lookingAt()) {
        continue;
      }
      int[] s = scan.sentence(m.start(), m.end());
      if (mentioned(family, text, s[0], s[1])) {
        out.add(m);
      }
    }
    return out;
  }
}
