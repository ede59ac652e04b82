package org.reviewpress.internal;

/** Text made safe to print in HTML, in element content or a double- or single-quoted attribute. */
public final class HtmlText {

  private HtmlText() {}

  /**
   * Escapes text for HTML as Pebble's own "html" strategy does (unbescape's
   * {@code HtmlEscape.escapeHtml4Xml}: {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;},
   * everything else as it is), in one pass over an array of the characters and without copying
   * text that holds none of them. The theme's templates escape every value they print this way
   * (unbescape reads each character through a call of its own), and so do the quality scorecards.
   * Null gives null, as Pebble expects.
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    char[] cs = new char[n];
    text.getChars(0, n, cs, 0);
    StringBuilder out = null;
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c > '>') {
        continue;
      }
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(n + 16);
        }
        out.append(cs, from, i - from).append(replacement);
        from = i + 1;
      }
    }
    return out == null ? text : out.append(cs, from, n - from).toString();
  }
}
