package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Schools, nurseries, colleges, children's centres, GP surgeries and medical practices named by
 * their own name ("Oakfield Primary School", "St Anne's Nursery", "Riverside Medical Practice").
 * A child's school narrows a family down to a few hundred households. Generic descriptions ("his
 * secondary school", "the Pupil Referral Unit", "a Virtual School") and national bodies ("Royal
 * College of Nursing") are not reported; a project may allow its own institutions in site.yaml.
 */
public final class NamedInstitutionRule implements Rule {

  private static final String TYPES = "(?:Primary|Junior|Infants?|Nursery|Secondary|High|Grammar|Community|Church of England"
      + "|C of E|CofE|Catholic|Roman Catholic|RC|Methodist|Free|Special|Preparatory|Prep|Middle|First|Upper|Sixth Form"
      + "|Day|Independent|Academy)?\\s*"
      + "(?:School|Academy|Nursery|Pre-?[Ss]chool|Playgroup|Children['\u2019]s Centre|College|Sixth Form|Surgery"
      + "|Medical Practice|Medical Centre|Medical Group|Health Centre|Family Practice|Group Practice|Health Practice"
      + "|GP Practice|Practice Surgery)";
  private static final Pattern INSTITUTION = Pattern.compile(
      "(?<![\\w'\u2019-])((?:(?:St\\.?|Saint|[A-Z][A-Za-z'\u2019-]*|&|of|on|upon)\\s+){1,6}?)(?:" + TYPES
          + "(?![\\w-])(?!\\s+of\\b)|(?:Primary|Infants|Juniors)(?![\\w-])(?!\\s+[A-Z&]|\\s+of\\b))");
  private static final Set<String> GENERIC = Set.copyOf(java.util.Arrays.asList("the", "a", "an", "his", "her", "their", "our", "its", "this",
      "that", "these", "each", "every", "any", "some", "another", "other", "one", "two", "both", "all", "which",
      "whose", "your", "my", "no", "local", "previous", "new", "current", "mainstream", "special", "independent",
      "secondary", "primary", "high", "pupil", "referral", "virtual", "free", "state", "faith", "nursery", "infant",
      "infants", "junior", "community", "sixth", "form", "further", "education", "general", "medical", "health",
      "family", "group", "gp", "royal", "national", "british", "day", "pre", "home", "boarding", "residential",
      "alternative", "provision", "grammar", "catholic", "church", "england", "of", "and", "&", "on", "upon", "in",
      "from", "to", "at", "for", "with", "by", "into", "between", "after", "before", "leaving", "starting", "moving",
      "joining", "first", "middle", "upper", "forest", "sunday", "summer", "saturday", "holiday", "hospital",
      "open", "english", "welsh", "scottish", "after-school", "breakfast", "village", "town", "city", "county",
      "council", "authority", "academy", "trust", "multi-academy", "school", "schools", "practice", "surgery",
      "college", "university", "child", "children", "children's", "year", "reception", "key", "stage", "when",
      "while", "where", "then", "after", "once", "if", "as", "so", "but", "because", "until", "during", "former",
      "old", "same", "next", "last", "nearest", "nearby", "receiving", "sending", "named", "designated", "lead",
      "head", "deputy", "assistant", "safeguarding", "attendance", "pastoral", "out-of-area", "out", "area"));
  private static final Pattern STRIP_POSSESSIVE = Pattern.compile("['\u2019]s$");

  /**
   * The last word of every kind of institution the pattern names ("Pre-school" and "Preschool"
   * for the lower-case school they allow, "School" for the rest): every match ends with one,
   * followed by neither a word character nor a hyphen. Only near one of these is the pattern
   * tried.
   */
  private static final String[] KIND_WORDS = {"School", "Pre-school", "Preschool", "Academy", "Nursery", "Playgroup", "Centre", "College", "Form",
      "Surgery", "Practice", "Group", "Primary", "Infants", "Juniors"};
  /** Whether a capital letter (from 'A') starts one of {@link #KIND_WORDS}. */
  private static final boolean[] KIND_INITIAL = new boolean[26];

  /**
   * {@link #KIND_WORDS} by their first two letters, (initial - 'A') * 26 + (second - 'a'), in
   * the list's order: a capital is compared only with the kind words that start as it does.
   */
  private static final String[][] KIND_BY_OPENING = new String[26 * 26][];

  static {
    for (String w : KIND_WORDS) {
      KIND_INITIAL[w.charAt(0) - 'A'] = true;
      int o = (w.charAt(0) - 'A') * 26 + w.charAt(1) - 'a';
      String[] known = KIND_BY_OPENING[o];
      KIND_BY_OPENING[o] = known == null ? new String[] {w} : java.util.stream.Stream.concat(
          java.util.Arrays.stream(known), java.util.stream.Stream.of(w)).toArray(String[]::new);
    }
  }

  /**
   * How many runs of blanks a match can hold before its kind word: six after the words of the
   * name, two inside "Church of England" or "C of E", one before the kind ({@code \s*}) and one
   * inside it ("Medical Practice").
   */
  private static final int MOST_BLANK_RUNS = 10;

  @Override
  public String id() {
    return "privacy.named-institution";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Schools, nurseries, colleges and GP practices are described by type, not named.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    String t = scan.text();
    for (MatchResult m : matches(t, scan.chars())) {
      String name = m.group(1);
      int nameStart = m.start(1);
      int nl = name.lastIndexOf('\n');
      if (nl >= 0 && !scan.titleCase(m.end() - 1) && scan.titleCase(nameStart)) {
        name = name.substring(nl + 1); // a heading line above is not part of the name
        nameStart += nl + 1;
      }
      String[] words = name.strip().split("\\s+");
      if (name.isBlank()) {
        continue;
      }
      // Drop leading function words, then require a word of the name itself.
      int first = 0;
      while (first < words.length && GENERIC.contains(Privacy.lower(STRIP_POSSESSIVE.matcher(words[first]).replaceAll("")))) {
        first++;
      }
      boolean named = false;
      for (int i = first; i < words.length; i++) {
        String w = Privacy.lower(STRIP_POSSESSIVE.matcher(words[i]).replaceAll(""));
        if (!GENERIC.contains(w) && Character.isUpperCase(words[i].charAt(0))) {
          named = true;
          break;
        }
      }
      if (!named) {
        continue;
      }
      int start = nameStart;
      for (int i = 0; i < first; i++) {
        start = scan.text().indexOf(words[i], start) + words[i].length();
      }
      while (start < m.end() && Character.isWhitespace(scan.text().charAt(start))) {
        start++;
      }
      String found = scan.text().substring(start, m.end());
      if (Privacy.allowedExactly(context, found) || allowedPrefix(context, found)) {
        continue;
      }
      out.add(Privacy.at(this, defaultSeverity(), context, start,
          "This names a school, nursery, college or GP practice (" + Privacy.mask(found)
              + "); it narrows the family down to a few hundred homes.",
          "Describe it by type: 'his secondary school', 'the nursery', 'the GP practice'."));
    }
    return out;
  }

  /**
   * Every match of {@link #INSTITUTION} in the text, as {@link Matcher#find()} gives them, trying
   * the pattern only where a match can start: at a capital, '&', 'of', 'on' or 'upon' that does
   * not continue a word, a few words before a kind word (so not at every capital of the report).
   */
  static List<MatchResult> matches(String t) {
    return matches(t, t.toCharArray());
  }

  /** The same, {@code chars} holding the characters of {@code t} (read, never written). */
  static List<MatchResult> matches(String t, char[] chars) {
    BitSet near = nearKindWords(t, chars);
    List<MatchResult> out = new ArrayList<>();
    Matcher m = INSTITUTION.matcher(t);
    // As MatchStarts.find: transparent bounds let the look-behind see the text before a start.
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int n = t.length();
    int i = near.nextSetBit(0);
    while (i >= 0 && i < n) {
      char c = t.charAt(i);
      if ((c >= 'A' && c <= 'Z' || c == '&' || c == 'o' || c == 'u') && !MatchStarts.afterWord(t, i, "'\u2019-")) {
        m.region(i, n);
        if (m.lookingAt()) {
          out.add(m.toMatchResult());
          i = near.nextSetBit(m.end() > i ? m.end() : i + 1);
          continue;
        }
      }
      i = near.nextSetBit(i + 1);
    }
    return out;
  }

  /**
   * The offsets where a match can start: before each kind word, back over letters, apostrophes,
   * hyphens, '&', full stops and at most {@link #MOST_BLANK_RUNS} runs of blanks (the characters
   * and the length a match can have before its kind word).
   */
  private static BitSet nearKindWords(String t, char[] chars) {
    // One pass: a kind word starts with one of a few capitals, and only there are the kind words
    // compared. The places come in ascending order, as the windows below need.
    int[] at = new int[16];
    int count = 0;
    int n = t.length();
    for (int k = 0; k < n; k++) {
      char c = chars[k];
      if (c > 'Z' || c < 'A' || !KIND_INITIAL[c - 'A'] || k + 1 >= n) {
        continue; // every kind word has two letters or more
      }
      char second = chars[k + 1];
      String[] kinds = second >= 'a' && second <= 'z' ? KIND_BY_OPENING[(c - 'A') * 26 + second - 'a'] : null;
      if (kinds == null) {
        continue; // most capitals: "The", "Child", "Social" ("Sc" is compared further)
      }
      for (String w : kinds) {
        if (t.startsWith(w, k) && !endsInWord(t, k + w.length())) {
          if (count == at.length) {
            at = java.util.Arrays.copyOf(at, count * 2);
          }
          at[count++] = k;
          break; // a place is a window's end once, whichever kind word ends there
        }
      }
    }
    BitSet near = new BitSet(t.length());
    for (int c = 0; c < count; c++) {
      int k = at[c];
      near.set(windowStart(t, k, near), k + 1);
    }
    return near;
  }

  /**
   * How far back from kind word {@code k} a match can start. The walk stops early where an
   * earlier kind word's window already reaches: that window goes at least as far back (it has
   * fewer blanks to cross), so every character is walked over once and the whole is linear.
   */
  private static int windowStart(String t, int k, BitSet near) {
    int runs = 0;
    int i = k;
    while (i > 0 && !near.get(i - 1)) {
      char c = t.charAt(i - 1);
      if (isBlank(c)) {
        if (i == k || !isBlank(t.charAt(i))) {
          if (++runs > MOST_BLANK_RUNS) {
            break;
          }
        }
      } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '\'' || c == '\u2019' || c == '-' || c == '&'
          || c == '.')) {
        break;
      }
      i--;
    }
    return i;
  }

  /** Whether the character at {@code i} continues a word: {@code [\w-]}. */
  private static boolean endsInWord(String t, int i) {
    return i < t.length() && (MatchStarts.isWordChar(t.charAt(i)) || t.charAt(i) == '-');
  }

  /** {@code \s}. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean allowedPrefix(CheckContext context, String found) {
    String f = Words.normalise(found).replaceAll("\\s+", " ");
    return context.site().allow().stream().map(a -> Words.normalise(a).replaceAll("\\s+", " "))
        .anyMatch(a -> !a.isBlank() && f.contains(a) && a.length() * 2 >= f.length());
  }
}
