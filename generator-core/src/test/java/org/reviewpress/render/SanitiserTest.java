package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.reviewpress.corpus.ReportCorpus;

/**
 * The sanitiser cleans the parsed body where it stands; jsoup's {@code Cleaner} copies the safe
 * nodes into a new document. Both must leave the very same tree (every node's kind, tag,
 * namespace, attributes in order, text), and so the very same HTML, on hostile, broken and
 * ordinary input alike.
 */
class SanitiserTest {

  private final Sanitiser sanitiser = new Sanitiser();

  private void assertSameAsCopying(String html) {
    Document inPlace = sanitiser.cleanDocument(html);
    Document copied = sanitiser.cleanDocumentByCopy(html);
    assertThat(tree(inPlace.body())).as("tree of %s", html).isEqualTo(tree(copied.body()));
    assertThat(Sanitiser.html(inPlace)).as("html of %s", html).isEqualTo(Sanitiser.html(copied));
    assertThat(sanitiser.clean(html)).isEqualTo(Sanitiser.html(copied));
  }

  /** Every node under the body, one a line, indented by depth. */
  private static String tree(Element body) {
    StringBuilder b = new StringBuilder();
    for (Node child : body.childNodes()) {
      tree(child, 0, b);
    }
    return b.toString();
  }

  private static void tree(Node node, int depth, StringBuilder b) {
    b.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ');
    if (node instanceof Element e) {
      b.append(e.tag().namespace()).append(':').append(e.tagName());
      for (Attribute a : e.attributes()) {
        b.append(' ').append(a.getKey()).append("=[").append(a.getValue()).append(']');
      }
      b.append('\n');
      for (Node child : e.childNodes()) {
        tree(child, depth + 1, b);
      }
    } else if (node instanceof TextNode t) {
      b.append('[').append(t.getWholeText()).append("]\n");
    } else if (node instanceof DataNode d) {
      b.append('[').append(d.getWholeData()).append("]\n");
    } else {
      b.append(node.outerHtml()).append('\n');
    }
  }

  @Test
  void theInjectionCorpus() throws IOException {
    List<String> vectors = new ArrayList<>();
    try (InputStream in = SanitiserTest.class.getResourceAsStream("/robust/xss-vectors.txt")) {
      assertThat(in).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          vectors.add(line);
        }
      }
    }
    assertThat(vectors).hasSizeGreaterThan(100);
    for (String v : vectors) {
      assertSameAsCopying(v);
      assertSameAsCopying("<p>before " + v + " after</p>\n<div><table><tr><td>" + v + "</td></tr></table></div>");
    }
    assertSameAsCopying(String.join("\n", vectors));
  }

  @Test
  void generatedReportsAndQuickPageBodies() {
    for (int seed = 1; seed <= 3; seed++) {
      assertSameAsCopying(QuickPageTest.report("c" + seed, ReportCorpus.markdown(4, seed)).body().html());
    }
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      assertSameAsCopying(QuickPageTest.report("q" + i, QuickPageTest.body(random)).body().html());
    }
  }

  private static final String[] TAGS = {"p", "div", "a", "b", "em", "img", "table", "tr", "td", "th", "tbody", "ul",
      "li", "ol", "h2", "pre", "code", "span", "abbr", "sup", "figure", "details", "summary", "script", "style",
      "iframe", "svg", "math", "mi", "path", "foreignObject", "form", "input", "textarea", "title", "template",
      "object", "embed", "video", "noscript", "xmp", "select", "option", "body", "html", "head", "meta", "base",
      "frameset", "custom-el", "font", "center", "marquee", "plaintext", "noembed", "annotation-xml", "desc"};
  private static final String[] ATTRIBUTES = {"id=\"ok-1\"", "id=\"bad id\"", "id=x:y", "class=c", "title=\"t & t\"",
      "href=\"https://example.org/\"", "href=\"http://example.org/\"", "href=\"javascript:alert(1)\"",
      "href=\"#frag\"", "href=\"#fn-1_b\"", "href=\"#\"", "href=\"#a b\"", "href=\"#%zz\"", "href=\"#x:y\"",
      "href=\"#javascript:x\"", "href=\"##\"", "href=\"mailto:a@b.c\"", "href=\"relative/page.html\"", "href=\"  JaVaScRiPt:x\"",
      "src=\"images/a.png\"", "src=\"http://evil.example/a.png\"", "src=\"//evil.example/a.png\"",
      "src=\"/abs.png\"", "src=\"data:image/png;base64,AAAA\"", "onclick=\"alert(1)\"", "style=\"color:red\"",
      "rel=\"nofollow\"", "alt=\"\"", "width=10", "colspan=2", "lang=cy", "dir=rtl", "xlink:href=\"javascript:x\"",
      "data-x=1", "ONLOAD=x", "scope=col", "datetime=2024-01-01", "reversed", "start=3", "value=2", "role=note",
      "aria-describedby=x", "headers=h", "abbr=a", "type=a", "hidden"};
  private static final String[] TEXT = {"text", " ", "\n", "a & b", "x < y", "\u00a0", "\u201cquoted\u201d", "<!-- c -->",
      "<![CDATA[cd<a>ta]]>", "&lt;script&gt;", "&amp;", "\uD83D\uDE00", "\r\n", "\u0001", "<?xml x?>", "<!doctype html>",
      "</p>", "</div>", "</table>", "</a>", "-->", "]]>"};

  /**
   * Links to a fragment of the page (footnotes, cited passages) are kept without asking the
   * safelist each time: the probe that says so must resolve them as the cleaned bodies do, or the
   * shortcut is never taken. The random markup below holds it to jsoup's cleaner.
   */
  @Test
  void linksToFragmentsAreKnownSafe() {
    assertThat(sanitiser.fragmentsKnownSafe()).isTrue();
    assertSameAsCopying("<p><a href=\"#fn-1\">1</a> <a href=\"#fnref-1-2\" class=\"footnote-backref\">back</a></p>");
  }

  @Test
  void randomMarkup() {
    Random random = new Random(2026);
    for (int i = 0; i < 4000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        int kind = random.nextInt(10);
        if (kind < 4) {
          b.append('<').append(TAGS[random.nextInt(TAGS.length)]);
          for (int a = random.nextInt(4); a > 0; a--) {
            b.append(' ').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
          }
          b.append(random.nextInt(8) == 0 ? "/>" : ">");
        } else if (kind < 7) {
          b.append("</").append(TAGS[random.nextInt(TAGS.length)]).append('>');
        } else {
          b.append(TEXT[random.nextInt(TEXT.length)]);
        }
      }
      assertSameAsCopying(b.toString());
    }
  }
}
