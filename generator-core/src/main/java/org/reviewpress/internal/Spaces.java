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
    StringBuilder b = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          b.append(' ');
          inRun = true;
        }
      } else {
        b.append(c);
        inRun = false;
      }
    }
    return b.toString();
  }
}
