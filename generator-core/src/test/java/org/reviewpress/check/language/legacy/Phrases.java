package org.reviewpress.check.language.legacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.check.WordList;

/**
 * A list of phrases, each with a piece of advice, matched as whole words without regard to case.
 * In a phrase, a space matches any run of spaces, line breaks or hyphens ("step down" finds
 * "step-down" too), and a word ending in {@code *} matches any ending ("fail* to" finds "failed
 * to", "failing to", "failure to").
 *
 * <p>{@link #find} is linear in the text: it walks the words of the text once and tries only the
 * phrases whose first word can start there (looked up by the word's case-folded form), instead
 * of running every phrase's pattern over the whole text. Immutable and thread-safe.
 */
public final class Phrases {

  /** One phrase and its compiled pattern. */
  public record Entry(String phrase, String advice, Pattern pattern) {}

  /** A match of a phrase in the text. */
  public record Match(Entry entry, int start, int end) {}

  /**
   * Lists already compiled, by their phrases and advice in order: the shipped lists and a site's
   * additions are the same for every report of a build, and compiling hundreds of patterns per
   * report cost more than checking it. Bounded, since a preview server may see many site.yaml edits.
   */
  private static final Map<List<Map.Entry<String, String>>, Phrases> COMPILED = new ConcurrentHashMap<>();
  private static final int COMPILED_MAX = 64;

  private final List<Entry> entries;
  /** Entries by the case-folded first word of their phrase, which a word of the text must equal. */
  private final Map<String, int[]> byWord = new HashMap<>();
  /** Entries whose phrase starts with a wildcard word, by its case-folded stem. */
  private final Map<String, int[]> byStem = new HashMap<>();
  /** The lengths of those stems, shortest first. */
  private final int[] stemLengths;
  /** Entries whose phrase does not start with a letter or digit: searched the slow way. */
  private final int[] unindexed;

  private Phrases(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Integer>> words = new HashMap<>();
    Map<String, List<Integer>> stems = new HashMap<>();
    List<Integer> rest = new ArrayList<>();
    TreeSet<Integer> lengths = new TreeSet<>();
    for (int i = 0; i < this.entries.size(); i++) {
      String first = this.entries.get(i).phrase().strip().split("[\\s-]+")[0];
      boolean wild = first.endsWith("*");
      String word = wild ? first.substring(0, first.length() - 1) : first;
      int head = wordEnd(word, 0, word.length());
      if (head == 0) {
        rest.add(i);
      } else if (wild && head == word.length()) {
        String stem = fold(word, 0, head);
        stems.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
        lengths.add(stem.length());
      } else {
        // The pattern needs a non-letter right after these letters (the next word, or the rest
        // of a word such as "didn't"), so the text's word must be exactly this.
        words.computeIfAbsent(fold(word, 0, head), k -> new ArrayList<>()).add(i);
      }
    }
    words.forEach((k, v) -> byWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    stems.forEach((k, v) -> byStem.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.stemLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    this.unindexed = rest.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Compiles a map of phrase to advice (or returns the same list compiled earlier). */
  public static Phrases of(Map<String, String> phrases) {
    List<Map.Entry<String, String>> key = phrases.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    Phrases known = COMPILED.get(key);
    if (known != null) {
      return known;
    }
    List<Entry> out = new ArrayList<>();
    phrases.forEach((p, a) -> out.add(new Entry(p, a, compile(p))));
    Phrases compiled = new Phrases(out);
    if (COMPILED.size() >= COMPILED_MAX) {
      COMPILED.clear();
    }
    COMPILED.put(key, compiled);
    return compiled;
  }

  /**
   * Loads a shipped data file of lines {@code phrase | advice} beside {@code owner}. A line
   * without '|' has no advice (for lists of phrases only).
   */
  public static Map<String, String> load(Class<?> owner, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : WordList.load(owner, name)) {
      int bar = line.indexOf('|');
      String phrase = (bar < 0 ? line : line.substring(0, bar)).strip();
      String advice = bar < 0 ? "" : line.substring(bar + 1).strip();
      out.put(phrase, advice);
    }
    return out;
  }

  static Pattern compile(String phrase) {
    StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = phrase.strip().split("[\\s-]+");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        b.append("[\\s\\-]+");
      }
      String w = words[i];
      boolean wild = w.endsWith("*");
      b.append(Pattern.quote(wild ? w.substring(0, w.length() - 1) : w));
      if (wild) {
        b.append("\\p{L}*");
      }
    }
    char last = phrase.strip().charAt(phrase.strip().length() - 1);
    if (Character.isLetterOrDigit(last) || last == '*') {
      b.append("(?![\\p{L}\\p{N}])");
    }
    // Case matters only for phrases written in capitals (acronyms such as "LAC" or "DNA").
    boolean caps = phrase.chars().anyMatch(Character::isLetter) && phrase.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && phrase.replaceAll("[^A-Za-z]", "").length() > 1;
    return Pattern.compile(b.toString(), caps ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Every match of every phrase in {@code text} between {@code from} and {@code to}, in order. */
  public List<Match> find(String text, int from, int to) {
    // Each entry's matches as its own Matcher.find() would give them: left to right, not
    // overlapping each other. A match starts where a word starts (the pattern begins with a
    // letter or digit after a non-letter), so only word starts are tried.
    List<Found> out = new ArrayList<>();
    Matcher[] matchers = new Matcher[entries.size()];
    int[] next = new int[entries.size()];
    java.util.Arrays.fill(next, from);
    int i = from;
    while (i < to) {
      int end = wordEnd(text, i, to);
      if (end == i) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      String word = fold(text, i, end);
      tryAt(text, i, to, byWord.get(word), matchers, next, out);
      for (int length : stemLengths) {
        if (length > word.length()) {
          break;
        }
        tryAt(text, i, to, byStem.get(word.substring(0, length)), matchers, next, out);
      }
      i = end;
    }
    for (int e : unindexed) {
      Matcher m = entries.get(e).pattern().matcher(text).region(from, to);
      while (m.find()) {
        out.add(new Found(new Match(entries.get(e), m.start(), m.end()), e));
      }
    }
    // By place, longest first; for the very same stretch, the entry listed first.
    out.sort((a, b) -> a.match().start() != b.match().start() ? Integer.compare(a.match().start(), b.match().start())
        : a.match().end() != b.match().end() ? Integer.compare(b.match().end(), a.match().end())
        : Integer.compare(a.entry(), b.entry()));
    // Where phrases overlap ("should have" inside "should have known"), keep the longest at each place.
    List<Match> kept = new ArrayList<>();
    int covered = -1;
    for (Found f : out) {
      Match m = f.match();
      if (m.start() >= covered) {
        kept.add(m);
        covered = m.end();
      }
    }
    return kept;
  }

  public List<Entry> entries() {
    return entries;
  }

  private record Found(Match match, int entry) {}

  private void tryAt(String text, int at, int to, int[] candidates, Matcher[] matchers, int[] next, List<Found> out) {
    if (candidates == null) {
      return;
    }
    for (int e : candidates) {
      if (at < next[e]) {
        continue; // inside this entry's previous match
      }
      Matcher m = matchers[e];
      if (m == null) {
        m = entries.get(e).pattern().matcher(text);
        matchers[e] = m;
      }
      // Opaque region bounds: the pattern's look-behind sees no character before a word start,
      // as it would see a non-letter there.
      m.region(at, to);
      if (m.lookingAt()) {
        out.add(new Found(new Match(entries.get(e), m.start(), m.end()), e));
        next[e] = m.end();
      }
    }
  }

  /** The end of the run of letters and digits ({@code \\p{L}} and {@code \\p{N}}) starting at {@code from}. */
  private static int wordEnd(String s, int from, int to) {
    int i = from;
    while (i < to) {
      int c = s.codePointAt(i);
      if (!Character.isLetter(c) && !isNumber(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return Math.min(i, to);
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** Case-folded as the patterns compare letters without regard to case. */
  private static String fold(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; ) {
      int c = s.codePointAt(i);
      b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
      i += Character.charCount(c);
    }
    return b.toString();
  }
}
