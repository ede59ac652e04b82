package org.reviewpress.check.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.check.WordList;

/**
 * A list of phrases, each with a piece of advice, matched as whole words without regard to case.
 * In a phrase, a space matches any run of spaces, line breaks or hyphens ("step down" finds
 * "step-down" too), and a word ending in {@code *} matches any ending ("fail* to" finds "failed
 * to", "failing to", "failure to").
 */
public final class Phrases {

  /** One phrase and its compiled pattern. */
  public record Entry(String phrase, String advice, Pattern pattern) {}

  /** A match of a phrase in the text. */
  public record Match(Entry entry, int start, int end) {}

  private final List<Entry> entries;

  private Phrases(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Compiles a map of phrase to advice. */
  public static Phrases of(Map<String, String> phrases) {
    List<Entry> out = new ArrayList<>();
    phrases.forEach((p, a) -> out.add(new Entry(p, a, compile(p))));
    return new Phrases(out);
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
    List<Match> out = new ArrayList<>();
    for (Entry e : entries) {
      Matcher m = e.pattern().matcher(text).region(from, to);
      while (m.find()) {
        out.add(new Match(e, m.start(), m.end()));
      }
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    // Where phrases overlap ("should have" inside "should have known"), keep the longest at each place.
    List<Match> kept = new ArrayList<>();
    int covered = -1;
    for (Match m : out) {
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
}
