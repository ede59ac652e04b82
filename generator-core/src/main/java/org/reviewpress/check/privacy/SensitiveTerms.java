package org.reviewpress.check.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reviewpress.ReviewpressException;

/**
 * The names and places a project says must never be published, held only as salted SHA-256
 * hashes of their normalised form.
 *
 * <p>Two sources: the plain list an author keeps outside the repository (one term a line,
 * {@code #} starts a comment), which is hashed with a fresh random salt as it is read so that
 * the plain text is never kept, logged or written; and the committable file
 * {@code .reviewpress/sensitive-terms.sha256} written by {@link #writeHashedFile}. A report is
 * matched by hashing each run of up to {@value #MAX_WORDS} consecutive words, so the cost is
 * linear in the report's length.
 *
 * <p>Normalisation: case, accents and apostrophes are ignored, a possessive {@code 's} is
 * dropped, and words are joined without separators, so "Mary-Jane", "Mary Jane", "MaryJane"
 * and "Mary\nJane" all match the term "Mary Jane". Messages about the list name line numbers,
 * never its contents.
 */
public final class SensitiveTerms {

  /** The longest term, in words, that can be listed and matched. */
  public static final int MAX_WORDS = 8;

  /** First line of the hashed file; the version says how terms were normalised. */
  static final String HEADER = "# reviewpress sensitive terms v1: salted SHA-256 of normalised terms";

  private static final SensitiveTerms NONE = new SensitiveTerms(List.of());
  private static final HexFormat HEX = HexFormat.of();

  private final List<HashedSet> sets;
  /** The same sets in an array, for the test asked of every word of a report. */
  private final HashedSet[] setArray;

  private SensitiveTerms(List<HashedSet> sets) {
    this.sets = List.copyOf(sets);
    this.setArray = this.sets.toArray(new HashedSet[0]);
  }

  /**
   * One salt and the hashes made with it.
   *
   * @param prefixes the first eight bytes of each hash, sorted: a quick first test before the hash
   *                 is written out in hexadecimal and looked up
   * @param maxWords the most words a term of this set has (known for a plain list, which is read
   *                 here; {@link #MAX_WORDS} for a hashed file); no longer run of words is hashed
   * @param quickSeed for a plain list: the random key of {@code quick}
   * @param quick     for a plain list: a fast keyed 64-bit hash of each term, sorted, kept in memory
   *                  only and made with a key drawn for this run. A run of words whose quick hash is
   *                  not here cannot be a term, so only the rare rest is hashed with SHA-256. Empty
   *                  for a hashed file, whose terms are known only by their SHA-256.
   * @param quickStarts for a plain list: the quick hash of every leading part of each term's
   *                  canonical form (its first byte, first two bytes... the whole), in memory only.
   *                  A run of words whose quick hash is not here begins no term (and is none), so no
   *                  longer run from the same word is hashed at all.
   * @param openings  for a plain list: a bit for each opening of a word's normalised UTF-8 form
   *                  ({@link #opening}) that is also the opening of some term's canonical form, read
   *                  from {@code quickStarts} (in memory only, like it). A word whose opening has no
   *                  bit begins no term, which rules out nearly every word of a report with one
   *                  look-up, before its quick hash is made.
   */
  private record HashedSet(byte[] salt, Set<String> hashes, long[] prefixes, int maxWords, long quickSeed, long[] quick,
      LongSet quickStarts, long[] openings) {
    HashedSet(byte[] salt, Set<String> hashes, int maxWords, long quickSeed, long[] quick, LongSet quickStarts) {
      this(salt, hashes, hashes.stream().mapToLong(h -> Long.parseUnsignedLong(h.substring(0, 16), 16)).sorted().toArray(),
          maxWords, quickSeed, quick, quickStarts, quick.length > 0 ? SensitiveTerms.openings(quickSeed, quickStarts) : new long[0]);
    }

    /** Whether a word with this {@link #opening} may begin a term. */
    boolean mayBegin(int opening) {
      return (openings[opening >>> 6] & 1L << opening) != 0;
    }

    boolean filtered() {
      return quick.length > 0;
    }

    boolean contains(byte[] digest) {
      long prefix = 0;
      for (int i = 0; i < 8; i++) {
        prefix = prefix << 8 | (digest[i] & 0xFF);
      }
      return java.util.Arrays.binarySearch(prefixes, prefix) >= 0 && hashes.contains(HEX.formatHex(digest));
    }
  }

  /**
   * A set of 64-bit hashes looked up with one probe (open addressing, linear probing): it is
   * asked once for nearly every word of a report, where a binary search takes a dozen steps.
   */
  static final class LongSet {
    private final long[] table;
    private final boolean hasZero;

    LongSet(java.util.Collection<Long> values) {
      int size = Integer.highestOneBit(Math.max(4, values.size() * 4 - 1)) << 1;
      table = new long[size];
      boolean zero = false;
      for (long v : values) {
        if (v == 0) {
          zero = true; // 0 marks an empty slot
          continue;
        }
        int i = slot(v);
        while (table[i] != 0 && table[i] != v) {
          i = (i + 1) & (size - 1);
        }
        table[i] = v;
      }
      hasZero = zero;
    }

    private int slot(long v) {
      return (int) (v ^ v >>> 32) & (table.length - 1); // the values are already well-mixed hashes
    }

    boolean contains(long v) {
      if (v == 0) {
        return hasZero;
      }
      for (int i = slot(v); ; i = (i + 1) & (table.length - 1)) {
        long t = table[i];
        if (t == v) {
          return true;
        }
        if (t == 0) {
          return false;
        }
      }
    }
  }

  /**
   * The bits of {@link HashedSet#openings}: every first byte, and every first two bytes, whose
   * quick hash is among {@code quickStarts}.
   */
  private static long[] openings(long seed, LongSet quickStarts) {
    long[] bits = new long[(1 << 17) / 64];
    for (int b1 = 0; b1 < 256; b1++) {
      long h1 = quickAdd(quickStart(seed), new byte[] {(byte) b1});
      if (!quickStarts.contains(quickEnd(h1))) {
        continue; // no term opens with this byte, so none with any pair that starts with it
      }
      int one = opening(b1, -1);
      bits[one >>> 6] |= 1L << one;
      for (int b2 = 0; b2 < 256; b2++) {
        if (quickStarts.contains(quickEnd(quickAdd(h1, new byte[] {(byte) b2})))) {
          int two = opening(b1, b2);
          bits[two >>> 6] |= 1L << two;
        }
      }
    }
    return bits;
  }

  /**
   * The number of the opening of a normalised form: its first two UTF-8 bytes, or its only byte
   * ({@code second} -1), from 0 to 2^17 - 1.
   */
  private static int opening(int first, int second) {
    return first << 9 | (second < 0 ? 256 : second);
  }

  /** A match in a text: the character range of the words that matched. */
  public record Match(int start, int end, int words) {}

  /** No terms at all. */
  public static SensitiveTerms none() {
    return NONE;
  }

  /** Whether there is no term to look for. */
  public boolean isEmpty() {
    return sets.stream().allMatch(s -> s.hashes().isEmpty());
  }

  /** Number of hashed entries (for messages; says nothing about the terms themselves). */
  public int size() {
    return sets.stream().mapToInt(s -> s.hashes().size()).sum();
  }

  /** These terms and {@code other}'s. */
  public SensitiveTerms and(SensitiveTerms other) {
    List<HashedSet> all = new ArrayList<>(sets);
    all.addAll(other.sets);
    return new SensitiveTerms(all);
  }

  /**
   * Reads a plain list and keeps only salted hashes of its terms.
   *
   * @throws ReviewpressException if the file cannot be read or a term is too long
   */
  public static SensitiveTerms fromPlainList(Path file) {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    int[] maxWords = new int[1];
    long quickSeed = new SecureRandom().nextLong();
    List<Long> quick = new ArrayList<>();
    List<Long> quickStarts = new ArrayList<>();
    Set<String> hashes = hashPlainList(file, salt, maxWords, quickSeed, quick, quickStarts);
    return new SensitiveTerms(List.of(new HashedSet(salt, hashes, maxWords[0], quickSeed,
        quick.stream().mapToLong(Long::longValue).sorted().toArray(),
        new LongSet(quickStarts))));
  }

  /**
   * Reads a hashed file written by {@link #writeHashedFile}.
   *
   * @throws ReviewpressException if it is not such a file
   */
  public static SensitiveTerms fromHashedFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read the hashed sensitive-terms file " + file + ": " + e.getMessage(), e);
    }
    byte[] salt = null;
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("salt ") && salt == null) {
        salt = hex(line.substring(5).strip(), file, i + 1, 32);
      } else if (salt != null) {
        hex(line, file, i + 1, 32);
        hashes.add(line.toLowerCase(java.util.Locale.ROOT));
      } else {
        throw new ReviewpressException(file + ":" + (i + 1) + ": the hashed sensitive-terms file must name its salt"
            + " before the hashes. Write it again with 'mvn reviewpress:hash-terms'.");
      }
    }
    if (salt == null) {
      throw new ReviewpressException(file + ": this is not a hashed sensitive-terms file (no 'salt' line)."
          + " Write it with 'mvn reviewpress:hash-terms'.");
    }
    return new SensitiveTerms(List.of(new HashedSet(salt, hashes, MAX_WORDS, 0, new long[0], new LongSet(List.of()))));
  }

  /**
   * Writes the committable hashed file from a plain list. An existing file's salt is kept, so
   * the file changes only where the list changed.
   *
   * @return the number of terms written
   */
  public static int writeHashedFile(Path plainList, Path hashedFile) {
    byte[] salt = null;
    if (Files.isRegularFile(hashedFile)) {
      try {
        salt = fromHashedFile(hashedFile).sets.get(0).salt();
      } catch (ReviewpressException e) {
        salt = null; // an unreadable old file is replaced, with a new salt
      }
    }
    if (salt == null) {
      salt = new byte[32];
      new SecureRandom().nextBytes(salt);
    }
    Set<String> hashes = new TreeSet<>(hashPlainList(plainList, salt, new int[1], 0, new ArrayList<>(), new ArrayList<>())); // sorted: the order says nothing
    StringBuilder b = new StringBuilder();
    b.append(HEADER).append('\n')
        .append("# Written by 'mvn reviewpress:hash-terms' from the plain list. Safe to commit, but names are\n")
        .append("# guessable: see the privacy documentation for what the hashes do and do not protect.\n")
        .append("salt ").append(HEX.formatHex(salt)).append('\n');
    hashes.forEach(h -> b.append(h).append('\n'));
    try {
      Path parent = hashedFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path tmp = Files.createTempFile(parent, ".sensitive-terms", ".tmp");
      Files.writeString(tmp, b, StandardCharsets.UTF_8);
      Files.move(tmp, hashedFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write " + hashedFile + ": " + e.getMessage(), e);
    }
    return hashes.size();
  }

  /**
   * Every place in {@code text} where a listed term appears, longest match first at each word;
   * matches do not overlap.
   */
  public List<Match> find(CharSequence text) {
    if (isEmpty()) {
      return new ArrayList<>();
    }
    // The words' places only: with a plain list nearly every word is ruled out by its quick hash,
    // read from the text, so no word is copied or normalised unless it may begin a term.
    char[] chars = text.toString().toCharArray();
    return find(text, new Runs(text, chars, 0, Words.bounds(chars), null));
  }

  /**
   * The same, given {@code text}'s characters, its words' places ({@link Words#bounds(char[])})
   * and their normalised forms ({@link Words#norms}), as {@link ScanWords} holds them; none of
   * the arrays is written to.
   */
  List<Match> find(CharSequence text, char[] chars, int[] bounds, String[] norms) {
    if (isEmpty()) {
      return new ArrayList<>();
    }
    return find(text, new Runs(text, chars, 0, bounds, norms));
  }

  /**
   * The words of a text as {@link #find} reads them: their places ({@link Words#bounds}) and their
   * normalised forms, given or made when first asked for.
   */
  private static final class Runs {
    private final CharSequence text;
    /** The text's characters (from {@code base} on): read faster than the text itself. */
    private final char[] chars;
    /** The offset in the text of {@code chars[0]}. */
    private final int base;
    /** The words' places. */
    private final int[] bounds;
    /** The words' normalised forms, each made when first asked for unless given all made. */
    private final String[] norms;

    /** {@code norms}: the words' normalised forms, all made already (never written to), or null to make them when asked. */
    Runs(CharSequence text, char[] chars, int base, int[] bounds, String[] norms) {
      this.text = text;
      this.chars = chars;
      this.base = base;
      this.bounds = bounds;
      this.norms = norms != null ? norms : new String[bounds[0]];
    }

    int size() {
      return bounds[0];
    }

    int start(int w) {
      return bounds[1 + 2 * w];
    }

    int end(int w) {
      return bounds[2 + 2 * w];
    }

    /** The normalised form, if made already. */
    private String made(int w) {
      return norms[w];
    }

    String norm(int w) {
      String n = made(w);
      if (n == null) {
        n = Words.normalise(text, start(w), end(w));
        norms[w] = n;
      }
      return n;
    }

    /**
     * The {@link SensitiveTerms#opening} of the word's normalised form, read in place for ASCII,
     * or -1 for a form with no bytes.
     */
    int opening(int w) {
      // Read in place even where the form is made: a few array reads, where the string's first
      // two characters would be several calls each under the quick compiler.
      int end = end(w);
      int first = -1;
      for (int i = start(w); i < end; i++) {
        char c = chars[i - base];
        if (c >= 0x80) {
          return openingOf(norm(w)); // not ASCII: read the normalised form
        }
        if (c == '\'') {
          continue; // normalising drops apostrophes
        }
        int b = c >= 'A' && c <= 'Z' ? c + 32 : c;
        if (first >= 0) {
          return SensitiveTerms.opening(first, b);
        }
        first = b;
      }
      return first < 0 ? -1 : SensitiveTerms.opening(first, -1);
    }

    private static int openingOf(String n) {
      if (n.isEmpty()) {
        return -1;
      }
      char a = n.charAt(0);
      if (a < 0x80 && (n.length() == 1 || n.charAt(1) < 0x80)) {
        return SensitiveTerms.opening(a, n.length() == 1 ? -1 : n.charAt(1));
      }
      byte[] b = n.substring(0, Math.min(2, n.length())).getBytes(StandardCharsets.UTF_8);
      return SensitiveTerms.opening(b[0] & 0xFF, b.length > 1 ? b[1] & 0xFF : -1);
    }

    /** {@link SensitiveTerms#quickAdd(long, String)} of the word's normalised form, read in place for ASCII. */
    long quickAdd(long h, int w) {
      // In place even where the form is made, as opening(w): array reads, not String calls.
      long q = h;
      int end = end(w);
      for (int i = start(w); i < end; i++) {
        char c = chars[i - base];
        if (c >= 0x80) {
          return SensitiveTerms.quickAdd(h, norm(w));
        }
        if (c == '\'') {
          continue; // normalising drops apostrophes
        }
        q ^= c >= 'A' && c <= 'Z' ? c + 32 : c;
        q *= 0x100000001b3L;
      }
      return q;
    }
  }

  private List<Match> find(CharSequence text, Runs words) {
    return find(text, words, 0, Integer.MAX_VALUE);
  }

  /**
   * The matches that start at word {@code from} or later and at offset {@code limit} or before,
   * {@code from} being a word no earlier match covers: matches found from there are the ones a
   * search of all the words finds.
   */
  private List<Match> find(CharSequence text, Runs words, int from, int limit) {
    List<Match> out = new ArrayList<>();
    int count = words.size();
    // Each word's UTF-8 bytes, made when first needed: with a plain list most words never are.
    byte[][] bytes = null;
    // Whether each word and the next can lie in one name (0 not yet known, 1 yes, 2 no): decided
    // at most once, and only for the few runs that could begin a term.
    byte[] joinsNext = null;
    int longest = 0;
    // Each set's salted digest, made when a run of words is first hashed with it: with a plain
    // list most texts (a diagnostic's message, most reports) never need one.
    MessageDigest[] salted = new MessageDigest[sets.size()];
    for (int k = 0; k < sets.size(); k++) {
      longest = Math.max(longest, sets.get(k).maxWords());
    }
    MessageDigest[] running = new MessageDigest[salted.length];
    long[] quick = new long[salted.length];
    boolean[] ended = new boolean[salted.length];
    boolean plainOnly = plainOnly();
    int i = from;
    while (i < count && words.start(i) <= limit) {
      if (plainOnly && !mayBegin(words.opening(i))) {
        i++; // the commonest case by far: no term opens as this word does
        continue;
      }
      int best = 0;
      // Each set's digest of the words so far, extended one word at a time: every run of words
      // from here is hashed without hashing its first words again.
      java.util.Arrays.fill(running, null);
      java.util.Arrays.fill(ended, false);
      for (int n = 1; n <= longest && i + n <= count; n++) {
        if (n > 1) {
          if (joinsNext == null) {
            joinsNext = new byte[count];
          }
          if (!joins(text, words, joinsNext, i + n - 2)) {
            break;
          }
        }
        int last = i + n - 1;
        boolean more = false;
        for (int k = 0; k < salted.length; k++) {
          HashedSet set = sets.get(k);
          if (n > set.maxWords() || ended[k]) {
            continue;
          }
          if (set.filtered()) {
            if (n == 1) {
              int opening = words.opening(i);
              if (opening >= 0 && !set.mayBegin(opening)) {
                ended[k] = true; // the commonest case: no term opens as this word does
                continue;
              }
            }
            quick[k] = words.quickAdd(n == 1 ? quickStart(set.quickSeed()) : quick[k], last);
            long h = quickEnd(quick[k]);
            // No term begins with these words: neither they nor a longer run from word i is one.
            ended[k] = !set.quickStarts().contains(h);
            more |= !ended[k];
            if (!ended[k] && java.util.Arrays.binarySearch(set.quick(), h) >= 0) {
              MessageDigest d = copy(salted(salted, k));
              if (bytes == null) {
                bytes = new byte[count][];
              }
              for (int w = i; w < i + n; w++) {
                d.update(bytes(bytes, words, w));
              }
              if (set.contains(d.digest())) {
                best = n;
              }
            }
            continue;
          }
          more = true;
          if (running[k] == null) {
            running[k] = copy(salted(salted, k));
          }
          if (bytes == null) {
            bytes = new byte[count][];
          }
          running[k].update(bytes(bytes, words, last));
          if (set.contains(copy(running[k]).digest())) {
            best = n;
          }
        }
        if (!more) {
          break;
        }
      }
      if (best > 0) {
        out.add(new Match(words.start(i), words.end(i + best - 1), best));
        i += best;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether every set is a plain list (whose terms' openings and quick hashes are known). */
  private boolean plainOnly() {
    for (HashedSet set : setArray) {
      if (!set.filtered()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether each of {@code offsets} lies inside a match that {@link #find(CharSequence)} finds in
   * {@code text} (a negative offset: no). The same answers; but with a plain list and a few
   * offsets only the words around each offset are read, not the whole text.
   *
   * <p>Why that is exact: matches are found from the first word on, each search going on after
   * the last match. A word that no match can cover from before it (the words before it in reach
   * of a term's length all open as no term does) begins a search that finds what the whole
   * search finds from there; a match covering an offset starts at such a word or after it.
   */
  public boolean[] inside(CharSequence text, int[] offsets) {
    return inside(text, offsets, 256);
  }

  /** {@link #inside(CharSequence, int[])}, first reading from {@code reach} characters before each offset. */
  boolean[] inside(CharSequence text, int[] offsets, int reach) {
    boolean[] out = new boolean[offsets.length];
    if (isEmpty() || offsets.length == 0) {
      return out;
    }
    if (!plainOnly() || offsets.length > 64) {
      List<Match> all = find(text);
      for (int k = 0; k < offsets.length; k++) {
        for (Match m : all) {
          out[k] |= m.start() <= offsets[k] && offsets[k] < m.end();
        }
      }
      return out;
    }
    String s = text.toString();
    int longest = 0;
    for (HashedSet set : setArray) {
      longest = Math.max(longest, set.maxWords());
    }
    for (int k = 0; k < offsets.length; k++) {
      int x = offsets[k];
      out[k] = x >= 0 && x < s.length() && insideNear(text, s, x, longest, reach);
    }
    return out;
  }

  /** {@link #inside} for one offset {@code x} of the text, reading words from ever further back until a search can start. */
  private boolean insideNear(CharSequence text, String s, int x, int longest, int reach) {
    for (int back = reach; ; back *= 4) {
      // A blank lies between words wherever the words are split from (the split skips only the
      // apostrophe and "s" of a possessive), so the words after it are the text's own words.
      int a = Math.max(0, x - back);
      while (a > 0 && s.charAt(a) != ' ' && s.charAt(a) != '\n') {
        a--;
      }
      Runs words = words(text, s, a, x, longest, 4 * reach);
      int count = words.size();
      int from = -1;
      if (a == 0) {
        from = 0; // no match covers the text's first word from before it
      } else {
        // The first word after longest - 1 words that begin no term: no match reaches it from before.
        int run = 0;
        for (int w = 0; w < count && words.start(w) <= x; w++) {
          if (run >= longest - 1) {
            from = w;
            break;
          }
          run = mayBegin(words.opening(w)) ? 0 : run + 1;
        }
      }
      if (from >= 0) {
        for (Match m : find(text, words, from, x)) {
          if (m.start() <= x && x < m.end()) {
            return true;
          }
        }
        return false;
      }
    }
  }

  /**
   * The words of the text from offset {@code a} (between words) on: those that start by
   * {@code x} and {@code longest} more, read from a copy of only as much text as they need
   * (from {@code reach} characters after {@code x}, then further if that is not enough). Only
   * the last word may be cut short by the copy's end, and no match from a word by {@code x}
   * reaches it.
   */
  private static Runs words(CharSequence text, String s, int a, int x, int longest, int reach) {
    int n = s.length();
    for (int ahead = reach; ; ahead *= 4) {
      int e = (int) Math.min(n, (long) x + ahead);
      char[] window = new char[e - a];
      s.getChars(a, e, window, 0);
      int[] bounds = Words.bounds(window, 0, x - a, longest);
      int count = bounds[0];
      int after = 0;
      for (int w = count - 1; w >= 0 && bounds[1 + 2 * w] > x - a; w--) {
        after++;
      }
      if (e == n || after >= longest) {
        for (int k = 1; k <= 2 * count; k++) {
          bounds[k] += a;
        }
        return new Runs(text, window, a, bounds, null);
      }
    }
  }

  /** Set {@code k}'s digest with its salt taken in, made on first use. */
  private MessageDigest salted(MessageDigest[] salted, int k) {
    if (salted[k] == null) {
      salted[k] = sha256();
      salted[k].update(sets.get(k).salt());
    }
    return salted[k];
  }

  /** Whether a word with this {@link #opening} (-1 for none known) may begin a term of a plain list. */
  private boolean mayBegin(int opening) {
    if (opening < 0) {
      return true;
    }
    for (HashedSet set : setArray) {
      if (set.mayBegin(opening)) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(CharSequence text, Runs words, byte[] known, int w) {
    if (known[w] == 0) {
      known[w] = joins(text, words.end(w), words.start(w + 1)) ? (byte) 1 : (byte) 2;
    }
    return known[w] == 1;
  }

  private static byte[] bytes(byte[][] cache, Runs words, int w) {
    byte[] b = cache[w];
    if (b == null) {
      b = words.norm(w).getBytes(StandardCharsets.UTF_8);
      cache[w] = b;
    }
    return b;
  }

  /**
   * Whether the characters between two words can lie inside one name: spaces, line breaks,
   * hyphens, apostrophes, a full stop (St. Mary), quote markers and emphasis, but not a comma,
   * colon, bracket or other punctuation that separates two things.
   */
  private static boolean joins(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c == 's' || c == 'S') && i > from && Words.isApostrophe(text.charAt(i - 1))) {
        continue; // the possessive left between two words: "Bride's Junior"
      }
      if (!(Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '.' || c == '>'
          || c == '*' || c == '_' || Words.isApostrophe(c))) {
        return false;
      }
    }
    return true;
  }

  /** Hashes every term of a plain list; {@code maxWords[0]} is set to the most words a term has. */
  private static Set<String> hashPlainList(Path file, byte[] salt, int[] maxWords, long quickSeed, List<Long> quick,
      List<Long> quickStarts) {
    Set<String> hashes = new HashSet<>();
    MessageDigest salted = sha256();
    salted.update(salt);
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        int hash = line.indexOf('#');
        String entry = hash >= 0 ? line.substring(0, hash) : line;
        List<Words.Word> words = Words.of(entry);
        if (words.isEmpty()) {
          continue;
        }
        if (words.size() > MAX_WORDS) {
          throw new ReviewpressException("Line " + lineNo + " of the sensitive-terms list " + file + " has more than "
              + MAX_WORDS + " words. List the distinctive part of the name (for example the school's name"
              + " without 'Church of England Primary School').");
        }
        hashes.add(HEX.formatHex(digest(salted, canonical(words).getBytes(StandardCharsets.UTF_8))));
        maxWords[0] = Math.max(maxWords[0], words.size());
        byte[] canonical = canonical(words).getBytes(StandardCharsets.UTF_8);
        quick.add(quickEnd(quickAdd(quickStart(quickSeed), canonical)));
        long h = quickStart(quickSeed);
        quickStarts.add(quickEnd(h));
        for (byte b : canonical) {
          h = quickAdd(h, new byte[] {b});
          quickStarts.add(quickEnd(h));
        }
      }
    } catch (NoSuchFileException e) {
      throw new ReviewpressException("The sensitive-terms list " + file + " does not exist. Check the path given in"
          + " reviewpress.sensitiveTerms or REVIEWPRESS_SENSITIVE_TERMS.", e);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ReviewpressException("The sensitive-terms list " + file + " is not UTF-8 text. Save it as UTF-8.", e);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read the sensitive-terms list " + file + ": " + e.getMessage(), e);
    }
    return hashes;
  }

  /** The form that is hashed: the normalised words joined without separators. */
  static String canonical(List<Words.Word> words) {
    StringBuilder b = new StringBuilder();
    words.forEach(w -> b.append(w.norm()));
    return b.toString();
  }

  // The quick hash: 64-bit FNV-1a from a random key, then a final mix. Streaming, so a run of
  // words is hashed one word at a time and equals the hash of the joined canonical form.
  private static long quickStart(long seed) {
    return seed ^ 0xcbf29ce484222325L;
  }

  private static long quickAdd(long h, byte[] bytes) {
    for (byte b : bytes) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** {@link #quickAdd(long, byte[])} of a word's UTF-8 bytes, without making them for a plain ASCII word. */
  private static long quickAdd(long h, String word) {
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 0x80) {
        return quickAdd(h, word.substring(i).getBytes(StandardCharsets.UTF_8));
      }
      h ^= c;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long quickEnd(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ h >>> 33;
  }

  private static byte[] digest(MessageDigest salted, byte[] bytes) {
    return copy(salted).digest(bytes);
  }

  private static MessageDigest copy(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests cannot be copied on this Java runtime", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java runtime has no SHA-256", e);
    }
  }

  private static byte[] hex(String s, Path file, int line, int bytes) {
    try {
      byte[] b = HEX.parseHex(s);
      if (b.length == bytes) {
        return b;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ReviewpressException(file + ":" + line + ": expected " + bytes * 2 + " hexadecimal digits."
        + " The file may have been edited by hand; write it again with 'mvn reviewpress:hash-terms'.");
  }

  @Override
  public String toString() {
    return "SensitiveTerms[" + size() + " hashed]"; // never the terms
  }
}
