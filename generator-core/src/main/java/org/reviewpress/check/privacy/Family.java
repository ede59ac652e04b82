package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewpress.check.CheckContext;
import org.reviewpress.model.Report;

/**
 * Whether a sentence is about a member of the family: it names a declared pseudonym, a family
 * relation (mother, stepfather, baby, sibling...) or a person by pronoun. Used by the rules
 * that report characteristics only when they are attached to someone in the family.
 */
final class Family {

  private Family() {}

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

  /**
   * Where a listed word (a condition, an ethnicity...) appears in a sentence that mentions a
   * family member, unless the words straight after it name a service or institution
   * ({@code notBefore}, e.g. "autism service", "Polish church"): the shared search of the rules
   * about facts that could single a family out.
   */
  static List<ListedPhrases.Match> inFamilySentences(CheckContext context, ListedPhrases listed, Pattern notBefore) {
    ScanText scan = ScanText.of(context);
    String text = scan.text();
    Pattern family = references(context.report());
    List<ListedPhrases.Match> out = new ArrayList<>();
    Matcher after = notBefore.matcher(text);
    int sentenceStart = -1;
    int sentenceEnd = -1;
    boolean aboutFamily = false;
    for (ListedPhrases.Match m : listed.find(scan.chars(), scan.index())) {
      after.region(m.end(), text.length());
      if (after.lookingAt()) {
        continue;
      }
      int[] s = scan.sentence(m.start(), m.end());
      // Several listed words in one sentence ask about the family once.
      if (s[0] != sentenceStart || s[1] != sentenceEnd) {
        sentenceStart = s[0];
        sentenceEnd = s[1];
        aboutFamily = mentioned(family, text, s[0], s[1]);
      }
      if (aboutFamily) {
        out.add(m);
      }
    }
    return out;
  }
}
