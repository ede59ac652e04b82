package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Names of people an author forgot to replace with a pseudonym. There is no person-name model
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
public final class UnlistedNameRule implements Rule {

  private static final FormSet ARTICLES = FormSet.of("the", "a", "an", "our", "their");

  /** The words of the public names, normalised once: allowed in every report. */
  private static final List<List<String>> PUBLIC_PHRASES = NameLexicon.PUBLIC_NAMES.stream()
      .map(p -> Words.of(p).stream().map(Words.Word::norm).toList()).toList();

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
    ScanWords words = ScanWords.of(context);
    ScanText scan = words.scan();
    char[] text = scan.chars();
    Allowed allowedPhrases = new Allowed(context, words);
    BitSet allowed = allowedPhrases.covered;
    List<Diagnostic> out = new ArrayList<>();
    BitSet reported = new BitSet(words.size());
    java.util.Set<String> known = new java.util.HashSet<>();
    int i = 0;
    while (i < words.size()) {
      // The allowed phrases are found in the same pass, a few words ahead, while the words are
      // fresh in the processor's cache.
      allowedPhrases.findUpTo(i);
      int end = nameEnd(scan, words, i);
      if (end <= i) {
        i++;
        continue;
      }
      allowedPhrases.findUpTo(end - 1);
      if (report(context, text, words, allowed, i, end, out)) {
        reported.set(i, end);
        for (int k = i; k < end; k++) {
          String n = words.norm(k);
          if (!allowed.get(k) && n.length() > 2 && !NameLexicon.TITLES.contains(n) && !NameLexicon.WORDS.contains(n)
              && !NameLexicon.NOT_NAMES.contains(n)) {
            known.add(n);
          }
        }
      }
      i = end;
    }
    allowedPhrases.findUpTo(words.size() - 1);
    // A word found to be a name once is a name wherever else it is written with a capital:
    // "Gregor said..." makes "...that Gregor from the agency" a name too.
    for (int k = 0; k < (known.isEmpty() ? 0 : words.size()); k++) {
      if (!reported.get(k) && !allowed.get(k) && capitalised(text, words, k) && known.contains(words.norm(k))) {
        report(context, text, words, allowed, k, k + 1, out);
      }
    }
    out.sort(org.reviewpress.model.Diagnostic.BY_POSITION);
    return out;
  }

  private boolean report(CheckContext context, char[] text, ScanWords words, BitSet allowed, int i, int end,
      List<Diagnostic> out) {
    boolean anyUnlisted = false;
    for (int k = i; k < end; k++) {
      if (!allowed.get(k) && !NameLexicon.TITLES.contains(words.norm(k)) && words.norm(k).length() > 1) {
        anyUnlisted = true;
      }
    }
    if (!anyUnlisted) {
      return false;
    }
    String found = new String(text, words.start(i), words.end(end - 1) - words.start(i));
    out.add(Privacy.at(this, defaultSeverity(), context, words.start(i),
        "This looks like a person's name (" + Privacy.mask(found) + ") that is not one of the report's pseudonyms.",
        "Use the pseudonym (for example 'Mother', 'Child T') or a role ('the social worker'). If it is a"
            + " professional or a place the report may name, add it under 'allow:' in site.yaml."));
    return true;
  }

  /** If a name starts at word {@code i}, the index after its last word; otherwise {@code i}. */
  private static int nameEnd(ScanText scan, ScanWords words, int i) {
    // Called for every word of the report: the cheap tests on the word itself come first, and
    // nothing is copied out of the text.
    char[] text = scan.chars();
    int start = words.start(i);
    char initial = text[start];
    if (initial >= 'a' && initial <= 'z') {
      // Most words: neither capitalised nor in a title's shape (both need a first letter that
      // upper-casing leaves alone), so every test below answers "no name starts here".
      return i;
    }
    String norm = words.norm(i);
    boolean afterArticle = i > 0 && ARTICLES.contains(words.norm(i - 1)) && adjacent(text, words, i - 1);
    if (afterArticle) {
      return i; // "the Bill", "a Grace Academy pupil", "the Nurse Practitioner"
    }
    // A title or rank, then a capitalised word that is more than an initial.
    if (NameLexicon.TITLES.contains(norm) && titleShape(text, words, i) && next(text, words, i)) {
      int j = i + 1;
      if (capitalised(text, words, j) && length(words, j) > 1 && !NameLexicon.NOT_NAMES.contains(words.norm(j))) {
        return surnameRun(text, words, j + 1);
      }
      if (length(words, j) == 1 && upper(text[words.start(j)]) && next(text, words, j)
          && capitalised(text, words, j + 1) && length(words, j + 1) > 1) {
        return j + 2; // "Mr J Smith"; "Mr A" alone is a designation
      }
      return i;
    }
    if (!capitalised(text, words, i)) {
      return i;
    }
    int rawLength = length(words, i);
    if (NameLexicon.strongGiven(norm)) {
      return surnameRun(text, words, i + 1);
    }
    if (NameLexicon.anyGiven(norm)) {
      boolean followedByName = next(text, words, i) && capitalised(text, words, i + 1)
          && (NameLexicon.surname(words.norm(i + 1)) || NameLexicon.strongGiven(words.norm(i + 1)));
      if (followedByName) {
        return surnameRun(text, words, i + 1);
      }
      if ((nextCapitalised(text, words, i) || reporting(text, words, i)) && midSentence(scan, start)) {
        return surnameRun(text, words, i + 1);
      }
    }
    // An initial and a known surname: "J. Smith".
    if (rawLength == 1 && upper(text[start]) && i + 1 < words.size()
        && initialGap(text, words.end(i), words.start(i + 1)) && NameLexicon.surname(words.norm(i + 1))
        && capitalised(text, words, i + 1) && !(i > 0 && precededByDesignation(text, words, i))) {
      return i + 2;
    }
    // An unknown capitalised word before a distinctive surname: "Kacper Nowak".
    if (!NameLexicon.NOT_NAMES.contains(norm) && !NameLexicon.WORDS.contains(norm) && rawLength > 2
        && next(text, words, i) && capitalised(text, words, i + 1)
        && NameLexicon.surname(words.norm(i + 1)) && !NameLexicon.WORDS.contains(words.norm(i + 1))
        && !prevCapitalised(scan, words, i)) {
      return surnameRun(text, words, i + 1);
    }
    // Any capitalised word before a verb of saying, mid-sentence, or before a possessive relation.
    if (!NameLexicon.NOT_NAMES.contains(norm) && !NameLexicon.WORDS.contains(norm) && rawLength > 2
        && (reporting(text, words, i) && midSentence(scan, start) || possessiveRelation(text, words, i))
        && !prevCapitalised(scan, words, i)) {
      return i + 1;
    }
    return i;
  }

  /** Neither in a heading, title or table cell nor a sentence's first word. */
  private static boolean midSentence(ScanText scan, int start) {
    return !scan.titleCase(start) && !scan.sentenceStart(start);
  }

  /** Written as a title or rank is: capitalised, or in capitals and at most three letters ("DC"). */
  private static boolean titleShape(char[] text, ScanWords words, int k) {
    if (capitalised(text, words, k)) {
      return true;
    }
    if (length(words, k) > 3) {
      return false;
    }
    String raw = new String(text, words.start(k), length(words, k));
    return raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
  }

  private static int length(ScanWords words, int k) {
    return words.end(k) - words.start(k);
  }

  /** What may lie between an initial and a surname: {@code \.? ?}. */
  private static boolean initialGap(char[] text, int from, int to) {
    int p = from;
    if (p < to && text[p] == '.') {
      p++;
    }
    if (p < to && text[p] == ' ') {
      p++;
    }
    return p == to;
  }

  private static boolean precededByDesignation(char[] text, ScanWords words, int i) {
    String prev = words.norm(i - 1);
    return adjacent(text, words, i - 1) && (prev.equals("child") || prev.equals("adult") || prev.equals("baby")
        || prev.equals("sibling") || prev.equals("family") || prev.equals("young") || prev.equals("person"));
  }

  /** Extends a name over following surnames: "Kacper Nowak", "Mary Smith-Jones". */
  private static int surnameRun(char[] text, ScanWords words, int j) {
    int end = j;
    while (end < words.size() && end - j < 3 && adjacent(text, words, end - 1) && capitalised(text, words, end)
        && !NameLexicon.NOT_NAMES.contains(words.norm(end))
        && (NameLexicon.surname(words.norm(end)) || !NameLexicon.WORDS.contains(words.norm(end)))) {
      end++;
    }
    return end;
  }

  /** Whether a word is written with a capital and then some lower case: a name's shape, not an acronym's. */
  private static boolean capitalised(char[] text, ScanWords words, int w) {
    int start = words.start(w);
    int end = words.end(w);
    if (end <= start || !upper(text[start])) {
      return false;
    }
    if (end - start == 1) {
      return true;
    }
    for (int k = start + 1; k < end; k++) {
      char c = text[k];
      if (lower(c)) {
        return true;
      }
      if (digit(c)) {
        return false;
      }
    }
    return false; // ALL CAPS is an acronym, not a name
  }

  /** {@link Character#isUpperCase(char)}, without its calls for ASCII. */
  static boolean upper(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}, without its calls for ASCII. */
  static boolean lower(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /** {@link Character#isDigit(char)}, without its calls for ASCII. */
  static boolean digit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** Whether words {@code k} and {@code k + 1} are next to each other in one phrase. */
  private static boolean adjacent(char[] text, ScanWords words, int k) {
    if (k < 0 || k + 1 >= words.size()) {
      return false;
    }
    int from = words.end(k);
    int to = words.start(k + 1);
    if (from == to) {
      return false;
    }
    if (contains(text, from, to, '.')) {
      // Only an initial or a title may be followed by a full stop inside a name.
      String left = words.norm(k);
      if (left.length() > 1 && !NameLexicon.TITLES.contains(left)) {
        return false;
      }
    }
    return nameGap(text, from, to);
  }

  /**
   * Whether {@code text[from, to)} is what may lie between two words of one name:
   * {@code (?:['’]s)?\.?[ \t]*\n?[ \t]*}, a possessive, a full stop and blanks with at most
   * one line break.
   */
  static boolean nameGap(char[] text, int from, int to) {
    int p = from;
    if (p + 1 < to && (text[p] == '\'' || text[p] == '\u2019') && text[p + 1] == 's') {
      p += 2;
    }
    if (p < to && text[p] == '.') {
      p++;
    }
    boolean lineBreak = false;
    for (; p < to; p++) {
      char c = text[p];
      if (c == '\n' && !lineBreak) {
        lineBreak = true;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean next(char[] text, ScanWords words, int i) {
    return adjacent(text, words, i);
  }

  private static boolean nextCapitalised(char[] text, ScanWords words, int i) {
    return next(text, words, i) && capitalised(text, words, i + 1)
        && !NameLexicon.NOT_NAMES.contains(words.norm(i + 1)) && length(words, i + 1) > 1;
  }

  /** Whether the word before is part of the same capitalised phrase (not just a sentence's first word). */
  private static boolean prevCapitalised(ScanText scan, ScanWords words, int i) {
    char[] text = scan.chars();
    if (!(i > 0 && adjacent(text, words, i - 1) && capitalised(text, words, i - 1))) {
      return false;
    }
    return !contains(text, words.end(i - 1), words.start(i), '\n') && !scan.sentenceStart(words.start(i - 1));
  }

  /** The next word is a verb of saying, after blanks only: "Oluwaseun said". */
  private static boolean reporting(char[] text, ScanWords words, int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    int from = words.end(i);
    int to = words.start(i + 1);
    return from < to && blanks(text, from, to) && NameLexicon.REPORTING.contains(words.norm(i + 1));
  }

  /** A possessive, then blanks, then a relation: "Kacper's mother" ({@code ['’]s[ \t]+}). */
  private static boolean possessiveRelation(char[] text, ScanWords words, int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    int from = words.end(i);
    int to = words.start(i + 1);
    return to - from >= 3 && (text[from] == '\'' || text[from] == '\u2019') && text[from + 1] == 's'
        && blanks(text, from + 2, to) && NameLexicon.RELATIONS.contains(words.norm(i + 1));
  }

  private static boolean contains(char[] text, int from, int to, char c) {
    for (int p = from; p < to; p++) {
      if (text[p] == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[from, to)} is spaces and tabs only. */
  private static boolean blanks(char[] text, int from, int to) {
    for (int p = from; p < to; p++) {
      char c = text[p];
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The words covered by an allowed phrase, found from the first word on as far as asked: a
   * word's bit is final once every word up to it has been tried as the start of a phrase.
   */
  private static final class Allowed {
    final BitSet covered;
    private final ScanWords words;
    private final Map<String, List<List<String>>> byFirst = new HashMap<>();
    /**
     * A bit for the hash of each phrase's first word: a word whose form's hash has no bit starts
     * no phrase, found without a map look-up (the forms' hashes are cached in the strings).
     */
    private final BitSet firstHashes = new BitSet(HASH_BITS + 1);
    private static final int HASH_BITS = (1 << 14) - 1;
    /** The next word to try as the start of a phrase. */
    private int next;

    Allowed(CheckContext context, ScanWords words) {
      this.words = words;
      this.covered = new BitSet(words.size());
      List<List<String>> phrases = new ArrayList<>(Privacy.allowedPhrases(context));
      phrases.addAll(PUBLIC_PHRASES);
      for (List<String> p : phrases) {
        byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p);
        firstHashes.set(p.get(0).hashCode() & HASH_BITS);
      }
    }

    /** Makes the bits of words {@code 0..last} final. */
    void findUpTo(int last) {
      for (; next <= last; next++) {
        String first = words.norm(next);
        if (!firstHashes.get(first.hashCode() & HASH_BITS)) {
          continue;
        }
        List<List<String>> starting = byFirst.get(first);
        if (starting == null) {
          continue;
        }
        for (List<String> p : starting) {
          if (next + p.size() <= words.size() && matches(words, next, p)) {
            covered.set(next, next + p.size());
          }
        }
      }
    }
  }

  private static boolean matches(ScanWords words, int i, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!words.norm(i + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
