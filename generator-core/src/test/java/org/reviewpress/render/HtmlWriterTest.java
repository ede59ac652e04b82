package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.Report;

/** {@link HtmlWriter} writes every document exactly as jsoup's own {@code outerHtml()} does. */
class HtmlWriterTest {

  private static Document settled(Document doc) {
    doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    return doc;
  }

  private static void assertSameAsJsoup(Document doc) {
    settled(doc);
    assertThat(HtmlWriter.utf8(doc, java.util.Set.of(), 16)).isEqualTo(doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    assertThat(HtmlWriter.write(doc)).isEqualTo(new String(doc.outerHtml().getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8));
  }

  @Test
  void everyCharacterInTextAndAttributes() {
    Document doc = settled(Jsoup.parse("<!DOCTYPE html><html><head><title>t</title></head><body></body></html>"));
    Element body = doc.body();
    for (int c = 0; c < 0x10000; c++) {
      String s = "a" + (char) c + "b";
      body.appendElement("p").attr("title", s).appendChild(new TextNode(s));
    }
    body.appendElement("p").attr("data-x", "\uD83D\uDE00").appendText("pair \uD83D\uDE00 and lone \uDE00 \uD83D");
    assertSameAsJsoup(doc);
  }

  /**
   * Texts that {@link ReparseStable} finds plain are written without being read again: for every
   * character, the page must still be what jsoup writes.
   */
  @Test
  void textsFoundPlainAreWrittenAsJsoupWritesThem() {
    Document doc = settled(Jsoup.parse("<!DOCTYPE html><html><head><title>t</title></head><body></body></html>"));
    Element body = doc.body();
    for (int c = 0; c < 0x10000; c++) {
      if (c != 0 && c != '\r' && !Character.isSurrogate((char) c)) { // these stop the quick way altogether
        body.appendElement("p").appendChild(new TextNode("a" + (char) c + "b"));
      }
    }
    body.appendElement("p").appendText("pair \uD83D\uDE00 and a tab\tand a line\n");
    java.util.Set<String> plain = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    assertThat(ReparseStable.check(body, new java.util.ArrayList<>(), plain)).isTrue();
    // The printable ASCII characters but & < >, delete, tab and line feed: only ASCII texts are copied as they are.
    assertThat(plain).hasSize(95).allMatch(s -> s.chars().allMatch(c -> c < 0x80));
    assertThat(HtmlWriter.utf8(doc, plain, 16)).isEqualTo(doc.outerHtml().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void markupOutOfTheOrdinary() {
    String[] pages = {
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><script>if (a < b && c) {}</script>"
            + "<style>p > a { }</style><title>A & B < C</title></head><body><p>x</p></body></html>",
        "<!doctype html public \"-//W3C//DTD HTML 4.01//EN\"><p>old doctype</p>",
        "<p>no doctype</p><!-- a comment -- with dashes --><br/><br></br><hr/><img src=a.png alt>",
        "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/><foreignObject><p>in svg</p></foreignObject><![CDATA[x<y]]></svg>",
        "<math><mi>x</mi><annotation-xml encoding=\"text/html\"><p>h</p></annotation-xml></math>",
        "<custom-el some-attr=\"1\"/><foo/><bar></bar><x-y>text</x-y>",
        "<ol reversed=\"\"><li>a</li></ol><ol reversed=\"REVERSED\"></ol><ol reversed=\"no\"></ol>"
            + "<details open><summary>s</summary></details><a download href=x>d</a><input disabled=disabled checked>",
        "<p DATA-Upper=\"1\" data-under_score=\"2\" weird\"name=\"3\" a'b=4 x/y=5 =z>attrs</p>",
        "<p title=\"a&amp;b &quot;q&quot; &lt;c&gt; &nbsp;\">a&amp;b &lt;c&gt; &nbsp; \u00a0 'single'</p>",
        "<table><tr><td>x<td>y</table><template><p>inside a template</p></template>",
        "<textarea>a < b & c</textarea><pre>\n\nlines</pre><listing>l</listing><plaintext>rest <b>not tags</b>",
        "<noscript><p>n</p></noscript><iframe src=x>frame text</iframe><xmp>x<y</xmp><noembed>e</noembed>",
        "<p>\u0000null \u0001 control \r\n crlf \t tab \f ff</p>",
        "",
    };
    for (String page : pages) {
      assertSameAsJsoup(Jsoup.parse(page));
    }
    Document doc = Jsoup.parse("<p>x</p>");
    doc.body().appendElement("br").appendText("text inside a void element");
    doc.body().appendElement("img").appendElement("span");
    doc.body().appendElement("p").attr("class", "");
    doc.body().appendChild(new TextNode(""));
    assertSameAsJsoup(doc);
  }

  /**
   * A surrogate pair split between two text nodes side by side is one character of the page's text,
   * four bytes in its file; a lone surrogate is the {@code ?} that the UTF-8 encoder writes for it,
   * whatever stands next to it.
   */
  @Test
  void surrogatesSplitBetweenNodes() {
    String[][] pieces = {
        {"a\uD83D", "\uDE00b"}, {"\uD83D", "\uDE00"}, {"\uD83D", "", "\uDE00"}, {"x\uD83D", "\uD83D", "\uDE00y"},
        {"\uDE00", "\uD83D"}, {"\uD83D"}, {"\uDE00"}, {"\uD83D", "&\uDE00"}, {"\uD83D\u0001", "\uDE00"},
        {"\uD83D\uDE00\uD83D", "\uDE00\uD83D\uDE00"},
    };
    for (String[] p : pieces) {
      Document doc = Jsoup.parse("<p>x</p>");
      Element para = doc.body().appendElement("p");
      for (String piece : p) {
        para.appendChild(new TextNode(piece));
      }
      doc.body().appendElement("p").attr("title", p[0]).appendChild(new TextNode(p[p.length - 1]));
      assertSameAsJsoup(doc);
    }
  }

  @Test
  void generatedReportPages() {
    PageRenderer pages = new PageRenderer(new Theme(Optional.empty()));
    SiteInfo site = new SiteInfo("Reviews & <Sites>", "Westmere \"Partnership\"", Optional.of("https://example.org/a&b/"));
    Random random = new Random(7L);
    for (int i = 0; i < 150; i++) {
      Report r = QuickPageTest.report("w" + i, QuickPageTest.body(random));
      String page = pages.report(r, site, Optional.empty());
      assertSameAsJsoup(Jsoup.parse(page));
      // The page as the template printed it, before any pass: attributes and text straight from Pebble.
      assertSameAsJsoup(Jsoup.parse(pages.safeBody(r)));
    }
  }
}
