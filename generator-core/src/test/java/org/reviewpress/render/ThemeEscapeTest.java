package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The theme's HTML escaping gives what Pebble's own "html" strategy (unbescape's escapeHtml4Xml) gives. */
class ThemeEscapeTest {

  private static final String[] PIECES = {"a", "MASH", " ", "\n", "\t", "&", "<", ">", "\"", "'", "&amp;", "&#39;",
      "caf\u00e9", "\u201cquoted\u201d", "\u2013", "\u2014", "\u00a0", "Zo\u00eb", "\uD83D\uDE00", "\uD800", "\uDC00",
      "\u0000", "\u0001", "\r", "\u007f", "\u0085", "\u2028", "`", "=", "/", "\\", "{{", "}}", "%", "\u00ff", "\u0100"};

  @Test
  void escapesAsPebblesHtmlStrategyDoes() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(25); k > 0; k--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      assertThat(org.reviewpress.internal.HtmlText.escape(text)).as("%s", text).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
    }
    for (char c = 0; c < 0x3000; c++) {
      String text = "x" + c + "y";
      assertThat(org.reviewpress.internal.HtmlText.escape(text)).as("U+%04X", (int) c).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
    }
    assertThat(org.reviewpress.internal.HtmlText.escape(null)).isNull();
  }

  /** Pages print through it: a value with markup in it arrives escaped. */
  @Test
  void pagesPrintValuesThroughIt() {
    PageRenderer pages = new PageRenderer(new Theme(Optional.empty()));
    SiteInfo site = new SiteInfo("Reviews <b>&</b> \"Lessons\" it's", "Westmere Partnership", Optional.empty());
    String page = pages.report(QuickPageTest.report("e", "Text."), site, Optional.empty());
    assertThat(page).contains("Reviews &lt;b&gt;&amp;&lt;/b&gt; \"Lessons\" it's");
  }
}
