package org.reviewpress.internal;

/** White space as Java's regular expressions see it ({@code \s}: space, tab, LF, VT, FF, CR). */
public final class Spaces {

  private Spaces() {}

  /** Whether {@code c} is matched by {@code \s}. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@code s.replaceAll("\\s+", " ")} without a regex: every run of white space becomes one space. */
  public static String collapse(String s) {
    // Over an array rather than a charAt and an append call per character (dear under C1).
    char[] cs = s.toCharArray();
    return new String(cs, 0, collapseInPlace(cs, cs.length));
  }

  /**
   * Collapses each run of white space in {@code a[0, n)} into one space, in place, as
   * {@link #collapse} does; returns the new length.
   */
  public static int collapseInPlace(char[] a, int n) {
    int p = 0;
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (isSpace(c)) {
        if (!inRun) {
          a[p++] = ' ';
          inRun = true;
        }
      } else {
        a[p++] = c;
        inRun = false;
      }
    }
    return p;
  }
}
