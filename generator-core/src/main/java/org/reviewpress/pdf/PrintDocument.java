package org.reviewpress.pdf;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;

/**
 * Turns the print template's HTML into the well-formed XHTML openhtmltopdf reads, and adds what
 * the tagged PDF needs but a template author should not have to write: an id on every heading
 * and a bookmark for each, alternative text on every link, header-cell scopes on every table,
 * and no links to places that do not exist.
 */
final class PrintDocument {

  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

  private PrintDocument() {}

  /** The XHTML of the rendered print template. */
  static String xhtml(String templateOutput) {
    Document doc = Jsoup.parse(templateOutput);
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> ids.add(e.id()));
    nameHeadings(doc, ids);
    dropDeadLinks(doc, ids);
    titleLinks(doc);
    scopeHeaderCells(doc);
    addBookmarks(doc);
    doc.selectFirst("html").attr("xmlns", "http://www.w3.org/1999/xhtml");
    doc.outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .charset(StandardCharsets.UTF_8)
        .prettyPrint(false);
    return doc.outerHtml();
  }

  private static void nameHeadings(Document doc, Set<String> ids) {
    int n = 0;
    for (Element h : doc.body().select(HEADINGS)) {
      if (h.id().isEmpty()) {
        String id;
        do {
          id = "heading-" + ++n;
        } while (ids.contains(id));
        ids.add(id);
        h.id(id);
      }
    }
  }

  /** An in-document link whose target is missing would be a link to nowhere; keep its text. */
  private static void dropDeadLinks(Document doc, Set<String> ids) {
    for (Element a : doc.body().select("a[href^=#]")) {
      if (!ids.contains(a.attr("href").substring(1))) {
        a.unwrap();
      }
    }
  }

  /**
   * PDF/UA wants each link annotation to carry alternative text; openhtmltopdf takes it from the
   * title attribute. Footnote markers read as what they are, not as a bare number or arrow.
   */
  private static void titleLinks(Document doc) {
    for (Element a : doc.body().select("a[href]")) {
      if (!a.attr("title").isBlank()) {
        continue;
      }
      String text = a.text().trim();
      if (text.isEmpty()) {
        text = a.select("img[alt]").eachAttr("alt").stream().filter(s -> !s.isBlank()).findFirst().orElse("");
      }
      String href = a.attr("href");
      String title;
      if (a.hasClass("footnote-ref")) {
        title = "Footnote " + text;
      } else if (a.hasClass("footnote-backref")) {
        title = "Back to the text";
      } else if (href.startsWith("#")) {
        title = text.isEmpty() ? "Link within this document" : text;
      } else {
        title = text.isEmpty() || text.equals(href) ? href : text + " (" + href + ")";
      }
      a.attr("title", title);
    }
  }

  /** A header cell in a table head labels its column; one in the body labels its row. */
  private static void scopeHeaderCells(Document doc) {
    for (Element th : doc.body().select("th:not([scope])")) {
      th.attr("scope", th.closest("thead") != null ? "col" : "row");
    }
  }

  /** One bookmark per heading, nested by heading level, in {@code <head><bookmarks>}. */
  private static void addBookmarks(Document doc) {
    Elements headings = doc.body().select(HEADINGS);
    if (headings.isEmpty()) {
      return;
    }
    Element root = doc.head().appendElement("bookmarks");
    Element[] open = new Element[7];
    for (Element h : headings) {
      int level = h.normalName().charAt(1) - '0';
      Element parent = root;
      for (int l = level - 1; l >= 1; l--) {
        if (open[l] != null) {
          parent = open[l];
          break;
        }
      }
      Element mark = parent.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
      open[level] = mark;
      for (int l = level + 1; l < open.length; l++) {
        open[l] = null;
      }
    }
  }

  /** A string as a quoted CSS literal that is also inert inside XML (no &amp;, &lt; or &gt;). */
  static String cssString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8).append('"');
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\' || c == '&' || c == '<' || c == '>' || c < 0x20 || c == 0x7f) {
        out.append('\\').append(Integer.toHexString(c < 0x20 || c == 0x7f ? ' ' : c)).append(' ');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }

  /** The template variables beyond the report's own view. */
  static Map<String, Object> extras(String css, String title) {
    return Map.of("css", css, "runningTitle", cssString(title));
  }
}
