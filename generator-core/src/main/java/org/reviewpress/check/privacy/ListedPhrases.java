package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list (health conditions, ethnicities...) compiled once into a dictionary, found in a
 * text word start by word start with a look-up instead of a regex alternation of every entry.
 *
 * <p>It finds exactly what repeated {@link java.util.regex.Matcher#find()} finds with the pattern
 * {@code (?<![\w-])(?:}<i>alternation</i>{@code )(?![\w-])} that the rules used before, where
 * the alternation lists each group of entries in turn, longest first, each group case-sensitive
 * or {@code (?i:...)}: in an entry a space or hyphen stands for {@code [\s-]+} and an apostrophe
 * for {@code ['\u2019]?}; upper and lower case are alike only for ASCII letters; at a start, the
 * first entry in the alternation's order that matches is the match, and the search goes on
 * after it. {@code ListedPhrasesTest} compares the two on
 * generated text.
 *
 * <p>Entries are indexed by their first {@value #KEY} characters (lower case), so at a word start
 * only the few entries that begin as the text does are tried. Immutable and thread-safe.
 */
final class ListedPhrases {

  /** How many leading characters index an entry. */
  private static final int KEY = 4;
  /** An element of a compiled entry: one or more blanks or hyphens. */
  private static final int SEPARATOR = -1;
  /** An element of a compiled entry: an optional apostrophe. */
  private static final int APOSTROPHE = -2;

  /** One span of text that matched an entry. */
  record Match(int start, int end) {}

  /** Every entry, in the alternation's order, as characters and the two loosened elements. */
  private final int[][] entries;
  private final boolean[] ignoreCase;
  private final Node root = new Node();
  /** Whether every entry's key starts with a character of {@code [\w-]} (no entry can start elsewhere). */
  private final boolean startsWordish;
  /**
   * For two ASCII characters {@code a} and {@code b}, at {@code a << 7 | b}: whether
   * {@link #matchAt} can find anything where the text starts with them, i.e. whether some
   * entry's key ends at the root or after {@code a}, or goes on with {@code b}. Most word starts
   * are ruled out here by one read instead of a walk down the dictionary.
   */
  private final boolean[] pairs = new boolean[128 * 128];
  /**
   * For three ASCII characters, at {@code bucket(a) * 27 * 27 + bucket(b) * 27 + bucket(c)}:
   * false only if {@link #matchAt} certainly finds nothing where the text starts with them.
   * Letters have a bucket each (either case); every other character shares the last, whose
   * answer is true if it is for any of them.
   */
  private final boolean[] triples = new boolean[27 * 27 * 27];

  /** One character of an entry's key: entries whose key ends here, and longer keys. */
  private static final class Node {
    private Node[] ascii;
    private Map<Character, Node> other;
    private int[] ends = new int[0];

    Node child(char c) {
      if (c < 128) {
        return ascii == null ? null : ascii[c];
      }
      return other == null ? null : other.get(c);
    }

    Node add(char c) {
      Node n = child(c);
      if (n != null) {
        return n;
      }
      n = new Node();
      if (c < 128) {
        if (ascii == null) {
          ascii = new Node[128];
        }
        ascii[c] = n;
      } else {
        if (other == null) {
          other = new HashMap<>();
        }
        other.put(c, n);
      }
      return n;
    }
  }

  /**
   * The entries of each group, in the order of the alternation their pattern was built from.
   *
   * @param groups     the groups of entries, in order
   * @param ignoreCase for each group, whether it is matched without regard to ASCII case
   */
  static ListedPhrases of(List<List<String>> groups, List<Boolean> ignoreCase) {
    return new ListedPhrases(groups, ignoreCase);
  }

  private ListedPhrases(List<List<String>> groups, List<Boolean> groupIgnoreCase) {
    List<int[]> compiled = new ArrayList<>();
    List<Boolean> cases = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      // Family.alternation's order: longest first, a stable sort.
      List<String> sorted = groups.get(g).stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
      for (String e : sorted) {
        compiled.add(compile(e));
        cases.add(groupIgnoreCase.get(g));
      }
    }
    entries = compiled.toArray(new int[0][]);
    ignoreCase = new boolean[cases.size()];
    for (int i = 0; i < ignoreCase.length; i++) {
      ignoreCase[i] = cases.get(i);
    }
    for (int i = 0; i < entries.length; i++) {
      Node node = root;
      int[] e = entries[i];
      for (int k = 0; k < KEY && k < e.length && e[k] >= 0; k++) {
        node = node.add(lower((char) e[k]));
      }
      node.ends = Arrays.copyOf(node.ends, node.ends.length + 1);
      node.ends[node.ends.length - 1] = i; // indices grow, so each list stays in the alternation's order
    }
    boolean wordishOnly = root.ends.length == 0 && root.other == null;
    for (char c = 0; c < 128 && wordishOnly; c++) {
      wordishOnly = root.child(c) == null || wordish(c);
    }
    startsWordish = wordishOnly;
    for (char a = 0; a < 128; a++) {
      Node first = root.child(lower(a));
      for (char b = 0; b < 128; b++) {
        pairs[a << 7 | b] = root.ends.length > 0
            || first != null && (first.ends.length > 0 || first.child(lower(b)) != null);
      }
    }
    fillTriples();
  }

  /**
   * Whether {@link #matchAt} can find a match at {@code i}: false only where it certainly finds
   * none (read from {@link #triples} or {@link #pairs} when the characters there are ASCII).
   */
  private boolean mayStart(char[] text, int i) {
    char c = text[i];
    if (c < 128 && i + 1 < text.length) {
      char d = text[i + 1];
      if (d < 128) {
        if (i + 2 < text.length) {
          char e = text[i + 2];
          if (e < 128 && !triples[(BUCKET[c] * 27 + BUCKET[d]) * 27 + BUCKET[e]]) {
            return false;
          }
        }
        return pairs[c << 7 | d];
      }
    }
    return root.ends.length > 0 || root.child(lower(c)) != null;
  }

  /** Each ASCII character's bucket in {@link #triples}: 0 to 25 for a letter of either case, 26 for the rest. */
  private static final byte[] BUCKET = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      char l = lower(c);
      BUCKET[c] = (byte) (l >= 'a' && l <= 'z' ? l - 'a' : 26);
    }
  }

  /** Fills {@link #triples} from the dictionary: a walk of its first three levels, not of every triple. */
  private void fillTriples() {
    for (char a = 0; a < 128; a++) {
      Node first = root.child(lower(a));
      if (root.ends.length > 0 || first != null && first.ends.length > 0) {
        markTriples(BUCKET[a], -1);
        continue;
      }
      if (first == null) {
        continue;
      }
      for (char b = 0; b < 128; b++) {
        Node second = first.child(lower(b));
        if (second == null) {
          continue;
        }
        if (second.ends.length > 0) {
          markTriples(BUCKET[a], BUCKET[b]);
          continue;
        }
        for (char c = 0; c < 128; c++) {
          if (second.child(lower(c)) != null) {
            triples[(BUCKET[a] * 27 + BUCKET[b]) * 27 + BUCKET[c]] = true;
          }
        }
      }
    }
  }

  /** Marks every triple that starts with bucket {@code a}, then {@code b} unless it is -1 (any). */
  private void markTriples(int a, int b) {
    for (int y = 0; y < 27; y++) {
      if (b >= 0 && y != b) {
        continue;
      }
      for (int z = 0; z < 27; z++) {
        triples[(a * 27 + y) * 27 + z] = true;
      }
    }
  }

  private static int[] compile(String entry) {
    int[] out = new int[entry.length()];
    int n = 0;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      out[n++] = c == ' ' || c == '-' ? SEPARATOR : c == '\'' ? APOSTROPHE : c;
    }
    return Arrays.copyOf(out, n);
  }

  /** Every match in {@code text}, in order; matches do not overlap. */
  List<Match> find(String text) {
    return find(text.toCharArray());
  }

  /**
   * {@link #find(String)} in text held in an array (read, never written): faster to scan than a
   * string with curly quotes, which is stored as UTF-16 and checked at every charAt.
   */
  List<Match> find(char[] text) {
    List<Match> out = new ArrayList<>();
    int n = text.length;
    boolean anywhere = root.ends.length > 0;
    int i = 0;
    while (i < n) {
      // Here the character before i is not in [\w-] (or i is 0): the look-behind holds.
      char c = text[i];
      if (anywhere || mayStart(text, i)) {
        int end = matchAt(text, i);
        if (end >= 0) {
          out.add(new Match(i, end));
          i = end > i ? end : i + 1;
          if (!wordish(text[i - 1])) {
            continue;
          }
          i--; // go on as from the word character the match ended with
          c = text[i];
        }
      }
      if (!wordish(c)) {
        i++;
        continue;
      }
      // Inside a run of [\w-] no match can start, nor just after it.
      i++;
      while (i < n && wordish(text[i])) {
        i++;
      }
      i++;
    }
    return out;
  }

  /**
   * The same as {@link #find(String)}, visiting only the starts of runs of {@code [\w-]} that
   * {@code index} (of {@code text}) lists, when every entry starts with such a character: only
   * there can a match begin, and after a match the search goes on from the next run after it.
   */
  List<Match> find(String text, TextIndex index) {
    return find(text.toCharArray(), index);
  }

  /** {@link #find(String, TextIndex)} in text held in an array (read, never written). */
  List<Match> find(char[] text, TextIndex index) {
    if (!startsWordish) {
      return find(text);
    }
    List<Match> out = new ArrayList<>();
    int from = 0;
    int n = text.length;
    for (int k = 0, runs = index.wordishRuns(); k < runs; k++) {
      int i = index.wordishStart(k);
      if (i < from) {
        continue;
      }
      // mayStart's answer for three ASCII characters, read here without a call: nearly every
      // word of a report is ruled out by its first three letters.
      if (i + 2 < n && (text[i] | text[i + 1] | text[i + 2]) < 128) {
        char c = text[i];
        char d = text[i + 1];
        if (!triples[(BUCKET[c] * 27 + BUCKET[d]) * 27 + BUCKET[text[i + 2]]] || !pairs[c << 7 | d]) {
          continue;
        }
      } else if (!mayStart(text, i)) {
        continue;
      }
      int end = matchAt(text, i);
      if (end >= 0) {
        out.add(new Match(i, end));
        from = end > i ? end : i + 1;
      }
    }
    return out;
  }

  /** {@code [\w-]}: a character after which no entry can start. */
  private static boolean wordish(char c) {
    return c < 128 && WORDISH[c];
  }

  private static final boolean[] WORDISH = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORDISH[c] = isWordChar(c) || c == '-';
    }
  }

  /** The end of the match at {@code start}, or -1. */
  private int matchAt(char[] text, int start) {
    int best = Integer.MAX_VALUE;
    int bestEnd = -1;
    Node node = root;
    for (int d = 0; node != null; d++) {
      for (int index : node.ends) {
        if (index >= best) {
          break;
        }
        int end = match(entries[index], ignoreCase[index], 0, text, start);
        if (end >= 0) {
          best = index;
          bestEnd = end;
          break;
        }
      }
      if (d == KEY || start + d >= text.length) {
        break;
      }
      node = node.child(lower(text[start + d]));
    }
    return bestEnd;
  }

  /** Where entry {@code e} from element {@code k} on matches at {@code p}, as the regex backtracks; or -1. */
  private static int match(int[] e, boolean ignoreCase, int k, char[] text, int p) {
    int n = text.length;
    for (; k < e.length; k++) {
      int x = e[k];
      if (x == SEPARATOR) {
        int min = 1;
        while (k + 1 < e.length && e[k + 1] == SEPARATOR) {
          k++;
          min++; // "a - b": each space and hyphen asks for one or more
        }
        int max = 0;
        while (p + max < n && isSeparator(text[p + max])) {
          max++;
        }
        for (int q = max; q >= min; q--) {
          int end = match(e, ignoreCase, k + 1, text, p + q);
          if (end >= 0) {
            return end;
          }
        }
        return -1;
      }
      if (x == APOSTROPHE) {
        if (p < n && (text[p] == '\'' || text[p] == '\u2019')) {
          int end = match(e, ignoreCase, k + 1, text, p + 1);
          if (end >= 0) {
            return end;
          }
        }
        continue; // without the apostrophe
      }
      if (p >= n) {
        return -1;
      }
      char c = text[p];
      if (c != x && !(ignoreCase && lower(c) == lower((char) x))) {
        return -1;
      }
      p++;
    }
    // The look-ahead (?![\w-]).
    return p < n && (isWordChar(text[p]) || text[p] == '-') ? -1 : p;
  }

  /** {@code [\s-]}: what a space or hyphen in an entry stands for. */
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-';
  }

  /** {@code \w} without UNICODE_CHARACTER_CLASS. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** Lower case for ASCII letters only, as a regex's case-insensitive match has it by default. */
  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
