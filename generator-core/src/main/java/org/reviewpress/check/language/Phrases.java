package org.reviewpress.check.language;

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
  /**
   * For a phrase whose first word is letters and digits only, the folded letters and digits that
   * open its second word (null for others): the next word of the text must start with them, a
   * test that spares the pattern at most places where the first word alone matches.
   */
  private final String[] second;

  private Phrases(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Integer>> words = new HashMap<>();
    Map<String, List<Integer>> stems = new HashMap<>();
    List<Integer> rest = new ArrayList<>();
    TreeSet<Integer> lengths = new TreeSet<>();
    second = new String[this.entries.size()];
    for (int i = 0; i < this.entries.size(); i++) {
      String[] parts = this.entries.get(i).phrase().strip().split("[\\s-]+");
      String first = parts[0];
      boolean wild = first.endsWith("*");
      String word = wild ? first.substring(0, first.length() - 1) : first;
      int head = Words.wordEnd(word, 0, word.length());
      if (head > 0 && head == word.length() && parts.length > 1) {
        int head2 = Words.wordEnd(parts[1], 0, parts[1].length());
        second[i] = head2 == 0 ? null : Words.fold(parts[1], 0, head2);
      }
      if (head == 0) {
        rest.add(i);
      } else if (wild && head == word.length()) {
        String stem = Words.fold(word, 0, head);
        stems.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
        lengths.add(stem.length());
      } else {
        // The pattern needs a non-letter right after these letters (the next word, or the rest
        // of a word such as "didn't"), so the text's word must be exactly this.
        words.computeIfAbsent(Words.fold(word, 0, head), k -> new ArrayList<>()).add(i);
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
      int end = Words.wordEnd(text, i, to);
      if (end == i) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      tryAt(text, i, to, candidates(Words.fold(text, i, end)), matchers, next, out);
      i = end;
    }
    return finish(text, from, to, out);
  }

  /**
   * Every match in span {@code s} of the prose {@code words} were read from: what
   * {@code find(words.text(), start, end)} gives for the span, with each distinct word looked up
   * once per report instead of at every use.
   */
  public List<Match> find(Words words, int s) {
    String text = words.text();
    int from = words.firstOf(s);
    int until = words.endOf(s);
    int to = words.spanEnd(s);
    int[][] byForm = words.derived(this, w -> {
      int[][] table = new int[w.forms().size()][];
      for (int f = 0; f < table.length; f++) {
        table[f] = candidates(w.forms().get(f));
      }
      return table;
    });
    List<Found> out = new ArrayList<>();
    Matcher[] matchers = null;
    int[] next = null;
    List<String> forms = words.forms();
    for (int w = from; w < until; w++) {
      int[] candidates = byForm[words.form(w)];
      if (candidates == null) {
        continue;
      }
      for (int e : candidates) {
        String then = second[e];
        if (then != null && (w + 1 >= until || !forms.get(words.form(w + 1)).startsWith(then))) {
          continue;
        }
        if (matchers == null) {
          matchers = new Matcher[entries.size()];
          next = new int[entries.size()];
        }
        tryOne(text, words.start(w), to, e, matchers, next, out);
      }
    }
    return finish(text, words.spanStart(s), to, out);
  }

  /** The entries that may match at a word of this folded form, or null. */
  private int[] candidates(String word) {
    int[] exact = byWord.get(word);
    int[] all = exact;
    for (int length : stemLengths) {
      if (length > word.length()) {
        break;
      }
      int[] stem = byStem.get(word.substring(0, length));
      if (stem != null) {
        all = all == null ? stem : concat(all, stem);
      }
    }
    return all;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Adds the unindexed entries' matches, orders, and keeps the longest of overlapping matches. */
  private List<Match> finish(String text, int from, int to, List<Found> out) {
    for (int e : unindexed) {
      Matcher m = entries.get(e).pattern().matcher(text).region(from, to);
      while (m.find()) {
        out.add(new Found(new Match(entries.get(e), m.start(), m.end()), e));
      }
    }
    if (out.isEmpty()) {
      return List.of();
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
      tryOne(text, at, to, e, matchers, next, out);
    }
  }

  private void tryOne(String text, int at, int to, int e, Matcher[] matchers, int[] next, List<Found> out) {
    if (at < next[e]) {
      return; // inside this entry's previous match
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
