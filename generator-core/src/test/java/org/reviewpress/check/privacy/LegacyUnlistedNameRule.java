package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Test oracle: this class as it was before the privacy word rules shared one tokenisation (commit 44d246c),
 * kept unchanged so that the equivalence tests can compare the faster rules with it.
 *
 * <p>Names of people an author forgot to replace with a pseudonym. There is no person-name model
 * to hand, so this rule combines a lexicon (about 8,000 given names and 4,000 surnames from
 * openly licensed lists) with context:
 *
 * <ul>
 *   <li>a title or rank before a capitalised word: "Mrs Okafor", "DC Hughes" ("Mr A" is a
 *       designation and is left alone);</li>
 *   <li>a known given name that is not also an everyday word: "Jayden", "Kacper Nowak";</li>
 *   <li>a given name that is also a word (Grace, Will, Mark) only when a surname follows, or
 *       mid-sentence before another capitalised word or a verb of saying;</li>
 *   <li>an initial and a known surname: "J. Smith";</li>
 *   <li>any capitalised word mid-sentence before a verb of saying or a possessive relation:
 *       "Oluwaseun said", "Oluwaseun's mother".</li>
 * </ul>
 *
 * Declared pseudonyms, the lead reviewer, the partnership, glossary entries, site.yaml's
 * {@code allow:} list and people named in public national inquiries are never reported.
 */
public final class LegacyUnlistedNameRule implements Rule {

  // What may lie between two words of one name, compiled once: they are tested at every word.
  private static final Pattern INITIAL_GAP = Pattern.compile("\\.? ?");
  private static final Pattern NAME_GAP = Pattern.compile("(?:['\u2019]s)?\\.?[ \\t]*\\n?[ \\t]*");
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
  private static final Pattern POSSESSIVE_GAP = Pattern.compile("['\u2019]s[ \\t]+");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "our", "their");

  @Override
  public String id() {
    return "privacy.unlisted-name";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Every person in the family is called by a declared pseudonym, not by a name the author forgot to list.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    ScanText scan = ScanText.of(context);
    String text = scan.text();
    List<Words.Word> words = Words.of(text);
    BitSet allowed = allowed(context, words);
    List<Diagnostic> out = new ArrayList<>();
    BitSet reported = new BitSet(words.size());
    java.util.Set<String> known = new java.util.HashSet<>();
    int i = 0;
    while (i < words.size()) {
      int end = nameEnd(scan, words, i);
      if (end <= i) {
        i++;
        continue;
      }
      if (report(context, text, words, allowed, i, end, out)) {
        reported.set(i, end);
        for (int k = i; k < end; k++) {
          String n = words.get(k).norm();
          if (!allowed.get(k) && n.length() > 2 && !NameLexicon.TITLES.contains(n) && !NameLexicon.WORDS.contains(n)
              && !NameLexicon.NOT_NAMES.contains(n)) {
            known.add(n);
          }
        }
      }
      i = end;
    }
    // A word found to be a name once is a name wherever else it is written with a capital:
    // "Gregor said..." makes "...that Gregor from the agency" a name too.
    for (int k = 0; k < words.size(); k++) {
      if (!reported.get(k) && !allowed.get(k) && known.contains(words.get(k).norm()) && capitalised(words.get(k).in(text))) {
        report(context, text, words, allowed, k, k + 1, out);
      }
    }
    out.sort(org.reviewpress.model.Diagnostic.BY_POSITION);
    return out;
  }

  private boolean report(CheckContext context, String text, List<Words.Word> words, BitSet allowed, int i, int end,
      List<Diagnostic> out) {
    boolean anyUnlisted = false;
    for (int k = i; k < end; k++) {
      if (!allowed.get(k) && !NameLexicon.TITLES.contains(words.get(k).norm()) && words.get(k).norm().length() > 1) {
        anyUnlisted = true;
      }
    }
    if (!anyUnlisted) {
      return false;
    }
    String found = text.substring(words.get(i).start(), words.get(end - 1).end());
    out.add(Privacy.at(this, defaultSeverity(), context, words.get(i).start(),
        "This looks like a person's name (" + Privacy.mask(found) + ") that is not one of the report's pseudonyms.",
        "Use the pseudonym (for example 'Mother', 'Child T') or a role ('the social worker'). If it is a"
            + " professional or a place the report may name, add it under 'allow:' in site.yaml."));
    return true;
  }

  /** If a name starts at word {@code i}, the index after its last word; otherwise {@code i}. */
  private static int nameEnd(ScanText scan, List<Words.Word> words, int i) {
    Words.Word w = words.get(i);
    String text = scan.text();
    String raw = w.in(text);
    String norm = w.norm();
    boolean afterArticle = i > 0 && adjacent(text, words, i - 1) && ARTICLES.contains(words.get(i - 1).norm());
    if (afterArticle) {
      return i; // "the Bill", "a Grace Academy pupil", "the Nurse Practitioner"
    }
    // A title or rank, then a capitalised word that is more than an initial.
    boolean titleShape = capitalised(raw) || raw.length() <= 3 && raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
    if (NameLexicon.TITLES.contains(norm) && titleShape && next(text, words, i)) {
      int j = i + 1;
      String n = words.get(j).in(text);
      if (capitalised(n) && n.length() > 1 && !NameLexicon.NOT_NAMES.contains(words.get(j).norm())) {
        return surnameRun(text, words, j + 1);
      }
      if (n.length() == 1 && Character.isUpperCase(n.charAt(0)) && next(text, words, j)
          && capitalised(words.get(j + 1).in(text)) && words.get(j + 1).in(text).length() > 1) {
        return j + 2; // "Mr J Smith"; "Mr A" alone is a designation
      }
      return i;
    }
    if (!capitalised(raw)) {
      return i;
    }
    boolean titleCase = scan.titleCase(w.start());
    boolean midSentence = !titleCase && !scan.sentenceStart(w.start());
    if (NameLexicon.strongGiven(norm)) {
      return surnameRun(text, words, i + 1);
    }
    boolean followedByName = next(text, words, i) && capitalised(words.get(i + 1).in(text))
        && (NameLexicon.surname(words.get(i + 1).norm()) || NameLexicon.strongGiven(words.get(i + 1).norm()));
    if (NameLexicon.anyGiven(norm)) {
      if (followedByName) {
        return surnameRun(text, words, i + 1);
      }
      if (midSentence && (nextCapitalised(text, words, i) || reporting(text, words, i))) {
        return surnameRun(text, words, i + 1);
      }
    }
    // An initial and a known surname: "J. Smith".
    if (raw.length() == 1 && Character.isUpperCase(raw.charAt(0)) && i + 1 < words.size()
        && INITIAL_GAP.matcher(text.substring(w.end(), words.get(i + 1).start())).matches() && NameLexicon.surname(words.get(i + 1).norm())
        && capitalised(words.get(i + 1).in(text)) && !(i > 0 && precededByDesignation(text, words, i))) {
      return i + 2;
    }
    // An unknown capitalised word before a distinctive surname: "Kacper Nowak".
    if (!NameLexicon.NOT_NAMES.contains(norm) && !NameLexicon.WORDS.contains(norm) && raw.length() > 2
        && next(text, words, i) && capitalised(words.get(i + 1).in(text))
        && NameLexicon.surname(words.get(i + 1).norm()) && !NameLexicon.WORDS.contains(words.get(i + 1).norm())
        && !prevCapitalised(scan, words, i)) {
      return surnameRun(text, words, i + 1);
    }
    // Any capitalised word before a verb of saying, mid-sentence, or before a possessive relation.
    if (!NameLexicon.NOT_NAMES.contains(norm) && !NameLexicon.WORDS.contains(norm) && raw.length() > 2
        && !prevCapitalised(scan, words, i)
        && (midSentence && reporting(text, words, i) || possessiveRelation(text, words, i))) {
      return i + 1;
    }
    return i;
  }

  private static boolean precededByDesignation(String text, List<Words.Word> words, int i) {
    String prev = words.get(i - 1).norm();
    return adjacent(text, words, i - 1) && (prev.equals("child") || prev.equals("adult") || prev.equals("baby")
        || prev.equals("sibling") || prev.equals("family") || prev.equals("young") || prev.equals("person"));
  }

  /** Extends a name over following surnames: "Kacper Nowak", "Mary Smith-Jones". */
  private static int surnameRun(String text, List<Words.Word> words, int j) {
    int end = j;
    while (end < words.size() && end - j < 3 && adjacent(text, words, end - 1) && capitalised(words.get(end).in(text))
        && !NameLexicon.NOT_NAMES.contains(words.get(end).norm())
        && (NameLexicon.surname(words.get(end).norm()) || !NameLexicon.WORDS.contains(words.get(end).norm()))) {
      end++;
    }
    return end;
  }

  private static boolean capitalised(String raw) {
    if (raw.isEmpty() || !Character.isUpperCase(raw.charAt(0))) {
      return false;
    }
    if (raw.length() == 1) {
      return true;
    }
    for (int k = 1; k < raw.length(); k++) {
      if (Character.isLowerCase(raw.charAt(k))) {
        return true;
      }
      if (Character.isDigit(raw.charAt(k))) {
        return false;
      }
    }
    return false; // ALL CAPS is an acronym, not a name
  }

  /** Whether words {@code k} and {@code k + 1} are next to each other in one phrase. */
  private static boolean adjacent(String text, List<Words.Word> words, int k) {
    if (k < 0 || k + 1 >= words.size()) {
      return false;
    }
    String gap = text.substring(words.get(k).end(), words.get(k + 1).start());
    if (gap.contains(".")) {
      // Only an initial or a title may be followed by a full stop inside a name.
      String left = words.get(k).norm();
      if (left.length() > 1 && !NameLexicon.TITLES.contains(left)) {
        return false;
      }
    }
    return NAME_GAP.matcher(gap).matches() && !gap.isEmpty();
  }

  private static boolean next(String text, List<Words.Word> words, int i) {
    return adjacent(text, words, i);
  }

  private static boolean nextCapitalised(String text, List<Words.Word> words, int i) {
    return next(text, words, i) && capitalised(words.get(i + 1).in(text))
        && !NameLexicon.NOT_NAMES.contains(words.get(i + 1).norm()) && words.get(i + 1).in(text).length() > 1;
  }

  /** Whether the word before is part of the same capitalised phrase (not just a sentence's first word). */
  private static boolean prevCapitalised(ScanText scan, List<Words.Word> words, int i) {
    String text = scan.text();
    return i > 0 && adjacent(text, words, i - 1) && capitalised(words.get(i - 1).in(text))
        && !text.substring(words.get(i - 1).end(), words.get(i).start()).contains("\n")
        && !scan.sentenceStart(words.get(i - 1).start());
  }

  private static boolean reporting(String text, List<Words.Word> words, int i) {
    return i + 1 < words.size() && BLANKS.matcher(text.substring(words.get(i).end(), words.get(i + 1).start())).matches()
        && NameLexicon.REPORTING.contains(words.get(i + 1).norm());
  }

  private static boolean possessiveRelation(String text, List<Words.Word> words, int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    String gap = text.substring(words.get(i).end(), words.get(i + 1).start());
    return POSSESSIVE_GAP.matcher(gap).matches() && NameLexicon.RELATIONS.contains(words.get(i + 1).norm());
  }

  /** The words covered by an allowed phrase. */
  private static BitSet allowed(CheckContext context, List<Words.Word> words) {
    List<List<String>> phrases = new ArrayList<>(Privacy.allowedPhrases(context));
    for (String p : NameLexicon.PUBLIC_NAMES) {
      phrases.add(Words.of(p).stream().map(Words.Word::norm).toList());
    }
    Map<String, List<List<String>>> byFirst = new HashMap<>();
    for (List<String> p : phrases) {
      byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p);
    }
    BitSet out = new BitSet(words.size());
    for (int i = 0; i < words.size(); i++) {
      for (List<String> p : byFirst.getOrDefault(words.get(i).norm(), List.of())) {
        if (i + p.size() <= words.size() && matches(words, i, p)) {
          out.set(i, i + p.size());
        }
      }
    }
    return out;
  }

  private static boolean matches(List<Words.Word> words, int i, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!words.get(i + k).norm().equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
